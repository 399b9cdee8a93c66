//! The folder is the boundary of every write: before a file inside the
//! records folder is read for a write or replaced, each folder on its way
//! and the file itself are checked without following links. A symbolic
//! link (git can commit one), a file where a folder belongs or a folder,
//! FIFO or device where a record file belongs refuses the write, so
//! nothing is ever written outside the folder and nothing blocks.

use std::path::Path;

use super::WriteError;
use crate::load::read_record;
use crate::t;

/// What stands at `rel` inside `root`, checked without following links:
/// `Ok(false)` when nothing is there yet (its missing folders will be
/// created), `Ok(true)` for a plain file; anything else refuses the write.
pub(crate) fn check(root: &Path, rel: &str) -> Result<bool, WriteError> {
    let mut at = String::new();
    let parts: Vec<&str> = rel.split('/').filter(|p| !p.is_empty()).collect();
    for (i, part) in parts.iter().enumerate() {
        if !at.is_empty() {
            at.push('/');
        }
        at.push_str(part);
        let meta = match std::fs::symlink_metadata(root.join(&at)) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
            Err(source) => {
                return Err(WriteError::Io {
                    what: "read",
                    path: root.join(&at),
                    source,
                });
            }
        };
        let last = i + 1 == parts.len();
        let kind = meta.file_type();
        let odd = if kind.is_symlink() {
            Some("link")
        } else if last && kind.is_dir() {
            Some("folder")
        } else if last && !kind.is_file() {
            Some("special")
        } else if !last && !kind.is_dir() {
            Some("file")
        } else {
            None
        };
        if let Some(what) = odd {
            return Err(WriteError::refused(t!(
                "refuse-odd-path",
                path = at.as_str(),
                what = what,
                need = if last { "file" } else { "folder" }
            )));
        }
    }
    Ok(!parts.is_empty())
}

/// The text of the record file `rel` for a write, `None` when it does not
/// exist yet; never through a link, never blocking on a FIFO.
pub(crate) fn read(root: &Path, rel: &str) -> Result<Option<String>, WriteError> {
    if !check(root, rel)? {
        return Ok(None);
    }
    read_record(root, rel)
        .map(Some)
        .map_err(|u| WriteError::refused(t!("refuse-fix-first", problem = u.message.shown())))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn links_and_misplaced_kinds_are_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        std::fs::create_dir_all(root.join("months/2026-11")).unwrap();
        std::fs::write(root.join("months/2026-11/a.toml"), "x = 1\n").unwrap();
        std::fs::create_dir_all(root.join("clients/b.toml")).unwrap();
        std::fs::write(root.join("training"), "").unwrap();
        std::os::unix::fs::symlink(root.join("months"), root.join("m")).unwrap();
        assert_eq!(
            read(root, "months/2026-11/a.toml").unwrap().unwrap(),
            "x = 1\n"
        );
        assert_eq!(read(root, "months/2026-12/a.toml").unwrap(), None);
        for (rel, says) in [
            ("m/2026-11/a.toml", "m is a symbolic link"),
            ("clients/b.toml", "clients/b.toml is a folder where"),
            ("training/2026.toml", "training is a file where a folder"),
        ] {
            let e = read(root, rel).unwrap_err().to_string();
            assert!(e.contains(says), "{rel}: {e}");
        }
    }
}
