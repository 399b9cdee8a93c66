//! Write cases as folders, like cargo's `cargo add` tests. A case is a
//! folder `tests/fixtures/<dir>/<case>/` with
//!
//! - `in/`: the records before (often a symbolic link to a shared folder,
//!   e.g. `in -> ../../writes`);
//! - `cmd`: the command lines, one per line, run in order inside a temp
//!   copy of `in/` (`#` lines and blank lines are skipped; words are split
//!   as a shell would, with `'…'` and `"…"` quoting); each starts with
//!   `clientele` and must exit 0;
//! - `stdout`: everything the commands printed, in order (stderr must be
//!   empty);
//! - `out/`: the whole folder after, compared file by file, whole files.
//!
//! `UPDATE_EXPECT=1` rewrites `stdout` and `out/` from the run.

use std::path::Path;

use super::{assert_same_files, copy_dir, crate_path, expect_golden, fixture, run_in, updating};

/// Runs every case folder below `tests/fixtures/<dir>/` (a folder with a
/// `cmd` file); all of them must match.
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
    let mut stdout = String::new();
    for line in cmd.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let words = split_words(line);
        assert_eq!(
            words.first().map(String::as_str),
            Some("clientele"),
            "{name}: {line}"
        );
        let args: Vec<&str> = words[1..].iter().map(String::as_str).collect();
        let (code, out, err) = run_in(tmp.path(), &args);
        assert_eq!((code, err.as_str()), (0, ""), "{name}: {line}");
        stdout.push_str(&out);
    }
    expect_golden(&case.join("stdout"), &stdout);
    let out = case.join("out");
    if updating() {
        let _ = std::fs::remove_dir_all(&out);
        copy_dir(tmp.path(), &out);
        let _ = std::fs::remove_file(out.join(".clientele.lock"));
        return;
    }
    assert_same_files(tmp.path(), &out);
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
