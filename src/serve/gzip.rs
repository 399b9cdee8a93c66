//! Replies compressed for the browsers that ask (`Accept-Encoding: gzip`):
//! a page of a large folder (every client in a table, or a form's list of
//! 20,000 client ids, about 700 KB) is text that gzip makes several times
//! smaller, which counts on a phone on the road. Only text is compressed
//! (HTML, CSV, JSON, JavaScript, SVG), and only from a kilobyte up; the
//! browser's own decoder reads it (the browser test), `flate2` the unit
//! tests'.

use std::io::Write as _;

use flate2::Compression;
use flate2::write::GzEncoder;

use super::http::{Reply, Request};

/// Smaller bodies are sent as they are: gzip's own bytes would eat the gain.
const FROM: usize = 1024;

/// `reply`, its body gzipped when `req` accepts gzip and the body is text
/// of at least [`FROM`] bytes.
pub(crate) fn compressed(req: &Request, mut reply: Reply) -> Reply {
    if !textual(reply.content_type) {
        return reply;
    }
    reply.headers.push(("Vary", "Accept-Encoding".to_string()));
    if reply.body.len() < FROM || !accepts_gzip(req.header("accept-encoding").unwrap_or("")) {
        return reply;
    }
    let mut gz = GzEncoder::new(
        Vec::with_capacity(reply.body.len() / 4),
        Compression::fast(),
    );
    let done = gz.write_all(&reply.body).and_then(|()| gz.finish());
    if let Ok(body) = done {
        reply.body = body;
        reply.headers.push(("Content-Encoding", "gzip".to_string()));
    }
    reply
}

/// Whether a reply of this type is text worth compressing.
fn textual(content_type: &str) -> bool {
    let kind = content_type.split(';').next().unwrap_or("").trim();
    kind.starts_with("text/")
        || matches!(
            kind,
            "application/json" | "image/svg+xml" | "application/javascript"
        )
}

/// Whether an `Accept-Encoding` value accepts gzip: `gzip` or `*` listed
/// without `q=0`.
fn accepts_gzip(value: &str) -> bool {
    value.split(',').any(|part| {
        let mut bits = part.split(';').map(str::trim);
        let name = bits.next().unwrap_or("").to_ascii_lowercase();
        let refused = bits.any(|b| {
            b.strip_prefix("q=")
                .and_then(|q| q.trim().parse::<f32>().ok())
                .is_some_and(|q| q <= 0.0)
        });
        (name == "gzip" || name == "*") && !refused
    })
}

#[cfg(test)]
mod tests;
