//! The training report (rules §3.7): for year Y, per member the sessions
//! attended and their hours, exams taken, exams passed and retakes
//! needed. Only sessions dated ≤ D count; later ones are the plan.

pub mod plan;
pub mod sessions;

use chrono::NaiveDate;

use crate::model::{MemberId, Records, Session};
use crate::render::{Cell, Table};

pub const COLUMNS: &[&str] = &[
    "member",
    "name",
    "sessions",
    "hours",
    "exams",
    "passed",
    "retake_needed",
];

/// How one attendee stands in one session's exam.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outcome {
    pub score: Option<f64>,
    pub retake: Option<f64>,
    /// The score or the retake reaches the pass mark.
    pub passed: bool,
    /// The first score reaches the pass mark.
    pub passed_first: bool,
}

/// `member`'s exam outcome in `s`; `None` when the session has no exam.
pub fn outcome(s: &Session, member: &str, pass_mark: f64) -> Option<Outcome> {
    let exam = s.exam.as_ref()?;
    let score = exam.scores.get(member).copied();
    let retake = exam.retake.get(member).copied();
    let passed_first = score.is_some_and(|x| x >= pass_mark);
    let passed = passed_first || retake.is_some_and(|x| x >= pass_mark);
    Some(Outcome {
        score,
        retake,
        passed,
        passed_first,
    })
}

/// The sessions of year `year` dated ≤ `d`, in file order.
pub fn sessions(records: &Records, year: i32, d: NaiveDate) -> impl Iterator<Item = &Session> {
    records
        .training
        .iter()
        .filter(move |t| t.year == year)
        .flat_map(|t| &t.sessions)
        .filter(move |s| s.date <= d)
}

/// One member's year of training, as of D.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrainingRow {
    pub member: MemberId,
    /// From team.toml (empty when unknown).
    pub name: String,
    pub sessions: usize,
    pub hours: f64,
    /// Sessions with an exam where the member has a score.
    pub exams: usize,
    /// Sessions with an exam passed, on the first try or the retake.
    pub passed: usize,
    /// Sessions with an exam where the member has no passing score or
    /// retake (no score at all included).
    pub retake_needed: usize,
}

/// Every member who attended a session of `year` dated ≤ `d` (narrowed to
/// `member` when given), sorted by member id.
pub fn training(
    records: &Records,
    year: i32,
    d: NaiveDate,
    member: Option<&str>,
) -> Vec<TrainingRow> {
    let pass_mark = records.settings.pass_mark;
    let mut by: std::collections::BTreeMap<&MemberId, TrainingRow> = Default::default();
    for s in sessions(records, year, d) {
        for a in &s.attendees {
            if member.is_some_and(|m| **a != *m) {
                continue;
            }
            let row = by.entry(a).or_insert_with(|| TrainingRow {
                member: a.clone(),
                name: records
                    .member(a)
                    .map(|m| m.name.clone())
                    .unwrap_or_default(),
                ..TrainingRow::default()
            });
            row.sessions += 1;
            row.hours += s.hours;
            if let Some(o) = outcome(s, a, pass_mark) {
                row.exams += usize::from(o.score.is_some());
                row.passed += usize::from(o.passed);
                row.retake_needed += usize::from(!o.passed);
            }
        }
    }
    by.into_values().collect()
}

/// Hours print as a plain number: `12`, `12.5`.
pub fn hours_cell(h: f64) -> Cell {
    Cell::Number(h)
}

pub fn to_table(rows: &[TrainingRow]) -> Table {
    let mut t = Table::new(COLUMNS);
    for r in rows {
        t.push(vec![
            Cell::text(r.member.0.clone()),
            Cell::text(r.name.clone()),
            Cell::Int(r.sessions as i64),
            hours_cell(r.hours),
            Cell::Int(r.exams as i64),
            Cell::Int(r.passed as i64),
            Cell::Int(r.retake_needed as i64),
        ]);
    }
    t
}

#[cfg(test)]
mod tests;
