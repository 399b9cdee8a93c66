//! `clientele kpi`: the monthly KPI per member (rules §3.4); `--explain
//! MEMBER` shows how one member's score came about and what was counted.

use std::io::Write;

use crate::error::{Error, Outcome, Status};
use crate::model::YearMonth;
use crate::options::Ctx;
use crate::render::Format;
use crate::report::people::kpi::{self, explain as kpi_explain};
use crate::t;

/// Flags of `kpi` (the month is the global `--month`, default D's).
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Show how this member's score came about: each metric against its
    /// target, and every client, deal, rating and project counted
    #[arg(long, value_name = "MEMBER")]
    pub(crate) explain: Option<String>,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let opened = super::open(ctx)?;
    let month = ctx.month.unwrap_or_else(|| YearMonth::of(opened.today));
    let records = &opened.records;
    if let Some(id) = &args.explain {
        let id = super::filters::member_filter(records, Some(id), ctx)?.unwrap_or_default();
        let Some(e) = kpi_explain::explain(records, &id, month, opened.now, opened.today) else {
            return Err(Error::refused(t!(
                "refuse-not-in-kpi",
                id = id.as_str(),
                month = month.to_string()
            )));
        };
        if ctx.format == Format::Table {
            write_explained(&e, month, opened.today, ctx, out)?;
        } else {
            kpi_explain::items_table(&e.items).write(ctx.format, &ctx.style, out)?;
        }
    } else {
        let member = super::filters::member_filter(records, None, ctx)?;
        let mut rows = kpi::rows(records, month, opened.now, opened.today);
        rows.retain(|r| member.as_deref().is_none_or(|m| *r.member == *m));
        kpi::to_table(&rows).write(ctx.format, &ctx.style, out)?;
    }
    super::flush(out)?;
    Ok(Status::Success)
}

/// The terminal form of `--explain`: a heading, the score breakdown, the
/// score, then the counted items.
fn write_explained(
    e: &kpi_explain::Explained,
    month: YearMonth,
    today: chrono::NaiveDate,
    ctx: &Ctx,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let r = &e.row;
    let (name, member) = (r.name.as_str(), r.member.to_string());
    let role = crate::i18n::word("role", r.role.as_str());
    let upto = month.last_day() > today;
    let month = month.to_string();
    let heading = if !upto {
        crate::t!(
            "kpi-explain-heading",
            name = name,
            member = member,
            role = role,
            month = month
        )
    } else {
        crate::t!(
            "kpi-explain-heading-upto",
            name = name,
            member = member,
            role = role,
            month = month,
            today = today.to_string()
        )
    };
    writeln!(out, "{heading}\n")?;
    kpi_explain::score_table(&e.parts).write(Format::Table, &ctx.style, out)?;
    let score = r
        .kpi_score
        .map_or_else(|| "-".to_string(), crate::numbers::score);
    writeln!(out, "{}\n", crate::t!("kpi-explain-score", score = score))?;
    kpi_explain::items_table(&e.items).write(Format::Table, &ctx.style, out)?;
    Ok(())
}
