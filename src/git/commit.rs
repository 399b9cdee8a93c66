//! Writing to the repository, for `serve --write --commit`: one commit of
//! exactly the files a write changed, authored and committed by the member
//! who made it, on the current branch. Other changes — staged in the index
//! or only in the work tree — are left as they are and are not part of the
//! commit: the commit's tree is the parent's with the written files
//! replaced, and only those files are staged.
//!
//! Paths given and returned are inside the records folder, with `/`
//! separators, as everywhere else in clientele.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use git2::{Index, IndexEntry, IndexTime, Oid, Repository, Signature, StatusOptions};

/// The name and address a commit is made under.
#[derive(Clone, Debug)]
pub(crate) struct Author {
    pub(crate) name: String,
    pub(crate) email: String,
}

/// The repository holding `root`, its work tree, and `root` inside it
/// (`""` or `records/`).
fn open(root: &Path) -> Result<(Repository, PathBuf, String), git2::Error> {
    let repo = Repository::discover(root)?;
    let work = repo
        .workdir()
        .ok_or_else(|| git2::Error::from_str("a bare repository has no files to commit"))?
        .to_path_buf();
    let canon = |p: &Path| {
        p.canonicalize()
            .map_err(|e| git2::Error::from_str(&e.to_string()))
    };
    let inside = canon(root)?;
    let rel = inside
        .strip_prefix(canon(&work)?)
        .map_err(|e| git2::Error::from_str(&e.to_string()))?;
    let mut prefix = rel.to_string_lossy().replace('\\', "/");
    if !prefix.is_empty() {
        prefix.push('/');
    }
    Ok((repo, work, prefix))
}

/// Whether `root` is inside a git work tree.
pub(crate) fn in_work_tree(root: &Path) -> bool {
    open(root).is_ok()
}

/// The files of the records folder `git status` lists: changed from the
/// last commit in the index or the work tree, or untracked (not ignored).
pub(crate) fn dirty(root: &Path) -> Result<BTreeSet<String>, git2::Error> {
    let (repo, _, prefix) = open(root)?;
    let mut opts = StatusOptions::new();
    opts.include_untracked(true)
        .recurse_untracked_dirs(true)
        .include_ignored(false);
    let statuses = repo.statuses(Some(&mut opts))?;
    Ok(statuses
        .iter()
        .filter(|s| !s.status().is_empty())
        .filter_map(|s| s.path().ok()?.strip_prefix(&prefix).map(String::from))
        .collect())
}

/// Commits `files` as they are on disk now (a file gone is removed) on top
/// of the current branch, as `author` (author and committer), and stages
/// them; nothing else is committed or staged. The new commit's id.
pub(crate) fn commit_files(
    root: &Path,
    files: &[String],
    author: &Author,
    message: &str,
) -> Result<Oid, git2::Error> {
    let (repo, work, prefix) = open(root)?;
    let parent = match repo.head() {
        Ok(head) => Some(head.peel_to_commit()?),
        Err(e) if e.code() == git2::ErrorCode::UnbornBranch => None,
        Err(e) => return Err(e),
    };
    let mut tree_index = Index::new()?;
    if let Some(p) = &parent {
        tree_index.read_tree(&p.tree()?)?;
    }
    let mut index = repo.index()?;
    for file in files {
        let rel = format!("{prefix}{file}");
        let full = work.join(&rel);
        if full.is_file() {
            let id = repo.blob_path(&full)?;
            let size = std::fs::metadata(&full).map_or(0, |m| m.len());
            tree_index.add(&entry(&rel, id, size))?;
            index.add_path(Path::new(&rel))?;
        } else {
            tree_index.remove_path(Path::new(&rel))?;
            index.remove_path(Path::new(&rel))?;
        }
    }
    let tree = repo.find_tree(tree_index.write_tree_to(&repo)?)?;
    let sig = Signature::now(&author.name, &author.email)?;
    let parents: Vec<&git2::Commit<'_>> = parent.iter().collect();
    let id = repo.commit(Some("HEAD"), &sig, &sig, message, &tree, &parents)?;
    index.write()?;
    Ok(id)
}

/// An index entry for a regular file.
fn entry(path: &str, id: Oid, size: u64) -> IndexEntry {
    let t = IndexTime::new(0, 0);
    IndexEntry {
        ctime: t,
        mtime: t,
        dev: 0,
        ino: 0,
        mode: 0o100_644,
        uid: 0,
        gid: 0,
        file_size: u32::try_from(size).unwrap_or(u32::MAX),
        id,
        flags: u16::try_from(path.len().min(0xfff)).unwrap_or(0xfff),
        flags_extended: 0,
        path: path.as_bytes().to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, rel: &str, text: &str) {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    fn paths(repo: &Repository, tree: &git2::Tree<'_>) -> BTreeSet<(String, String)> {
        let mut out = BTreeSet::new();
        tree.walk(git2::TreeWalkMode::PreOrder, |dir, e| {
            if let Ok(blob) = e.to_object(repo).and_then(|o| o.peel_to_blob()) {
                let text = String::from_utf8_lossy(blob.content()).into_owned();
                out.insert((format!("{dir}{}", e.name().unwrap()), text));
            }
            git2::TreeWalkResult::Ok
        })
        .unwrap();
        out
    }

    #[test]
    fn the_commit_is_the_member_s_and_holds_exactly_the_write() {
        let tmp = tempfile::tempdir().unwrap();
        let repo = Repository::init(tmp.path()).unwrap();
        let root = tmp.path().join("records");
        for f in ["a.toml", "b.toml", "c.toml"] {
            write(&root, f, "old\n");
        }
        let first = commit_files(
            &root,
            &["a.toml", "b.toml", "c.toml"].map(String::from),
            &Author {
                name: "Setup".into(),
                email: "setup@example.com".into(),
            },
            "records",
        )
        .unwrap();
        // someone's own work: a staged change and an unstaged one
        write(&root, "a.toml", "staged\n");
        let mut index = repo.index().unwrap();
        index.add_path(Path::new("records/a.toml")).unwrap();
        index.write().unwrap();
        write(&root, "b.toml", "unstaged\n");
        // the write
        write(&root, "months/2026-11/li-wei.toml", "visit\n");
        let before = dirty(&root).unwrap();
        assert!(before.contains("a.toml") && before.contains("b.toml"));
        let li = Author {
            name: "Li Wei".into(),
            email: "li.wei@example.com".into(),
        };
        let files = ["months/2026-11/li-wei.toml".to_string()];
        let id = commit_files(&root, &files, &li, "li-wei: log acme").unwrap();
        let c = repo.find_commit(id).unwrap();
        assert_eq!(c.author().name().ok(), Some("Li Wei"));
        assert_eq!(c.author().email().ok(), Some("li.wei@example.com"));
        assert_eq!(c.committer().email().ok(), Some("li.wei@example.com"));
        assert_eq!(c.parent_id(0).unwrap(), first);
        assert_eq!(repo.head().unwrap().target(), Some(id));
        let mut expected = paths(&repo, &c.parent(0).unwrap().tree().unwrap());
        expected.insert((
            "records/months/2026-11/li-wei.toml".into(),
            "visit\n".into(),
        ));
        assert_eq!(paths(&repo, &c.tree().unwrap()), expected);
        // the other changes are as they were: a staged, b not
        let after = dirty(&root).unwrap();
        assert_eq!(after, ["a.toml", "b.toml"].map(String::from).into());
        let st = repo.status_file(Path::new("records/a.toml")).unwrap();
        assert!(st.contains(git2::Status::INDEX_MODIFIED), "{st:?}");
        let st = repo.status_file(Path::new("records/b.toml")).unwrap();
        assert_eq!(st, git2::Status::WT_MODIFIED);
    }
}
