//! The action-item report (rules §4): every `[[meeting.action]]` of a
//! meeting dated ≤ D with its status as of D — `done` (done ≤ due),
//! `done-late` (done > due), `overdue` (not done and due < D), `open`.
//! A completion counts only once `done` ≤ D (`replay::action_done`).

use chrono::NaiveDate;

use crate::model::{Action, ActionStatus, Meeting, MemberId, Records};
use crate::render::{Cell, Table};
use crate::report::period::Period;
use crate::report::replay;

pub const COLUMNS: &[&str] = &["date", "meeting", "task", "owner", "due", "done", "status"];

/// One action item as of D.
#[derive(Clone, Debug, PartialEq)]
pub struct ActionRow {
    /// The meeting's date.
    pub date: NaiveDate,
    /// The meeting's id, else its title, else its date.
    pub meeting: String,
    pub task: String,
    pub owner: MemberId,
    pub due: NaiveDate,
    pub done: Option<NaiveDate>,
    pub status: ActionStatus,
    /// Who logged the meeting (its chair).
    pub chair: MemberId,
    /// The item's number in its meeting, from 1 in file order: what
    /// `clientele action done DATE NUMBER` takes.
    pub number: usize,
}

/// Which items to list; every condition given must hold.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub overdue: bool,
    /// Not done as of D (`open` and `overdue`).
    pub open: bool,
    pub owner: Option<String>,
    /// By `due`.
    pub period: Period,
}

/// An item's status as of `d` (rules §4).
pub fn status(a: &Action, d: NaiveDate) -> (Option<NaiveDate>, ActionStatus) {
    let done = replay::action_done(a, d);
    let status = match done {
        Some(done) if done <= a.due => ActionStatus::Done,
        Some(_) => ActionStatus::DoneLate,
        None if a.due < d => ActionStatus::Overdue,
        None => ActionStatus::Open,
    };
    (done, status)
}

/// How a meeting is named in the `meeting` column.
pub fn meeting_name(m: &Meeting) -> String {
    m.id.clone()
        .or_else(|| m.title.clone())
        .unwrap_or_else(|| m.date.format("%Y-%m-%d").to_string())
}

impl Filter {
    fn keeps(&self, r: &ActionRow) -> bool {
        (!self.overdue || r.status == ActionStatus::Overdue)
            && (!self.open || matches!(r.status, ActionStatus::Open | ActionStatus::Overdue))
            && self.owner.as_deref().is_none_or(|o| *r.owner == *o)
            && self.period.contains(r.due)
    }
}

/// Every action of every meeting dated ≤ `d` that the filter keeps, sorted
/// by due, then meeting date (then chair and the order in the file).
pub fn actions(records: &Records, d: NaiveDate, filter: &Filter) -> Vec<ActionRow> {
    let mut rows: Vec<ActionRow> = Vec::new();
    for log in &records.months {
        for m in log.meetings.iter().filter(|m| m.date <= d) {
            for (i, a) in m.actions.iter().enumerate() {
                let (done, status) = status(a, d);
                rows.push(ActionRow {
                    date: m.date,
                    meeting: meeting_name(m),
                    task: a.task.clone(),
                    owner: a.owner.clone(),
                    due: a.due,
                    done,
                    status,
                    chair: log.member.clone(),
                    number: i + 1,
                });
            }
        }
    }
    rows.retain(|r| filter.keeps(r));
    rows.sort_by(|a, b| (a.due, a.date, &a.chair).cmp(&(b.due, b.date, &b.chair)));
    rows
}

/// The rules' columns, then `chair` and `number` (for `action done`).
pub fn to_table(rows: &[ActionRow]) -> Table {
    let mut columns = COLUMNS.to_vec();
    columns.extend(["chair", "number"]);
    let mut t = Table::new(&columns);
    // left out first when a terminal is too narrow
    t.set_secondary(&["date", "chair", "number"]);
    for r in rows {
        t.push(vec![
            Cell::Date(r.date),
            Cell::text(r.meeting.clone()),
            Cell::text(r.task.clone()),
            Cell::text(r.owner.0.clone()),
            Cell::Date(r.due),
            Cell::opt(r.done, Cell::Date),
            Cell::text(r.status.as_str()),
            Cell::text(r.chair.0.clone()),
            Cell::Int(r.number as i64),
        ]);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Spans;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn action(due: &str, done: Option<&str>) -> Action {
        Action {
            task: "t".into(),
            owner: MemberId::from("li-wei"),
            due: day(due),
            done: done.map(day),
            spans: Spans::default(),
        }
    }

    #[test]
    fn statuses_as_of_d() {
        let d = day("2026-11-20");
        assert_eq!(
            status(&action("2026-11-10", Some("2026-11-10")), d).1,
            ActionStatus::Done
        );
        assert_eq!(
            status(&action("2026-11-10", Some("2026-11-11")), d).1,
            ActionStatus::DoneLate
        );
        // due on D itself is still open; due the day before is overdue
        assert_eq!(status(&action("2026-11-20", None), d).1, ActionStatus::Open);
        assert_eq!(
            status(&action("2026-11-19", None), d).1,
            ActionStatus::Overdue
        );
        // done after D is not done yet
        assert_eq!(
            status(&action("2026-11-19", Some("2026-11-21")), d),
            (None, ActionStatus::Overdue)
        );
        assert_eq!(
            status(&action("2026-11-25", Some("2026-11-21")), d),
            (None, ActionStatus::Open)
        );
    }
}
