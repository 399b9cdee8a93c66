//! `clientele history`: every commit that changed a client's file or a
//! member's records, oldest first, with the old and new value of each
//! changed field. Reads the repository; writes nothing.

use std::io::Write;

use crate::error::{Error, Outcome, Status};
use crate::git::history::{self, Step, Track};
use crate::git::{CommitInfo, GitError, Repo};
use crate::load;
use crate::options::Ctx;
use crate::render::{Cell, Format, Table};
use crate::t;

/// Flags of `history`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The client (its id, the name of its file in clients/); or --member
    #[arg(value_name = "CLIENT")]
    pub(crate) client: Option<String>,
    /// Only changes of this field (e.g. owner, stage, approved_by)
    #[arg(long, value_name = "FIELD")]
    pub(crate) field: Option<String>,
    /// The commits after which the client's tier (as of that commit's date) changed
    #[arg(long, conflicts_with = "field")]
    pub(crate) tier: bool,
}

/// The columns of the history, fixed for scripts.
pub(crate) const COLUMNS: [&str; 8] = [
    "commit", "author", "date", "file", "entry", "field", "old", "new",
];

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let root = load::find_root(ctx.records.as_deref(), &ctx.cwd)?;
    let repo = Repo::open(&root, "history")?;
    let track = match (&args.client, &ctx.member) {
        (Some(c), None) => Track::File(format!("clients/{c}.toml")),
        (None, Some(m)) => Track::Member {
            id: m.clone(),
            month: ctx.month.map(|m| m.to_string()),
        },
        _ => return Err(Error::usage(t!("usage-history-what"))),
    };
    let start = repo.commit(super::at::start(ctx))?;
    if let Track::File(path) = &track
        && repo
            .blob_id(&start.tree().map_err(GitError::from)?, path)
            .is_none()
    {
        return Err(Error::refused(t!(
            "refuse-history-no-file",
            file = path.to_string(),
            at = super::at::start(ctx).to_string()
        )));
    }
    if args.tier {
        let Track::File(path) = &track else {
            return Err(Error::usage(t!("usage-history-tier")));
        };
        let rows = crate::git::tier_history::walk(&repo, &start, path)?;
        return tier_table(&rows, ctx, out);
    }
    let steps = history::walk(&repo, &start, &track)?;
    let table = to_table(&steps, args.field.as_deref(), ctx.format);
    table.write(ctx.format, &ctx.style, out)?;
    super::flush(out)?;
    Ok(Status::Success)
}

/// The rows of the steps: one per changed field (of `field` only).
fn to_table(steps: &[Step], field: Option<&str>, format: Format) -> Table {
    let mut t = Table::new(&COLUMNS);
    for s in steps {
        let commit = commit_id(&s.commit, format);
        for c in s
            .changes
            .iter()
            .filter(|c| field.is_none_or(|f| c.field == f))
        {
            t.push(vec![
                Cell::text(commit.clone()),
                Cell::text(format!("{} <{}>", s.commit.author, s.commit.email)),
                Cell::text(s.commit.date.clone()),
                Cell::text(s.file.clone()),
                Cell::text(c.entry.clone()),
                Cell::text(c.field.clone()),
                Cell::text(c.old.clone()),
                Cell::text(c.new.clone()),
            ]);
        }
    }
    t
}

fn tier_table(
    rows: &[crate::git::tier_history::TierMove],
    ctx: &Ctx,
    out: &mut dyn Write,
) -> Outcome {
    let mut t = Table::new(&["commit", "author", "date", "file", "old", "new"]);
    for r in rows {
        let commit = commit_id(&r.commit, ctx.format);
        t.push(vec![
            Cell::text(commit),
            Cell::text(format!("{} <{}>", r.commit.author, r.commit.email)),
            Cell::text(r.commit.date.clone()),
            Cell::text(r.file.clone()),
            Cell::text(r.old.clone()),
            Cell::text(r.new.clone()),
        ]);
    }
    t.write(ctx.format, &ctx.style, out)?;
    super::flush(out)?;
    Ok(Status::Success)
}

/// A commit as the table shows it (ten digits) or as files keep it (all).
fn commit_id(c: &CommitInfo, format: Format) -> String {
    match format {
        Format::Table | Format::Md => c.short(),
        _ => c.id.to_string(),
    }
}
