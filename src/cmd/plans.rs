//! `clientele plans`: every visit plan as `done`, `missed` or `upcoming`
//! (rules §3.2).

use std::io::Write;

use super::filters::member_filter;
use crate::error::{Error, Outcome, Status};
use crate::options::Ctx;
use crate::report::clients::plans::{self, Filter, PlanStatus};
use crate::t;

/// Flags of `plans`.
#[derive(Debug, clap::Args)]
#[command(
    mut_arg("from", |a| a.help("Only plans dated on or after this day")),
    mut_arg("to", |a| a.help("Only plans dated on or before this day")))]
pub(crate) struct Args {
    /// Only plans with this status
    #[arg(long, value_parser = crate::values::choice(PlanStatus::parse, PlanStatus::NAMES), value_name = "done|missed|upcoming")]
    pub(crate) status: Option<PlanStatus>,
    /// Only plans for this client
    #[arg(long, value_name = "ID")]
    pub(crate) client: Option<String>,
    #[command(flatten)]
    pub(crate) period: super::flags::PeriodArgs,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let period = args.period.period(ctx)?;
    let opened = super::open(ctx)?;
    if let Some(c) = &args.client
        && opened.records.client(c).is_none()
    {
        return Err(Error::refused(t!("refuse-no-client", id = c.as_str())));
    }
    let filter = Filter {
        member: member_filter(&opened.records, None, ctx)?,
        client: args.client.clone(),
        status: args.status,
        period,
    };
    let rows = plans::plans(&opened.records, opened.today, &filter);
    plans::to_table(&rows).write(ctx.format, &ctx.style, out)?;
    super::flush(out)?;
    Ok(Status::Success)
}
