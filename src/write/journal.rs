//! All-or-nothing saving of several files: a journal in the records folder,
//! the way SQLite's journal works.
//!
//! [`commit`] (under the folder's lock) writes every new text into
//! `.clientele-journal/<k>` and flushes it, then records the plan
//! (`.clientele-journal/plan`: which file `<k>` goes where), written aside
//! and renamed into place — that rename is the commit point — then renames
//! each new file over its target, flushes the folders, and clears the
//! journal. Whatever stops it (an error, a full disk, `kill -9`, a power
//! cut), the journal tells the next command what to do: with no plan
//! nothing was changed yet and the journal is dropped (rolled back); with a
//! plan every new file is durable, so the renames still to do are done
//! (rolled forward). [`recover`] does that, and every command runs it
//! before it reads the folder (`crate::load::find_root`).
//!
//! A plan is trusted no more than the folder: its targets must be plain
//! paths inside the folder (no `..`, no hidden part such as `.git`), and
//! never go through a symbolic link.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;

use super::spill::{self, Spill};
use super::{WriteError, atomic, boundary, faults, io, lock::FolderLock};
use crate::t;

/// The journal's folder inside the records folder (git-ignored).
pub(crate) const JOURNAL_DIR: &str = ".clientele-journal";
const PLAN: &str = "plan";
const HEADER: &str = "clientele journal 1";

/// How a save that happened went: the change is in the records; `but`
/// says what failed after that (a folder not flushed, renames left for
/// the next command), never a reason to run the command again.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct Saved {
    pub(crate) but: Option<String>,
}

/// Saves every `(path inside the folder, new text)` all or nothing, and
/// before them the files `spill` staged on disk. The caller holds the
/// folder's lock. An error means nothing was changed.
pub(crate) fn commit(
    root: &Path,
    files: &[(&str, &str)],
    spill: Option<&Spill>,
) -> Result<Saved, WriteError> {
    let staged: Vec<&str> = spill.map_or_else(Vec::new, |s| s.rels().collect());
    if files.is_empty() && staged.is_empty() {
        return Ok(Saved::default());
    }
    for rel in staged.iter().chain(files.iter().map(|(rel, _)| rel)) {
        boundary::check(root, rel)?;
    }
    recover_locked(root)?;
    let dir = root.join(JOURNAL_DIR);
    if let Err(e) = prepare(root, &dir, spill, files) {
        let _ = std::fs::remove_dir_all(&dir);
        return Err(WriteError::refused(t!(
            "refuse-not-written",
            why = e.to_string()
        )));
    }
    let rels: Vec<String> = staged
        .iter()
        .copied()
        .chain(files.iter().map(|(rel, _)| *rel))
        .map(str::to_string)
        .collect();
    Ok(finish(root, &rels))
}

/// Moves the staged files into the journal, writes the new texts, and
/// records the plan (the commit point).
fn prepare(
    root: &Path,
    dir: &Path,
    spill: Option<&Spill>,
    files: &[(&str, &str)],
) -> Result<(), WriteError> {
    std::fs::create_dir(dir).map_err(io("create the journal", dir))?;
    atomic::sync_dir(root)?;
    let mut plan = format!("{HEADER}\n");
    let mut k = 0;
    if let Some(spill) = spill.filter(|s| s.len() > 0) {
        for rel in spill.rels() {
            k += 1;
            let path = dir.join(k.to_string());
            let from = spill.path(rel);
            faults::at(&format!("file:{k}"))
                .and_then(|()| std::fs::rename(&from, &path))
                .map_err(io("write", &path))?;
            atomic::keep_permissions(&root.join(rel), &path)?;
            plan.push_str(&format!("put {rel}\n"));
        }
        // the moved files' names are durable before the plan names them
        atomic::sync_dir(dir)?;
    }
    for (rel, text) in files {
        k += 1;
        let path = dir.join(k.to_string());
        write_synced(&path, text.as_bytes(), &format!("file:{k}"))?;
        atomic::keep_permissions(&root.join(rel), &path)?;
        plan.push_str(&format!("put {rel}\n"));
    }
    let part = dir.join("plan.part");
    write_synced(&part, plan.as_bytes(), "plan")?;
    std::fs::rename(&part, dir.join(PLAN)).map_err(io("record the plan in", dir))?;
    atomic::sync_dir(dir)
}

/// Creates `path` with `bytes` and flushes it to disk.
fn write_synced(path: &Path, bytes: &[u8], point: &str) -> Result<(), WriteError> {
    let mut f = std::fs::File::create_new(path).map_err(io("write", path))?;
    f.write_all(bytes)
        .and_then(|()| faults::at(point))
        .and_then(|()| f.sync_all())
        .map_err(io("write", path))
}

/// After the commit point: puts the files in place and clears the journal.
/// A failure here no longer loses the change; it is said in `but`.
fn finish(root: &Path, rels: &[String]) -> Saved {
    match apply(root, rels) {
        Ok(but) => Saved { but },
        Err(e) => Saved {
            but: Some(t!("but-not-in-place", why = e.to_string())),
        },
    }
}

/// Renames what is left of the journal's files into place, flushes the
/// folders, clears the journal. `Ok(Some(_))`: only the flush failed.
fn apply(root: &Path, rels: &[String]) -> Result<Option<String>, WriteError> {
    let dir = root.join(JOURNAL_DIR);
    let mut folders = BTreeSet::new();
    for (k, rel) in rels.iter().enumerate() {
        let k = k + 1;
        let from = dir.join(k.to_string());
        if std::fs::symlink_metadata(&from).is_err() {
            continue; // put in place before the interruption
        }
        boundary::check(root, rel)?;
        let to = root.join(rel);
        let parent = to
            .parent()
            .map_or_else(|| root.to_path_buf(), Path::to_path_buf);
        atomic::create_dirs(&parent)?;
        faults::at(&format!("rename:{k}")).map_err(io("replace", &to))?;
        rename(&from, &to)?;
        folders.insert(parent);
    }
    let flushed = faults::at("sync")
        .map_err(io("flush the folder", root))
        .and_then(|()| folders.iter().try_for_each(|d| atomic::sync_dir(d)));
    clear(root, &dir)?;
    Ok(flushed
        .err()
        .map(|e| t!("but-power-cut", why = e.to_string())))
}

/// Moves a journal file over its target; across file systems (a folder
/// that is a mount point) by an atomic save of its text.
fn rename(from: &Path, to: &Path) -> Result<(), WriteError> {
    match std::fs::rename(from, to) {
        Err(e) if e.kind() == std::io::ErrorKind::CrossesDevices => {
            let text = std::fs::read_to_string(from).map_err(io("read", from))?;
            atomic::save(to, &text)?;
            std::fs::remove_file(from).map_err(io("clear the journal", from))
        }
        other => other.map_err(io("replace", to)),
    }
}

/// Removes the journal (the plan first, so a crash in between rolls
/// forward again harmlessly) and flushes the folder.
fn clear(root: &Path, dir: &Path) -> Result<(), WriteError> {
    let plan = dir.join(PLAN);
    faults::at("clear").map_err(io("clear the journal", dir))?;
    match std::fs::remove_file(&plan) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            return Err(io("clear the journal", dir)(e));
        }
        _ => {}
    }
    std::fs::remove_dir_all(dir).map_err(io("clear the journal", dir))?;
    atomic::sync_dir(root)
}

/// What [`recover`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Recovered {
    /// The interrupted write had recorded its plan: it was finished.
    Finished,
    /// It had not: nothing of it was kept.
    RolledBack,
}

/// Finishes or rolls back an interrupted write before the folder is read.
/// Takes the lock only when there is a journal (a live writer holds the
/// lock until its journal is cleared, so this waits for it).
pub(crate) fn recover(root: &Path) -> Result<Option<Recovered>, WriteError> {
    if std::fs::symlink_metadata(root.join(JOURNAL_DIR)).is_err() {
        clear_staging(root);
        return Ok(None);
    }
    let _lock = FolderLock::acquire(root)?;
    let done = recover_locked(root)?;
    // what a write killed while it staged its files left
    let _ = spill::clear_stale(root);
    match done {
        Some(Recovered::Finished) => {
            crate::error::note(t!("journal-finished"));
        }
        Some(Recovered::RolledBack) => {
            crate::error::note(t!("journal-rolled-back"));
        }
        None => {}
    }
    Ok(done)
}

/// Removes the staging folder a write killed before its commit left, when
/// no write holds the lock (a live one is still using it). Best effort: a
/// folder this process cannot lock or change is read as it is, and the
/// staging folder is never read as records.
fn clear_staging(root: &Path) {
    if std::fs::symlink_metadata(root.join(spill::STAGING_DIR)).is_err() {
        return;
    }
    if let Ok(Some(_lock)) = FolderLock::try_acquire(root) {
        let _ = spill::clear_stale(root);
    }
}

/// [`recover`] for a caller that holds the lock.
pub(crate) fn recover_locked(root: &Path) -> Result<Option<Recovered>, WriteError> {
    let dir = root.join(JOURNAL_DIR);
    let meta = match std::fs::symlink_metadata(&dir) {
        Ok(m) => m,
        Err(_) => return Ok(None),
    };
    if !meta.is_dir() {
        return Err(WriteError::refused(t!(
            "refuse-journal-odd",
            path = dir.display().to_string()
        )));
    }
    let plan = match std::fs::read_to_string(dir.join(PLAN)) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::remove_dir_all(&dir).map_err(io("roll back the journal", &dir))?;
            atomic::sync_dir(root)?;
            return Ok(Some(Recovered::RolledBack));
        }
        Err(e) => return Err(io("read the journal", &dir)(e)),
    };
    let rels = parse(&plan).map_err(|why| {
        WriteError::refused(t!(
            "refuse-journal-plan",
            path = dir.display().to_string(),
            why = why
        ))
    })?;
    apply(root, &rels)
        .map_err(|e| WriteError::refused(t!("refuse-journal-unfinished", why = e.to_string())))?;
    Ok(Some(Recovered::Finished))
}

/// The targets of a plan, each a plain path inside the folder.
fn parse(plan: &str) -> Result<Vec<String>, String> {
    let mut lines = plan.lines();
    if lines.next() != Some(HEADER) {
        return Err("an unknown first line".into());
    }
    lines
        .map(|line| {
            let rel = line
                .strip_prefix("put ")
                .ok_or_else(|| format!("an unknown step `{line}`"))?;
            let plain = !rel.is_empty()
                && rel.split('/').all(|p| {
                    !p.is_empty() && !p.starts_with('.') && !p.contains(['\\', ':', '\0'])
                });
            if plain {
                Ok(rel.to_string())
            } else {
                Err(format!("`{rel}` is not a path inside the records folder"))
            }
        })
        .collect()
}

/// The journal's folder for `root`.
#[cfg(test)]
pub(crate) fn journal_dir(root: &Path) -> std::path::PathBuf {
    root.join(JOURNAL_DIR)
}

#[cfg(test)]
mod tests;
