//! `Folder`: a temp copy of the `writes` records to run writing commands
//! in, and `diff`, which shows what a write added or changed; `run_on`,
//! `read` and `assert_clean` for any records folder.

use std::collections::BTreeMap;
use std::path::Path;

use super::{copy_fixture, run, run_in, snapshot};

/// The `writes` records' "today".
pub const D: &str = "2026-11-20";

/// A fresh copy of `tests/fixtures/writes`, to run writes in.
pub struct Folder {
    tmp: tempfile::TempDir,
}

impl Folder {
    pub fn new() -> Folder {
        Folder {
            tmp: copy_fixture("writes"),
        }
    }

    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    /// Runs `clientele --records . --as-of AS_OF ARGS` inside the copy.
    pub fn run_at(&self, as_of: &str, args: &[&str]) -> (i32, String, String) {
        let mut all = vec!["--records", ".", "--as-of", as_of];
        all.extend_from_slice(args);
        run_in(self.path(), &all)
    }

    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        self.run_at(D, args)
    }

    /// Runs a write that must succeed; returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let (code, out, err) = self.run(args);
        assert_eq!((code, err.as_str()), (0, ""), "{args:?}");
        out
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel)).unwrap()
    }

    pub fn write(&self, rel: &str, text: &str) {
        std::fs::write(self.path().join(rel), text).unwrap();
    }

    /// Every file's bytes (the lock file aside).
    pub fn snapshot(&self) -> BTreeMap<String, Vec<u8>> {
        let mut files = snapshot(self.path());
        files.remove(".clientele.lock");
        files
    }

    /// `check` passes with no errors and no warnings.
    pub fn checks(&self) {
        let (code, out, _) = self.run(&["check"]);
        assert_eq!(code, 0, "{out}");
        assert!(out.ends_with(": 0 errors, 0 warnings\n"), "{out}");
    }

    /// Runs a write that must be refused: exit 1, nothing written.
    /// Returns stderr.
    pub fn refused(&self, args: &[&str]) -> String {
        let before = self.snapshot();
        let (code, out, err) = self.run(args);
        assert_eq!(code, 1, "{args:?}: {out}{err}");
        assert_eq!(out, "", "{args:?}");
        assert!(
            self.snapshot() == before,
            "{args:?} changed the folder: {err}"
        );
        err
    }
}

/// The lines that differ between two texts, after their common first and
/// last lines: `-` removed, `+` added.
pub fn diff(before: &str, after: &str) -> String {
    let a: Vec<&str> = before.split_inclusive('\n').collect();
    let b: Vec<&str> = after.split_inclusive('\n').collect();
    let mut start = 0;
    while start < a.len() && start < b.len() && a[start] == b[start] {
        start += 1;
    }
    let mut end = 0;
    while end < a.len() - start
        && end < b.len() - start
        && a[a.len() - 1 - end] == b[b.len() - 1 - end]
    {
        end += 1;
    }
    let mut out = String::new();
    for l in &a[start..a.len() - end] {
        out.push('-');
        out.push_str(l);
    }
    for l in &b[start..b.len() - end] {
        out.push('+');
        out.push_str(l);
    }
    out
}

pub const AMY: &str = "months/2026-11/amy.toml";
pub const BOSS: &str = "months/2026-11/boss.toml";
pub const ACME: &str = "clients/acme.toml";
pub const BOLT: &str = "clients/bolt.toml";

/// Runs clientele on the records folder `dir` (`--records DIR ARGS`).
pub fn run_on(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let records = dir.to_string_lossy().into_owned();
    let mut all = vec!["--records", records.as_str()];
    all.extend_from_slice(args);
    run(&all)
}

/// The text of `dir/rel`.
pub fn read(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(rel)).unwrap()
}

/// `check` passes on `dir` with no error and exactly `warnings` warnings,
/// and `fmt --check` finds nothing to do.
pub fn assert_clean(dir: &Path, warnings: usize) {
    let (code, out, _) = run_on(dir, &["check"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.ends_with(&format!(": 0 errors, {warnings} warnings\n")),
        "{out}"
    );
    let (code, out, _) = run_on(dir, &["fmt", "--check"]);
    assert_eq!((code, out.as_str()), (0, ""));
}
