//! One write: the folder's lock, the files read and the new texts staged,
//! the re-check of the staged texts, and the atomic save. Each text is
//! held once: the check borrows the texts it loads and gives them back.
//!
//! The check loads only the settings, the team, the files the write read
//! or staged and the files the command asked for ([`Txn::need`]) — never
//! the whole folder — with the project's own loader and cross-file checks.
//! A write is refused when the new texts have an error the old ones did
//! not: problems already in the records are not the write's fault, and
//! files not loaded (a client another entry names) fail the same way
//! before and after, so they cancel out.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::journal::{self, Saved};
use super::lock::FolderLock;
use super::spill::{self, Spill};
use super::{EditDoc, WriteError, endings};
use crate::check::unique::Keys;
use crate::diagnostic::{Diagnostic, SourceMap};
use crate::load::{self, Loaded};
use crate::model::{Member, Records};

const ALWAYS: [&str; 2] = ["clientele.toml", "team.toml"];

/// A write in progress; holds the folder's lock until dropped.
#[derive(Debug)]
pub(crate) struct Txn {
    /// New files kept on disk (declared before the lock: dropped while
    /// the lock is still held).
    spill: Option<Spill>,
    root: PathBuf,
    _lock: FolderLock,
    base: Records,
    originals: BTreeMap<String, Option<String>>,
    staged: BTreeMap<String, String>,
    context: BTreeSet<String>,
    /// Originals let go during the check: their length and digest.
    let_go: BTreeMap<String, large::Gone>,
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
        spill::clear_stale(root)?;
        let files: Vec<(String, Option<String>)> =
            ALWAYS.iter().map(|f| (f.to_string(), None)).collect();
        let Loaded { records, .. } = load::load_some(root, &files)?;
        Ok(Txn {
            spill: None,
            root: root.to_path_buf(),
            _lock: lock,
            base: records,
            originals: BTreeMap::new(),
            staged: BTreeMap::new(),
            context: BTreeSet::new(),
            let_go: BTreeMap::new(),
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
        Ok(self.text(rel)?.map(str::to_string))
    }

    /// As [`Txn::read`], the text lent rather than copied.
    pub(crate) fn text(&mut self, rel: &str) -> Result<Option<&str>, WriteError> {
        self.ensure_read(rel)?;
        self.restored(rel)
    }

    /// Reads the file at `rel` once, when it was not read yet.
    fn ensure_read(&mut self, rel: &str) -> Result<(), WriteError> {
        if !self.originals.contains_key(rel) {
            let text = super::boundary::read(&self.root, rel)?;
            self.originals.insert(rel.to_string(), text);
        }
        Ok(())
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

    /// From now on, keeps the new files this write stages on disk rather
    /// than in memory (`spill`): for writes of many new files.
    pub(crate) fn spill_new_files(&mut self) -> Result<(), WriteError> {
        if self.spill.is_none() {
            self.spill = Some(Spill::start(&self.root)?);
        }
        Ok(())
    }

    /// Sets the new text of the file at `rel`.
    pub(crate) fn stage(&mut self, rel: &str, text: String) -> Result<(), WriteError> {
        self.ensure_read(rel)?;
        let new = matches!(self.originals.get(rel), Some(None));
        if let Some(spill) = self.spill.as_mut().filter(|_| new) {
            // kept by the spill alone: no entry here for each of 40,000
            self.staged.remove(rel);
            self.originals.remove(rel);
            return spill.put(rel, &text);
        }
        self.staged.insert(rel.to_string(), text);
        Ok(())
    }

    /// The names of the files the check loads, sorted.
    fn names(&self) -> BTreeSet<String> {
        let mut names: BTreeSet<String> = ALWAYS.iter().map(|s| s.to_string()).collect();
        names.extend(self.context.iter().cloned());
        names.extend(self.originals.keys().cloned());
        names
    }

    /// The files the check loads with their texts — the staged ones when
    /// `staged`, else the originals — handed over to the loader rather
    /// than copied, and given back by [`Txn::put_back`]: a large new file
    /// is then held once while it is checked, not three times.
    fn lend(&mut self, staged: bool) -> Vec<(String, Option<String>)> {
        let mut files = Vec::new();
        for rel in self.names() {
            let text = match (
                self.staged.get_mut(&rel).filter(|_| staged),
                self.originals.get_mut(&rel),
            ) {
                (Some(new), _) => Some(std::mem::take(new)),
                (None, Some(None)) => continue,
                (None, Some(Some(old))) => Some(std::mem::take(old)),
                (None, None) => None,
            };
            files.push((rel, text));
        }
        files
    }

    /// Takes back the texts lent for a check from the files it loaded
    /// (`copy`: copies of them, when the files stay with the problems).
    fn put_back(
        &mut self,
        lent: &BTreeSet<String>,
        staged: bool,
        sources: &mut SourceMap,
        copy: bool,
    ) -> Result<(), WriteError> {
        let mut back = 0;
        for file in &mut sources.files {
            if !lent.contains(&file.rel) {
                continue;
            }
            let slot = match (
                self.staged.get_mut(&file.rel).filter(|_| staged),
                self.originals.get_mut(&file.rel),
            ) {
                (Some(new), _) => new,
                (None, Some(Some(old))) => old,
                _ => continue,
            };
            *slot = if copy {
                file.text().to_string()
            } else {
                file.take_text().unwrap_or_default()
            };
            back += 1;
        }
        if back == lent.len() {
            return Ok(());
        }
        Err(WriteError::Io {
            what: "check the new texts of",
            path: self.root.clone(),
            source: std::io::Error::other("a text lent to the check did not come back"),
        })
    }

    /// Loads and checks the files with their texts (staged or original)
    /// as of `today`, lending them. The new texts stay (as copies) with
    /// what the check returns when it found problems, to show their lines.
    /// With `keys`, the ids and names of the client files loaded are added
    /// to them (while the check still holds their texts).
    fn problems(
        &mut self,
        staged: bool,
        today: NaiveDate,
        keys: Option<&mut Keys>,
    ) -> Result<Loaded, WriteError> {
        let files = self.lend(staged);
        let lent: BTreeSet<String> = files
            .iter()
            .filter(|(_, t)| t.is_some())
            .map(|(rel, _)| rel.clone())
            .collect();
        let loaded = load::load_and_check_texts(&self.root, files, today);
        let mut loaded = match loaded {
            Ok(l) => l,
            Err(e) => {
                // the texts are lost with the load: nothing may be saved
                self.staged.clear();
                self.originals.clear();
                return Err(e.into());
            }
        };
        if let Some(keys) = keys {
            keys.add(&loaded.records, Some);
        }
        let copy = staged && !loaded.diagnostics.is_empty();
        self.put_back(&lent, staged, &mut loaded.records.sources, copy)?;
        Ok(loaded)
    }

    /// The files the check loads (paths inside the folder), sorted.
    #[cfg(test)]
    pub(crate) fn check_files(&self) -> Vec<String> {
        let exists = |rel: &String| {
            !matches!(self.originals.get(rel), Some(None))
                || self.staged.contains_key(rel)
                || self.spill.as_ref().is_some_and(|s| s.contains(rel))
        };
        self.names().into_iter().filter(exists).collect()
    }

    /// Re-checks the staged texts as of `today`: the errors and warnings that
    /// they have and the files before them did not.
    pub(crate) fn check(&mut self, today: NaiveDate) -> Result<Checked, WriteError> {
        self.let_go_large()?;
        self.check_new(today)
    }

    /// [`Txn::check`], the large originals let go.
    fn check_new(&mut self, today: NaiveDate) -> Result<Checked, WriteError> {
        if self.spill.as_ref().is_some_and(|s| s.len() > 0) {
            return self.check_spilled(today);
        }
        let after = self.problems(true, today, None)?;
        if after.diagnostics.is_empty() {
            return Ok(Checked::default());
        }
        let sources = after.records.sources;
        self.compare(after.diagnostics, sources, today)
    }

    /// The problems `after` has (with their sources) that the files before
    /// the change did not have.
    fn compare(
        &mut self,
        after: Vec<Diagnostic>,
        sources: SourceMap,
        today: NaiveDate,
    ) -> Result<Checked, WriteError> {
        self.restore_large(true)?;
        let before = self.problems(false, today, None)?;
        let mut old: BTreeMap<(String, &'static str, String), usize> = BTreeMap::new();
        for x in &before.diagnostics {
            *old.entry(key(&before.records.sources, x)).or_default() += 1;
        }
        let mut checked = Checked::default();
        for x in after {
            match old.get_mut(&key(&sources, &x)) {
                Some(n) if *n > 0 => *n -= 1,
                _ if x.is_error() => checked.errors.push(x),
                _ => checked.warnings.push(x),
            }
        }
        checked.sources = sources;
        Ok(checked)
    }

    /// The files that change, as paths inside the folder (those kept in
    /// memory; the new files kept on disk all change).
    pub(crate) fn changed(&self) -> Vec<&str> {
        let same = |rel: &String, text: &String| match self.let_go.get(rel) {
            Some(gone) => gone.is(text),
            None => matches!(self.originals.get(rel), Some(Some(old)) if old == text),
        };
        self.staged
            .iter()
            .filter(|(rel, text)| !same(rel, text))
            .map(|(rel, _)| rel.as_str())
            .collect()
    }

    /// Saves every staged file that changed, all or nothing (through the
    /// folder's journal), each keeping its byte-order mark and line
    /// endings (`endings`), then releases the lock. An error means nothing
    /// was saved; once saved, what failed after is in [`Saved::but`].
    pub(crate) fn commit(mut self) -> Result<Saved, WriteError> {
        // an original let go of plain LF lines is not needed: `keep` makes
        // of the new text what it would make with an empty one
        self.restore_large(false)?;
        let texts: Vec<(&str, Cow<'_, str>)> = self
            .changed()
            .into_iter()
            .filter_map(|rel| {
                let new = self.staged.get(rel)?;
                Some(match self.originals.get(rel) {
                    Some(Some(old)) => (rel, endings::keep(old, new)),
                    _ => (rel, Cow::Borrowed(new.as_str())),
                })
            })
            .collect();
        let files: Vec<(&str, &str)> = texts.iter().map(|(r, t)| (*r, t.as_ref())).collect();
        journal::commit(&self.root, &files, self.spill.as_ref())
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

mod large;
mod spilled;
#[cfg(test)]
mod tests;
