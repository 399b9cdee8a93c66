//! Loading a records folder: find it, walk it in sorted order, read and
//! parse every file in parallel, build the [`Records`] model.
//!
//! The pipeline is `walk → read (parallel) → parse (parallel) → assemble`;
//! each step adds to one list of diagnostics instead of stopping, so a run
//! reports every problem at once, and a file that cannot be read or parsed
//! is reported once, not again by everything that refers to it. What a
//! file is comes from its place (`crate::model::Place`); `walk` finds the
//! entries and `read` opens them without following links or blocking. The cross-file rules live in
//! `crate::check`; this module only judges one file at a time.

mod assemble;
mod cached;
mod client;
mod exact;
pub(crate) use exact::exact;
mod fields;
mod find;
mod ids;
mod month;
mod pieces;
pub(crate) use pieces::last_complaints;
mod policy;
mod ranges;
mod read;
mod settings;
mod team;
mod training;
mod tree;
mod values;
mod walk;
mod weights;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub(crate) use find::{find_root, lang_setting};
pub(crate) use read::read_record;
pub(crate) use tree::{FileTree, MemTree, load_tree};
pub(crate) use walk::EntryKind;

#[cfg(test)]
pub(crate) use assemble::parse_file;
use assemble::{Prepared, assemble, prepare};

use crate::diagnostic::{Diagnostic, FileId};
use crate::model::{Place, Records};

/// What stops a load before any file is judged.
#[derive(Debug, thiserror::Error)]
pub(crate) enum LoadError {
    #[error("{} is not a records folder: it has no clientele.toml (create one with `clientele init`)", dir.display())]
    NotRecords { dir: PathBuf },
    #[error("no records folder found from {}: pass --records DIR, set CLIENTELE_RECORDS, or run `clientele init`", cwd.display())]
    NotFound { cwd: PathBuf },
    /// A write was interrupted and cannot be finished or rolled back.
    #[error("{0}")]
    Unfinished(String),
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The records and every problem found while reading them.
#[derive(Debug, Default)]
pub(crate) struct Loaded {
    pub(crate) records: Records,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// Loads the folder at `root` (as the user gave it, for display). Each
/// file is read and parsed in one step on all cores, and its text let go
/// at once: it is read again only for a diagnostic that shows a line.
pub(crate) fn load(root: &Path) -> Result<Loaded, LoadError> {
    // the walk hands each entry over as it finds it, so the other cores
    // read and parse while it goes on; ids follow the walk's order
    let (tx, rx) = std::sync::mpsc::channel::<(usize, walk::Found)>();
    let (walked, mut files) = rayon::join(
        move || {
            let mut i = 0;
            walk::walk_each(root, |found| {
                // the receiver lives until every entry is taken
                let _ = tx.send((i, found));
                i += 1;
            })
        },
        || {
            rx.into_iter()
                .par_bridge()
                .map(|(i, found)| (i, prepare_found(root, i, found)))
                .collect::<Vec<_>>()
        },
    );
    walked?;
    files.sort_unstable_by_key(|&(i, _)| i);
    let files: Vec<Prepared> = files.into_iter().map(|(_, f)| f).collect();
    let mut loaded = assemble(root, files);
    loaded.records.sources.reload = Some(reload);
    Ok(loaded)
}

/// Reads and parses one entry of the walk (the `i`th): a record file, or
/// the problem found at its path.
fn prepare_found(root: &Path, i: usize, (rel, found): walk::Found) -> Prepared {
    let id = FileId(u32::try_from(i).unwrap_or(u32::MAX));
    match found {
        Ok(place) => {
            let text = read::read_record(root, &rel);
            prepare(id, rel, place, text, false)
        }
        Err(problem) => {
            let place = Place::classify(&rel.split('/').collect::<Vec<_>>());
            (rel, place, Err(problem))
        }
    }
}

/// Reads a record file's text again, for a diagnostic.
fn reload(root: &Path, rel: &str) -> Option<String> {
    read::read_named(root, rel).ok()
}

/// Loads only the files named (paths inside `root` with `/` separators),
/// each from the text given, else from disk; a file that does not exist and
/// has no text is left out. Writes use it to re-check a few files — the
/// settings, the team, the files a change touches — without reading the
/// whole folder. `team.toml` must be among them.
pub(crate) fn load_some(
    root: &Path,
    files: &[(String, Option<String>)],
) -> Result<Loaded, LoadError> {
    let owned = files
        .iter()
        .map(|(rel, t)| (rel.clone(), t.clone()))
        .collect();
    load_texts(root, owned)
}

/// As [`load_some`], with the texts given handed over rather than copied
/// (a write re-checks its new texts without another copy of each).
pub(crate) fn load_texts(
    root: &Path,
    files: Vec<(String, Option<String>)>,
) -> Result<Loaded, LoadError> {
    let mut texts = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (rel, text) in files {
        if !seen.insert(rel.clone()) {
            continue;
        }
        let text = match text {
            Some(t) => Ok(t),
            None if std::fs::symlink_metadata(root.join(&rel)).is_err() => continue,
            None => read::read_named(root, &rel),
        };
        let parts: Vec<&str> = rel.split('/').collect();
        let place = Place::classify(&parts);
        texts.push((rel, place, text));
    }
    texts.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(assemble_texts(root, texts))
}

/// The record files of one folder inside `root` (`clients`, `months/2026-11`),
/// sorted, as paths inside `root`; none when the folder does not exist.
pub(crate) fn files_in(root: &Path, folder: &str) -> Result<Vec<String>, LoadError> {
    let dir = root.join(folder);
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(LoadError::Io { path: dir, source }),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|source| LoadError::Io {
            path: dir.clone(),
            source,
        })?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || !name.ends_with(".toml") {
            continue;
        }
        if entry.file_type().is_ok_and(|t| t.is_file()) {
            out.push(format!("{folder}/{name}"));
        }
    }
    out.sort();
    Ok(out)
}

/// A file read, by its path inside the folder: its place, and its text or
/// why it could not be read.
pub(crate) type Read = (String, Option<Place>, Result<String, read::Unread>);

/// Parses the texts read (in path order, on all cores) and builds the
/// records; the texts are kept (they may not be on disk as read).
fn assemble_texts(root: &Path, texts: Vec<Read>) -> Loaded {
    let files: Vec<Prepared> = texts
        .into_par_iter()
        .enumerate()
        .map(|(i, (rel, place, text))| {
            let id = FileId(u32::try_from(i).unwrap_or(u32::MAX));
            prepare(id, rel, place, text, true)
        })
        .collect();
    assemble(root, files)
}

/// What [`load_and_check`] reads: the whole folder (some of its files:
/// [`load_and_check_texts`]), or a tree of files.
#[derive(Clone, Copy)]
pub(crate) enum Scope<'a> {
    Folder(&'a Path),
    /// The whole folder, through the cache of parsed records.
    Cached(&'a Path),
    /// A tree of files that is not the folder (a commit's): `root` names it.
    Tree(&'a Path, &'a dyn FileTree),
}

impl<'a> Scope<'a> {
    /// The whole folder through the cache when `cache`; any other scope
    /// as it is.
    pub(crate) fn cached(self, cache: bool) -> Scope<'a> {
        match self {
            Scope::Folder(root) if cache => Scope::Cached(root),
            other => other,
        }
    }
}

impl<'a> From<&'a Path> for Scope<'a> {
    fn from(root: &'a Path) -> Scope<'a> {
        Scope::Folder(root)
    }
}

/// The day the checks judge by: a date, or a function of the loaded
/// records (today in the team's time zone needs the settings).
pub(crate) trait Day {
    fn day(self, records: &Records) -> chrono::NaiveDate;
}

impl Day for chrono::NaiveDate {
    fn day(self, _: &Records) -> chrono::NaiveDate {
        self
    }
}

impl<F: FnOnce(&Records) -> chrono::NaiveDate> Day for F {
    fn day(self, records: &Records) -> chrono::NaiveDate {
        self(records)
    }
}

/// Load → check → sort, the one way every reader, `check`, the write
/// transaction and `import` get records: loads `scope`, runs every
/// cross-file check as of `as_of`, and sorts the diagnostics by place.
pub(crate) fn load_and_check<'a>(
    scope: impl Into<Scope<'a>>,
    as_of: impl Day,
) -> Result<Loaded, LoadError> {
    let loaded = match scope.into() {
        Scope::Folder(root) => load(root)?,
        Scope::Cached(root) => cached::load(root)?,
        Scope::Tree(root, tree) => load_tree(root, tree)?,
    };
    Ok(checked(loaded, as_of))
}

/// [`load_and_check`] of the texts given, handed over ([`load_texts`]).
pub(crate) fn load_and_check_texts(
    root: &Path,
    files: Vec<(String, Option<String>)>,
    as_of: impl Day,
) -> Result<Loaded, LoadError> {
    Ok(checked(load_texts(root, files)?, as_of))
}

/// The records loaded, with the cross-file checks' problems as of
/// `as_of` added and every problem sorted by place.
fn checked(mut loaded: Loaded, as_of: impl Day) -> Loaded {
    let day = as_of.day(&loaded.records);
    let mut more = crate::check::run(&loaded.records, day);
    loaded.diagnostics.append(&mut more);
    let mut diags = std::mem::take(&mut loaded.diagnostics);
    loaded.records.sources.sort(&mut diags);
    loaded.diagnostics = diags;
    loaded
}

#[cfg(test)]
mod tests;
