//! Write cases as folders, like cargo's `cargo add` tests. A case is a
//! folder `tests/fixtures/<dir>/<case>/` with
//!
//! - `in/`: the records before (usually a symbolic link to a shared
//!   folder, `in -> ../../writes`);
//! - `cmd`: the command lines, run in order inside a temp copy of `in/`.
//!   `#` lines and blank lines are skipped; words are split as a shell
//!   would, with `'…'` and `"…"` quoting. A line is
//!   `[VAR=value …] clientele ARGS…` and must exit 0, or
//!   `! clientele ARGS…`: a refusal, which must exit 1, print nothing on
//!   stdout and leave every file as it was; `!2 clientele ARGS…` is the
//!   same for a usage error (a flag value that does not parse: exit 2);
//! - `stdout`: everything the commands printed on stdout, in order;
//! - `stderr`: the same for stderr (no file: nothing);
//! - `out/`: the whole folder after, compared file by file, whole files
//!   (a symbolic link to `in/`'s target when nothing changes).
//!
//! `UPDATE_EXPECT=1` rewrites `stdout`, `stderr` and `out/` from the run.

use std::collections::BTreeMap;
use std::path::Path;

use super::{assert_same_files, copy_dir, crate_path, expect_golden, fixture, output, snapshot};

/// Runs every case folder below `tests/fixtures/<dir>/` (a folder with a
/// `cmd` file); all of them must match. Returns how many ran.
pub fn assert_write_cases(dir: &str) -> usize {
    let root = crate_path(&fixture(dir));
    let mut cases: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("cmd").is_file())
        .collect();
    cases.sort();
    for case in &cases {
        assert_write_case(case);
    }
    cases.len()
}

/// Runs one case folder (see the module doc) and compares its results.
pub fn assert_write_case(case: &Path) {
    let name = case.file_name().unwrap().to_string_lossy().into_owned();
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&case.join("in"), tmp.path());
    let cmd = std::fs::read_to_string(case.join("cmd")).unwrap();
    let (mut stdout, mut stderr) = (String::new(), String::new());
    for line in cmd.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (out, err) = run_line(tmp.path(), line, &name);
        stdout.push_str(&out);
        stderr.push_str(&err);
    }
    expect_golden(&case.join("stdout"), &stdout);
    expect_optional(&case.join("stderr"), &stderr);
    let out = case.join("out");
    if super::updating() && !same_files(tmp.path(), &out) {
        if out.is_symlink() {
            std::fs::remove_file(&out).unwrap();
        } else if out.exists() {
            std::fs::remove_dir_all(&out).unwrap();
        }
        copy_dir(tmp.path(), &out);
        // what a run leaves beside the records is not part of them
        let _ = std::fs::remove_file(out.join(".clientele.lock"));
        let _ = std::fs::remove_dir_all(out.join(".clientele-cache"));
        let _ = std::fs::remove_file(out.join(".clientele-cache"));
        return;
    }
    assert_same_files(tmp.path(), &out);
}

/// Runs one line of `cmd` in `dir`; returns its stdout and stderr.
fn run_line(dir: &Path, line: &str, case: &str) -> (String, String) {
    let mut words = split_words(line).into_iter().peekable();
    let refusal = match words.next_if(|w| w == "!" || w == "!2") {
        Some(w) if w == "!2" => Some(2),
        Some(_) => Some(1),
        None => None,
    };
    let mut cmd = super::clientele();
    cmd.current_dir(dir);
    while let Some((var, value)) = words.peek().and_then(|w| w.split_once('=')) {
        cmd.env(var, value);
        words.next();
    }
    assert_eq!(words.next().as_deref(), Some("clientele"), "{case}: {line}");
    cmd.args(words);
    let before = refusal.map(|exit| (exit, records(dir)));
    let (code, out, err) = output(&mut cmd);
    if let Some((exit, before)) = before {
        assert_eq!((code, out.as_str()), (exit, ""), "{case}: {line}: {err}");
        assert!(records(dir) == before, "{case}: {line} changed the folder");
    } else {
        assert_eq!(code, 0, "{case}: {line}: {err}");
    }
    (out, err)
}

/// The files of a records folder and their bytes, the lock file aside.
fn records(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = snapshot(dir);
    files.remove(".clientele.lock");
    files
}

/// Whether two folders hold the same files (the lock file aside).
fn same_files(a: &Path, b: &Path) -> bool {
    b.exists() && records(a) == snapshot(b)
}

/// Like [`expect_golden`], where a missing file stands for empty text.
fn expect_optional(path: &Path, actual: &str) {
    if super::updating() && actual.is_empty() {
        let _ = std::fs::remove_file(path);
    } else if path.exists() || super::updating() {
        expect_golden(path, actual);
    } else {
        assert_eq!(actual, "", "{} is missing", path.display());
    }
}

/// Splits a command line into words as a shell would: blanks separate
/// words, `'…'` is literal, `"…"` allows `\"` and `\\`.
pub fn split_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' => words.extend(word.take()),
            '\'' => {
                let w = word.get_or_insert_with(String::new);
                w.extend(chars.by_ref().take_while(|&c| c != '\''));
            }
            '"' => {
                let w = word.get_or_insert_with(String::new);
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => w.extend(chars.next()),
                        c => w.push(c),
                    }
                }
            }
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    words
}
