//! `clientele attendance`: the monthly attendance tally per member (rules
//! §3.6), or with `--days` the day-by-day grid with one-letter codes.

use std::io::Write;

use crate::error::{Outcome, Status};
use crate::model::YearMonth;
use crate::options::Ctx;
use crate::render::Format;
use crate::report::team::attendance::days as attendance_days;
use crate::report::team::attendance::{self, Options};

/// Flags of `attendance` (the month is the global `--month`, default D's).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print the day-by-day grid (a column per day) instead of the tally
    #[arg(long)]
    pub days: bool,
}

pub fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let opened = super::open(ctx)?;
    let member = super::filters::member_filter(&opened.records, None, ctx)?;
    let month = ctx.month.unwrap_or_else(|| YearMonth::of(opened.today));
    let opts = Options {
        month,
        d: opened.today,
        d_settled: ctx.as_of.is_some(),
        member,
    };
    let months = attendance::attendance(&opened.records, &opts);
    match (args.days, ctx.format) {
        (true, Format::Table) if !months.is_empty() => {
            write!(out, "{}", attendance_days::to_text(&months, month))?;
        }
        (true, format) => {
            attendance_days::to_table(&months, month).write(format, &ctx.style, out)?;
        }
        (false, format) => attendance::to_table(&months).write(format, &ctx.style, out)?,
    }
    super::flush(out)?;
    Ok(Status::Success)
}
