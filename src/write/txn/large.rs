//! The original texts of large files a write changes (a client file of
//! thousands of complaints an import appends to) are let go once the new
//! text is made: the file is on disk as it was read and the lock is held,
//! so the write holds one large text at a time, not two. An original is
//! read again only when something needs it: the check before the change
//! (when the new texts have problems to compare), a command reading it
//! again, or the save of a file with a byte-order mark or CR line ends
//! (to keep them: `endings`); a file of plain LF lines is saved without
//! it. A file another program changed meanwhile (its length or digest
//! differs) stops the write: nothing is saved.

use super::Txn;
use crate::diagnostic::digest;
use crate::t;
use crate::write::{WriteError, boundary, endings};

/// From how many bytes an original text is let go during the check.
const LARGE: usize = if cfg!(test) { 64 } else { 1 << 20 };

/// What is kept of an original let go.
#[derive(Debug, Clone, Copy)]
pub(super) struct Gone {
    len: usize,
    hash: u64,
    /// No byte-order mark and no CR: the save does not need the text.
    plain: bool,
}

impl Gone {
    fn of(text: &str) -> Gone {
        Gone {
            len: text.len(),
            hash: digest(text.as_bytes()),
            plain: endings::plain(text),
        }
    }

    /// Whether `text` is the very text let go.
    pub(super) fn is(&self, text: &str) -> bool {
        text.len() == self.len && digest(text.as_bytes()) == self.hash
    }
}

impl Txn {
    /// The original text of `rel` given away rather than copied (`None`
    /// when the file does not exist): the write reads it again when it
    /// needs it (module doc).
    pub(crate) fn take(&mut self, rel: &str) -> Result<Option<String>, WriteError> {
        self.ensure_read(rel)?;
        match self.originals.get_mut(rel) {
            Some(Some(old)) if !self.let_go.contains_key(rel) => {
                let text = std::mem::take(old);
                self.let_go.insert(rel.to_string(), Gone::of(&text));
                Ok(Some(text))
            }
            Some(Some(_)) => Ok(self.restored(rel)?.map(str::to_string)),
            _ => Ok(None),
        }
    }

    /// Lets go of the original texts of the large files staged; those
    /// let go but not staged are read again (the check loads them).
    pub(super) fn let_go_large(&mut self) -> Result<(), WriteError> {
        let unstaged: Vec<String> = self
            .let_go
            .keys()
            .filter(|rel| !self.staged.contains_key(*rel))
            .cloned()
            .collect();
        for rel in unstaged {
            self.restored(&rel)?;
        }
        for rel in self.staged.keys() {
            if let Some(Some(old)) = self.originals.get_mut(rel)
                && old.len() >= LARGE
                && !self.let_go.contains_key(rel)
            {
                self.let_go.insert(rel.clone(), Gone::of(old));
                *old = String::new();
            }
        }
        Ok(())
    }

    /// Reads again the original texts let go (`all`: else only those the
    /// save needs).
    pub(super) fn restore_large(&mut self, all: bool) -> Result<(), WriteError> {
        let wanted: Vec<String> = self
            .let_go
            .iter()
            .filter(|(_, g)| all || !g.plain)
            .map(|(rel, _)| rel.clone())
            .collect();
        for rel in wanted {
            self.restored(&rel)?;
        }
        Ok(())
    }

    /// The original text of `rel`, read again if it was let go.
    pub(super) fn restored(&mut self, rel: &str) -> Result<Option<&str>, WriteError> {
        if let Some(gone) = self.let_go.remove(rel) {
            let text = boundary::read(&self.root, rel)?.unwrap_or_default();
            if !gone.is(&text) {
                self.staged.clear();
                return Err(WriteError::refused(t!(
                    "refuse-changed-meanwhile",
                    file = rel
                )));
            }
            self.originals.insert(rel.to_string(), Some(text));
        }
        Ok(self.originals.get(rel).and_then(|t| t.as_deref()))
    }
}

#[cfg(test)]
mod tests;
