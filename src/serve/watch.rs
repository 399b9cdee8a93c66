//! Live: the folder watched with `notify`. Every change to a record file
//! bumps a generation number and the time of the last change; pages show
//! the time, and `/live.js` reloads an open page when the number moves.
//! Changes under `.git`, to the token file or the write lock are not the
//! records changing.

use std::path::Path;
use std::sync::Arc;
use std::sync::Mutex;
use std::time::SystemTime;

use notify::Watcher as _;

/// The folder's last change, shared by the watcher and the handlers.
#[derive(Debug)]
pub(crate) struct Changes {
    inner: Mutex<(u64, SystemTime)>,
}

impl Changes {
    /// Starts at the newest modification time of the record files.
    pub(crate) fn new(root: &Path) -> Changes {
        let newest = walkdir::WalkDir::new(root)
            .into_iter()
            .filter_entry(|e| e.file_name() != ".git")
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file() && counts(e.path()))
            .filter_map(|e| e.metadata().ok()?.modified().ok())
            .max()
            .unwrap_or_else(SystemTime::now);
        Changes {
            inner: Mutex::new((0, newest)),
        }
    }

    /// The generation (one more per change seen) and the time of the last.
    pub(crate) fn get(&self) -> (u64, SystemTime) {
        match self.inner.lock() {
            Ok(g) => *g,
            Err(poisoned) => *poisoned.into_inner(),
        }
    }

    fn bump(&self) {
        let mut g = match self.inner.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        *g = (g.0 + 1, SystemTime::now());
    }
}

/// Whether a change at `path` is a change of the records.
fn counts(path: &Path) -> bool {
    let hidden = path.components().any(|c| {
        c.as_os_str()
            .to_str()
            .is_some_and(|s| s == ".git" || s.starts_with(".clientele"))
    });
    !hidden
}

/// Watches `root` (recursively) until the returned watcher is dropped.
pub(crate) fn watch(
    root: &Path,
    changes: Arc<Changes>,
) -> notify::Result<notify::RecommendedWatcher> {
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(e) = event
            && !e.kind.is_access()
            && e.paths.iter().any(|p| counts(p))
        {
            changes.bump();
        }
    })?;
    watcher.watch(root, notify::RecursiveMode::Recursive)?;
    Ok(watcher)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn git_and_token_files_are_not_the_records() {
        assert!(counts(Path::new("/r/clients/acme.toml")));
        assert!(!counts(Path::new("/r/.git/index")));
        assert!(!counts(Path::new("/r/.clientele-tokens.toml")));
    }
}
