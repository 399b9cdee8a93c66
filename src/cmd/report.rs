//! `clientele report weekly|month`: one member's work report for an ISO
//! week (default D's) or a month, as plain text (default), Markdown
//! (`--format md`) or one row per item (CSV, JSON).

use std::io::Write;

use crate::error::{Error, Outcome, Status};
use crate::model::YearMonth;
use crate::options::Ctx;
use crate::render::Format;
use crate::render::work_report as weekly_render;
use crate::report::work_report::window::{self as work_window, Window};
use crate::report::work_report::{self as weekly, items as weekly_items};
use crate::t;

/// Flags of `report`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) kind: Kind,
}

/// Which period the report covers.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum Kind {
    /// The ISO week of D, or --week
    Weekly(WeeklyArgs),
    /// The month of D, or --month
    Month,
    /// The lead's monthly team report upward (the month of D, or --month)
    Team,
}

/// Flags of `report weekly`.
#[derive(Debug, clap::Args)]
pub(crate) struct WeeklyArgs {
    /// The ISO week (default: D's week)
    #[arg(long, value_parser = work_window::parse_week, value_name = "YYYY-Www")]
    pub(crate) week: Option<Window>,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    if matches!(args.kind, Kind::Team) {
        return super::report_team::run(ctx, out);
    }
    let member = ctx.member.clone().or_else(|| {
        std::env::var("CLIENTELE_MEMBER")
            .ok()
            .filter(|m| !m.is_empty())
    });
    if member.is_none()
        && matches!(args.kind, Kind::Month)
        && matches!(ctx.format, Format::Html | Format::Xlsx)
    {
        return super::month_pack::run(ctx, out);
    }
    let Some(member) = member else {
        return Err(Error::usage(t!("usage-report-member")));
    };
    if matches!(args.kind, Kind::Weekly(_)) && ctx.month.is_some() {
        return Err(Error::usage(t!("usage-report-weekly-month")));
    }
    let opened = super::open(ctx)?;
    let records = &opened.records;
    let Some(m) = records.member(&member) else {
        return Err(Error::refused(t!(
            "refuse-no-member",
            id = member.to_string()
        )));
    };
    let weekly = matches!(args.kind, Kind::Weekly(_));
    let window = match &args.kind {
        Kind::Weekly(w) => w
            .week
            .clone()
            .unwrap_or_else(|| work_window::week_of(opened.today)),
        _ => work_window::month(ctx.month.unwrap_or_else(|| YearMonth::of(opened.today))),
    };
    let report = weekly::report(records, m, &window, opened.now, opened.today);
    match ctx.format {
        Format::Table => write!(out, "{}", weekly_render::to_text(&report, weekly))?,
        Format::Md => write!(out, "{}", weekly_render::to_markdown(&report, weekly))?,
        Format::Html => {
            let src = crate::export::pages::source(
                records,
                (opened.now, opened.today),
                ctx,
                Some(&member),
            );
            write!(
                out,
                "{}",
                crate::export::pages::work_report(&report, weekly, &src)
            )?;
        }
        format => weekly_items::items_table(&report).write(format, &ctx.style, out)?,
    }
    super::flush(out)?;
    Ok(Status::Success)
}
