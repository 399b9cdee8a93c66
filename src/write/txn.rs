//! One write: the folder's lock, the files read and the new texts staged,
//! the re-check of the staged texts, and the atomic save.
//!
//! The check loads only the settings, the team, the files the write read
//! or staged and the files the command asked for ([`Txn::need`]) — never
//! the whole folder — with the project's own loader and cross-file checks.
//! A write is refused when the new texts have an error the old ones did
//! not: problems already in the records are not the write's fault, and
//! files not loaded (a client another entry names) fail the same way
//! before and after, so they cancel out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::journal::{self, Saved};
use super::lock::FolderLock;
use super::{EditDoc, WriteError, endings};
use crate::diagnostic::{Diagnostic, SourceMap};
use crate::load::{self, Loaded};
use crate::model::{Member, Records};

const ALWAYS: [&str; 2] = ["clientele.toml", "team.toml"];

/// A write in progress; holds the folder's lock until dropped.
#[derive(Debug)]
pub(crate) struct Txn {
    root: PathBuf,
    _lock: FolderLock,
    base: Records,
    originals: BTreeMap<String, Option<String>>,
    staged: BTreeMap<String, String>,
    context: BTreeSet<String>,
}

/// The problems a staged change would bring, with the source map of the
/// texts as they would be (to render them).
#[derive(Debug, Default)]
pub(crate) struct Checked {
    pub(crate) errors: Vec<Diagnostic>,
    pub(crate) warnings: Vec<Diagnostic>,
    pub(crate) sources: SourceMap,
    /// What failed after the change was saved (see [`Saved`]).
    pub(crate) saved_but: Option<String>,
}

impl Checked {
    /// Every new error rendered with its lines (`path:line:col`, excerpt).
    pub(crate) fn render_errors(&self) -> String {
        self.errors.iter().map(|x| self.sources.render(x)).collect()
    }

    /// Every new warning rendered with its lines.
    pub(crate) fn render_warnings(&self) -> String {
        self.warnings
            .iter()
            .map(|x| self.sources.render(x))
            .collect()
    }
}

impl Txn {
    /// Takes the lock on `root` and reads the settings and the team.
    pub(crate) fn begin(root: &Path) -> Result<Txn, WriteError> {
        let lock = FolderLock::acquire(root)?;
        journal::recover_locked(root)?;
        let files: Vec<(String, Option<String>)> =
            ALWAYS.iter().map(|f| (f.to_string(), None)).collect();
        let Loaded { records, .. } = load::load_some(root, &files)?;
        Ok(Txn {
            root: root.to_path_buf(),
            _lock: lock,
            base: records,
            originals: BTreeMap::new(),
            staged: BTreeMap::new(),
            context: BTreeSet::new(),
        })
    }

    /// The records folder as given.
    pub(crate) fn root(&self) -> &Path {
        &self.root
    }

    /// The settings and the team (no other file is loaded).
    pub(crate) fn records(&self) -> &Records {
        &self.base
    }

    pub(crate) fn member(&self, id: &str) -> Option<&Member> {
        self.base.member(id)
    }

    /// The text of the file at `rel` (inside the folder), `None` when it
    /// does not exist. Read once; the file joins the check.
    pub(crate) fn read(&mut self, rel: &str) -> Result<Option<String>, WriteError> {
        if let Some(t) = self.originals.get(rel) {
            return Ok(t.clone());
        }
        let text = super::boundary::read(&self.root, rel)?;
        self.originals.insert(rel.to_string(), text.clone());
        Ok(text)
    }

    /// Reads and parses the file at `rel` for editing (empty when missing).
    pub(crate) fn edit(&mut self, rel: &str) -> Result<EditDoc, WriteError> {
        let text = self.read(rel)?;
        EditDoc::open(rel, text.as_deref())
    }

    /// Adds a file the check needs to read (a client an entry names).
    pub(crate) fn need(&mut self, rel: impl Into<String>) {
        self.context.insert(rel.into());
    }

    /// Sets the new text of the file at `rel`.
    pub(crate) fn stage(&mut self, rel: &str, text: String) -> Result<(), WriteError> {
        self.read(rel)?;
        self.staged.insert(rel.to_string(), text);
        Ok(())
    }

    fn files(&self, staged: bool) -> Vec<(String, Option<String>)> {
        let mut names: BTreeSet<&str> = ALWAYS.into_iter().collect();
        names.extend(self.context.iter().map(String::as_str));
        names.extend(self.originals.keys().map(String::as_str));
        names
            .into_iter()
            .filter_map(|rel| {
                let text = match (
                    staged.then(|| self.staged.get(rel)).flatten(),
                    self.originals.get(rel),
                ) {
                    (Some(new), _) => Some(new.clone()),
                    (None, Some(None)) => return None,
                    (None, Some(Some(old))) => Some(old.clone()),
                    (None, None) => None,
                };
                Some((rel.to_string(), text))
            })
            .collect()
    }

    /// The files the check loads (paths inside the folder), sorted.
    #[cfg(test)]
    pub(crate) fn check_files(&self) -> Vec<String> {
        self.files(true).into_iter().map(|(rel, _)| rel).collect()
    }

    fn problems(&self, staged: bool, today: NaiveDate) -> Result<Loaded, WriteError> {
        let files = self.files(staged);
        Ok(load::load_and_check(
            load::Scope::Files(&self.root, &files),
            today,
        )?)
    }

    /// Re-checks the staged texts as of `today`: the errors and warnings that
    /// they have and the files before them did not.
    pub(crate) fn check(&self, today: NaiveDate) -> Result<Checked, WriteError> {
        let after = self.problems(true, today)?;
        if after.diagnostics.is_empty() {
            return Ok(Checked::default());
        }
        let before = self.problems(false, today)?;
        let mut old: BTreeMap<(String, &'static str, String), usize> = BTreeMap::new();
        for x in &before.diagnostics {
            *old.entry(key(&before.records.sources, x)).or_default() += 1;
        }
        let mut checked = Checked::default();
        for x in after.diagnostics {
            match old.get_mut(&key(&after.records.sources, &x)) {
                Some(n) if *n > 0 => *n -= 1,
                _ if x.is_error() => checked.errors.push(x),
                _ => checked.warnings.push(x),
            }
        }
        checked.sources = after.records.sources;
        Ok(checked)
    }

    /// The files that change, as paths inside the folder.
    pub(crate) fn changed(&self) -> Vec<&str> {
        self.staged
            .iter()
            .filter(|(rel, text)| self.originals.get(*rel) != Some(&Some((*text).clone())))
            .map(|(rel, _)| rel.as_str())
            .collect()
    }

    /// Saves every staged file that changed, all or nothing (through the
    /// folder's journal), each keeping its byte-order mark and line
    /// endings (`endings`), then releases the lock. An error means nothing
    /// was saved; once saved, what failed after is in [`Saved::but`].
    pub(crate) fn commit(self) -> Result<Saved, WriteError> {
        let texts: Vec<(&str, String)> = self
            .changed()
            .into_iter()
            .filter_map(|rel| {
                let new = self.staged.get(rel)?;
                Some(match self.originals.get(rel) {
                    Some(Some(old)) => (rel, endings::keep(old, new)),
                    _ => (rel, new.clone()),
                })
            })
            .collect();
        let files: Vec<(&str, &str)> = texts.iter().map(|(r, t)| (*r, t.as_str())).collect();
        journal::commit(&self.root, &files)
    }
}

/// What identifies a problem across the two loads: the file, the code and
/// the message without line numbers (`already used at clients/a.toml:12`).
fn key(sources: &SourceMap, d: &Diagnostic) -> (String, &'static str, String) {
    let file = sources
        .get(d.span.file)
        .map_or_else(String::new, |f| f.rel.clone());
    let text = d.message.en();
    let mut message = String::with_capacity(text.len());
    let mut after_colon = false;
    for c in text.chars() {
        if after_colon && c.is_ascii_digit() {
            continue;
        }
        after_colon = c == ':';
        message.push(c);
    }
    (file, d.code, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder() -> tempfile::TempDir {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        std::fs::write(
            root.join("clientele.toml"),
            "[team]\nname = \"t\"\ncurrency = \"CNY\"\n",
        )
        .unwrap();
        std::fs::write(
            root.join("team.toml"),
            "[[member]]\nid = \"boss\"\nname = \"B\"\nrole = \"lead\"\njoined = 2020-01-01\n",
        )
        .unwrap();
        std::fs::create_dir_all(root.join("months/2026-11")).unwrap();
        tmp
    }

    const REL: &str = "months/2026-11/boss.toml";

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
    }

    #[test]
    fn new_errors_are_found_old_ones_are_not_blamed() {
        let tmp = folder();
        // an old problem: a client that has no file
        std::fs::write(
            tmp.path().join(REL),
            "[[plan]]\ndate = 2026-11-02\nclient = \"gone\"\n",
        )
        .unwrap();
        let mut txn = Txn::begin(tmp.path()).unwrap();
        let old = txn.read(REL).unwrap().unwrap();
        txn.stage(
            REL,
            format!("{old}\n[[plan]]\ndate = 2026-11-03\nclient = \"gone\"\n"),
        )
        .unwrap();
        let checked = txn.check(today()).unwrap();
        assert_eq!(checked.errors.len(), 1, "{checked:?}");
        assert!(
            checked
                .render_errors()
                .contains(":7:10: error: plan client `gone` has no file"),
            "{}",
            checked.render_errors()
        );
        txn.stage(
            REL,
            format!("{old}\n[[attendance]]\ndate = 2026-11-03\nin = \"09:00\"\n"),
        )
        .unwrap();
        let checked = txn.check(today()).unwrap();
        assert!(checked.errors.is_empty(), "{checked:?}");
    }

    #[test]
    fn commit_writes_only_what_changed() {
        let tmp = folder();
        let mut txn = Txn::begin(tmp.path()).unwrap();
        assert_eq!(txn.read(REL).unwrap(), None);
        txn.stage(
            REL,
            "[[attendance]]\ndate = 2026-11-03\nin = \"09:00\"\n".into(),
        )
        .unwrap();
        let team = txn.read("team.toml").unwrap().unwrap();
        txn.stage("team.toml", team).unwrap();
        assert_eq!(txn.changed(), [REL]);
        txn.commit().unwrap();
        assert!(tmp.path().join(REL).is_file());
    }
}
