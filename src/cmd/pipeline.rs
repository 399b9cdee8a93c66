//! `clientele pipeline`: deals by stage as of D with counts, amounts,
//! conversion and days to close, overall or `--by owner`.

use std::io::Write;

use super::filters::member_filter;
use crate::error::{Outcome, Status};
use crate::options::Ctx;
use crate::report::clients::pipeline::{self, Filter};

/// Flags of `pipeline`.
#[derive(Debug, clap::Args)]
#[command(
    mut_arg("from", |a| a.help("Only deals opened on or after this day")),
    mut_arg("to", |a| a.help("Only deals opened on or before this day")),
    after_help = "Examples:
  clientele pipeline                           every deal, by stage
  clientele pipeline --by owner --month 2026-11    deals opened in November, per owner
  clientele pipeline --owner li-wei --from 2026-01-01   one manager's deals this year")]
pub struct Args {
    /// Group the stages per deal owner
    #[arg(long, value_parser = ["owner"], value_name = "owner")]
    pub by: Option<String>,
    /// Only deals this member owns (also: --member)
    #[arg(long, value_name = "ID")]
    pub owner: Option<String>,
    #[command(flatten)]
    pub period: super::flags::PeriodArgs,
}

pub fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let period = args.period.period(ctx)?;
    let opened = super::open(ctx)?;
    let by_owner = args.by.is_some();
    let filter = Filter {
        period,
        owner: member_filter(&opened.records, args.owner.as_ref(), ctx)?,
        by_owner,
    };
    let rows = pipeline::pipeline(&opened.records, opened.today, &filter);
    pipeline::to_table(&rows, by_owner).write(ctx.format, &ctx.style, out)?;
    super::flush(out)?;
    Ok(Status::Success)
}
