//! The re-check of a write whose new files are kept on disk (an import's
//! thousands of client files): the files kept in memory are loaded and
//! checked together as for any write; the new files a batch of about
//! [`BATCH`] bytes at a time, each batch with the settings and the team,
//! so that what is held is one batch's records, not every new file's.
//!
//! What a batch cannot see — an id or a client name repeated in another
//! batch or in a file kept in memory — is judged for all at once from the
//! compact [`Keys`] every load adds to: the repeats found by single loads
//! are set aside, and the keys report each repeat once, as one load of
//! every file would. Every other cross-file rule involving a client file
//! looks only at that file and the team (references to members, grades,
//! overrides, won deals), which every batch holds. A test compares this
//! with one load of every file (`tests.rs`).

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;

use super::{ALWAYS, Checked, Txn};
use crate::check::unique::{Keys, judged_by_keys};
use crate::diagnostic::{Diagnostic, FileId, SourceFile};
use crate::load;
use crate::write::WriteError;
use crate::write::spill::{self, Spill};

/// About how many bytes of new files one batch loads (a few hundred in
/// unit tests, so that they load many batches).
pub(super) const BATCH: usize = if cfg!(test) { 300 } else { 64 * 1024 };

impl Txn {
    /// [`Txn::check`] when new files were kept on disk (module doc).
    pub(super) fn check_spilled(&mut self, today: NaiveDate) -> Result<Checked, WriteError> {
        let Some(spill) = self.spill.take() else {
            return Ok(Checked::default());
        };
        let checked = self.check_with(&spill, today);
        self.spill = Some(spill);
        checked
    }

    /// The check of the files in memory and, a batch at a time, of those
    /// `spill` holds. While it runs, the `i`th new file is known as
    /// `FileId(first + i)`, past the files of the load in memory; only the
    /// new files a problem names join its source map, at the end: 40,000
    /// new files need no entry each.
    fn check_with(&mut self, spill: &Spill, today: NaiveDate) -> Result<Checked, WriteError> {
        let mut keys = Keys::default();
        let after = self.problems(true, today, Some(&mut keys))?;
        let mut sources = after.records.sources;
        let mut found: Vec<Diagnostic> = after
            .diagnostics
            .into_iter()
            .filter(|d| !judged_by_keys(d, &sources))
            .collect();
        let first = sources.files.len();
        let always = self.always_texts();
        let mut start = 0;
        while start < spill.len() {
            let mut end = start;
            let mut bytes = 0;
            while end < spill.len() && (end == start || bytes < BATCH) {
                bytes += spill.file(end).map_or(0, |f| f.len);
                end += 1;
            }
            let batch = Batch {
                spill,
                files: start..end,
                first,
            };
            self.check_batch(&batch, &always, today, &mut keys, &mut found)?;
            start = end;
        }
        let rel = |f: FileId| match (f.0 as usize).checked_sub(first) {
            Some(i) => spill.rel(i),
            None => sources.get(f).map_or("", |s| s.rel.as_str()),
        };
        found.extend(keys.repeats(rel));
        drop(keys);
        if found.is_empty() {
            return Ok(Checked::default());
        }
        // a file kept in memory gave its text back to the write after its
        // load (no problem of its own then): a repeat the keys found in it
        // needs it again, as a copy
        let named: BTreeSet<u32> = found
            .iter()
            .map(|d| d.span.file.0)
            .filter(|&f| (f as usize) < first)
            .collect();
        for f in named {
            let Some(file) = sources.files.get_mut(f as usize) else {
                continue;
            };
            let text = self
                .staged
                .get(&file.rel)
                .or_else(|| self.originals.get(&file.rel).and_then(|t| t.as_ref()));
            if let Some(text) = text.filter(|_| file.text().is_empty()) {
                *file = SourceFile::new(file.rel.clone(), text.clone());
            }
        }
        // the new files problems name join the map unread: a diagnostic
        // reads its file again (staged, or in place once saved), by digest
        let mut placed: HashMap<u32, FileId> = HashMap::new();
        for d in &mut found {
            let Some(i) = (d.span.file.0 as usize).checked_sub(first) else {
                continue;
            };
            let id = *placed.entry(d.span.file.0).or_insert_with(|| {
                let (len, hash) = spill.file(i).map_or((0, 0), |f| (f.len, f.hash));
                sources.add(SourceFile::unread(spill.rel(i).to_string(), len, hash))
            });
            d.span.file = id;
        }
        sources.reload = Some(spill::reload);
        sources.sort(&mut found);
        self.compare(found, sources, today)
    }

    /// Loads and checks one batch of new files with the settings and the
    /// team: its problems go to `found`, its ids and names to `keys`, each
    /// file known by its place among the new files.
    fn check_batch(
        &self,
        batch: &Batch<'_>,
        always: &[(String, Option<String>)],
        today: NaiveDate,
        keys: &mut Keys,
        found: &mut Vec<Diagnostic>,
    ) -> Result<(), WriteError> {
        let mut files = always.to_vec();
        for i in batch.files.clone() {
            let rel = batch.spill.rel(i);
            files.push((rel.to_string(), Some(batch.spill.read(rel)?)));
        }
        let loaded = load::load_and_check_texts(&self.root, files, today)?;
        let map: HashMap<u32, FileId> = loaded
            .records
            .sources
            .files
            .iter()
            .enumerate()
            .filter_map(|(j, f)| Some((u32::try_from(j).ok()?, batch.id(&f.rel)?)))
            .collect();
        keys.add(&loaded.records, |f| map.get(&f.0).copied());
        for mut d in loaded.diagnostics {
            if judged_by_keys(&d, &loaded.records.sources) {
                continue;
            }
            if let Some(&file) = map.get(&d.span.file.0) {
                d.span.file = file;
                found.push(d);
            }
        }
        Ok(())
    }

    /// The settings and the team as the write leaves them: the staged
    /// text, else the text read, else read by the loader.
    fn always_texts(&self) -> Vec<(String, Option<String>)> {
        ALWAYS
            .iter()
            .map(|rel| {
                let text = self
                    .staged
                    .get(*rel)
                    .cloned()
                    .or_else(|| self.originals.get(*rel).cloned().flatten());
                (rel.to_string(), text)
            })
            .collect()
    }
}

/// Some of the new files, loaded together.
struct Batch<'a> {
    spill: &'a Spill,
    files: std::ops::Range<usize>,
    /// Where the new files' ids start.
    first: usize,
}

impl Batch<'_> {
    /// The id of the new file at `rel`, when it is in the batch.
    fn id(&self, rel: &str) -> Option<FileId> {
        let i = self.files.clone().find(|&i| self.spill.rel(i) == rel)?;
        Some(FileId(u32::try_from(self.first + i).ok()?))
    }
}

#[cfg(test)]
mod tests;
