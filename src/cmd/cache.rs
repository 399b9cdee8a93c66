//! `clientele cache clear`: removes the cache of parsed records kept in
//! the records folder (`crate::cache`). Reports rebuild it as they go;
//! nothing else ever needs it removed, since it can never change an answer.

use std::io::Write;

use crate::error::{Outcome, Status};
use crate::options::Ctx;
use crate::t;

/// Flags of `cache`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) action: Action,
}

/// What to do with the cache.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum Action {
    /// Remove the cache of parsed records
    Clear,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let root = crate::load::find_root(ctx.records.as_deref(), &ctx.cwd)?;
    match args.action {
        Action::Clear => {
            let removed = crate::cache::clear(&root)?;
            if !ctx.quiet {
                let what = if removed { "removed" } else { "none" };
                let root = root.display().to_string();
                writeln!(out, "{}", t!("cache-cleared", root = root, what = what))?;
            }
        }
    }
    Ok(Status::Success)
}
