//! The writers' lock: an exclusive lock on the sidecar file
//! `.clientele.lock` at the top of the records folder.
//!
//! Files are replaced by rename, and a rename defeats a lock held on the
//! file itself (the next writer would lock the old, unlinked file), so
//! every write locks this one file instead, which is never renamed or
//! deleted. One lock for the whole folder also serialises the checks that
//! span files (a new deal id against every client file). The lock is
//! released when the value is dropped, also when the process dies.

use std::fs::{File, OpenOptions};
use std::path::Path;

use super::WriteError;

/// The lock file's name inside the records folder (git-ignored).
pub const LOCK_FILE: &str = ".clientele.lock";

/// A held lock; dropping it releases the lock.
#[derive(Debug)]
pub struct FolderLock {
    file: File,
}

impl FolderLock {
    /// Waits for and takes the exclusive lock on `root/.clientele.lock`.
    pub fn acquire(root: &Path) -> Result<FolderLock, WriteError> {
        let path = root.join(LOCK_FILE);
        let io = |what, source| WriteError::Io {
            what,
            path: path.clone(),
            source,
        };
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(|e| io("open the lock file", e))?;
        file.lock().map_err(|e| io("lock", e))?;
        Ok(FolderLock { file })
    }
}

impl Drop for FolderLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_waits_for_the_first() {
        let tmp = tempfile::tempdir().unwrap();
        let first = FolderLock::acquire(tmp.path()).unwrap();
        let other = File::options()
            .read(true)
            .write(true)
            .open(tmp.path().join(LOCK_FILE))
            .unwrap();
        assert!(other.try_lock().is_err(), "the lock must be exclusive");
        drop(first);
        assert!(other.try_lock().is_ok(), "dropping releases the lock");
    }
}
