//! Annual-leave balances (rules §3.6, `leave --balance`): for year Y, each
//! member's entitlement, the workdays of annual leave taken by D, approved
//! ahead, pending, and what is left. Pure: D comes in as an argument.

use chrono::{Datelike, NaiveDate};

use crate::model::{Calendar, Leave, LeaveKind, LeaveStatus, Member, MemberId, Records};
use crate::render::{Cell, Table};
use crate::t;

/// The CSV columns, in order.
pub(crate) const COLUMNS: &[&str] = &[
    "member",
    "name",
    "annual_days",
    "taken",
    "approved_ahead",
    "pending",
    "left",
];

/// One member's annual leave in one year, in workdays.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct BalanceRow {
    pub(crate) member: MemberId,
    pub(crate) name: String,
    /// The member's own `annual_days`, else `[leave] annual_days`.
    pub(crate) annual_days: Option<i64>,
    /// Approved as of D, on days of Y up to D.
    pub(crate) taken: i64,
    /// Approved as of D, on days of Y after D.
    pub(crate) approved_ahead: i64,
    /// Pending as of D, on days of Y.
    pub(crate) pending: i64,
    /// annual_days − taken − approved_ahead (pending is not yet counted).
    pub(crate) left: Option<i64>,
}

/// The workdays of `leave` in year `year`, split at `d`: (up to D, after D).
fn workdays(cal: &Calendar, leave: &Leave, year: i32, d: NaiveDate) -> (i64, i64) {
    let (mut before, mut after) = (0, 0);
    for day in leave.from.iter_days().take_while(|x| *x <= leave.to) {
        if day.year() != year || !cal.is_workday(day) {
            continue;
        }
        if day <= d {
            before += 1;
        } else {
            after += 1;
        }
    }
    (before, after)
}

/// One member's balance for `year` as of `d`.
pub(crate) fn balance(records: &Records, member: &Member, year: i32, d: NaiveDate) -> BalanceRow {
    let cal = &records.settings.calendar;
    let annual_days = member.annual_days.or(records.settings.annual_days);
    let (mut taken, mut ahead, mut pending) = (0, 0, 0);
    let annual = records
        .months
        .iter()
        .filter(|log| log.member == member.id)
        .flat_map(|log| &log.leaves)
        .filter(|l| l.kind == LeaveKind::Annual);
    for l in annual {
        let (before, after) = workdays(cal, l, year, d);
        match super::status_as_of(l, d) {
            Some(LeaveStatus::Approved) => {
                taken += before;
                ahead += after;
            }
            Some(LeaveStatus::Pending) => pending += before + after,
            _ => {}
        }
    }
    BalanceRow {
        member: member.id.clone(),
        name: member.name.clone(),
        annual_days,
        taken,
        approved_ahead: ahead,
        pending,
        left: annual_days.map(|n| n - taken - ahead),
    }
}

/// Every member of year `year` (joined by D and by the year's end, not
/// left before it starts), or only `member`, sorted by member id.
pub(crate) fn balances(
    records: &Records,
    year: i32,
    d: NaiveDate,
    member: Option<&str>,
) -> Vec<BalanceRow> {
    let (first, last) = match (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) {
        (Some(f), Some(l)) => (f, l.min(d)),
        _ => return Vec::new(),
    };
    let mut members: Vec<&Member> = records
        .members
        .iter()
        .filter(|m| first <= last && m.active_between(first, last))
        .filter(|m| member.is_none_or(|id| *m.id == *id))
        .collect();
    members.sort_by(|a, b| a.id.cmp(&b.id));
    members
        .into_iter()
        .map(|m| balance(records, m, year, d))
        .collect()
}

/// Whether a new annual-leave request of `member` for `from ..= to`, made
/// on `d`, goes beyond the balance of the year(s) it falls in: the words of
/// a warning (rules §3.6), or `None` when it fits or no entitlement is set.
pub(crate) fn beyond_balance(
    records: &Records,
    member: &Member,
    from: NaiveDate,
    to: NaiveDate,
    d: NaiveDate,
) -> Option<String> {
    let cal = &records.settings.calendar;
    let mut years: Vec<i32> = vec![from.year(), to.year()];
    years.dedup();
    years.into_iter().find_map(|year| {
        let b = balance(records, member, year, d);
        let left = b.left? - b.pending;
        let asked = from
            .iter_days()
            .take_while(|x| *x <= to)
            .filter(|x| x.year() == year && cal.is_workday(*x))
            .count() as i64;
        (asked > left).then(|| {
            t!(
                "leave-beyond-balance",
                asked = asked,
                year = year.to_string(),
                member = member.id.to_string(),
                left = left
            )
        })
    })
}

pub(crate) fn to_table(rows: &[BalanceRow]) -> Table {
    let mut t = Table::new(COLUMNS);
    for r in rows {
        t.push(vec![
            Cell::text(r.member.0.clone()),
            Cell::text(r.name.clone()),
            Cell::opt(r.annual_days, Cell::Int),
            Cell::Int(r.taken),
            Cell::Int(r.approved_ahead),
            Cell::Int(r.pending),
            Cell::opt(r.left, Cell::Int),
        ]);
    }
    t
}

#[cfg(test)]
mod tests;
