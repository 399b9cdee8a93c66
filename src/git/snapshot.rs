//! The records folder as committed at one commit, read from the object
//! database without a checkout: a [`FileTree`] for the loader, which walks
//! it as it walks the folder. This is what `--at REF` loads.

use std::path::Path;

use git2::{ObjectType, Tree};

use super::{GitError, Repo};
use crate::load::{EntryKind, FileTree};

/// Mode of a symbolic link in a tree.
const LINK_MODE: i32 = 0o120000;

/// The records folder at one commit.
pub(crate) struct Snapshot<'r> {
    repo: &'r Repo,
    /// The records folder's tree at the commit.
    tree: Tree<'r>,
}

impl<'r> Snapshot<'r> {
    /// The records folder at `reference`.
    pub(crate) fn at(repo: &'r Repo, reference: &str) -> Result<Snapshot<'r>, GitError> {
        let commit = repo.commit(reference)?;
        let top = commit.tree()?;
        let tree = repo.subtree(&top, "").ok_or_else(|| GitError::NotAtRef {
            dir: repo.root.clone(),
            reference: reference.to_string(),
        })?;
        Ok(Snapshot { repo, tree })
    }

    fn folder(&self, dir: &str) -> Result<Tree<'r>, String> {
        if dir.is_empty() {
            return Ok(self.tree.clone());
        }
        let entry = self
            .tree
            .get_path(Path::new(dir))
            .map_err(|e| e.message().to_string())?;
        self.repo
            .git
            .find_tree(entry.id())
            .map_err(|e| e.message().to_string())
    }
}

impl FileTree for Snapshot<'_> {
    fn list(&self, dir: &str) -> Result<Vec<(String, EntryKind)>, String> {
        let tree = self.folder(dir)?;
        Ok(tree
            .iter()
            .map(|e| {
                let kind = match e.kind() {
                    Some(ObjectType::Tree) => EntryKind::Dir,
                    Some(ObjectType::Blob) if e.filemode() == LINK_MODE => EntryKind::LINK,
                    Some(ObjectType::Blob) => EntryKind::File,
                    _ => EntryKind::OTHER,
                };
                (String::from_utf8_lossy(e.name_bytes()).into_owned(), kind)
            })
            .collect())
    }

    fn read(&self, rel: &str) -> Result<Vec<u8>, String> {
        let entry = self
            .tree
            .get_path(Path::new(rel))
            .map_err(|e| e.message().to_string())?;
        let blob = self
            .repo
            .git
            .find_blob(entry.id())
            .map_err(|e| e.message().to_string())?;
        Ok(blob.content().to_vec())
    }
}
