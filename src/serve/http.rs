//! The HTTP edge: a request as the handlers see it, a reply, and the
//! headers every reply carries (a strict Content-Security-Policy, no
//! caching — pages hold contact data —, no framing, no sniffing, no
//! referrer). Only this file and `mod.rs` know `tiny_http`.

use std::io::Read as _;

/// A request, reduced to what the handlers read.
#[derive(Debug, Default)]
pub(crate) struct Request {
    pub(crate) method: String,
    pub(crate) path: String,
    pub(crate) query: String,
    /// Header names in lower case.
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: String,
}

impl Request {
    /// The first header named `name` (lower case).
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The value of cookie `name`.
    pub(crate) fn cookie(&self, name: &str) -> Option<&str> {
        self.header("cookie")?
            .split(';')
            .filter_map(|c| c.trim().split_once('='))
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v)
    }
}

/// The largest request body read (a form is far smaller).
const MAX_BODY: u64 = 64 * 1024;

/// Reads a `tiny_http` request into a [`Request`].
pub(crate) fn read(req: &mut tiny_http::Request) -> Request {
    let (path, query) = match req.url().split_once('?') {
        Some((p, q)) => (p.to_string(), q.to_string()),
        None => (req.url().to_string(), String::new()),
    };
    let headers = req
        .headers()
        .iter()
        .map(|h| {
            (
                h.field.as_str().as_str().to_ascii_lowercase(),
                h.value.as_str().to_string(),
            )
        })
        .collect();
    let mut body = String::new();
    let _ = req.as_reader().take(MAX_BODY).read_to_string(&mut body);
    Request {
        method: req.method().as_str().to_ascii_uppercase(),
        path,
        query,
        headers,
        body,
    }
}

/// A reply: status, content type, body and extra headers.
#[derive(Debug)]
pub(crate) struct Reply {
    pub(crate) status: u16,
    pub(crate) content_type: &'static str,
    pub(crate) body: Vec<u8>,
    pub(crate) headers: Vec<(&'static str, String)>,
}

pub(crate) const HTML: &str = "text/html; charset=utf-8";
pub(crate) const TEXT: &str = "text/plain; charset=utf-8";

impl Reply {
    pub(crate) fn new(status: u16, content_type: &'static str, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status,
            content_type,
            body: body.into(),
            headers: Vec::new(),
        }
    }

    pub(crate) fn text(status: u16, body: impl Into<String>) -> Reply {
        let mut b = body.into();
        if !b.ends_with('\n') {
            b.push('\n');
        }
        Reply::new(status, TEXT, b)
    }

    pub(crate) fn redirect(to: &str) -> Reply {
        let mut r = Reply::new(303, TEXT, "");
        r.headers.push(("Location", to.to_string()));
        r
    }
}

/// The policy: nothing from elsewhere, the one script from here, inline
/// style only (the pages' own `<style>` and SVG attributes), forms posting
/// here only, never framed.
pub(crate) const CSP: &str = "default-src 'none'; script-src 'self'; connect-src 'self'; \
style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; \
base-uri 'none'";

/// Every header of `reply`, the security ones first.
pub(crate) fn headers(reply: &Reply) -> Vec<(String, String)> {
    let fixed = [
        ("Content-Type", reply.content_type),
        ("Content-Security-Policy", CSP),
        ("Cache-Control", "no-store"),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "no-referrer"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
    ];
    fixed
        .iter()
        .map(|(n, v)| ((*n).to_string(), (*v).to_string()))
        .chain(
            reply
                .headers
                .iter()
                .map(|(n, v)| ((*n).to_string(), v.clone())),
        )
        .collect()
}

/// Sends `reply` for `req`.
pub(crate) fn send(req: tiny_http::Request, reply: Reply) -> std::io::Result<()> {
    // always a Content-Length: tiny_http would chunk a body over 32 KiB
    let mut resp = tiny_http::Response::from_data(reply.body.clone())
        .with_status_code(reply.status)
        .with_chunked_threshold(usize::MAX);
    for (n, v) in headers(&reply) {
        if let Ok(h) = tiny_http::Header::from_bytes(n.as_bytes(), v.as_bytes()) {
            resp.add_header(h);
        }
    }
    req.respond(resp)
}
