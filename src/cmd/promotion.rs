//! `clientele promotion`: members graded A or B in each of the last N
//! monthly appraisals (the policy links promotion to appraisal results).

use std::io::Write;

use crate::error::{Outcome, Status};
use crate::model::YearMonth;
use crate::options::Ctx;
use crate::report::people::promotion;

/// Flags of `promotion`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// How many months, ending with the last complete one
    #[arg(long, default_value_t = 6, value_parser = clap::value_parser!(u16).range(1..=120))]
    pub months: u16,
    /// List every member appraised in the last month, eligible or not
    #[arg(long)]
    pub all: bool,
}

pub fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let opened = super::open(ctx)?;
    let records = &opened.records;
    let member = super::filters::member_filter(records, None, ctx)?;
    let last = ctx
        .month
        .unwrap_or_else(|| YearMonth::of(opened.today).prev());
    let mut rows = promotion::promotion(
        records,
        last,
        usize::from(args.months),
        args.all || member.is_some(),
        opened.now,
        opened.today,
    );
    rows.retain(|r| member.as_deref().is_none_or(|m| *r.member == *m));
    promotion::mark_ready(records, &mut rows, last, opened.now, opened.today);
    promotion::to_table(&rows).write(ctx.format, &ctx.style, out)?;
    super::flush(out)?;
    Ok(Status::Success)
}
