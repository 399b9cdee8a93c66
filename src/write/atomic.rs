//! Atomic replacement of one file: write a temporary file in the same
//! folder, flush it to disk, rename it over the target, flush the folder.
//! A process killed at any moment leaves the old file or the new one,
//! never a mix. The temporary file is named `.<name>.<random>.tmp`
//! (hidden, so the loader never reads it, and git-ignored).

use std::io::Write;
use std::path::Path;

use super::{WriteError, io};

/// Replaces (or creates) `path` with `text`, creating missing folders.
/// An existing file keeps its permissions.
pub(crate) fn save(path: &Path, text: &str) -> Result<(), WriteError> {
    save_bytes(path, text.as_bytes())
}

/// [`save`] for any bytes (a workbook, a database).
pub(crate) fn save_bytes(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    create_dirs(&dir)?;
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(io("create a temporary file in", &dir))?;
    tmp.write_all(bytes).map_err(io("write", tmp.path()))?;
    keep_permissions(path, tmp.path())?;
    tmp.as_file().sync_all().map_err(io("flush", path))?;
    tmp.persist(path)
        .map_err(|e| io("replace", path)(e.error))?;
    sync_dir(&dir)
}

/// Gives `new` the permissions of `target` (0644 when it does not exist).
pub(crate) fn keep_permissions(target: &Path, new: &Path) -> Result<(), WriteError> {
    let permissions = match std::fs::metadata(target) {
        Ok(m) => Some(m.permissions()),
        Err(_) => default_permissions(),
    };
    match permissions {
        Some(p) => std::fs::set_permissions(new, p).map_err(io("set permissions of", target)),
        None => Ok(()),
    }
}

#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}

/// Creates `dir` and its missing parents, flushing each parent so the new
/// folder survives a crash.
pub(crate) fn create_dirs(dir: &Path) -> Result<(), WriteError> {
    if dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent()
        && !parent.as_os_str().is_empty()
    {
        create_dirs(parent)?;
    }
    match std::fs::create_dir(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(io("create the folder", dir)(e)),
    }
    if let Some(parent) = dir.parent() {
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        sync_dir(parent)?;
    }
    Ok(())
}

/// Flushes a folder's entries (the rename) to disk; a no-op off unix.
pub(crate) fn sync_dir(dir: &Path) -> Result<(), WriteError> {
    #[cfg(unix)]
    {
        std::fs::File::open(dir)
            .and_then(|f| f.sync_all())
            .map_err(io("flush the folder", dir))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn creates_folders_and_leaves_no_temporary_file() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("months/2026-11/li-wei.toml");
        save(&path, "a = 1\n").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "a = 1\n");
        save(&path, "a = 2\n").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "a = 2\n");
        assert_eq!(names(&tmp.path().join("months/2026-11")), ["li-wei.toml"]);
    }

    #[cfg(unix)]
    #[test]
    fn keeps_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("a.toml");
        std::fs::write(&path, "").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        save(&path, "b = 1\n").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
        let new = tmp.path().join("new.toml");
        save(&new, "").unwrap();
        let mode = std::fs::metadata(&new).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o644);
    }
}
