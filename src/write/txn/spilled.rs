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

use std::collections::HashMap;

use chrono::NaiveDate;

use super::{ALWAYS, Checked, Txn};
use crate::check::unique::{Keys, judged_by_keys};
use crate::diagnostic::{Diagnostic, FileId, SourceFile};
use crate::load;
use crate::write::WriteError;
use crate::write::spill::{self, Spilled};

/// About how many bytes of new files one batch loads (a few hundred in
/// unit tests, so that they load many batches).
pub(super) const BATCH: usize = if cfg!(test) { 300 } else { 64 * 1024 };

impl Txn {
    /// [`Txn::check`] when new files were kept on disk (module doc).
    pub(super) fn check_spilled(&mut self, today: NaiveDate) -> Result<Checked, WriteError> {
        let spilled: Vec<Spilled> = self
            .spill
            .as_ref()
            .map(|s| s.files().to_vec())
            .unwrap_or_default();
        let mut keys = Keys::default();
        let after = self.problems(true, today, Some(&mut keys))?;
        let mut sources = after.records.sources;
        let mut found: Vec<Diagnostic> = after
            .diagnostics
            .into_iter()
            .filter(|d| !judged_by_keys(d, &sources))
            .collect();
        // the new files join the common map unread: a diagnostic reads its
        // file again (staged, or in place once saved), checked by digest
        let first = sources.files.len();
        let mut at: HashMap<&str, FileId> = HashMap::new();
        for (i, f) in spilled.iter().enumerate() {
            sources.add(SourceFile::unread(f.rel.clone(), f.len, f.hash));
            at.insert(&f.rel, FileId(u32::try_from(first + i).unwrap_or(u32::MAX)));
        }
        sources.reload = Some(spill::reload);
        let always = self.always_texts();
        let mut start = 0;
        while start < spilled.len() {
            let mut end = start;
            let mut bytes = 0;
            while end < spilled.len() && (end == start || bytes < BATCH) {
                bytes += spilled[end].len;
                end += 1;
            }
            let batch = &spilled[start..end];
            self.check_batch(batch, &always, &at, today, &mut keys, &mut found)?;
            start = end;
        }
        found.extend(keys.repeats(&sources));
        drop(keys);
        if found.is_empty() {
            return Ok(Checked::default());
        }
        sources.sort(&mut found);
        self.compare(found, sources, today)
    }

    /// Loads and checks one batch of new files with the settings and the
    /// team: its problems (placed in the common map by `at`) go to `found`,
    /// its ids and names to `keys`.
    fn check_batch(
        &self,
        batch: &[Spilled],
        always: &[(String, Option<String>)],
        at: &HashMap<&str, FileId>,
        today: NaiveDate,
        keys: &mut Keys,
        found: &mut Vec<Diagnostic>,
    ) -> Result<(), WriteError> {
        let Some(spill) = self.spill.as_ref() else {
            return Ok(());
        };
        let mut files = always.to_vec();
        for f in batch {
            files.push((f.rel.clone(), Some(spill.read(&f.rel)?)));
        }
        let loaded = load::load_and_check_texts(&self.root, files, today)?;
        let map: HashMap<u32, FileId> = loaded
            .records
            .sources
            .files
            .iter()
            .enumerate()
            .filter_map(|(i, f)| Some((u32::try_from(i).ok()?, *at.get(f.rel.as_str())?)))
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

#[cfg(test)]
mod tests;
