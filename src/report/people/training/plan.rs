//! `training --plan`: the year's training plan (rules §3.7), every session
//! of the year, those after D included, with whether it has been held.

use chrono::NaiveDate;

use crate::model::Records;
use crate::render::{Cell, Table};
use crate::report::people::training::hours_cell;

pub const COLUMNS: &[&str] = &[
    "session",
    "date",
    "topic",
    "category",
    "method",
    "hours",
    "trainer",
    "attendees",
    "status",
];

/// One planned or held session.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanRow {
    pub id: String,
    pub date: NaiveDate,
    pub topic: String,
    pub category: &'static str,
    pub method: &'static str,
    pub hours: f64,
    pub trainer: Option<String>,
    /// The attendees' ids, comma-separated.
    pub attendees: String,
    /// `held` (dated ≤ D) or `upcoming`.
    pub status: &'static str,
}

/// Every session of `year` (only those `member` attends, when given),
/// sorted by date, then id.
pub fn plan(records: &Records, year: i32, d: NaiveDate, member: Option<&str>) -> Vec<PlanRow> {
    let mut rows: Vec<PlanRow> = records
        .training
        .iter()
        .filter(|t| t.year == year)
        .flat_map(|t| &t.sessions)
        .filter(|s| member.is_none_or(|m| s.attendees.iter().any(|a| **a == *m)))
        .map(|s| PlanRow {
            id: s.id.clone(),
            date: s.date,
            topic: s.topic.clone(),
            category: s.category.as_str(),
            method: s.method.as_str(),
            hours: s.hours,
            trainer: s.trainer.clone(),
            attendees: s
                .attendees
                .iter()
                .map(|a| a.to_string())
                .collect::<Vec<_>>()
                .join(","),
            status: if s.date <= d { "held" } else { "upcoming" },
        })
        .collect();
    rows.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    rows
}

pub fn to_table(rows: &[PlanRow]) -> Table {
    let mut t = Table::new(COLUMNS);
    for r in rows {
        t.push(vec![
            Cell::text(r.id.clone()),
            Cell::Date(r.date),
            Cell::text(r.topic.clone()),
            Cell::text(r.category),
            Cell::text(r.method),
            hours_cell(r.hours),
            Cell::opt(r.trainer.clone(), Cell::text),
            Cell::text(r.attendees.clone()),
            Cell::text(r.status),
        ]);
    }
    t
}
