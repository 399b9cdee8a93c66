//! The meetings report (rules §4): every meeting dated ≤ D with its
//! chair, kind, title and the number of attendees and action items, and a
//! row for each ISO week without a weekly meeting (the policy asks for one
//! every week). Weeks are judged once they are over (Sunday ≤ D), from the
//! first month folder of the records on, and weeks without a single
//! workday (a holiday week) are not expected to have one.

use chrono::{Datelike, NaiveDate, TimeDelta};

use crate::model::{Calendar, MeetingKind, MemberId, Records};
use crate::render::{Cell, Table};
use crate::report::period::Period;

pub const COLUMNS: &[&str] = &["date", "chair", "kind", "title", "attendees", "actions"];

/// The title of a row that stands for a missing weekly meeting.
pub const MISSING_TITLE: &str = "(no weekly meeting)";

/// A meeting, or a week without a weekly meeting (`missing`).
#[derive(Clone, Debug, PartialEq)]
pub struct MeetingRow {
    /// The meeting's date; for a missing week, its Monday.
    pub date: NaiveDate,
    pub chair: Option<MemberId>,
    pub kind: MeetingKind,
    pub title: Option<String>,
    pub attendees: Option<usize>,
    pub actions: Option<usize>,
    pub missing: bool,
}

/// Which rows to list.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub kind: Option<MeetingKind>,
    /// Meetings this member chaired or attended (missing weeks stay).
    pub member: Option<String>,
    /// Only the weeks without a weekly meeting.
    pub missing: bool,
    /// By date (a missing week by its Monday).
    pub period: Period,
}

fn monday(day: NaiveDate) -> NaiveDate {
    day - TimeDelta::days(i64::from(day.weekday().num_days_from_monday()))
}

/// The Mondays of the weeks that are over by `d`, start on or after
/// `first`, have a workday and hold no weekly meeting.
pub fn missing_weeks(
    cal: &Calendar,
    weekly: &[NaiveDate],
    first: NaiveDate,
    d: NaiveDate,
) -> Vec<NaiveDate> {
    let held: std::collections::BTreeSet<NaiveDate> = weekly.iter().map(|x| monday(*x)).collect();
    let mut week = monday(first);
    if week < first {
        week += TimeDelta::days(7);
    }
    let mut out = Vec::new();
    while week + TimeDelta::days(6) <= d {
        let sunday = week + TimeDelta::days(6);
        if !held.contains(&week) && cal.workdays_between(week, sunday) > 0 {
            out.push(week);
        }
        week += TimeDelta::days(7);
    }
    out
}

fn meeting_rows(records: &Records, d: NaiveDate, filter: &Filter) -> Vec<MeetingRow> {
    let mut rows = Vec::new();
    for log in &records.months {
        for m in log.meetings.iter().filter(|m| m.date <= d) {
            let involved = filter
                .member
                .as_deref()
                .is_none_or(|id| *log.member == *id || m.attendees.iter().any(|a| **a == *id));
            if involved && filter.kind.is_none_or(|k| k == m.kind) {
                rows.push(MeetingRow {
                    date: m.date,
                    chair: Some(log.member.clone()),
                    kind: m.kind,
                    title: m.title.clone(),
                    attendees: Some(m.attendees.len()),
                    actions: Some(m.actions.len()),
                    missing: false,
                });
            }
        }
    }
    rows
}

/// Meetings dated ≤ `d` and missing weekly meetings that the filter keeps,
/// sorted by date (a missing week before a meeting on its Monday), chair.
pub fn meetings(records: &Records, d: NaiveDate, filter: &Filter) -> Vec<MeetingRow> {
    let mut rows = if filter.missing {
        Vec::new()
    } else {
        meeting_rows(records, d, filter)
    };
    let weekly: Vec<NaiveDate> = records
        .months
        .iter()
        .flat_map(|log| &log.meetings)
        .filter(|m| m.kind == MeetingKind::Weekly && m.date <= d)
        .map(|m| m.date)
        .collect();
    let first = records.months.iter().map(|m| m.month.first_day()).min();
    // the records end with the month after the last month folder: weeks
    // after that are not judged (`--as-of 9999-12-31` lists no 400,000 weeks)
    let end = records
        .months
        .iter()
        .map(|m| m.month.next().last_day())
        .max();
    if let (Some(first), Some(end)) = (first, end)
        && filter.kind.is_none_or(|k| k == MeetingKind::Weekly)
    {
        rows.extend(
            missing_weeks(&records.settings.calendar, &weekly, first, d.min(end))
                .into_iter()
                .map(|date| MeetingRow {
                    date,
                    chair: None,
                    kind: MeetingKind::Weekly,
                    title: Some(MISSING_TITLE.to_string()),
                    attendees: None,
                    actions: None,
                    missing: true,
                }),
        );
    }
    rows.retain(|r| filter.period.contains(r.date));
    rows.sort_by(|a, b| (a.date, !a.missing, &a.chair).cmp(&(b.date, !b.missing, &b.chair)));
    rows
}

pub fn to_table(rows: &[MeetingRow]) -> Table {
    let mut t = Table::new(COLUMNS);
    // left out first when a terminal is too narrow
    t.set_secondary(&["attendees", "actions"]);
    let count = |n: Option<usize>| Cell::opt(n, |n| Cell::Int(n as i64));
    for r in rows {
        t.push(vec![
            Cell::Date(r.date),
            Cell::opt(r.chair.as_ref(), |c| Cell::text(c.0.clone())),
            Cell::text(r.kind.as_str()),
            Cell::opt(r.title.clone(), Cell::Text),
            count(r.attendees),
            count(r.actions),
        ]);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn weeks_without_a_weekly_meeting() {
        // November 2026 starts on a Sunday; D = Fri 20 Nov.
        // Weeks (Mondays) from 1 Nov on: 2, 9, 16 Nov (16's week ends on
        // Sun 22 > D, so it is not judged yet). Weekly meeting on Tue 3 Nov.
        let cal = Calendar::default();
        let held = [day("2026-11-03")];
        assert_eq!(
            missing_weeks(&cal, &held, day("2026-11-01"), day("2026-11-20")),
            [day("2026-11-09")]
        );
        // on Sun 22 Nov the week of 16 Nov is over
        assert_eq!(
            missing_weeks(&cal, &held, day("2026-11-01"), day("2026-11-22")),
            [day("2026-11-09"), day("2026-11-16")]
        );
        // a week that is all holidays expects no meeting
        let mut cal = Calendar::default();
        for n in 9..=13 {
            cal.holidays.insert(day(&format!("2026-11-{n:02}")));
        }
        assert!(missing_weeks(&cal, &held, day("2026-11-01"), day("2026-11-20")).is_empty());
        // ...unless it has a make-up Saturday
        cal.extra_workdays.insert(day("2026-11-14"));
        assert_eq!(
            missing_weeks(&cal, &held, day("2026-11-01"), day("2026-11-20")),
            [day("2026-11-09")]
        );
    }

    #[test]
    fn a_records_start_on_a_monday_includes_that_week() {
        // 1 Jun 2026 is a Monday
        let cal = Calendar::default();
        assert_eq!(
            missing_weeks(&cal, &[], day("2026-06-01"), day("2026-06-07")),
            [day("2026-06-01")]
        );
    }
}
