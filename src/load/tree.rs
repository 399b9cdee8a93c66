//! Loading records that are not a folder on disk: any [`FileTree`] (a
//! commit's tree, for `--at REF`) walked and judged exactly as the folder
//! walk judges the folder, so the same files give the same records and the
//! same diagnostics, byte for byte. Nothing here touches the disk.

use std::path::Path;

use super::read::{decode, io_error};
use super::walk::{EntryKind, Found, judge};
use super::{LoadError, Loaded, Read, assemble_texts};
use crate::model::Place;

/// A tree of files and folders to load records from. Paths are inside the
/// records folder, with `/` separators; `""` is the top.
pub(crate) trait FileTree {
    /// The entries of the folder `dir`: names and kinds, in any order.
    fn list(&self, dir: &str) -> Result<Vec<(String, EntryKind)>, String>;
    /// The bytes of the file `rel`.
    fn read(&self, rel: &str) -> Result<Vec<u8>, String>;
}

/// Loads the records of `tree`; `root` is the folder's name for messages.
pub(crate) fn load_tree(root: &Path, tree: &dyn FileTree) -> Result<Loaded, LoadError> {
    let mut found = Vec::new();
    walk(tree, root, "", &mut found)?;
    let texts: Vec<Read> = found
        .into_iter()
        .map(|(rel, judged)| match judged {
            Ok(place) => {
                let text = tree
                    .read(&rel)
                    .map_err(|e| io_error(&rel, e))
                    .and_then(|bytes| decode(&rel, bytes));
                (rel, place, text)
            }
            Err(problem) => {
                let place = Place::classify(&rel.split('/').collect::<Vec<_>>());
                (rel, place, Err(problem))
            }
        })
        .collect();
    Ok(assemble_texts(root, texts))
}

/// The entries below `dir` that matter, in the folder walk's order: sorted
/// by name within each folder, a folder before what it holds, hidden
/// entries skipped, a folder judged a problem not entered.
fn walk(
    tree: &dyn FileTree,
    root: &Path,
    dir: &str,
    out: &mut Vec<Found>,
) -> Result<(), LoadError> {
    let mut entries = tree.list(dir).map_err(|e| LoadError::Io {
        path: root.join(dir),
        source: std::io::Error::other(e),
    })?;
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, kind) in entries {
        if name.starts_with('.') {
            continue;
        }
        let rel = if dir.is_empty() {
            name
        } else {
            format!("{dir}/{name}")
        };
        let parts: Vec<String> = rel.split('/').map(str::to_string).collect();
        let judged = judge(&rel, &parts, kind);
        let enter = kind == EntryKind::Dir && judged.is_none();
        out.extend(judged.map(|j| (rel.clone(), j)));
        if enter {
            walk(tree, root, &rel, out)?;
        }
    }
    Ok(())
}

/// Files held in memory by path (`clients/acme.toml`): a [`FileTree`] for
/// loading a few files without a folder.
#[derive(Debug, Default)]
pub(crate) struct MemTree(pub std::collections::BTreeMap<String, Vec<u8>>);

impl FileTree for MemTree {
    fn list(&self, dir: &str) -> Result<Vec<(String, EntryKind)>, String> {
        let prefix = if dir.is_empty() {
            String::new()
        } else {
            format!("{dir}/")
        };
        let mut out: Vec<(String, EntryKind)> = Vec::new();
        for path in self.0.keys() {
            let Some(rest) = path.strip_prefix(&prefix) else {
                continue;
            };
            let entry = match rest.split_once('/') {
                Some((folder, _)) => (folder.to_string(), EntryKind::Dir),
                None => (rest.to_string(), EntryKind::File),
            };
            if !out.contains(&entry) {
                out.push(entry);
            }
        }
        Ok(out)
    }

    fn read(&self, rel: &str) -> Result<Vec<u8>, String> {
        self.0
            .get(rel)
            .cloned()
            .ok_or_else(|| "no such file".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each diagnostic as `code path message`.
    fn found(loaded: &Loaded) -> Vec<String> {
        let sources = &loaded.records.sources;
        loaded
            .diagnostics
            .iter()
            .map(|d| {
                let rel = sources.get(d.span.file).map_or("?", |f| f.rel.as_str());
                format!("{} {rel} {}", d.code, d.message.en())
            })
            .collect()
    }

    #[test]
    fn a_tree_loads_as_the_same_folder_on_disk() {
        let files: &[(&str, &[u8])] = &[
            ("clientele.toml", b""),
            ("team.toml", b"[[member]]\nid = \"li\"\nname = \"Li\"\nrole = \"lead\"\njoined = 2020-01-06\nemails = [\"li@example.com\"]\n"),
            ("clients/acme.toml", b"id = \"acme\"\nname = \"A\"\nstage = \"lead\"\nowner = \"li\"\nfound = 2026-01-05\npotential = 3\n"),
            ("clients/bad.toml", b"id = \n"),
            ("clients/gbk.toml", b"name = \"\xbb\xaa\xb6\xab\"\n"),
            ("months/2026-13/li.toml", b""),
            ("notes/x.toml", b""),
            ("training", b"not a folder"),
            (".hidden/x.toml", b"id = "),
            ("README.md", b"# records"),
        ];
        let dir = tempfile::tempdir().unwrap();
        let mut tree = MemTree::default();
        for (rel, bytes) in files {
            let path = dir.path().join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, bytes).unwrap();
            tree.0.insert((*rel).to_string(), bytes.to_vec());
        }
        let on_disk = super::super::load(dir.path()).unwrap();
        let in_tree = load_tree(dir.path(), &tree).unwrap();
        assert_eq!(found(&in_tree), found(&on_disk));
        assert_eq!(found(&in_tree).len(), 6, "{:?}", found(&in_tree));
        let rels = |l: &Loaded| {
            l.records
                .sources
                .files
                .iter()
                .map(|f| f.rel.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(rels(&in_tree), rels(&on_disk));
        assert_eq!(in_tree.records.members[0].emails, ["li@example.com"]);
    }
}
