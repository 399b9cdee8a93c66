//! The month report in a real browser: headless Chromium (Debian's
//! `chromium`, installed by `.ci/run`) renders the page to a PNG at a
//! phone's width, and the test fails on a console error, a failed load or
//! a page wider than the viewport; printed to PDF, the pages are A4.
//! Without `/usr/bin/chromium` (a developer's machine) the test says so and
//! passes; CI always has it.

use std::path::Path;
use std::process::Command;

use super::outputs::sample;

const CHROMIUM: &str = "/usr/bin/chromium";

/// What the probe records: every error event or `console.error`, and the
/// page's scroll width against the viewport, after `load`.
const PROBE: &str = r#"<script>
window.__errors = [];
addEventListener("error", e => __errors.push(String(e.message || (e.target && (e.target.src || e.target.href)) || "error")), true);
const __ce = console.error; console.error = (...a) => { __errors.push(a.join(" ")); __ce(...a); };
addEventListener("load", () => {
  const d = document.documentElement;
  document.body.setAttribute("data-probe", JSON.stringify({scroll: d.scrollWidth, viewport: innerWidth, errors: __errors}));
});
</script>"#;

fn chromium(profile: &Path, args: &[&str]) -> std::process::Output {
    Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
            "--window-size=390,844",
            "--virtual-time-budget=5000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .output()
        .unwrap()
}

/// Console messages Chromium logged for the page itself (not its own
/// start-up noise about D-Bus or the GPU).
fn console_lines(stderr: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(stderr)
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(String::from)
        .collect()
}

#[test]
fn the_month_report_renders_in_chromium_without_errors_at_phone_width() {
    if !Path::new(CHROMIUM).exists() {
        eprintln!("skipped: {CHROMIUM} is missing (apt-get install chromium; .ci/run does)");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let (code, page, err) = sample(&["report", "month", "--format", "html"]);
    assert_eq!(code, 0, "{err}");
    let page = String::from_utf8(page).unwrap();
    let html = tmp.path().join("month.html");
    std::fs::write(&html, &page).unwrap();
    let png = tmp.path().join("month.png");
    let shot = chromium(
        &tmp.path().join("profile-1"),
        &[
            &format!("--screenshot={}", png.display()),
            html.to_str().unwrap(),
        ],
    );
    let png_bytes = std::fs::read(&png).unwrap_or_default();
    assert!(
        png_bytes.starts_with(b"\x89PNG"),
        "no screenshot: {}",
        String::from_utf8_lossy(&shot.stderr)
    );
    assert_eq!(console_lines(&shot.stderr), Vec::<String>::new());
    assert_prints_on_a4(&tmp.path().join("profile-3"), &html);
    // the same page with a probe (this copy only: the report has no script)
    let probed = tmp.path().join("probed.html");
    std::fs::write(
        &probed,
        page.replacen("<head>", &format!("<head>{PROBE}"), 1),
    )
    .unwrap();
    let dump = chromium(
        &tmp.path().join("profile-2"),
        &["--dump-dom", probed.to_str().unwrap()],
    );
    let dom = String::from_utf8(dump.stdout).unwrap();
    let doc = scraper::Html::parse_document(&dom);
    let body = doc
        .select(&scraper::Selector::parse("body[data-probe]").unwrap())
        .next()
        .unwrap_or_else(|| {
            panic!(
                "the probe did not run: {}",
                String::from_utf8_lossy(&dump.stderr)
            )
        });
    let probe: serde_json::Value = serde_json::from_str(body.attr("data-probe").unwrap()).unwrap();
    assert_eq!(probe["errors"], serde_json::json!([]), "{probe}");
    let (scroll, viewport) = (
        probe["scroll"].as_i64().unwrap(),
        probe["viewport"].as_i64().unwrap(),
    );
    // Chromium keeps a window at least 500 pixels wide: still narrower than the
    // month grid and tables, which must scroll inside their boxes
    assert!(viewport > 0 && viewport <= 500, "{probe}");
    assert!(
        scroll <= viewport,
        "the page is wider than the viewport: {probe}"
    );
}

/// Printed, the page lays out on A4 (595 × 842 points).
fn assert_prints_on_a4(profile: &Path, html: &Path) {
    let pdf = html.with_extension("pdf");
    let printed = chromium(
        profile,
        &[
            "--no-pdf-header-footer",
            &format!("--print-to-pdf={}", pdf.display()),
            html.to_str().unwrap(),
        ],
    );
    let bytes = std::fs::read(&pdf).unwrap_or_default();
    assert!(
        bytes.starts_with(b"%PDF"),
        "no PDF: {}",
        String::from_utf8_lossy(&printed.stderr)
    );
    let text = String::from_utf8_lossy(&bytes);
    let boxes: Vec<&str> = text
        .split("/MediaBox")
        .skip(1)
        .filter_map(|rest| rest.split(']').next())
        .collect();
    assert!(!boxes.is_empty());
    for b in boxes {
        let nums: Vec<f64> = b
            .trim_start_matches([' ', '['])
            .split_whitespace()
            .map(|n| n.parse().unwrap())
            .collect();
        assert!(
            (nums[2] - 595.3).abs() < 2.0 && (nums[3] - 841.9).abs() < 2.0,
            "{b}"
        );
    }
}
