//! `training --sessions` and `training --retakes`: the year's sessions by
//! category and method with attendance and pass rate, and who must retake
//! which exam (the policy: retake or retrain those who fail).

use chrono::NaiveDate;

use crate::model::{MemberId, Records, Session, TrainingCategory, TrainingMethod};
use crate::render::{Cell, Table};
use crate::report::people::training::{self, hours_cell, outcome};

pub(crate) const SESSION_COLUMNS: &[&str] = &[
    "session",
    "date",
    "topic",
    "category",
    "method",
    "hours",
    "attendees",
    "exams",
    "passed",
    "pass_rate",
    "retake_needed",
    "passed_first",
];

/// One session with its attendance and exam results.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct SessionRow {
    pub(crate) id: String,
    pub(crate) date: NaiveDate,
    pub(crate) topic: String,
    pub(crate) category: TrainingCategory,
    pub(crate) method: TrainingMethod,
    pub(crate) hours: f64,
    pub(crate) attendees: usize,
    /// Attendees with a score; `None` without an exam.
    pub(crate) exams: Option<usize>,
    /// Attendees who passed (first try or retake).
    pub(crate) passed: Option<usize>,
    /// Attendees without a passing score or retake.
    pub(crate) retake_needed: Option<usize>,
    /// Attendees who passed on the first try.
    pub(crate) passed_first: Option<usize>,
}

impl SessionRow {
    /// passed / exams; `None` without an exam or a score.
    pub(crate) fn pass_rate(&self) -> Option<f64> {
        let (p, e) = (self.passed?, self.exams?);
        (e > 0).then(|| p as f64 / e as f64)
    }
}

fn session_row(s: &Session, pass_mark: f64) -> SessionRow {
    let outcomes: Option<Vec<training::Outcome>> = s.exam.as_ref().map(|_| {
        s.attendees
            .iter()
            .filter_map(|a| outcome(s, a, pass_mark))
            .collect()
    });
    let count = |f: fn(&training::Outcome) -> bool| {
        outcomes.as_ref().map(|o| o.iter().filter(|x| f(x)).count())
    };
    SessionRow {
        id: s.id.clone(),
        date: s.date,
        topic: s.topic.clone(),
        category: s.category,
        method: s.method,
        hours: s.hours,
        attendees: s.attendees.len(),
        exams: count(|o| o.score.is_some()),
        passed: count(|o| o.passed),
        retake_needed: count(|o| !o.passed),
        passed_first: count(|o| o.passed_first),
    }
}

/// The sessions of `year` dated ≤ `d` (only those `member` attended, when
/// given), sorted by category and method (in the rules' order), then date
/// and id.
pub(crate) fn sessions(
    records: &Records,
    year: i32,
    d: NaiveDate,
    member: Option<&str>,
) -> Vec<SessionRow> {
    let pass_mark = records.settings.pass_mark;
    let mut rows: Vec<SessionRow> = training::sessions(records, year, d)
        .filter(|s| member.is_none_or(|m| s.attendees.iter().any(|a| **a == *m)))
        .map(|s| session_row(s, pass_mark))
        .collect();
    rows.sort_by(|a, b| {
        (a.category, a.method, a.date, &a.id).cmp(&(b.category, b.method, b.date, &b.id))
    });
    rows
}

pub(crate) fn sessions_table(rows: &[SessionRow]) -> Table {
    let mut t = Table::new(SESSION_COLUMNS);
    let count = |n: Option<usize>| Cell::opt(n, |n| Cell::Int(n as i64));
    for r in rows {
        t.push(vec![
            Cell::text(r.id.clone()),
            Cell::Date(r.date),
            Cell::text(r.topic.clone()),
            Cell::text(r.category.as_str()),
            Cell::text(r.method.as_str()),
            hours_cell(r.hours),
            Cell::Int(r.attendees as i64),
            count(r.exams),
            count(r.passed),
            Cell::opt(r.pass_rate(), Cell::Dec2),
            count(r.retake_needed),
            count(r.passed_first),
        ]);
    }
    t
}

pub(crate) const RETAKE_COLUMNS: &[&str] = &[
    "member", "name", "session", "date", "topic", "score", "retake",
];

/// An exam a member must retake.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RetakeRow {
    pub(crate) member: MemberId,
    pub(crate) name: String,
    pub(crate) session: String,
    pub(crate) date: NaiveDate,
    pub(crate) topic: String,
    /// The first score; `None` when the member has none (missed the exam).
    pub(crate) score: Option<f64>,
    /// A failed retake.
    pub(crate) retake: Option<f64>,
}

/// Every (member, exam) of `year` dated ≤ `d` without a passing score or
/// retake, sorted by member, date, session.
pub(crate) fn retakes(
    records: &Records,
    year: i32,
    d: NaiveDate,
    member: Option<&str>,
) -> Vec<RetakeRow> {
    let pass_mark = records.settings.pass_mark;
    let mut rows = Vec::new();
    for s in training::sessions(records, year, d) {
        for a in &s.attendees {
            if member.is_some_and(|m| **a != *m) {
                continue;
            }
            match outcome(s, a, pass_mark) {
                Some(o) if !o.passed => rows.push(RetakeRow {
                    member: a.clone(),
                    name: records
                        .member(a)
                        .map(|m| m.name.clone())
                        .unwrap_or_default(),
                    session: s.id.clone(),
                    date: s.date,
                    topic: s.topic.clone(),
                    score: o.score,
                    retake: o.retake,
                }),
                _ => {}
            }
        }
    }
    rows.sort_by(|a, b| (&a.member, a.date, &a.session).cmp(&(&b.member, b.date, &b.session)));
    rows
}

/// An exam score: a plain number (`85`, `72.5`).
fn score_cell(v: f64) -> Cell {
    Cell::Number(v)
}

pub(crate) fn retakes_table(rows: &[RetakeRow]) -> Table {
    let mut t = Table::new(RETAKE_COLUMNS);
    for r in rows {
        t.push(vec![
            Cell::text(r.member.0.clone()),
            Cell::text(r.name.clone()),
            Cell::text(r.session.clone()),
            Cell::Date(r.date),
            Cell::text(r.topic.clone()),
            Cell::opt(r.score, score_cell),
            Cell::opt(r.retake, score_cell),
        ]);
    }
    t
}
