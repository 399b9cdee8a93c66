//! Reading the records' git repository: the history of a record, the
//! records as committed at any commit, who added an approval.
//!
//! Everything here reads the repository through libgit2 (`git2`), never a
//! `git` process, and never writes to it or checks anything out. The
//! records folder may be the repository's root or any folder inside it;
//! paths given to and returned by this module are relative to the records
//! folder, with `/` separators, as everywhere else in clientele.
//!
//! `Repo` opens the repository and resolves references; `Snapshot` is the
//! records folder as committed at one commit (what `--at` loads, a
//! `load::FileTree`); `history` walks the commits that changed a set of
//! files; `tomldiff` turns two versions of a record file into field
//! changes; `approvals` finds the commit that added each approval;
//! `signature` verifies a commit's signature against the team's keys;
//! `tier_history` grades a client at every commit.

pub(crate) mod approvals;
pub(crate) mod commit;
pub(crate) mod history;
mod repo;
pub(crate) mod signature;
mod snapshot;
pub(crate) mod tier_history;
pub(crate) mod tomldiff;

pub(crate) use repo::{CommitInfo, Repo};
pub(crate) use snapshot::Snapshot;

use std::path::PathBuf;

/// What stops a command that needs the repository.
#[derive(Debug, thiserror::Error)]
pub(crate) enum GitError {
    #[error(
        "{} is not in a git repository: `{command}` reads the records' history (run `git init` and commit the records first)",
        dir.display()
    )]
    NotARepo { dir: PathBuf, command: String },
    #[error("the repository has no commit yet: commit the records first")]
    NoCommit,
    #[error("`{reference}` names no commit of the repository ({message})")]
    BadRef { reference: String, message: String },
    #[error("the records folder {} has no files at {reference}", dir.display())]
    NotAtRef { dir: PathBuf, reference: String },
    #[error("cannot read the git repository: {0}")]
    Git(#[from] git2::Error),
}

impl From<GitError> for crate::error::Error {
    fn from(e: GitError) -> crate::error::Error {
        crate::error::Error::Failed(e.into())
    }
}
