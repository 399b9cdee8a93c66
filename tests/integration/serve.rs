//! `clientele serve` over HTTP on an ephemeral port: every page answers
//! with its content, every `/<report>.csv|.json` is byte for byte the
//! CLI's output, the bind and Host rules, the security headers, the
//! folder watched live, the records' errors shown instead of numbers.
//! [`Server`] and [`get`] are the kit the other serve tests use.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Stdio};

use super::common::*;

pub const D: &str = "2026-11-20";

/// A running `clientele serve --port 0` on a folder, killed when dropped;
/// its stderr goes to a file ([`Server::log`]).
pub struct Server {
    child: Child,
    pub port: u16,
    log: tempfile::NamedTempFile,
}

impl Server {
    /// Serves `dir` as of [`D`] with `extra` flags after `serve`.
    pub fn start(dir: &Path, extra: &[&str]) -> Server {
        let mut cmd = clientele_process(Path::new(env!("CARGO_MANIFEST_DIR")));
        cmd.arg("--records")
            .arg(dir)
            .args(["--as-of", D, "serve", "--port", "0"]);
        let log = tempfile::NamedTempFile::new().unwrap();
        cmd.args(extra)
            .stdout(Stdio::piped())
            .stderr(log.reopen().unwrap());
        let mut child = cmd.spawn().unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port = line
            .trim_end()
            .trim_end_matches('/')
            .rsplit(':')
            .next()
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("no port in {line:?}"));
        Server { child, port, log }
    }

    /// What the server wrote on stderr so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.log.path()).unwrap()
    }

    pub fn get(&self, path: &str) -> Response {
        self.request("GET", path, &[], "")
    }

    /// Any request; `headers` are extra `Name: value` lines.
    pub fn request(&self, method: &str, path: &str, headers: &[&str], body: &str) -> Response {
        request(self.port, method, path, headers, body)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A reply: status, headers (names lower case) and body.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn text(&self) -> String {
        String::from_utf8(self.body.clone()).unwrap()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// One HTTP/1.1 request with `Connection: close`, read to the end.
pub fn request(port: u16, method: &str, path: &str, headers: &[&str], body: &str) -> Response {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let mut head =
        format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n");
    for h in headers {
        head.push_str(h);
        head.push_str("\r\n");
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    s.write_all(head.as_bytes()).unwrap();
    let mut reader = BufReader::new(s);
    let mut status_line = String::new();
    reader.read_line(&mut status_line).unwrap();
    let status = status_line.split(' ').nth(1).unwrap().parse().unwrap();
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((n, v)) = line.split_once(':') {
            headers.push((n.to_ascii_lowercase(), v.trim().to_string()));
        }
    }
    // A peer may keep the connection open (chromedriver does): read the
    // body by its length when it gives one.
    let length = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse::<usize>().ok());
    let mut body = Vec::new();
    match length {
        Some(n) => {
            body.resize(n, 0);
            reader.read_exact(&mut body).unwrap();
        }
        None => {
            reader.read_to_end(&mut body).unwrap();
        }
    }
    Response {
        status,
        headers,
        body,
    }
}

/// The sample records, copied (the server watches its folder).
pub fn sample() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&crate_path("records"), tmp.path());
    tmp
}

#[test]
fn every_page_answers_with_its_content() {
    let dir = sample();
    let s = Server::start(dir.path(), &[]);
    let pages = [
        ("/", "<h1>Briefing for 2026-11-20"),
        ("/clients", "<h1>Clients</h1>"),
        ("/followups", "<h1>Follow-ups</h1>"),
        ("/complaints", "<h1>Complaints</h1>"),
        ("/pipeline", "<h1>Pipeline</h1>"),
        ("/deals", "<h1>Deals</h1>"),
        ("/attendance", "<h1>Attendance</h1>"),
        ("/leave", "<h1>Leave</h1>"),
        ("/meetings", "<h1>Meetings</h1>"),
        ("/kpi", "<h1>KPI</h1>"),
        ("/appraisal", "<h1>Appraisal</h1>"),
        ("/training", "<h1>Training</h1>"),
        ("/check", "<h1>Check</h1>"),
        ("/tiers", "<h1>Tiers</h1>"),
        ("/care", "<h1>Care</h1>"),
        ("/clients/hd-electronics", "Last interactions"),
        (
            "/followups?overdue=1&as_of=2026-11-10",
            "<h1>Follow-ups</h1>",
        ),
    ];
    for (path, key) in pages {
        let r = s.get(path);
        assert_eq!(r.status, 200, "{path}: {}", r.text());
        let html = r.text();
        assert!(html.contains(key), "{path} lacks {key:?}");
        assert!(html.contains("<nav class=\"site\">"), "{path}");
        assert!(html.contains("records last changed"), "{path}");
        assert!(
            !html.contains("http://") && !html.contains("https://"),
            "{path} fetches elsewhere"
        );
    }
    let attendance = s.get("/attendance").text();
    assert_eq!(
        attendance.matches("<table").count(),
        2,
        "the tally and the day grid"
    );
    for page in ["/clients", "/deals"] {
        let html = s.get(page).text();
        assert!(
            html.contains("<a href=\"/clients/hd-electronics\">hd-electronics</a>"),
            "{page} links its ids"
        );
    }
    assert_eq!(s.get("/nothing").status, 404);
    assert_eq!(s.get("/clients/nobody").status, 404);
}

#[test]
fn every_data_file_is_the_cli_output_byte_for_byte() {
    let dir = sample();
    let s = Server::start(dir.path(), &[]);
    let records = dir.path().to_str().unwrap();
    let cases: &[(&str, &[&str])] = &[
        ("summary", &[]),
        ("check", &[]),
        ("clients", &[]),
        ("deals", &[]),
        ("tiers", &[]),
        ("followups", &[]),
        ("plans", &[]),
        ("care", &[]),
        ("pipeline", &[]),
        ("complaints", &[]),
        ("attendance", &[]),
        ("leave", &[]),
        ("actions", &[]),
        ("meetings", &[]),
        ("kpi", &[]),
        ("appraisal", &[]),
        ("promotion", &[]),
        ("awards", &[]),
        ("training", &[]),
    ];
    for (report, _) in cases {
        for format in ["csv", "json"] {
            let (code, cli, _) = run(&[
                "--records",
                records,
                "--as-of",
                D,
                report,
                "--format",
                format,
            ]);
            let r = s.get(&format!("/{report}.{format}"));
            if code == 0 {
                assert_eq!(r.status, 200, "{report}.{format}: {}", r.text());
            }
            assert_eq!(r.text(), cli, "{report}.{format}");
        }
    }
    let (_, cli, _) = run(&[
        "--records",
        records,
        "--as-of",
        "2026-11-10",
        "followups",
        "--overdue",
        "--owner",
        "li-wei",
        "--format",
        "csv",
    ]);
    let r = s.get("/followups.csv?overdue=1&owner=li-wei&as_of=2026-11-10");
    assert_eq!(r.text(), cli);
    assert_eq!(r.header("content-type"), Some("text/csv; charset=utf-8"));
    let (_, cli, _) = run(&[
        "--records",
        records,
        "--as-of",
        D,
        "kpi",
        "--month",
        "2026-10",
        "--format",
        "json",
    ]);
    assert_eq!(s.get("/kpi.json?month=2026-10").text(), cli);
    for format in ["csv", "json"] {
        let (code, cli, err) = run(&[
            "--records",
            records,
            "--as-of",
            D,
            "client",
            "show",
            "hd-electronics",
            "--format",
            format,
        ]);
        assert_eq!(code, 0, "{err}");
        let r = s.get(&format!("/clients/hd-electronics.{format}"));
        assert_eq!(r.status, 200);
        assert_eq!(r.text(), cli, "client show --format {format}");
    }
    assert_eq!(s.get("/clients/nobody.json").status, 404);
}

#[test]
fn flags_the_command_lacks_or_a_link_may_not_set_are_400() {
    let dir = sample();
    let s = Server::start(dir.path(), &[]);
    for path in [
        "/followups?bogus=1",
        "/kpi.csv?records=/etc",
        "/kpi.csv?reveal=1",
        "/kpi.csv?month=13",
    ] {
        assert_eq!(s.get(path).status, 400, "{path}");
    }
}

#[test]
fn pages_carry_the_security_headers() {
    let dir = sample();
    let s = Server::start(dir.path(), &[]);
    for path in ["/", "/clients/hd-electronics", "/kpi.csv"] {
        let r = s.get(path);
        let csp = r.header("content-security-policy").unwrap();
        assert!(
            csp.contains("default-src 'none'") && csp.contains("script-src 'self'"),
            "{csp}"
        );
        assert_eq!(r.header("cache-control"), Some("no-store"), "{path}");
        assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(r.header("x-frame-options"), Some("DENY"));
    }
    let card = s.get("/clients/hd-electronics").text();
    assert!(card.contains("Phones and emails are masked."));
    assert!(card.contains('*'), "phones masked");
}

#[test]
fn a_browser_that_asks_gets_pages_gzipped() {
    let dir = sample();
    let s = Server::start(dir.path(), &[]);
    for path in ["/", "/clients", "/clients.json"] {
        let plain = s.get(path);
        assert!(plain.body.len() >= 1024, "{path}: gzipped from 1 KB");
        assert_eq!(plain.header("content-encoding"), None, "{path}");
        let r = s.request("GET", path, &["Accept-Encoding: gzip, deflate"], "");
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.header("content-encoding"), Some("gzip"), "{path}");
        assert_eq!(r.header("vary"), Some("Accept-Encoding"), "{path}");
        let mut body = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&r.body[..]), &mut body)
            .unwrap();
        assert!(r.body.len() < body.len(), "{path}");
        // a page carries the time it was made: compare the rows
        let (plain, body) = (plain.text(), String::from_utf8(body).unwrap());
        assert_eq!(plain.lines().count(), body.lines().count(), "{path}");
        assert_eq!(plain.get(..200), body.get(..200), "{path}");
    }
}

#[test]
fn another_host_name_gets_nothing() {
    let dir = sample();
    let s = Server::start(dir.path(), &[]);
    let r = request(s.port, "GET", "/", &[], "");
    assert_eq!(r.status, 200);
    let mut raw = TcpStream::connect(("127.0.0.1", s.port)).unwrap();
    raw.write_all(b"GET / HTTP/1.1\r\nHost: evil.example:80\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut text = String::new();
    raw.read_to_string(&mut text).unwrap();
    assert!(text.starts_with("HTTP/1.1 421"), "{text}");
}

#[test]
fn a_public_address_is_refused_without_tokens() {
    let dir = sample();
    let records = dir.path().to_str().unwrap();
    let (code, out, err) = run(&[
        "--records",
        records,
        "serve",
        "--bind",
        "0.0.0.0",
        "--port",
        "0",
    ]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("not serving on 0.0.0.0"), "{err}");
}

#[test]
fn pages_follow_the_folder_live_and_show_errors_instead_of_numbers() {
    let dir = sample();
    let s = Server::start(dir.path(), &[]);
    let before: u64 = s.get("/generation").text().trim().parse().unwrap();
    let team = dir.path().join("team.toml");
    let good = std::fs::read_to_string(&team).unwrap();
    std::fs::write(&team, format!("{good}\n[[member]]\nid = \"Bad Id\"\n")).unwrap();
    let mut after = before;
    for _ in 0..50 {
        after = s.get("/generation").text().trim().parse().unwrap();
        if after > before {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(after > before, "the change was not seen");
    let kpi = s.get("/kpi");
    assert_eq!(kpi.status, 409);
    let html = kpi.text();
    assert!(html.contains("no numbers until they are fixed"), "{html}");
    assert!(html.contains("<h1>Errors in the records</h1>"), "{html}");
    assert!(html.contains("team.toml"), "the error names its file");
    assert!(!html.contains("kpi_score"));
    assert_eq!(s.get("/kpi.csv").status, 409);
    std::fs::write(&team, good).unwrap();
    assert_eq!(s.get("/kpi").status, 200);
}
