//! `clientele leave`: the leave report (every request with its workdays,
//! status as of D, approver and whether it came in advance), `--balance`
//! (annual leave per member), and
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
    /// Each member's annual leave this year: entitled, taken, approved
    /// ahead, pending and left (in workdays)
    #[arg(long, conflicts_with_all = ["pending", "approved", "from", "to"])]
    pub balance: bool,
    /// The year of --balance (default: this year)
    #[arg(long, requires = "balance", value_name = "YYYY", value_parser = crate::values::int_in(1900, 9999))]
    pub year: Option<i64>,
}

pub fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    if let Some(action) = &args.action {
        return super::leave_write::run(action, ctx, out);
    }
    if args.balance {
        return balance(args, ctx, out);
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

/// `leave --balance [--year Y]` (rules §3.6).
fn balance(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    use chrono::Datelike;
    let opened = super::open(ctx)?;
    let member = super::filters::member_filter(&opened.records, None, ctx)?;
    let year = args
        .year
        .and_then(|y| i32::try_from(y).ok())
        .unwrap_or(opened.today.year());
    let rows = leave::balance::balances(&opened.records, year, opened.today, member.as_deref());
    leave::balance::to_table(&rows).write(ctx.format, &ctx.style, out)?;
    super::flush(out)?;
    Ok(Status::Success)
}
