//! The test kit: everything the integration tests share. Use it with
//! `use super::common::*;` and declare no fixture or helper twice.
//!
//! Running the binary
//! - [`clientele()`]: the `clientele` command (an `assert_cmd::Command`) with
//!   a clean environment (no `CLIENTELE_*`, `NO_COLOR`, `COLUMNS`), run in
//!   the crate root.
//! - [`run(args)`](run) → `(exit code, stdout, stderr)`, in the crate root;
//!   [`run_in(dir, args)`](run_in) the same inside `dir`;
//!   [`clientele_process(dir)`](clientele_process) a `std::process::Command`
//!   (to spawn and wait later); [`output(cmd)`](output) runs a prepared
//!   command (extra `env`, `stdin`…) → the same triple.
//! - [`fixture(name)`](fixture): `"tests/fixtures/<name>"`, the path as a user
//!   types it (diagnostics print it): `run(&["--records", &fixture("base"), "check"])`.
//! - [`crate_path(rel)`](crate_path): the absolute path of a file of the crate.
//!
//! Folders
//! - [`copy_fixture(name)`](copy_fixture): a fresh temp copy of a fixture.
//! - [`copy_dir(from, to)`](copy_dir): the one folder-copy helper.
//! - [`snapshot(dir)`](snapshot): every file (hidden ones too) → its bytes.
//! - [`run_on(dir, args)`](run_on): clientele with `--records DIR`;
//!   [`read(dir, rel)`](read) a file's text; [`assert_clean(dir, warnings)`](assert_clean):
//!   `check` passes with that many warnings and `fmt --check` is quiet.
//! - [`assert_same_files(actual, expected)`](assert_same_files): two folders
//!   hold the same files, compared whole, file by file.
//! - [`Reports`]: reports on one read-only fixture as of a day —
//!   `const R: Reports = Reports::on("team-work", D);` then `R.csv(args)`,
//!   `R.csv_as_of(day, args)`, `R.out_as_of(day, format, args)`,
//!   `R.report(day, format, args)` (exit code too),
//!   `R.assert_json_matches_csv(args)`; `.quiet()` lets the warnings note through; [`without_warnings_note`].
//! - [`Folder`]: a temp copy of `tests/fixtures/writes` to run
//!   writes in (`ok`, `refused`, `read`, `checks`…), with [`diff`] and the
//!   paths [`AMY`], [`BOSS`], [`ACME`], [`BOLT`]; [`D`] is its "today".
//!
//! Golden files (one mechanism; `UPDATE_EXPECT=1 cargo test` rewrites them
//! all instead of comparing — review the diff after)
//! - [`expect_file(rel, actual)`](expect_file): `actual` equals
//!   `tests/expected/<rel>`.
//! - [`expect_golden(path, actual)`](expect_golden): the same for any file of
//!   the crate (e.g. `docs/diagnostics.md`).
//! - [`assert_write_cases(dir)`](assert_write_cases): every case folder below
//!   `tests/fixtures/<dir>/` runs and matches, whole files. A case is
//!   `in/` (the records before, usually `in -> ../../writes`), `cmd` (command
//!   lines, one per line: `clientele …` must succeed, `! clientele …` must be
//!   refused and change nothing, `VAR=value clientele …` sets a variable),
//!   `stdout` and `stderr` (all the commands printed), `out/` (the whole
//!   folder after). Add a write test by adding a folder; layout in
//!   `common/write_case.rs`.
//! - [`assert_json_rows_match_csv`]: a JSON report has the CSV report's rows.
#![allow(dead_code)]

mod folder;
mod golden;
mod reports;
mod write_case;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use folder::*;
pub use golden::*;
pub use reports::*;
pub use write_case::*;

/// The caller's variables no test run sees (the language ones too: tests
/// that want Chinese say so with `--lang`).
const CLEARED_VARS: [&str; 8] = [
    "CLIENTELE_RECORDS",
    "CLIENTELE_AS_OF",
    "CLIENTELE_MEMBER",
    "NO_COLOR",
    "COLUMNS",
    "CLIENTELE_LANG",
    "LC_ALL",
    "LANG",
];

/// The `clientele` binary with a clean environment (no CLIENTELE_* or
/// NO_COLOR from the caller), run in the crate root.
pub fn clientele() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("clientele").unwrap();
    for var in CLEARED_VARS {
        cmd.env_remove(var);
    }
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// The same clean command as a `std::process::Command`, run in `dir`, for
/// tests that spawn processes and wait for them later.
pub fn clientele_process(dir: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_clientele"));
    for var in CLEARED_VARS {
        cmd.env_remove(var);
    }
    cmd.current_dir(dir);
    cmd
}

/// `tests/fixtures/<name>`, relative to the crate root (as the user would
/// type it, so diagnostics show this path).
pub fn fixture(name: &str) -> String {
    format!("tests/fixtures/{name}")
}

/// The absolute path of `rel`, a path relative to the crate root.
pub fn crate_path(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// Copies a fixture folder into a fresh temp dir (for write tests).
pub fn copy_fixture(name: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&crate_path(&fixture(name)), tmp.path());
    tmp
}

/// Copies the folder `from` into `to` (created if missing), following
/// symbolic links (a case's `in` may be one).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target: PathBuf = to.join(entry.file_name());
        if std::fs::metadata(entry.path()).unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Runs clientele with `args` and returns (exit code, stdout, stderr).
pub fn run(args: &[&str]) -> (i32, String, String) {
    output(clientele().args(args))
}

/// Runs clientele with `args` inside `dir`.
pub fn run_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    output(clientele().current_dir(dir).args(args))
}

/// Runs a prepared command: (exit code, stdout, stderr).
pub fn output(cmd: &mut assert_cmd::Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Every file below `dir` (hidden ones too), by its `/`-separated path
/// relative to `dir`, → its bytes. Symbolic links are followed.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for e in walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
    {
        let e = e.unwrap();
        if e.file_type().is_file() {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.insert(rel, std::fs::read(e.path()).unwrap());
        }
    }
    out
}

/// The folders `actual` and `expected` hold the same files with the same
/// bytes (the lock file and the cache of parsed records aside); a
/// difference names the file and shows both texts whole.
pub fn assert_same_files(actual: &Path, expected: &Path) {
    let mut a = snapshot(actual);
    a.remove(".clientele.lock");
    a.retain(|rel, _| !rel.starts_with(".clientele-cache/"));
    let e = snapshot(expected);
    assert_eq!(
        a.keys().collect::<Vec<_>>(),
        e.keys().collect::<Vec<_>>(),
        "files of {} vs {}",
        actual.display(),
        expected.display()
    );
    for (rel, bytes) in &a {
        assert_eq!(
            String::from_utf8_lossy(bytes),
            String::from_utf8_lossy(&e[rel]),
            "{rel} differs from {}",
            expected.join(rel).display()
        );
    }
}
