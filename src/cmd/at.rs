//! `--at REF`: the records as committed at REF, read from the repository
//! through the loader's [`FileTree`](crate::load::FileTree) without a
//! checkout; without it, the folder on disk. Every read command loads
//! through [`load_and_check`] here.

use std::path::Path;

use crate::error::Error;
use crate::git::{Repo, Snapshot};
use crate::load::{self, Loaded, Scope};
use crate::model::Records;
use crate::options::Ctx;

/// Loads and checks the records of `root`, or of `root` as committed at
/// `--at REF`, as of today (or `--as-of`).
pub(crate) fn load_and_check(ctx: &Ctx, root: &Path) -> Result<Loaded, Error> {
    load_with(ctx, root, false)
}

/// [`load_and_check`] for a report: the folder on disk through the cache
/// of parsed records unless `--no-cache` (`check` never uses it).
pub(crate) fn load_for_report(ctx: &Ctx, root: &Path) -> Result<Loaded, Error> {
    load_with(ctx, root, ctx.cache)
}

fn load_with(ctx: &Ctx, root: &Path, cache: bool) -> Result<Loaded, Error> {
    let today = |r: &Records| ctx.today(r);
    let Some(reference) = &ctx.at else {
        return Ok(load::load_and_check(
            Scope::Folder(root).cached(cache),
            today,
        )?);
    };
    let repo = Repo::open(root, "--at")?;
    let snapshot = Snapshot::at(&repo, reference)?;
    Ok(load::load_and_check(Scope::Tree(root, &snapshot), today)?)
}

/// The commit a history command starts from: `--at REF`, else `HEAD`.
pub(crate) fn start(ctx: &Ctx) -> &str {
    ctx.at.as_deref().unwrap_or("HEAD")
}
