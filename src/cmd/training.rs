//! `clientele training`: the year's training per member (rules §3.7);
//! `--sessions` lists the sessions with attendance and pass rate,
//! `--retakes` who must retake which exam, `--plan` the year's sessions
//! upcoming ones included; `training add|score` write (`training_write`).

use std::io::Write;

use chrono::Datelike;

use crate::error::{Error, Outcome, Status};
use crate::options::Ctx;
use crate::report::people::training::{self, sessions as training_sessions};
use crate::t;

/// Flags of `training`.
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) action: Option<super::training_write::TrainingAction>,
    /// The training year (default: D's year)
    #[arg(long, value_name = "YYYY", value_parser = clap::value_parser!(i32).range(1..=9999))]
    pub(crate) year: Option<i32>,
    /// List the sessions by category and method instead
    #[arg(long, conflicts_with_all = ["retakes", "plan"])]
    pub(crate) sessions: bool,
    /// List every session of the year, upcoming ones included (the plan)
    #[arg(long, conflicts_with = "retakes")]
    pub(crate) plan: bool,
    /// List the exams that must be retaken instead
    #[arg(long)]
    pub(crate) retakes: bool,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    if let Some(action) = &args.action {
        return super::training_write::run(action, ctx, out);
    }
    if ctx.month.is_some() {
        return Err(Error::usage(t!("usage-training-month")));
    }
    let opened = super::open(ctx)?;
    let records = &opened.records;
    let member = super::filters::member_filter(records, None, ctx)?;
    let member = member.as_deref();
    let year = args.year.unwrap_or_else(|| opened.today.year());
    let table = if args.plan {
        crate::report::people::training::plan::to_table(
            &crate::report::people::training::plan::plan(records, year, opened.today, member),
        )
    } else if args.sessions {
        training_sessions::sessions_table(&training_sessions::sessions(
            records,
            year,
            opened.today,
            member,
        ))
    } else if args.retakes {
        training_sessions::retakes_table(&training_sessions::retakes(
            records,
            year,
            opened.today,
            member,
        ))
    } else {
        training::to_table(&training::training(records, year, opened.today, member))
    };
    table.write(ctx.format, &ctx.style, out)?;
    super::flush(out)?;
    Ok(Status::Success)
}
