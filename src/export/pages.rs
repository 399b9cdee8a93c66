//! The HTML pages of the two text reports with charts under them: the
//! morning briefing (`summary`) and a member's work report (`report`).

use super::dashboard;
use super::sources::Source;
use crate::model::{Records, YearMonth};
use crate::options::Ctx;
use crate::render::briefing::Briefing;
use crate::render::html;
use crate::report::work_report::WorkReport;

/// The source of the charts: D's month (or `--month`), "now" and D, and
/// the member the report is narrowed to.
pub(crate) fn source<'a>(
    records: &'a Records,
    (now, d): (chrono::NaiveDateTime, chrono::NaiveDate),
    ctx: &Ctx,
    member: Option<&'a str>,
) -> Source<'a> {
    Source {
        records,
        month: ctx.month.unwrap_or_else(|| YearMonth::of(d)),
        now,
        d,
        settled: ctx.as_of.is_some(),
        member,
    }
}

/// The charts of the month: KPI, grades, tiers, complaint SLA, pipeline,
/// attendance and training.
fn month_charts(s: &Source) -> String {
    let parts = dashboard::parts(s);
    let keys = [
        "kpi",
        "appraisal",
        "tiers",
        "complaints-by-month",
        "pipeline",
        "attendance-days",
        "training",
    ];
    dashboard::charts_only(&in_charts(s), &parts, &keys)
}

/// The heading of the charts under a text report.
fn in_charts(s: &Source) -> String {
    crate::t!("dashboard-in-charts", month = s.month.to_string())
}

/// The briefing's sections, then the month so far in charts.
pub(crate) fn summary(b: &Briefing, s: &Source) -> String {
    let body = format!("{}{}", html::briefing::body(b), month_charts(s));
    html::page(&b.heading, "", &body)
}

/// The lead's report upward (`report team`), then the month in charts.
pub(crate) fn team_report(r: &crate::report::team_report::TeamReport, s: &Source) -> String {
    let body = format!(
        "{}{}",
        crate::render::team_report::html_body(r),
        month_charts(s)
    );
    html::page(&crate::render::team_report::head(r), "", &body)
}

/// A member's work report; for a month, the member's KPI, attendance
/// days and training hours in charts under it.
pub(crate) fn work_report(r: &WorkReport, weekly: bool, s: &Source) -> String {
    let charts = if weekly {
        String::new()
    } else {
        let parts = dashboard::parts(s);
        let keys = ["kpi", "attendance-days", "training"];
        dashboard::charts_only(&in_charts(s), &parts, &keys)
    };
    html::work_report::page(r, weekly, &charts)
}
