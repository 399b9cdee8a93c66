//! Opening the repository that holds a records folder, resolving a
//! reference to a commit, and reading one file of a commit.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate, Offset, Utc};
use git2::{Commit, DiffFindOptions, DiffOptions, ObjectType, Oid, Repository, Tree};

use super::GitError;

/// The repository of a records folder.
pub(crate) struct Repo {
    pub(crate) git: Repository,
    /// The records folder inside the work tree (`""` or `records/`).
    prefix: String,
    /// The records folder as the user gave it, for messages.
    pub(crate) root: PathBuf,
}

/// Who made a commit and when, as the reports print it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct CommitInfo {
    pub(crate) id: Oid,
    pub(crate) author: String,
    pub(crate) email: String,
    /// The author date with its own offset, `2026-11-03T10:00:00+08:00`.
    pub(crate) date: String,
    /// The author date's day, in the author's zone.
    pub(crate) day: NaiveDate,
}

impl CommitInfo {
    pub(crate) fn of(c: &Commit<'_>) -> CommitInfo {
        let a = c.author();
        let t = a.when();
        let offset = FixedOffset::east_opt(t.offset_minutes() * 60).unwrap_or_else(|| Utc.fix());
        let when = DateTime::from_timestamp(t.seconds(), 0)
            .unwrap_or_default()
            .with_timezone(&offset);
        CommitInfo {
            id: c.id(),
            author: a.name().unwrap_or("").to_string(),
            email: a.email().unwrap_or("").to_string(),
            date: when.format("%Y-%m-%dT%H:%M:%S%:z").to_string(),
            day: when.date_naive(),
        }
    }

    /// The first 10 hex digits, for tables.
    pub(crate) fn short(&self) -> String {
        self.id.to_string().chars().take(10).collect()
    }
}

impl Repo {
    /// Opens the repository holding `root` (the records folder); `command`
    /// names what needs it, for the message when there is none.
    pub(crate) fn open(root: &Path, command: &str) -> Result<Repo, GitError> {
        let not_repo = || GitError::NotARepo {
            dir: root.to_path_buf(),
            command: command.to_string(),
        };
        let git = Repository::discover(root).map_err(|_| not_repo())?;
        let work = git.workdir().ok_or_else(not_repo)?;
        let abs_root = root.canonicalize().map_err(|_| not_repo())?;
        let abs_work = work.canonicalize().map_err(|_| not_repo())?;
        let inside = abs_root.strip_prefix(&abs_work).map_err(|_| not_repo())?;
        let mut prefix: String = inside
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        if !prefix.is_empty() {
            prefix.push('/');
        }
        Ok(Repo {
            git,
            prefix,
            root: root.to_path_buf(),
        })
    }

    /// The commit `reference` names (`HEAD~3`, a tag, a branch, a hash).
    pub(crate) fn commit(&self, reference: &str) -> Result<Commit<'_>, GitError> {
        let bad = |e: git2::Error| GitError::BadRef {
            reference: reference.to_string(),
            message: e.message().to_string(),
        };
        if reference == "HEAD" && self.git.head().is_err() {
            return Err(GitError::NoCommit);
        }
        self.git
            .revparse_single(reference)
            .and_then(|o| o.peel_to_commit())
            .map_err(bad)
    }

    /// The path inside the repository of a path inside the records folder.
    pub(crate) fn full(&self, rel: &str) -> String {
        format!("{}{rel}", self.prefix)
    }

    /// The path inside the records folder of a path of the repository, or
    /// `None` when it lies outside the records folder.
    pub(crate) fn rel<'p>(&self, full: &'p str) -> Option<&'p str> {
        full.strip_prefix(self.prefix.as_str())
    }

    /// The blob of `rel` (inside the records folder) in `tree`, if a file.
    pub(crate) fn blob_id(&self, tree: &Tree<'_>, rel: &str) -> Option<Oid> {
        let entry = tree.get_path(Path::new(&self.full(rel))).ok()?;
        (entry.kind() == Some(ObjectType::Blob)).then(|| entry.id())
    }

    /// The tree of `rel` (a folder inside the records folder) in `tree`;
    /// the records folder itself for `""`.
    pub(crate) fn subtree<'r>(&'r self, tree: &Tree<'r>, rel: &str) -> Option<Tree<'r>> {
        let full = self.full(rel);
        let full = full.trim_end_matches('/');
        if full.is_empty() {
            return Some(tree.clone());
        }
        let entry = tree.get_path(Path::new(full)).ok()?;
        self.git.find_tree(entry.id()).ok()
    }

    /// The text of a blob; a message when it is not UTF-8.
    pub(crate) fn text(&self, id: Oid) -> Result<String, String> {
        let blob = self
            .git
            .find_blob(id)
            .map_err(|e| e.message().to_string())?;
        String::from_utf8(blob.content().to_vec())
            .map_err(|_| "the file is not UTF-8 text".to_string())
    }

    /// The old name of `path` when the change from `old` to `new` renamed
    /// a file of its folder to it.
    pub(crate) fn renamed_from(
        &self,
        old: &Tree<'_>,
        new: &Tree<'_>,
        path: &str,
    ) -> Result<Option<String>, GitError> {
        let full = self.full(path);
        let folder = full.rsplit_once('/').map_or("", |(d, _)| d);
        let mut opts = DiffOptions::new();
        if !folder.is_empty() {
            opts.pathspec(folder);
        }
        let mut diff = self
            .git
            .diff_tree_to_tree(Some(old), Some(new), Some(&mut opts))?;
        diff.find_similar(Some(DiffFindOptions::new().renames(true)))?;
        for d in diff.deltas() {
            let to = d.new_file().path().and_then(|p| p.to_str());
            let from = d.old_file().path().and_then(|p| p.to_str());
            if d.status() == git2::Delta::Renamed && to == Some(full.as_str()) {
                return Ok(from.and_then(|f| self.rel(f)).map(str::to_string));
            }
        }
        Ok(None)
    }
}

impl Repo {
    /// Where the current branch left its upstream (`git merge-base HEAD
    /// @{upstream}`); `None` when there is no branch or no upstream.
    pub(crate) fn upstream_base(&self) -> Option<Oid> {
        let head = self.git.head().ok()?;
        let name = head.name().ok()?;
        let upstream = self.git.branch_upstream_name(name).ok()?;
        let up = self.git.refname_to_id(upstream.as_str().ok()?).ok()?;
        let here = head.target()?;
        self.git.merge_base(here, up).ok()
    }
}
