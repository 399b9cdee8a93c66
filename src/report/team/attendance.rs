//! The monthly attendance tally (rules §3.6): each day of month M up to D is
//! classified per member (present, late, early, field, leave, absent,
//! overtime, missing out or nothing), then counted. `days` renders the same
//! classification as a day-by-day grid. Pure: D comes in as an argument.

pub mod days;

use chrono::{NaiveDate, TimeDelta};

use crate::model::{Attendance, Calendar, Member, MemberId, Records, YearMonth};
use crate::render::{Cell, Table};

pub const COLUMNS: &[&str] = &[
    "member",
    "name",
    "workdays",
    "present",
    "late",
    "early",
    "absent",
    "leave_days",
    "overtime_days",
    "missing_out",
];

/// What one day was for one member.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayCode {
    Present,
    Late,
    Early,
    LateEarly,
    Field,
    Leave,
    Absent,
    /// An attendance entry on a non-workday.
    Overtime,
    /// A workday before D with `in` and no `out`: neither present nor late.
    MissingOut,
}

impl DayCode {
    /// The grid's one-letter code.
    pub fn letter(self) -> &'static str {
        match self {
            DayCode::Present => "P",
            DayCode::Late => "L",
            DayCode::Early => "E",
            DayCode::LateEarly => "B",
            DayCode::Field => "F",
            DayCode::Leave => "V",
            DayCode::Absent => "A",
            DayCode::Overtime => "O",
            DayCode::MissingOut => "M",
        }
    }

    /// Every code with its meaning, for the legend.
    pub const LEGEND: &[(DayCode, &str)] = &[
        (DayCode::Present, "present"),
        (DayCode::Late, "late"),
        (DayCode::Early, "left early"),
        (DayCode::LateEarly, "late and left early"),
        (DayCode::Field, "field work or travel"),
        (DayCode::Leave, "approved leave"),
        (DayCode::Absent, "absent"),
        (DayCode::Overtime, "worked on a non-workday"),
        (DayCode::MissingOut, "clocked in, never out"),
    ];

    fn is_present(self) -> bool {
        matches!(
            self,
            DayCode::Present | DayCode::Late | DayCode::Early | DayCode::LateEarly | DayCode::Field
        )
    }
}

/// What the tally is about.
#[derive(Clone, Debug)]
pub struct Options {
    pub month: YearMonth,
    pub d: NaiveDate,
    /// Whether D itself is settled (`--as-of` given): then a workday D with
    /// no entry is absent; otherwise D counts only once it has an entry or
    /// a leave (the day is still going on).
    pub d_settled: bool,
    pub member: Option<String>,
}

/// What is known about one member on one day.
#[derive(Clone, Copy, Debug, Default)]
pub struct DayFacts<'a> {
    pub entry: Option<&'a Attendance>,
    /// Covered by a leave approved as of D.
    pub on_leave: bool,
}

/// The code of one day (rules §3.6), or `None` when the day does not count:
/// after D, outside the membership, a non-workday without an entry, or an
/// unsettled D without an entry or leave.
pub fn classify(
    cal: &Calendar,
    member: &Member,
    day: NaiveDate,
    facts: DayFacts<'_>,
    opts: &Options,
) -> Option<DayCode> {
    if day > opts.d || !member.active_on(day) {
        return None;
    }
    if !cal.is_workday(day) {
        return facts.entry.map(|_| DayCode::Overtime);
    }
    if facts.on_leave {
        return Some(DayCode::Leave);
    }
    let Some(e) = facts.entry else {
        return (day != opts.d || opts.d_settled).then_some(DayCode::Absent);
    };
    if e.is_field() {
        return Some(DayCode::Field);
    }
    // a past day (before D: on D itself one may still be at work) with
    // `in` and no `out`
    if e.clock_in.is_some() && e.clock_out.is_none() && day < opts.d {
        return Some(DayCode::MissingOut);
    }
    let grace = TimeDelta::try_minutes(cal.grace_minutes).unwrap_or(TimeDelta::MAX);
    let late = e
        .clock_in
        .is_some_and(|t| t.signed_duration_since(cal.work_start) > grace);
    let early = e.clock_out.is_some_and(|t| t < cal.work_end);
    Some(match (late, early) {
        (true, true) => DayCode::LateEarly,
        (true, false) => DayCode::Late,
        (false, true) => DayCode::Early,
        (false, false) => DayCode::Present,
    })
}

/// One member's tally row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AttendanceRow {
    pub member: MemberId,
    pub name: String,
    pub workdays: usize,
    pub present: usize,
    pub late: usize,
    pub early: usize,
    pub absent: usize,
    pub leave_days: usize,
    pub overtime_days: usize,
    pub missing_out: usize,
}

/// A member's month: the tally and the code of every day of M.
#[derive(Clone, Debug, PartialEq)]
pub struct MemberMonth {
    pub row: AttendanceRow,
    pub days: Vec<(NaiveDate, Option<DayCode>)>,
}

fn tally(member: &Member, days: &[(NaiveDate, Option<DayCode>)]) -> AttendanceRow {
    let mut r = AttendanceRow {
        member: member.id.clone(),
        name: member.name.clone(),
        ..AttendanceRow::default()
    };
    for code in days.iter().filter_map(|(_, c)| *c) {
        if code == DayCode::Overtime {
            r.overtime_days += 1;
            continue;
        }
        r.workdays += 1;
        r.present += usize::from(code.is_present());
        r.late += usize::from(matches!(code, DayCode::Late | DayCode::LateEarly));
        r.early += usize::from(matches!(code, DayCode::Early | DayCode::LateEarly));
        r.absent += usize::from(code == DayCode::Absent);
        r.leave_days += usize::from(code == DayCode::Leave);
        r.missing_out += usize::from(code == DayCode::MissingOut);
    }
    r
}

fn member_month(records: &Records, member: &Member, opts: &Options) -> MemberMonth {
    let entries: Vec<&Attendance> = records
        .month_logs(opts.month)
        .filter(|log| log.member == member.id)
        .flat_map(|log| &log.attendance)
        .collect();
    let leaves: Vec<_> =
        crate::report::team::leave::approved(records, &member.id, opts.d).collect();
    let cal = &records.settings.calendar;
    let days: Vec<(NaiveDate, Option<DayCode>)> = opts
        .month
        .days()
        .map(|day| {
            let facts = DayFacts {
                entry: entries.iter().copied().find(|e| e.date == day),
                on_leave: leaves.iter().any(|l| l.covers(day)),
            };
            (day, classify(cal, member, day, facts, opts))
        })
        .collect();
    MemberMonth {
        row: tally(member, &days),
        days,
    }
}

/// Every member who was a member on some day of M up to D (or only
/// `opts.member`), sorted by member id.
pub fn attendance(records: &Records, opts: &Options) -> Vec<MemberMonth> {
    let first = opts.month.first_day();
    let last = opts.month.last_day().min(opts.d);
    let mut members: Vec<&Member> = records
        .members
        .iter()
        .filter(|m| first <= last && m.active_between(first, last))
        .filter(|m| opts.member.as_deref().is_none_or(|id| *m.id == *id))
        .collect();
    members.sort_by(|a, b| a.id.cmp(&b.id));
    members
        .into_iter()
        .map(|m| member_month(records, m, opts))
        .collect()
}

pub fn to_table(months: &[MemberMonth]) -> Table {
    let mut t = Table::new(COLUMNS);
    let int = |n: usize| Cell::Int(n as i64);
    for MemberMonth { row: r, .. } in months {
        t.push(vec![
            Cell::text(r.member.0.clone()),
            Cell::text(r.name.clone()),
            int(r.workdays),
            int(r.present),
            int(r.late),
            int(r.early),
            int(r.absent),
            int(r.leave_days),
            int(r.overtime_days),
            int(r.missing_out),
        ]);
    }
    t
}

#[cfg(test)]
mod tests;
