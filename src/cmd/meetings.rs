//! `clientele meetings`: meetings by date with attendance and the number of
//! action items; every ISO week without a weekly meeting gets a row too.

use std::io::Write;

use chrono::NaiveDate;

use crate::model::MeetingKind;
use crate::options::{Ctx, parse_date};
use crate::report::team::meetings::{self, Filter};

/// Flags of `meetings`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  clientele meetings --month 2026-11           this month's meetings and missing weeks
  clientele meetings --missing                 weeks without a weekly meeting
  clientele meetings --member li-wei --kind client")]
pub struct Args {
    /// Only meetings of this kind (weekly, ad-hoc, training, client)
    #[arg(long, value_parser = parse_kind, value_name = "KIND")]
    pub kind: Option<MeetingKind>,
    /// Only the weeks without a weekly meeting
    #[arg(long)]
    pub missing: bool,
    /// Only meetings on or after this day
    #[arg(long, value_parser = parse_date, value_name = "YYYY-MM-DD")]
    pub from: Option<NaiveDate>,
    /// Only meetings on or before this day
    #[arg(long, value_parser = parse_date, value_name = "YYYY-MM-DD")]
    pub to: Option<NaiveDate>,
}

fn parse_kind(s: &str) -> Result<MeetingKind, String> {
    super::common::enum_arg(s, MeetingKind::parse, MeetingKind::NAMES, "a meeting kind")
}

pub fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<super::Code> {
    let period = match super::common::period_flags(ctx, args.from, args.to) {
        Ok(p) => p,
        Err(code) => return Ok(code),
    };
    let opened = crate::open_or_return!(ctx);
    let filter = Filter {
        kind: args.kind,
        member: super::common::member_filter(&opened.records, None, ctx)?,
        missing: args.missing,
        period,
    };
    let rows = meetings::meetings(&opened.records, opened.d, &filter);
    meetings::to_table(&rows).write(ctx.format, &ctx.style, out)?;
    super::flush(out)?;
    Ok(0)
}
