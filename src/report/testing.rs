//! Test support: a records folder written from TOML snippets into a temp
//! dir and loaded with the real loader, so hand-worked cases read like the
//! records a user writes. Panics when the snippets have errors.

use chrono::NaiveDate;

use crate::model::Records;

/// `clientele.toml` with the SPEC's example settings (the defaults).
pub const SETTINGS: &str = "[team]\nname = \"t\"\ncurrency = \"CNY\"\n";

/// Loads `files` (path inside the folder, text); `clientele.toml` is
/// added when not given. Checks as of `d` and panics on any error.
pub fn records(files: &[(&str, &str)], d: NaiveDate) -> Records {
    let dir = tempfile::tempdir().unwrap();
    let mut all: Vec<(&str, &str)> = files.to_vec();
    if !files.iter().any(|(p, _)| *p == "clientele.toml") {
        all.push(("clientele.toml", SETTINGS));
    }
    for (path, text) in all {
        let full = dir.path().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
    }
    let loaded = crate::load::load_and_check(dir.path(), d).unwrap();
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|x| x.is_error())
        .map(|x| loaded.records.sources.render(x))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join(""));
    loaded.records
}

pub fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// The end of day `s` (now for `--as-of s`).
pub fn end_of(s: &str) -> chrono::NaiveDateTime {
    day(s).and_hms_opt(23, 59, 59).unwrap()
}
