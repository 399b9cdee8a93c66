//! The team's month in tables and charts: what `report month` without
//! `--member` gives as an HTML page or an Excel pack, and what `summary`
//! and a member's `report month` add as charts under their text.

use super::charts;
use super::sources::{self, Source};
use crate::render::chart::{self, Chart};
use crate::render::{Table, html, xlsx};
use crate::t;

/// One report of the month: its table and the charts drawn from it.
pub(crate) struct Part {
    /// The sheet name and section id (`kpi`, `attendance-days`…).
    pub(crate) key: &'static str,
    pub(crate) title: &'static str,
    /// The command whose CSV has the same rows.
    pub(crate) command: String,
    pub(crate) table: Table,
    pub(crate) charts: Vec<Chart>,
}

impl Part {
    /// The section's title in the current language (`dashboard-<key>`).
    pub(crate) fn heading(&self) -> String {
        let id = format!("dashboard-{}", self.key);
        crate::i18n::tr_or(crate::i18n::current(), &id, self.title)
    }
}

fn part(key: &'static str, title: &'static str, command: String, table: Table) -> Part {
    Part {
        key,
        title,
        command,
        table,
        charts: Vec::new(),
    }
}

/// A part with the chart `draw` makes of its table.
fn charted(
    key: &'static str,
    title: &'static str,
    command: String,
    table: Table,
    draw: impl Fn(&Table) -> Chart,
) -> Part {
    let chart = draw(&table);
    Part {
        charts: vec![chart],
        ..part(key, title, command, table)
    }
}

/// Every part of the month `s.month`, in the order of the pack.
pub(crate) fn parts(s: &Source) -> Vec<Part> {
    let m = s.month;
    let (tally, days) = sources::attendance(s);
    let legend = sources::day_legend();
    let sla_command = format!(
        "clientele complaints --summary --from {} --to {}",
        first_of_year_back(s),
        m.last_day()
    );
    vec![
        charted(
            "kpi",
            "KPI",
            format!("clientele kpi --month {m}"),
            sources::kpi(s),
            charts::kpi,
        ),
        charted(
            "appraisal",
            "Appraisal",
            format!("clientele appraisal --month {m}"),
            sources::appraisal(s),
            charts::grades,
        ),
        part(
            "attendance",
            "Attendance",
            format!("clientele attendance --month {m}"),
            tally,
        ),
        charted(
            "attendance-days",
            "Attendance by day",
            format!("clientele attendance --days --month {m}"),
            days,
            |t| charts::attendance(t, &legend),
        ),
        part(
            "complaints",
            "Complaints received",
            format!("clientele complaints --month {m}"),
            sources::complaints(s),
        ),
        charted(
            "complaints-by-month",
            "Complaints by month (12 months)",
            sla_command,
            sources::complaint_months(s),
            charts::complaint_sla,
        ),
        charted(
            "training",
            "Training",
            format!("clientele training --year {}", m.year),
            sources::training(s),
            charts::training,
        ),
        charted(
            "tiers",
            "Client tiers",
            "clientele tiers".into(),
            sources::tiers(s),
            charts::tiers,
        ),
        charted(
            "pipeline",
            "Pipeline",
            "clientele pipeline".into(),
            sources::pipeline(s),
            charts::funnel,
        ),
    ]
}

fn first_of_year_back(s: &Source) -> chrono::NaiveDate {
    (0..11).fold(s.month, |m, _| m.prev()).first_day()
}

/// The month-end page: every part's charts, then its table.
pub(crate) fn page(s: &Source, parts: &[Part]) -> String {
    let mut body = String::new();
    for p in parts {
        let mut inner: String = p.charts.iter().map(chart::figure).collect();
        inner.push_str(&html::table(&p.table));
        let note = t!("dashboard-as-csv", command = p.command.clone());
        body.push_str(&html::section_with_id(p.key, &p.heading(), &note, &inner));
    }
    let sub = match s.member {
        Some(m) => t!("dashboard-member-as-of", member = m, d = s.d.to_string()),
        None => t!("dashboard-team-as-of", d = s.d.to_string()),
    };
    html::page(
        &t!("dashboard-title", month = s.month.to_string()),
        &sub,
        &body,
    )
}

/// Only the charts of `parts`, under one heading (for `summary` and a
/// member's work report).
pub(crate) fn charts_only(title: &str, parts: &[Part], keys: &[&str]) -> String {
    let figures: String = parts
        .iter()
        .filter(|p| keys.contains(&p.key))
        .flat_map(|p| p.charts.iter())
        .filter(|c| !is_empty(c))
        .map(chart::figure)
        .collect();
    if figures.is_empty() {
        return String::new();
    }
    html::section_with_id("charts", title, "", &figures)
}

fn is_empty(c: &Chart) -> bool {
    match &c.kind {
        chart::Kind::Bars { values, .. } => values.is_empty(),
        chart::Kind::Series { rows, .. } => rows.is_empty(),
        chart::Kind::Heat { rows, .. } => rows.is_empty(),
    }
}

/// The month-end pack as a workbook: a sheet per part.
pub(crate) fn workbook(parts: &[Part]) -> std::io::Result<Vec<u8>> {
    let sheets: Vec<(&str, &Table)> = parts.iter().map(|p| (p.key, &p.table)).collect();
    xlsx::workbook(&sheets)
}
