//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The `clientele` binary with a clean environment (no CLIENTELE_* or
/// NO_COLOR from the caller), run in the crate root.
pub fn clientele() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("clientele").unwrap();
    for var in [
        "CLIENTELE_RECORDS",
        "CLIENTELE_AS_OF",
        "CLIENTELE_MEMBER",
        "NO_COLOR",
        "COLUMNS",
    ] {
        cmd.env_remove(var);
    }
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// `tests/fixtures/<name>`, relative to the crate root (as the user would
/// type it, so diagnostics show this path).
pub fn fixture(name: &str) -> String {
    format!("tests/fixtures/{name}")
}

/// Copies a fixture folder into a fresh temp dir (for write tests).
pub fn copy_fixture(name: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join(fixture(name)),
        tmp.path(),
    );
    tmp
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target: PathBuf = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Runs clientele with `args` and returns (exit code, stdout, stderr).
pub fn run(args: &[&str]) -> (i32, String, String) {
    let out = clientele().args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Compares `actual` with the file `tests/expected/<rel>`; with
/// `UPDATE_EXPECT=1` rewrites the file instead (review the diff after).
pub fn expect_file(rel: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/expected")
        .join(rel);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with UPDATE_EXPECT=1)", path.display()));
    assert_eq!(
        actual, expected,
        "{rel} differs (UPDATE_EXPECT=1 rewrites it)"
    );
}

/// Asserts that a JSON report (an array of objects) has exactly the CSV
/// report's rows: the same keys in the same order and the same values
/// (numbers compared as numbers; CSV's formula guard `'` ignored).
pub fn assert_json_rows_match_csv(json: &str, csv_text: &str, what: &str) {
    let json: serde_json::Value = serde_json::from_str(json).unwrap();
    let rows = json.as_array().unwrap();
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), records.len(), "{what}");
    assert!(!rows.is_empty(), "{what}: compare something");
    for (obj, rec) in rows.iter().zip(&records) {
        let obj = obj.as_object().unwrap();
        assert_eq!(
            obj.keys().collect::<Vec<_>>(),
            header.iter().collect::<Vec<_>>(),
            "{what}"
        );
        for (key, cell) in header.iter().zip(rec.iter()) {
            match &obj[key] {
                serde_json::Value::Null => assert_eq!(cell, "", "{key} in {what}"),
                serde_json::Value::String(s) => {
                    assert_eq!(s, cell.trim_start_matches('\''), "{key} in {what}")
                }
                serde_json::Value::Number(n) => {
                    let csv_value: f64 = cell.parse().unwrap();
                    assert_eq!(n.as_f64().unwrap(), csv_value, "{key} in {what}")
                }
                other => assert_eq!(other.to_string(), cell, "{key} in {what}"),
            }
        }
    }
}
