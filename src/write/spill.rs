//! The new files of a large write (an import's client files) kept on disk
//! rather than in memory until the commit: each is written, flushed, into
//! `.clientele-staging/<its path>` inside the records folder as soon as it
//! is made, read back a batch at a time by the re-check, and moved into
//! the journal by the commit (`journal::commit`), so a write of thousands
//! of files holds one at a time.
//!
//! The staging folder is the writer's own, under the folder's lock: it is
//! git-ignored, never read by the loader (a hidden folder), and removed
//! when the write ends without saving (dropped) — or, after a crash, by
//! the next command that finds the lock free ([`clear_stale`]). It adds
//! no state the journal must know about: until the journal's plan is
//! recorded, the staged files are not part of the records.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{WriteError, boundary, faults, io};
use crate::diagnostic::digest;

/// The staging folder inside the records folder.
pub(crate) const STAGING_DIR: &str = ".clientele-staging";

/// One staged file: where its path inside the records folder is in
/// [`Spill`]'s names, and the length and digest of its text (to read it
/// again for a diagnostic). 24 bytes: an import may stage 40,000.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Spilled {
    name: (u32, u32),
    pub(crate) len: usize,
    pub(crate) hash: u64,
}

/// The staging folder of one write, and what it holds, in staging order:
/// the files' paths one after the other in one text.
#[derive(Debug)]
pub(crate) struct Spill {
    root: PathBuf,
    names: String,
    files: Vec<Spilled>,
}

impl Spill {
    /// Starts an empty staging folder; the caller holds the lock.
    pub(crate) fn start(root: &Path) -> Result<Spill, WriteError> {
        clear_stale(root)?;
        let dir = root.join(STAGING_DIR);
        std::fs::create_dir(&dir).map_err(io("create the staging folder", &dir))?;
        Ok(Spill {
            root: root.to_path_buf(),
            names: String::new(),
            files: Vec::new(),
        })
    }

    /// Where the staged text of `rel` is.
    pub(crate) fn path(&self, rel: &str) -> PathBuf {
        self.root.join(STAGING_DIR).join(rel)
    }

    /// How many files are staged.
    pub(crate) fn len(&self) -> usize {
        self.files.len()
    }

    /// The `i`th file staged.
    pub(crate) fn file(&self, i: usize) -> Option<&Spilled> {
        self.files.get(i)
    }

    /// The path inside the records folder of the `i`th file staged.
    pub(crate) fn rel(&self, i: usize) -> &str {
        self.files.get(i).map_or("", |f| {
            let (at, len) = (f.name.0 as usize, f.name.1 as usize);
            self.names.get(at..at + len).unwrap_or("")
        })
    }

    /// The paths of the files staged, in order.
    pub(crate) fn rels(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|i| self.rel(i))
    }

    #[cfg(test)]
    pub(crate) fn contains(&self, rel: &str) -> bool {
        self.rels().any(|r| r == rel)
    }

    /// Writes (or writes again) the new text of `rel`, flushed to disk.
    pub(crate) fn put(&mut self, rel: &str, text: &str) -> Result<(), WriteError> {
        boundary::check(&self.root, rel)?;
        let path = self.path(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io("create the staging folder", parent))?;
        }
        let k = self.files.len() + 1;
        // a file staged again is there already (rare: found by its path)
        let again = path.exists();
        let mut f = std::fs::File::create(&path).map_err(io("write", &path))?;
        f.write_all(text.as_bytes())
            .and_then(|()| faults::at(&format!("stage:{k}")))
            .and_then(|()| f.sync_all())
            .map_err(io("write", &path))?;
        let (len, hash) = (text.len(), digest(text.as_bytes()));
        let before = if again {
            self.rels().position(|r| r == rel)
        } else {
            None
        };
        if let Some(old) = before.and_then(|i| self.files.get_mut(i)) {
            (old.len, old.hash) = (len, hash);
            return Ok(());
        }
        let at = u32::try_from(self.names.len()).unwrap_or(u32::MAX);
        self.names.push_str(rel);
        let name = (at, u32::try_from(rel.len()).unwrap_or(u32::MAX));
        self.files.push(Spilled { name, len, hash });
        Ok(())
    }

    /// The staged text of `rel`.
    pub(crate) fn read(&self, rel: &str) -> Result<String, WriteError> {
        let path = self.path(rel);
        std::fs::read_to_string(&path).map_err(io("read", &path))
    }
}

impl Drop for Spill {
    /// What is still staged was not saved: it goes.
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(self.root.join(STAGING_DIR));
    }
}

/// Removes a staging folder an interrupted write left (the caller holds
/// the lock, so no write is using it); whatever it is, it is not followed.
pub(crate) fn clear_stale(root: &Path) -> Result<bool, WriteError> {
    let dir = root.join(STAGING_DIR);
    let removed = match std::fs::symlink_metadata(&dir) {
        Err(_) => return Ok(false),
        Ok(m) if m.is_dir() => std::fs::remove_dir_all(&dir),
        Ok(_) => std::fs::remove_file(&dir),
    };
    removed.map_err(io("clear the staging folder", &dir))?;
    Ok(true)
}

/// The text of `rel` for a diagnostic: staged, or (once saved) in place.
pub(crate) fn reload(root: &Path, rel: &str) -> Option<String> {
    let staged = root.join(STAGING_DIR).join(rel);
    std::fs::read_to_string(staged)
        .ok()
        .or_else(|| boundary::read(root, rel).ok().flatten())
}
