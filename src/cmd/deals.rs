//! `clientele deals`: every deal at its stage as of D, with its delivery
//! status (rules §3.15).

use std::io::Write;

use super::filters::member_filter;
use crate::error::Outcome;
use crate::model::DealStage;
use crate::options::Ctx;
use crate::report::clients::deals::{self, DealStatus, Filter};
use crate::t;

/// Flags of `deals`.
#[derive(Debug, clap::Args)]
#[command(
    mut_arg("from", |a| a.help("Only deals opened on or after this day")),
    mut_arg("to", |a| a.help("Only deals opened on or before this day")),
    mut_arg("fail_on", |a| a.help("Exit 1 when a listed deal is late")))]
pub(crate) struct Args {
    /// Only open deals (neither won nor lost)
    #[arg(long)]
    pub(crate) open: bool,
    /// Only won deals past their due date and not delivered
    #[arg(long)]
    pub(crate) late: bool,
    /// Only deals this member owns (also: --member)
    #[arg(long, value_name = "ID")]
    pub(crate) owner: Option<String>,
    /// Only these stages as of today (comma-separated)
    #[arg(long, value_delimiter = ',', value_name = "STAGE[,STAGE…]",
          value_parser = crate::values::choice(DealStage::parse, DealStage::NAMES))]
    pub(crate) stage: Vec<DealStage>,
    /// Only this client's deals
    #[arg(long, value_name = "CLIENT", value_parser = crate::values::id)]
    pub(crate) client: Option<String>,
    #[command(flatten)]
    pub(crate) period: super::flags::PeriodArgs,
    #[command(flatten)]
    pub(crate) fail_on: super::flags::FailOnArgs,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let period = args.period.period(ctx)?;
    let opened = super::open(ctx)?;
    if let Some(c) = &args.client
        && opened.records.client(c).is_none()
    {
        return Err(crate::error::Error::refused(t!(
            "refuse-no-client",
            id = c.as_str()
        )));
    }
    let filter = Filter {
        open: args.open,
        late: args.late,
        owner: member_filter(&opened.records, args.owner.as_ref(), ctx)?,
        stages: args.stage.clone(),
        client: args.client.clone(),
        period,
    };
    let rows = deals::deals(&opened.records, opened.today, &filter);
    deals::to_table(&rows).write(ctx.format, &ctx.style, out)?;
    super::flush(out)?;
    Ok(args
        .fail_on
        .status(|| rows.iter().any(|r| r.status == DealStatus::Late)))
}
