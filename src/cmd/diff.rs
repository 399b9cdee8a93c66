//! `clientele diff [REF1] [REF2]`: what a change does to the reports — the
//! reports on the records at REF1 and at REF2 (default: the merge base with
//! the upstream branch, and the working tree), as of the same day, compared
//! (see `crate::report::changes`). Text, `--format md` for a review
//! comment, CSV or JSON; `--fail-on new-errors` exits 1 for CI.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Outcome, Status};
use crate::git::{Repo, Snapshot};
use crate::load::{self, Loaded, Scope};
use crate::model::{Records, YearMonth};
use crate::options::Ctx;
use crate::render::Format;
use crate::report::changes::{self, Effect, When};
use crate::t;

/// Flags of `diff`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The records before (default: the merge base with the upstream branch)
    #[arg(value_name = "REF1")]
    pub(crate) from: Option<String>,
    /// The records after (default: the working tree)
    #[arg(value_name = "REF2")]
    pub(crate) to: Option<String>,
    /// Exit 1 when the change brings new `check` errors
    #[arg(long, value_enum, value_name = "WHAT")]
    pub(crate) fail_on: Option<FailOn>,
}

/// `--fail-on` of `diff`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum FailOn {
    /// The records after have a `check` error the records before had not
    NewErrors,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let root = load::find_root(ctx.records.as_deref(), &ctx.cwd)?;
    let repo = Repo::open(&root, "diff")?;
    let from = match &args.from {
        Some(r) => r.clone(),
        None => repo
            .upstream_base()
            .map(|o| o.to_string())
            .ok_or_else(|| Error::usage(t!("usage-diff-upstream")))?,
    };
    let before = side(ctx, &repo, &root, Some(&from))?;
    let after = side(ctx, &repo, &root, args.to.as_deref())?;
    let (now, today) = ctx.now(&after.records.settings.team.timezone);
    let month = ctx.month.unwrap_or_else(|| YearMonth::of(today));
    let effects = changes::effects(&before, &after, When { now, today, month });
    render(&effects, ctx, out)?;
    super::flush(out)?;
    let fail = args.fail_on == Some(FailOn::NewErrors) && effects.iter().any(Effect::is_new_error);
    Ok(Status::failure_if(fail))
}

/// The records at `reference`, or in the folder when `None`, checked.
fn side(ctx: &Ctx, repo: &Repo, root: &Path, reference: Option<&str>) -> Result<Loaded, Error> {
    let today = |r: &Records| ctx.today(r);
    let Some(reference) = reference else {
        return Ok(load::load_and_check(root, today)?);
    };
    let snapshot = Snapshot::at(repo, reference)?;
    Ok(load::load_and_check(Scope::Tree(root, &snapshot), today)?)
}

fn render(effects: &[Effect], ctx: &Ctx, out: &mut dyn Write) -> Result<(), Error> {
    let table = changes::to_table(effects);
    match ctx.format {
        Format::Md => {
            writeln!(out, "### {}\n", t!("diff-heading"))?;
            if effects.is_empty() {
                writeln!(out, "{}", t!("diff-none-md"))?;
            } else {
                table.write(Format::Md, &ctx.style, out)?;
            }
        }
        Format::Table if effects.is_empty() => writeln!(out, "{}", t!("diff-none"))?,
        format => table.write(format, &ctx.style, out)?,
    }
    Ok(())
}
