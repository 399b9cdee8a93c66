//! `clientele awards`: awards by month and member (bonuses, special
//! contributions, honours, certificates), or `--totals` per member.

use std::io::Write;

use crate::error::{Outcome, Status};
use crate::model::{AwardKind, YearMonth};
use crate::options::Ctx;
use crate::render::Format;
use crate::report::people::awards::totals as awards_totals;
use crate::report::people::awards::{self, Filter};

/// Flags of `awards`.
#[derive(Debug, clap::Args)]
#[command(
    mut_arg("from", |a| a.help("Only awards for months on or after this day's month")),
    mut_arg("to", |a| a.help("Only awards for months on or before this day's month")))]
pub struct Args {
    /// Only this kind (bonus, special, honour, certificate)
    #[arg(long, value_parser = crate::values::choice(AwardKind::parse, AwardKind::NAMES), value_name = "KIND")]
    pub kind: Option<AwardKind>,
    #[command(flatten)]
    pub period: super::flags::PeriodArgs,
    /// Print the totals per member instead of the list
    #[arg(long)]
    pub totals: bool,
}

pub fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let period = args.period.period(ctx)?;
    let opened = super::open(ctx)?;
    let filter = Filter {
        member: super::filters::member_filter(&opened.records, None, ctx)?,
        kind: args.kind,
        period,
    };
    let rows = awards::awards(&opened.records, YearMonth::of(opened.today), &filter);
    let (per_member, all) = awards_totals::totals(&rows);
    if args.totals {
        awards_totals::totals_table(&per_member).write(ctx.format, &ctx.style, out)?;
    } else {
        awards::to_table(&rows).write(ctx.format, &ctx.style, out)?;
    }
    if ctx.format == Format::Table && !rows.is_empty() {
        writeln!(out, "{}", awards_totals::footer(&all))?;
    }
    super::flush(out)?;
    Ok(Status::Success)
}
