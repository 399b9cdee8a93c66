//! The writers' lock: an exclusive lock on the sidecar file
//! `.clientele.lock` at the top of the records folder.
//!
//! Files are replaced by rename, and a rename defeats a lock held on the
//! file itself (the next writer would lock the old, unlinked file), so
//! every write locks this one file instead, which is never renamed or
//! deleted. One lock for the whole folder also serialises the checks that
//! span files (a new deal id against every client file). The lock is
//! released when the value is dropped, also when the process dies.
//!
//! The holder sets the lock file's modification time when it takes it; a writer that
//! waits says so after a second (`waiting for the lock held since …`) and
//! gives up after `--wait SECS` (default 10). The lock file is never
//! opened through a symbolic link.

use std::fs::{File, OpenOptions};
use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use super::WriteError;
use crate::t;

/// The lock file's name inside the records folder (git-ignored).
pub(crate) const LOCK_FILE: &str = ".clientele.lock";

/// How long a write waits for the lock by default (`--wait`).
pub(crate) const DEFAULT_WAIT: Duration = Duration::from_secs(10);

/// After how long a waiting write says it waits.
const SAY_AFTER: Duration = Duration::from_secs(1);

static WAIT: OnceLock<Duration> = OnceLock::new();

/// Sets how long every write of this process waits for the lock
/// (`--wait SECS`); the first call wins.
pub(crate) fn set_wait(wait: Duration) {
    let _ = WAIT.set(wait);
}

/// A held lock; dropping it releases the lock.
#[derive(Debug)]
pub(crate) struct FolderLock {
    file: File,
}

impl FolderLock {
    /// Takes the exclusive lock on `root/.clientele.lock`, waiting for it
    /// as long as `--wait` says (and saying so on stderr after a second).
    pub(crate) fn acquire(root: &Path) -> Result<FolderLock, WriteError> {
        Self::acquire_within(root, WAIT.get().copied().unwrap_or(DEFAULT_WAIT))
    }

    /// Takes the lock when nobody holds it, without waiting (`None`: held).
    pub(crate) fn try_acquire(root: &Path) -> Result<Option<FolderLock>, WriteError> {
        let path = root.join(LOCK_FILE);
        refuse_odd(&path)?;
        let io = |what, source| WriteError::Io {
            what,
            path: path.clone(),
            source,
        };
        let file = open(&path).map_err(|e| io("open the lock file", e))?;
        match file.try_lock() {
            Ok(()) => {
                note_holder(&file);
                Ok(Some(FolderLock { file }))
            }
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => Err(io("lock", e)),
        }
    }

    /// Takes the lock, waiting at most `wait`.
    pub(crate) fn acquire_within(root: &Path, wait: Duration) -> Result<FolderLock, WriteError> {
        let path = root.join(LOCK_FILE);
        let io = |what, source| WriteError::Io {
            what,
            path: path.clone(),
            source,
        };
        refuse_odd(&path)?;
        let file = open(&path).map_err(|e| io("open the lock file", e))?;
        let start = Instant::now();
        let mut said = false;
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(std::fs::TryLockError::Error(e)) => return Err(io("lock", e)),
                Err(std::fs::TryLockError::WouldBlock) => {}
            }
            let waited = start.elapsed();
            if waited >= wait {
                return Err(WriteError::refused(t!(
                    "refuse-lock-gave-up",
                    holder = holder(&file),
                    secs = wait.as_secs()
                )));
            }
            if waited >= SAY_AFTER && !said {
                eprintln!(
                    "{}",
                    t!(
                        "lock-waiting",
                        holder = holder(&file),
                        secs = wait.as_secs()
                    )
                );
                said = true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        note_holder(&file);
        Ok(FolderLock { file })
    }
}

/// Refuses a lock file that is a symbolic link or not a plain file.
fn refuse_odd(path: &Path) -> Result<(), WriteError> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() || !m.is_file() => Err(WriteError::refused(t!(
            "refuse-lock-odd",
            path = path.display().to_string(),
            what = if m.file_type().is_symlink() {
                "link"
            } else {
                "other"
            }
        ))),
        _ => Ok(()),
    }
}

#[cfg(unix)]
fn open(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    OpenOptions::new()
        .create(true)
        .truncate(false)
        .read(true)
        .write(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open(path: &Path) -> std::io::Result<File> {
    OpenOptions::new()
        .create(true)
        .truncate(false)
        .read(true)
        .write(true)
        .open(path)
}

/// `since 2026-12-02 06:10:03`: when the holder took the lock (the lock
/// file's modification time, which it sets; its bytes never change).
fn holder(file: &File) -> String {
    match file.metadata().and_then(|m| m.modified()) {
        Ok(t) => {
            let t: chrono::DateTime<chrono::Local> = t.into();
            t!(
                "lock-held-since",
                time = t.format("%Y-%m-%d %H:%M:%S").to_string()
            )
        }
        Err(_) => t!("lock-held-by-another"),
    }
}

/// Marks when the lock was taken (best effort).
fn note_holder(file: &File) {
    let _ = file.set_modified(std::time::SystemTime::now());
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

    #[test]
    fn a_waiting_write_gives_up_and_names_the_holder() {
        let tmp = tempfile::tempdir().unwrap();
        let _first = FolderLock::acquire(tmp.path()).unwrap();
        let e = FolderLock::acquire_within(tmp.path(), Duration::from_millis(200)).unwrap_err();
        let text = e.to_string();
        assert!(text.contains("held the lock since "), "{text}");
        assert!(text.contains("--wait SECS"), "{text}");
    }
}
