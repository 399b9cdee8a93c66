//! Compressed for those who ask, readable by a gzip reader not ours.

use std::io::Read as _;

use super::*;
use crate::serve::http::{HTML, Reply, Request};

fn asking(value: &str) -> Request {
    Request {
        headers: vec![("accept-encoding".to_string(), value.to_string())],
        ..Request::default()
    }
}

fn page() -> Vec<u8> {
    "<tr><td>acme</td><td>華東電子有限公司</td></tr>\n"
        .repeat(500)
        .into_bytes()
}

fn gunzip(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(body)
        .read_to_end(&mut out)
        .unwrap();
    out
}

#[test]
fn a_page_is_gzipped_for_a_browser_that_asks() {
    let reply = compressed(&asking("gzip, deflate, br"), Reply::new(200, HTML, page()));
    assert!(
        reply
            .headers
            .contains(&("Content-Encoding", "gzip".to_string()))
    );
    assert!(
        reply
            .headers
            .contains(&("Vary", "Accept-Encoding".to_string()))
    );
    assert!(reply.body.len() * 10 < page().len(), "{}", reply.body.len());
    assert_eq!(gunzip(&reply.body), page());
}

#[test]
fn nothing_is_gzipped_unasked_small_or_not_text() {
    for (req, reply) in [
        (Request::default(), Reply::new(200, HTML, page())),
        (asking("gzip;q=0, identity"), Reply::new(200, HTML, page())),
        (asking("br"), Reply::new(200, HTML, page())),
        (asking("gzip"), Reply::new(200, HTML, "<p>small</p>")),
        (asking("gzip"), Reply::new(200, "image/png", page())),
    ] {
        let body = reply.body.clone();
        let reply = compressed(&req, reply);
        assert_eq!(reply.body, body);
        assert!(!reply.headers.iter().any(|(n, _)| *n == "Content-Encoding"));
    }
}

#[test]
fn gzip_is_accepted_as_listed() {
    assert!(accepts_gzip("gzip"));
    assert!(accepts_gzip("deflate, GZIP;q=0.5"));
    assert!(accepts_gzip("*"));
    assert!(!accepts_gzip(""));
    assert!(!accepts_gzip("gzip;q=0"));
    assert!(!accepts_gzip("gzip; q=0.0, br"));
    assert!(!accepts_gzip("x-gzip-not"));
}
