//! Finding the records folder (rules §1): `--records DIR`, else
//! `$CLIENTELE_RECORDS`, else the nearest ancestor of the working directory
//! holding `clientele.toml` or `records/clientele.toml`.

use std::path::{Path, PathBuf};

use super::LoadError;

/// Resolves the records folder (`given` is `--records` or the variable),
/// then finishes or rolls back a write that was interrupted there
/// (`crate::write::journal`), so no command reads half a write.
pub fn find_root(given: Option<&Path>, cwd: &Path) -> Result<PathBuf, LoadError> {
    let root = locate(given, cwd)?;
    crate::write::journal::recover(&root).map_err(|e| LoadError::Unfinished(e.to_string()))?;
    Ok(root)
}

fn locate(given: Option<&Path>, cwd: &Path) -> Result<PathBuf, LoadError> {
    if let Some(dir) = given {
        if dir.join("clientele.toml").is_file() {
            return Ok(dir.to_path_buf());
        }
        return Err(LoadError::NotRecords {
            dir: dir.to_path_buf(),
        });
    }
    for (up, dir) in cwd.ancestors().enumerate() {
        let rel = relative_up(up);
        if dir.join("clientele.toml").is_file() {
            return Ok(rel);
        }
        if dir.join("records").join("clientele.toml").is_file() {
            return Ok(if up == 0 {
                PathBuf::from("records")
            } else {
                rel.join("records")
            });
        }
    }
    Err(LoadError::NotFound {
        cwd: cwd.to_path_buf(),
    })
}

/// The `[team] lang` setting of the records folder `find_root` finds, read
/// on its own before the command runs (the interface language must be
/// known to print even a usage error); `None` when there is no folder or
/// no setting. The loader checks the value with the rest of the file.
pub fn lang_setting(given: Option<&Path>, cwd: &Path) -> Option<String> {
    let root = find_root(given, cwd).ok()?;
    let root = if root.is_absolute() {
        root
    } else {
        cwd.join(root)
    };
    let text = std::fs::read_to_string(root.join("clientele.toml")).ok()?;
    let doc: toml::Table = toml::from_str(&text).ok()?;
    let lang = doc.get("team")?.get("lang")?.as_str()?;
    Some(lang.to_string())
}

/// `.`, `..`, `../..` …: a path from the working directory up `n` levels.
fn relative_up(n: usize) -> PathBuf {
    if n == 0 {
        return PathBuf::from(".");
    }
    let mut p = PathBuf::new();
    for _ in 0..n {
        p.push("..");
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_records_below_an_ancestor() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        std::fs::create_dir_all(root.join("records")).unwrap();
        std::fs::write(root.join("records/clientele.toml"), "").unwrap();
        std::fs::create_dir_all(root.join("a/b")).unwrap();
        let found = find_root(None, &root.join("a/b")).unwrap();
        assert_eq!(found, PathBuf::from("../../records"));
        assert_eq!(find_root(None, root).unwrap(), PathBuf::from("records"));
        assert!(find_root(Some(&root.join("a")), root).is_err());
    }
}
