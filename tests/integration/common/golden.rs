//! Golden files: compare a text with a file kept in the repository, or
//! rewrite the file when `UPDATE_EXPECT=1` is set.

use std::path::Path;

use super::crate_path;

/// Is `UPDATE_EXPECT` set (rewrite goldens instead of comparing)?
pub fn updating() -> bool {
    std::env::var_os("UPDATE_EXPECT").is_some()
}

/// Compares `actual` with the file `tests/expected/<rel>`; with
/// `UPDATE_EXPECT=1` rewrites the file instead (review the diff after).
pub fn expect_file(rel: &str, actual: &str) {
    expect_golden(&crate_path("tests/expected").join(rel), actual);
}

/// Compares `actual` with the file at `path`; with `UPDATE_EXPECT=1`
/// rewrites the file instead.
pub fn expect_golden(path: &Path, actual: &str) {
    if updating() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with UPDATE_EXPECT=1)", path.display()));
    assert_eq!(
        actual,
        expected,
        "{} differs (UPDATE_EXPECT=1 rewrites it)",
        path.display()
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
