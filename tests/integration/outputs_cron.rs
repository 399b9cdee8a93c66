//! The cron recipes in `examples/cron/`, run by hand as the docs say: on
//! the sample records as of 2026-11-20, with the built binary on PATH.

use std::process::{Command, Output};

fn recipe(script: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
    let bin = assert_cmd::cargo::cargo_bin("clientele");
    let dir = bin.parent().unwrap();
    let path = format!(
        "{}:{}",
        dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut cmd = Command::new("sh");
    cmd.arg(format!("examples/cron/{script}"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("PATH", path)
        .env("CLIENTELE_RECORDS", "records")
        .env("CLIENTELE_AS_OF", "2026-11-20")
        .env_remove("CLIENTELE_MEMBER");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

/// Decodes base64 (the mail's parts); line breaks are skipped.
fn base64(text: &str) -> Vec<u8> {
    const ABC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let digits: Vec<u32> = text
        .bytes()
        .filter(|b| !b.is_ascii_whitespace() && *b != b'=')
        .map(|b| ABC.iter().position(|a| *a == b).unwrap() as u32)
        .collect();
    let mut out = Vec::new();
    for chunk in digits.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0, |n, (i, d)| n | d << (18 - 6 * i));
        out.extend(n.to_be_bytes()[1..chunk.len()].iter());
    }
    out
}

#[test]
fn the_morning_briefing_is_an_html_mail() {
    let out = recipe(
        "morning-briefing.sh",
        &["li-wei", "li-wei@example.com"],
        &[("SENDMAIL", "cat")],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mail = String::from_utf8(out.stdout).unwrap();
    assert!(
        mail.lines().all(|l| l.len() <= 998),
        "a line too long for mail"
    );
    let (head, body) = mail.split_once("\n\n").unwrap();
    assert!(
        head.starts_with("To: li-wei@example.com\nSubject: Briefing "),
        "{head}"
    );
    let boundary = head
        .split("boundary=\"")
        .nth(1)
        .unwrap()
        .trim_end_matches('"');
    let parts: Vec<&str> = body
        .split(&format!("--{boundary}"))
        .filter(|p| p.trim() != "" && p.trim() != "--")
        .collect();
    assert_eq!(parts.len(), 2, "the page inline and attached");
    let direct = super::common::clientele()
        .args(["--records", "records", "--as-of", "2026-11-20"])
        .args(["summary", "--member", "li-wei", "--format", "html"])
        .output()
        .unwrap()
        .stdout;
    for part in parts {
        let (headers, encoded) = part.trim_start().split_once("\n\n").unwrap();
        assert!(
            headers.contains("Content-Type: text/html; charset=utf-8"),
            "{headers}"
        );
        assert_eq!(base64(encoded), direct, "the part is the page");
    }
    let page = super::outputs::parse_page(&direct, "briefing mail");
    let h1: String = page
        .select(&scraper::Selector::parse("h1").unwrap())
        .next()
        .unwrap()
        .text()
        .collect();
    assert!(h1.contains("2026-11-20") && h1.contains("li-wei"), "{h1}");
}

#[test]
fn the_overdue_list_exits_1_when_something_is_overdue() {
    let out = recipe("monday-overdue.sh", &[], &[]);
    assert_eq!(out.status.code(), Some(1), "the sample has overdue items");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("## Follow-ups overdue\n\n| client |"),
        "{text}"
    );
    assert!(text.contains("## Action items overdue"), "{text}");
    // a new records folder: nothing is overdue
    let tmp = tempfile::tempdir().unwrap();
    let fresh = tmp.path().join("records");
    let init = super::common::clientele()
        .arg("init")
        .arg(&fresh)
        .output()
        .unwrap();
    assert!(init.status.success());
    let fresh = fresh.to_str().unwrap();
    let calm = recipe("monday-overdue.sh", &[], &[("CLIENTELE_RECORDS", fresh)]);
    assert_eq!(
        calm.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&calm.stderr)
    );
}

#[test]
fn the_month_end_pack_is_named_by_month() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_str().unwrap();
    let out = recipe("month-end-pack.sh", &[dir], &[("MONTH", "2026-10")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let xlsx = std::fs::read(tmp.path().join("2026-10.xlsx")).unwrap();
    assert_eq!(&xlsx[..2], b"PK");
    let html = std::fs::read(tmp.path().join("2026-10.html")).unwrap();
    let page = super::outputs::parse_page(&html, "month-end page");
    let title: String = page
        .select(&scraper::Selector::parse("title").unwrap())
        .next()
        .unwrap()
        .text()
        .collect();
    assert_eq!(title, "Month report 2026-10");
}
