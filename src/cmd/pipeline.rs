//! `clientele pipeline`: deals by stage as of D with counts, amounts,
//! conversion and days to close, overall, `--by owner` or `--by source`.

use std::io::Write;

use super::filters::member_filter;
use crate::error::{Outcome, Status};
use crate::options::Ctx;
use crate::report::clients::pipeline::{self, By, Filter};

/// Flags of `pipeline`.
#[derive(Debug, clap::Args)]
#[command(
    mut_arg("from", |a| a.help("Only deals closed (won, lost) or else opened on or after this day")),
    mut_arg("to", |a| a.help("Only deals closed (won, lost) or else opened on or before this day")))]
pub struct Args {
    /// Group the stages per deal owner, or per lead source of the client
    #[arg(long, value_parser = ["owner", "source"], value_name = "owner|source")]
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
    let by = match args.by.as_deref() {
        Some("owner") => By::Owner,
        Some(_) => By::Source,
        None => By::All,
    };
    let filter = Filter {
        period,
        owner: member_filter(&opened.records, args.owner.as_ref(), ctx)?,
        by,
    };
    let rows = pipeline::pipeline(&opened.records, opened.today, &filter);
    pipeline::to_table(&rows, by).write(ctx.format, &ctx.style, out)?;
    super::flush(out)?;
    Ok(Status::Success)
}
