//! `clientele report team [--month M]`: the lead's monthly report upward
//! (rules §3.11) as text, Markdown (`--format md`), JSON, an HTML page or
//! a workbook; the month is `--month`, else D's.

use std::io::Write;

use crate::error::{Error, Outcome, Status};
use crate::model::YearMonth;
use crate::options::Ctx;
use crate::render::{self, Format};
use crate::report::team_report::{self, When};
use crate::t;

pub(crate) fn run(ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    if matches!(ctx.format, Format::Csv | Format::Ics) {
        return Err(Error::usage(t!("usage-report-team-format")));
    }
    let opened = super::open(ctx)?;
    let month = ctx.month.unwrap_or_else(|| YearMonth::of(opened.today));
    let when = When {
        now: opened.now,
        d: opened.today,
        d_settled: ctx.as_of.is_some(),
    };
    let report = team_report::report(&opened.records, month, when);
    if ctx.format == Format::Html {
        let src =
            crate::export::pages::source(&opened.records, (opened.now, opened.today), ctx, None);
        out.write_all(crate::export::pages::team_report(&report, &src).as_bytes())?;
    } else {
        render::team_report::write(&report, ctx.format, &ctx.style, out)?;
    }
    super::flush(out)?;
    Ok(Status::Success)
}
