//! `clientele actions`: every meeting action item with its status as of D
//! (`done`, `done-late`, `overdue`, `open`).

use std::io::Write;

use crate::error::Outcome;
use crate::model::ActionStatus;
use crate::options::Ctx;
use crate::report::team::actions::{self, Filter};

/// Flags of `actions`.
#[derive(Debug, clap::Args)]
#[command(
    mut_arg("fail_on", |a| a.help("Exit 1 when a listed item is overdue")),
    mut_arg("from", |a| a.help("Only items due on or after this day")),
    mut_arg("to", |a| a.help("Only items due on or before this day")))]
pub struct Args {
    /// Only items not done and past their due date
    #[arg(long)]
    pub overdue: bool,
    /// Only items not done yet (open and overdue)
    #[arg(long)]
    pub open: bool,
    /// Only items owned by this member (also: --member)
    #[arg(long, value_name = "ID")]
    pub owner: Option<String>,
    #[command(flatten)]
    pub period: super::flags::PeriodArgs,
    #[command(flatten)]
    pub fail_on: super::flags::FailOnArgs,
}

pub fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let period = args.period.period(ctx)?;
    let opened = super::open(ctx)?;
    let filter = Filter {
        overdue: args.overdue,
        open: args.open,
        owner: super::filters::member_filter(&opened.records, args.owner.as_ref(), ctx)?,
        period,
    };
    let rows = actions::actions(&opened.records, opened.today, &filter);
    actions::to_table(&rows).write(ctx.format, &ctx.style, out)?;
    super::flush(out)?;
    Ok(args
        .fail_on
        .status(|| rows.iter().any(|r| r.status == ActionStatus::Overdue)))
}
