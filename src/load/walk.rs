//! Walking the records folder: every entry below the root in sorted order,
//! hidden ones (`.git`) skipped, symbolic links never followed. Each entry
//! is a record file to read, a problem to report at its path, or nothing
//! (a file that is not `.toml`, a folder to walk into).
//!
//! Problems: a symbolic link, FIFO, socket or device anywhere (E0103); a
//! folder where a record file belongs (`clients/li-wei.toml/`) and a plain
//! file where a folder belongs (`months`, `months/2026-11`) (E0210).

use std::path::Path;

use super::LoadError;
use super::read::{NOT_PLAIN, SYMLINK, Unread, odd, odd_kind};
use crate::diagnostic::codes;
use crate::model::Place;
use crate::msg;

/// One entry of the walk that matters: a `.toml` file and its place, or a
/// problem at a path.
pub(crate) type Found = (String, Result<Option<Place>, Unread>);

/// What an entry of the records is, wherever it is read from (the folder
/// on disk, or a commit's tree).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum EntryKind {
    File,
    Dir,
    /// Neither: a link, FIFO, socket, device or submodule, named by the
    /// catalog id of its phrase (see `read::odd_kind`).
    Odd(&'static str),
}

impl EntryKind {
    /// A symbolic link.
    pub(crate) const LINK: EntryKind = EntryKind::Odd(SYMLINK);
    /// Anything else that is not a plain file or folder.
    pub(crate) const OTHER: EntryKind = EntryKind::Odd(NOT_PLAIN);

    fn of(t: std::fs::FileType) -> EntryKind {
        match odd_kind(t) {
            Some(what) => EntryKind::Odd(what),
            None if t.is_dir() => EntryKind::Dir,
            None => EntryKind::File,
        }
    }
}

/// The folders the format defines: a plain file by these names is misplaced.
const FOLDERS: &[&str] = &["clients", "months", "training"];

/// Lists the entries below `root` that matter, sorted by path.
pub(crate) fn walk(root: &Path) -> Result<Vec<Found>, LoadError> {
    let mut out = Vec::new();
    walk_each(root, |found| out.push(found))?;
    Ok(out)
}

/// Hands each entry below `root` that matters to `each`, in the order of
/// [`walk`], as it is found (the loader parses files while the walk goes on).
pub(crate) fn walk_each(root: &Path, mut each: impl FnMut(Found)) -> Result<(), LoadError> {
    let mut walker = walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    while let Some(entry) = walker.next() {
        let entry = entry.map_err(|e| LoadError::Io {
            path: e
                .path()
                .map_or_else(|| root.to_path_buf(), Path::to_path_buf),
            source: e
                .into_io_error()
                .unwrap_or_else(|| std::io::Error::other("walk failed")),
        })?;
        if entry.depth() == 0 {
            continue;
        }
        let rel_path = entry.path().strip_prefix(root).unwrap_or(entry.path());
        let parts: Vec<std::borrow::Cow<'_, str>> =
            rel_path.iter().map(|p| p.to_string_lossy()).collect();
        let rel = parts.join("/");
        let judged = judge(&rel, &parts, EntryKind::of(entry.file_type()));
        if entry.file_type().is_dir() && judged.is_some() {
            walker.skip_current_dir();
        }
        if let Some(j) = judged {
            each((rel, j));
        }
    }
    Ok(())
}

/// What one entry is: `None` when it does not matter.
pub(crate) fn judge<S: AsRef<str>>(
    rel: &str,
    parts: &[S],
    kind: EntryKind,
) -> Option<Result<Option<Place>, Unread>> {
    if let EntryKind::Odd(what) = kind {
        return Some(Err(odd(rel, what)));
    }
    let is_toml = parts.last().is_some_and(|l| l.as_ref().ends_with(".toml"));
    if kind == EntryKind::Dir {
        return (is_toml && Place::classify(parts).is_some()).then(|| {
            Err(Unread::new(
                codes::BAD_PATH,
                msg!("diag-folder-where-file", path = rel),
            ))
        });
    }
    if is_toml {
        return Some(Ok(Place::classify(parts)));
    }
    let folder_place = match parts {
        [d] => FOLDERS.contains(&d.as_ref()),
        [d, _] => d.as_ref() == "months",
        _ => false,
    };
    folder_place.then(|| {
        Err(Unread::new(
            codes::BAD_PATH,
            msg!("diag-file-where-folder", path = rel),
        ))
    })
}
