//! The lead's monthly report upward (rules §3.11, *policy 二(二)1*: 定期
//! 向上級領導匯報): one page of sections, each the table the corresponding
//! report prints for the month — the appraisal, the complaints summary and
//! departments, follow-ups, attendance, training sessions, awards,
//! research, plans — so every figure equals that report's (the tests check
//! it), plus the team's totals against its targets, deals of the month and
//! what comes next month. Pure: "now", D and whether D is settled come in.

pub mod deals;
pub mod targets;

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use crate::model::{MemberId, PlanStatus, Records, YearMonth};
use crate::render::{Cell, Table};
use crate::report::clients::{followups, plans};
use crate::report::complaints::{self, departments, summary};
use crate::report::people::{appraisal, awards, training};
use crate::report::period::Period;
use crate::report::research;
use crate::report::team::attendance;

/// One titled table of the report; `key` names it in JSON.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub key: &'static str,
    pub title: &'static str,
    pub table: Table,
}

/// The report of one month, as of D.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamReport {
    pub team: String,
    pub month: YearMonth,
    pub as_of: NaiveDate,
    pub sections: Vec<Section>,
}

impl TeamReport {
    /// The table of section `key`.
    pub fn table(&self, key: &str) -> Option<&Table> {
        self.sections
            .iter()
            .find(|s| s.key == key)
            .map(|s| &s.table)
    }
}

/// What the report needs besides the records.
#[derive(Clone, Copy, Debug)]
pub struct When {
    pub now: NaiveDateTime,
    pub d: NaiveDate,
    /// `--as-of` given: D itself is settled for attendance (rules §3.6).
    pub d_settled: bool,
}

/// The number of overdue follow-ups per owner as of D, by owner id.
pub fn overdue_by_owner(records: &Records, d: NaiveDate) -> Table {
    let filter = followups::Filter {
        overdue: true,
        ..followups::Filter::default()
    };
    let mut by: BTreeMap<MemberId, usize> = BTreeMap::new();
    for r in followups::followups(records, d, &filter) {
        *by.entry(r.owner).or_default() += 1;
    }
    let mut t = Table::new(&["owner", "name", "overdue"]);
    for (owner, n) in by {
        let name = records
            .member(&owner)
            .map(|m| m.name.clone())
            .unwrap_or_default();
        t.push(vec![
            Cell::text(owner.0),
            Cell::text(name),
            Cell::Int(n as i64),
        ]);
    }
    t
}

/// Training sessions of `month` (all of them, planned ones included).
pub fn sessions_in(records: &Records, month: YearMonth) -> Table {
    let mut t = Table::new(&["session", "date", "topic", "hours", "attendees"]);
    let sessions = records.training.iter().flat_map(|y| &y.sessions);
    for s in sessions.filter(|s| month.contains(s.date)) {
        t.push(vec![
            Cell::text(s.id.clone()),
            Cell::Date(s.date),
            Cell::text(s.topic.clone()),
            training::hours_cell(s.hours),
            Cell::Int(s.attendees.len() as i64),
        ]);
    }
    t
}

fn section(key: &'static str, title: &'static str, table: Table) -> Section {
    Section { key, title, table }
}

/// The complaint, follow-up and problem sections.
fn service(
    records: &Records,
    month: YearMonth,
    w: When,
    rows: &[complaints::ComplaintRow],
) -> Vec<Section> {
    let breached: Vec<complaints::ComplaintRow> = rows
        .iter()
        .filter(|r| {
            matches!(
                r.status,
                crate::model::ComplaintStatus::Overdue
                    | crate::model::ComplaintStatus::ResolvedLate
            )
        })
        .cloned()
        .collect();
    let missed = plans::Filter {
        status: Some(PlanStatus::Missed),
        period: Period::month(month),
        ..plans::Filter::default()
    };
    vec![
        section(
            "complaints",
            "Complaints",
            summary::to_table(&summary::by_month(rows, w.now)),
        ),
        section(
            "complaint_departments",
            "Complaints by department",
            departments::to_table(&departments::by_department(rows)),
        ),
        section(
            "followups_overdue",
            "Follow-ups overdue by owner",
            overdue_by_owner(records, w.d),
        ),
        section(
            "breached_complaints",
            "Problems: complaints past a deadline",
            complaints::to_table(&breached),
        ),
        section(
            "missed_plans",
            "Problems: visit plans missed",
            plans::to_table(&plans::plans(records, w.d, &missed)),
        ),
        section(
            "late_projects",
            "Problems: projects late",
            deals::lines_table(&deals::projects(records, month, w.d, true), "due"),
        ),
    ]
}

/// The people sections: attendance, training, awards, research.
fn people(records: &Records, month: YearMonth, w: When) -> Vec<Section> {
    let opts = attendance::Options {
        month,
        d: w.d,
        d_settled: w.d_settled,
        member: None,
    };
    let mut sessions = training::sessions::sessions(records, month.first_day().year(), w.d, None);
    sessions.retain(|s| month.contains(s.date));
    let awards_filter = awards::Filter {
        period: Period::month(month),
        ..awards::Filter::default()
    };
    let notes = research::Filter {
        period: Period::month(month),
        ..research::Filter::default()
    };
    vec![
        section(
            "attendance",
            "Attendance",
            attendance::to_table(&attendance::attendance(records, &opts)),
        ),
        section(
            "training",
            "Training sessions",
            training::sessions::sessions_table(&sessions),
        ),
        section(
            "awards",
            "Awards",
            awards::to_table(&awards::awards(records, YearMonth::of(w.d), &awards_filter)),
        ),
        section(
            "research",
            "Market research",
            research::to_table(&research::rows(records, &notes, w.d)),
        ),
    ]
}

/// Next month: visit plans, projects due, training sessions.
fn next(records: &Records, month: YearMonth, w: When) -> Vec<Section> {
    let next = month.next();
    let planned = plans::Filter {
        period: Period::month(next),
        ..plans::Filter::default()
    };
    vec![
        section(
            "next_plans",
            "Next month: visit plans",
            plans::to_table(&plans::plans(records, w.d, &planned)),
        ),
        section(
            "next_projects",
            "Next month: projects due",
            deals::lines_table(&deals::projects(records, next, w.d, false), "due"),
        ),
        section(
            "next_training",
            "Next month: training sessions",
            sessions_in(records, next),
        ),
    ]
}

/// The team report of `month` as of `w`.
pub fn report(records: &Records, month: YearMonth, w: When) -> TeamReport {
    let filter = complaints::Filter {
        period: Period::month(month),
        ..complaints::Filter::default()
    };
    let rows = complaints::complaints(records, w.now, &filter);
    let mut sections = vec![
        section(
            "targets",
            "Team targets",
            targets::to_table(&targets::lines(records, month, &rows, w.now, w.d)),
        ),
        section(
            "members",
            "Members: KPI, appraisal, grade, rank",
            appraisal::to_table(&appraisal::rows(records, month, w.now, w.d)),
        ),
        section(
            "deals",
            "Deals",
            deals::counts_table(&deals::counts(records, month, w.d)),
        ),
        section(
            "largest_wins",
            "The three largest wins",
            deals::lines_table(&deals::largest_wins(records, month, w.d, 3), "closed"),
        ),
    ];
    sections.extend(service(records, month, w, &rows));
    sections.extend(people(records, month, w));
    sections.extend(next(records, month, w));
    TeamReport {
        team: records.settings.team.name.clone(),
        month,
        as_of: w.d,
        sections,
    }
}

#[cfg(test)]
mod tests;
