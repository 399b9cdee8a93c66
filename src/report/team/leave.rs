//! The leave report (rules §3.6, section 4): every leave request known as of
//! D with its workdays, its status as of D, the deciding lead and whether it
//! was requested in advance. Also the one place that says which leaves a
//! member had approved as of D (the attendance report reads it).

use chrono::NaiveDate;

use crate::model::{Calendar, Leave, LeaveKind, LeaveStatus, MemberId, Records};
use crate::render::{Cell, Table};
use crate::report::period::Period;

pub mod balance;

pub const COLUMNS: &[&str] = &[
    "member",
    "kind",
    "from",
    "to",
    "days",
    "requested",
    "status",
    "approved_by",
    "in_advance",
    "overdue",
];

/// A leave's status as known at the end of `d` (rules §3.0): `None` before it
/// was requested; the decision only once `decided` ≤ d, else pending.
pub fn status_as_of(leave: &Leave, d: NaiveDate) -> Option<LeaveStatus> {
    (leave.requested <= d).then(|| leave.status_as_of(d))
}

/// Every leave of `member` approved as of `d`, from all its month files (a
/// leave may cross into the next month).
pub fn approved<'a>(
    records: &'a Records,
    member: &'a str,
    d: NaiveDate,
) -> impl Iterator<Item = &'a Leave> + 'a {
    records
        .months_of(member)
        .flat_map(|log| &log.leaves)
        .filter(move |l| status_as_of(l, d) == Some(LeaveStatus::Approved))
}

/// One leave request as of D.
#[derive(Clone, Debug, PartialEq)]
pub struct LeaveRow {
    pub member: MemberId,
    pub kind: LeaveKind,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Workdays in the whole `from ..= to`.
    pub days: usize,
    pub requested: NaiveDate,
    pub status: LeaveStatus,
    /// The deciding lead, once decided as of D (also for a rejection).
    pub approved_by: Option<MemberId>,
    pub in_advance: bool,
    /// Still pending as of D while its first day has come (rules §3.6):
    /// the decision is late.
    pub overdue: bool,
}

/// Which leaves to list.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Only pending as of D.
    pub pending: bool,
    /// Only approved as of D (who is, was or will be away).
    pub approved: bool,
    pub member: Option<String>,
    /// Leaves that touch these days.
    pub period: Period,
}

fn row(member: &MemberId, l: &Leave, cal: &Calendar, d: NaiveDate) -> Option<LeaveRow> {
    let status = status_as_of(l, d)?;
    Some(LeaveRow {
        member: member.clone(),
        kind: l.kind,
        from: l.from,
        to: l.to,
        days: cal.workdays_between(l.from, l.to),
        requested: l.requested,
        status,
        approved_by: l
            .approved_by
            .clone()
            .filter(|_| status != LeaveStatus::Pending),
        in_advance: l.requested < l.from,
        overdue: status == LeaveStatus::Pending && l.from <= d,
    })
}

/// Every leave requested by D that the filter keeps, sorted by `from`,
/// member, then `requested`.
pub fn leaves(records: &Records, d: NaiveDate, filter: &Filter) -> Vec<LeaveRow> {
    let cal = &records.settings.calendar;
    let mut rows: Vec<LeaveRow> = records
        .months
        .iter()
        .filter(|log| filter.member.as_deref().is_none_or(|m| *log.member == *m))
        .flat_map(|log| {
            log.leaves
                .iter()
                .filter_map(|l| row(&log.member, l, cal, d))
        })
        .filter(|r| !filter.pending || r.status == LeaveStatus::Pending)
        .filter(|r| !filter.approved || r.status == LeaveStatus::Approved)
        .filter(|r| filter.period.overlaps(r.from, r.to))
        .collect();
    rows.sort_by(|a, b| (a.from, &a.member, a.requested).cmp(&(b.from, &b.member, b.requested)));
    rows
}

pub fn to_table(rows: &[LeaveRow]) -> Table {
    let mut t = Table::new(COLUMNS);
    // left out first when a terminal is too narrow
    t.set_secondary(&["requested", "approved_by", "in_advance"]);
    for r in rows {
        t.push(vec![
            Cell::text(r.member.0.clone()),
            Cell::text(r.kind.as_str()),
            Cell::Date(r.from),
            Cell::Date(r.to),
            Cell::Int(r.days as i64),
            Cell::Date(r.requested),
            Cell::text(r.status.as_str()),
            Cell::opt(r.approved_by.as_ref(), |m| Cell::text(m.0.clone())),
            Cell::Bool(r.in_advance),
            Cell::Bool(r.overdue),
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

    fn leave(
        from: &str,
        to: &str,
        requested: &str,
        status: LeaveStatus,
        decided: Option<&str>,
    ) -> Leave {
        Leave {
            kind: LeaveKind::Annual,
            from: day(from),
            to: day(to),
            requested: day(requested),
            status,
            approved_by: decided.map(|_| MemberId::from("zhang-min")),
            decided: decided.map(day),
            reason: None,
            spans: Spans::default(),
        }
    }

    #[test]
    fn replayed_status_and_approver() {
        let l = leave(
            "2026-11-10",
            "2026-11-11",
            "2026-11-05",
            LeaveStatus::Approved,
            Some("2026-11-06"),
        );
        assert_eq!(status_as_of(&l, day("2026-11-04")), None);
        assert_eq!(
            status_as_of(&l, day("2026-11-05")),
            Some(LeaveStatus::Pending)
        );
        assert_eq!(
            status_as_of(&l, day("2026-11-06")),
            Some(LeaveStatus::Approved)
        );
        let cal = Calendar::default();
        let m = MemberId::from("li-wei");
        let r = row(&m, &l, &cal, day("2026-11-05")).unwrap();
        assert_eq!(
            (r.status, r.approved_by.clone()),
            (LeaveStatus::Pending, None)
        );
        let r = row(&m, &l, &cal, day("2026-11-06")).unwrap();
        assert_eq!(r.approved_by, Some(MemberId::from("zhang-min")));
        assert!(r.in_advance);
    }

    #[test]
    fn days_count_workdays_of_the_whole_leave_across_months() {
        // Fri 30 Oct 2026 .. Tue 3 Nov: Fri 30, Mon 2, Tue 3 are workdays
        // (31 Oct and 1 Nov are a weekend) = 3; requested on the first day:
        // not in advance
        let l = leave(
            "2026-10-30",
            "2026-11-03",
            "2026-10-30",
            LeaveStatus::Pending,
            None,
        );
        let r = row(
            &MemberId::from("a"),
            &l,
            &Calendar::default(),
            day("2026-11-20"),
        )
        .unwrap();
        assert_eq!(r.days, 3);
        assert!(!r.in_advance);
        // with Sat 31 Oct a make-up workday and Mon 2 Nov a holiday: 30, 31, 3 = 3
        let mut cal = Calendar::default();
        cal.extra_workdays.insert(day("2026-10-31"));
        cal.holidays.insert(day("2026-11-02"));
        assert_eq!(
            row(&MemberId::from("a"), &l, &cal, day("2026-11-20"))
                .unwrap()
                .days,
            3
        );
        cal.holidays.insert(day("2026-11-03"));
        assert_eq!(
            row(&MemberId::from("a"), &l, &cal, day("2026-11-20"))
                .unwrap()
                .days,
            2
        );
    }
}
