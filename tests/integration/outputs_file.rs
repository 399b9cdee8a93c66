//! `-o FILE`: the format from the extension (`--format` wins), the file
//! replaced atomically, nothing written when the report fails.

use super::common::clientele;
use super::outputs::sample;

fn names(dir: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn the_extension_picks_the_format() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, csv, _) = sample(&["kpi", "--format", "csv"]);
    let (_, json, _) = sample(&["kpi", "--format", "json"]);
    for (file, want) in [("kpi.csv", &csv), ("kpi.json", &json)] {
        let path = tmp.path().join(file);
        let (code, out, err) = sample(&["kpi", "-o", path.to_str().unwrap()]);
        assert_eq!((code, out.len()), (0, 0), "{err}");
        assert_eq!(&std::fs::read(&path).unwrap(), want, "{file}");
    }
    let html = tmp.path().join("sub/kpi.html");
    let (code, _, err) = sample(&["kpi", "--output", html.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
    let md = tmp.path().join("kpi.md");
    sample(&["kpi", "-o", md.to_str().unwrap()]);
    assert!(
        std::fs::read_to_string(&md)
            .unwrap()
            .starts_with("| member |")
    );
    let xlsx = tmp.path().join("kpi.xlsx");
    sample(&["kpi", "-o", xlsx.to_str().unwrap()]);
    assert_eq!(&std::fs::read(&xlsx).unwrap()[..2], b"PK");
    // --format wins over the extension
    let forced = tmp.path().join("kpi.txt");
    sample(&["kpi", "-o", forced.to_str().unwrap(), "--format", "csv"]);
    assert_eq!(std::fs::read(&forced).unwrap(), csv);
    assert_eq!(
        names(tmp.path()),
        [
            "kpi.csv", "kpi.json", "kpi.md", "kpi.txt", "kpi.xlsx", "sub"
        ],
        "no temporary file is left"
    );
}

#[test]
fn an_unknown_extension_is_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("kpi.pdf");
    let (code, _, err) = sample(&["kpi", "-o", path.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot tell the format of"), "{err}");
    assert!(!path.exists());
    // a calendar is `export ics`'s format only
    let ics = tmp.path().join("kpi.ics");
    let (code, _, err) = sample(&["kpi", "-o", ics.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("export ics"), "{err}");
    assert!(!ics.exists());
}

#[test]
fn a_failed_report_leaves_the_old_file_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("kpi.csv");
    std::fs::write(&path, "old\n").unwrap();
    // records with errors: no report, exit 1, the old file stays
    let out = clientele()
        .args(["--records", "tests/fixtures/check-refs", "kpi", "-o"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "old\n");
    // an unknown member: an error, the old file stays
    let (code, _, _) = sample(&["kpi", "--member", "nobody", "-o", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "old\n");
    assert_eq!(names(tmp.path()), ["kpi.csv"]);
}

#[test]
fn a_fail_on_report_is_still_written() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("overdue.csv");
    let args = ["followups", "--overdue", "--fail-on", "overdue", "-o"];
    let (code, _, _) = sample(&[&args[..], &[path.to_str().unwrap()]].concat());
    assert_eq!(code, 1, "something is overdue in the sample");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("client,"), "{text}");
}

#[test]
fn a_workbook_is_not_sent_to_a_pipe_unasked() {
    // not a terminal here: a workbook on stdout is allowed (redirected)
    let (code, out, _) = sample(&["kpi", "--format", "xlsx"]);
    assert_eq!(code, 0);
    assert_eq!(&out[..2], b"PK");
}
