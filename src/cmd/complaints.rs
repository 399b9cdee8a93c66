//! `clientele complaints`: every complaint with its deadlines, hours to the
//! first response, status and satisfaction (rules §3.3); `--summary` gives the
//! counts and on-time rates per month received instead, with the
//! breakdown by department (`--by-department` alone, for scripts).

use std::io::Write;

use super::filters::owner_and_member;
use crate::error::Outcome;
use crate::model::Severity;
use crate::options::Ctx;
use crate::render::Format;
use crate::report::complaints::{self, Filter};
use crate::report::complaints::{departments, summary};

/// Flags of `complaints`.
#[derive(Debug, clap::Args)]
#[command(
    mut_arg("fail_on", |a| a.help("Exit 1 when a listed complaint is overdue")),
    mut_arg("from", |a| a.help("Only complaints received on or after this day")),
    mut_arg("to", |a| a.help("Only complaints received on or before this day")))]
pub struct Args {
    /// Only complaints not yet resolved (open and overdue)
    #[arg(long)]
    pub open: bool,
    /// Only overdue complaints
    #[arg(long)]
    pub overdue: bool,
    /// Only complaints handled by this member (--member: handled, or on a
    /// client the member owns or serves)
    #[arg(long, value_name = "ID")]
    pub handler: Option<String>,
    /// Only this severity
    #[arg(long, value_parser = crate::values::choice(Severity::parse, Severity::NAMES), value_name = "high|medium|low")]
    pub severity: Option<Severity>,
    /// Only resolved complaints without a satisfaction rating yet
    #[arg(long)]
    pub unrated: bool,
    /// Only resolved complaints rated 1 or 2 (not truly solved yet)
    #[arg(long)]
    pub unsatisfied: bool,
    /// Only unresolved complaints with a response or resolution deadline in
    /// the next 30m, 4h, 2d …
    #[arg(long, value_name = "DURATION", value_parser = crate::values::duration)]
    pub due_within: Option<chrono::TimeDelta>,
    #[command(flatten)]
    pub period: super::flags::PeriodArgs,
    /// Only complaints brought into this department
    #[arg(long, value_name = "NAME")]
    pub department: Option<String>,
    /// Print the summary per month received instead of the list (tables
    /// add the breakdown by department)
    #[arg(long)]
    pub summary: bool,
    /// Print the breakdown by department (received, resolved on time,
    /// satisfaction) instead of the list
    #[arg(long)]
    pub by_department: bool,
    #[command(flatten)]
    pub fail_on: super::flags::FailOnArgs,
}

pub fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let period = args.period.period(ctx)?;
    let opened = super::open(ctx)?;
    let (handler, member) = owner_and_member(&opened.records, args.handler.as_ref(), ctx)?;
    let filter = Filter {
        open: args.open,
        overdue: args.overdue,
        handler,
        severity: args.severity,
        unrated: args.unrated,
        unsatisfied: args.unsatisfied,
        period,
        due_within: args.due_within,
        member,
    };
    let mut rows = complaints::complaints(&opened.records, opened.now, &filter);
    if let Some(d) = &args.department {
        departments::keep_department(&mut rows, d);
    }
    let by_department = departments::by_department(&rows);
    let human = matches!(ctx.format, Format::Table | Format::Md);
    if args.by_department {
        departments::to_table(&by_department).write(ctx.format, &ctx.style, out)?;
    } else if args.summary {
        let months = summary::by_month(&rows, opened.now);
        summary::to_table(&months).write(ctx.format, &ctx.style, out)?;
        if human && !by_department.is_empty() {
            writeln!(out)?;
            departments::to_table(&by_department).write(ctx.format, &ctx.style, out)?;
        }
    } else {
        complaints::to_table(&rows).write(ctx.format, &ctx.style, out)?;
        if ctx.format == Format::Table && !rows.is_empty() {
            writeln!(
                out,
                "{}",
                summary::footer(&summary::total(&rows, opened.now))
            )?;
        }
    }
    super::flush(out)?;
    Ok(args.fail_on.status(|| {
        rows.iter()
            .any(|r| r.status == crate::model::ComplaintStatus::Overdue)
    }))
}
