//! `clientele meetings`: meetings by date with attendance and the number of
//! action items; every ISO week without a weekly meeting gets a row too.

use std::io::Write;

use crate::error::{Outcome, Status};
use crate::model::MeetingKind;
use crate::options::Ctx;
use crate::report::team::meetings::{self, Filter};

/// Flags of `meetings`.
#[derive(Debug, clap::Args)]
#[command(
    mut_arg("from", |a| a.help("Only meetings on or after this day")),
    mut_arg("to", |a| a.help("Only meetings on or before this day")))]
pub struct Args {
    /// Only meetings of this kind (weekly, ad-hoc, training, client)
    #[arg(long, value_parser = crate::values::choice(MeetingKind::parse, MeetingKind::NAMES), value_name = "KIND")]
    pub kind: Option<MeetingKind>,
    /// Only the weeks without a weekly meeting
    #[arg(long)]
    pub missing: bool,
    #[command(flatten)]
    pub period: super::flags::PeriodArgs,
}

pub fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let period = args.period.period(ctx)?;
    let opened = super::open(ctx)?;
    let filter = Filter {
        kind: args.kind,
        member: super::filters::member_filter(&opened.records, None, ctx)?,
        missing: args.missing,
        period,
    };
    let rows = meetings::meetings(&opened.records, opened.today, &filter);
    meetings::to_table(&rows).write(ctx.format, &ctx.style, out)?;
    super::flush(out)?;
    Ok(Status::Success)
}
