//! `clientele leave`: the leave report (every request with its workdays,
//! status as of D, approver and whether it came in advance), and
//! `leave request|approve|reject` (those write; see `leave_write`).

use std::io::Write;

use crate::error::{Outcome, Status};
use crate::options::Ctx;
use crate::report::team::leave::{self, Filter};

/// Flags of `leave`.
#[derive(Debug, clap::Args)]
#[command(
    mut_arg("from", |a| a.help("Only leave that touches days on or after this one")),
    mut_arg("to", |a| a.help("Only leave that touches days on or before this one")),
args_conflicts_with_subcommands = true)]
#[command(after_help = "Examples:
  clientele leave --pending                    what waits for the lead's decision
  clientele leave --approved --from 2026-11-23 --to 2026-11-27   who is away that week
  clientele leave --member li-wei --month 2026-11   one member's leave touching November
  clientele leave --from 2026-12-01 --format csv   leave from December on, for a spreadsheet")]
pub struct Args {
    #[command(subcommand)]
    pub action: Option<super::leave_write::LeaveAction>,
    /// Only requests still pending as of D
    #[arg(long)]
    pub pending: bool,
    /// Only leave approved as of D (with --from/--to: who is away then)
    #[arg(long, conflicts_with = "pending")]
    pub approved: bool,
    #[command(flatten)]
    pub period: super::flags::PeriodArgs,
}

pub fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    if let Some(action) = &args.action {
        return super::leave_write::run(action, ctx, out);
    }
    let period = args.period.period(ctx)?;
    let opened = super::open(ctx)?;
    let filter = Filter {
        pending: args.pending,
        approved: args.approved,
        member: super::filters::member_filter(&opened.records, None, ctx)?,
        period,
    };
    let rows = leave::leaves(&opened.records, opened.today, &filter);
    leave::to_table(&rows).write(ctx.format, &ctx.style, out)?;
    super::flush(out)?;
    Ok(Status::Success)
}
