//! The complaints report (rules §3.3): every complaint received by now with
//! its deadlines by severity, hours to the first response and its status,
//! read through `replay::complaint`. Pure: "now" comes in as an argument.
//! The period summary lives in `summary`.

pub(crate) mod departments;
pub(crate) mod summary;

use chrono::{NaiveDateTime, TimeDelta};

use crate::model::{
    ClientId, Complaint, ComplaintLimits, ComplaintStatus, MemberId, Records, Severity,
};
use crate::render::{Cell, Table};
use crate::report::period::Period;
use crate::report::replay;

/// The rules' columns, in order.
pub(crate) const COLUMNS: &[&str] = &[
    "id",
    "client",
    "severity",
    "handler",
    "received",
    "responded",
    "resolved",
    "respond_due",
    "resolve_due",
    "response_hours",
    "status",
    "satisfaction",
];

/// One complaint as known at now.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ComplaintRow {
    pub(crate) id: String,
    pub(crate) client: ClientId,
    pub(crate) severity: Severity,
    pub(crate) handler: MemberId,
    pub(crate) received: NaiveDateTime,
    pub(crate) responded: Option<NaiveDateTime>,
    pub(crate) resolved: Option<NaiveDateTime>,
    pub(crate) respond_due: NaiveDateTime,
    pub(crate) resolve_due: NaiveDateTime,
    /// `responded`, else `resolved` (as of now).
    pub(crate) first_response: Option<NaiveDateTime>,
    /// Hours from `received` to the first response, unrounded.
    pub(crate) response_hours: Option<f64>,
    pub(crate) status: ComplaintStatus,
    pub(crate) satisfaction: Option<i64>,
    /// The departments brought in (rules §3.3), as written.
    pub(crate) departments: Vec<String>,
}

impl ComplaintRow {
    pub(crate) fn is_resolved(&self) -> bool {
        matches!(
            self.status,
            ComplaintStatus::Resolved | ComplaintStatus::ResolvedLate
        )
    }

    /// The deadlines still ahead of an unresolved complaint at `now`: the
    /// response deadline while there is no first response, and the
    /// resolution deadline; the earliest one in `[now, now + window]`
    /// (rules §3.3, `--due-within`).
    pub(crate) fn breach_within(
        &self,
        now: NaiveDateTime,
        window: TimeDelta,
    ) -> Option<NaiveDateTime> {
        if self.is_resolved() {
            return None;
        }
        let end = now.checked_add_signed(window).unwrap_or(NaiveDateTime::MAX);
        [
            self.first_response.is_none().then_some(self.respond_due),
            Some(self.resolve_due),
        ]
        .into_iter()
        .flatten()
        .filter(|due| now <= *due && *due <= end)
        .min()
    }
}

/// Which complaints to list; every condition given must hold.
#[derive(Clone, Debug, Default)]
pub(crate) struct Filter {
    /// Not resolved (`open` and `overdue`).
    pub(crate) open: bool,
    pub(crate) overdue: bool,
    pub(crate) handler: Option<String>,
    pub(crate) severity: Option<Severity>,
    /// Resolved without a satisfaction rating.
    pub(crate) unrated: bool,
    /// Resolved and rated 1 or 2.
    pub(crate) unsatisfied: bool,
    /// By the date `received`.
    pub(crate) period: Period,
    /// Unresolved, with a deadline in the next this long (see
    /// [`ComplaintRow::breach_within`]).
    pub(crate) due_within: Option<TimeDelta>,
    /// Handled by this member, or on a client the member owns or serves.
    pub(crate) member: Option<String>,
}

/// Whether the complaint concerns `member`: it handles it, or owns or
/// serves (as specialist) the client (rules §3.3).
pub(crate) fn concerns(records: &Records, r: &ComplaintRow, member: &str) -> bool {
    *r.handler == *member
        || records
            .client(&r.client)
            .is_some_and(|c| c.served_by(member))
}

impl Filter {
    fn keeps(&self, r: &ComplaintRow) -> bool {
        (!self.open || !r.is_resolved())
            && (!self.overdue || r.status == ComplaintStatus::Overdue)
            && self.handler.as_deref().is_none_or(|h| *r.handler == *h)
            && self.severity.is_none_or(|s| r.severity == s)
            && (!self.unrated || (r.is_resolved() && r.satisfaction.is_none()))
            && (!self.unsatisfied || (r.is_resolved() && r.satisfaction.is_some_and(|s| s <= 2)))
            && self.period.contains(r.received.date())
    }
}

/// `t` + `hours`, to the millisecond; saturates far beyond any record.
fn plus_hours(t: NaiveDateTime, hours: f64) -> NaiveDateTime {
    let ms = (hours * 3_600_000.0).round();
    TimeDelta::try_milliseconds(ms as i64)
        .and_then(|d| t.checked_add_signed(d))
        .unwrap_or(NaiveDateTime::MAX)
}

/// One complaint as of `now` (rules §3.3); `None` when received after now.
pub(crate) fn evaluate(
    client: &ClientId,
    c: &Complaint,
    limits: ComplaintLimits,
    now: NaiveDateTime,
) -> Option<ComplaintRow> {
    let known = replay::complaint(c, now)?;
    let respond_due = plus_hours(c.received, limits.respond_hours);
    let resolve_due = plus_hours(c.received, limits.resolve_days * 24.0);
    let first_response = known.responded.or(known.resolved);
    let status = match (known.resolved, first_response) {
        (Some(resolved), Some(first)) if first <= respond_due && resolved <= resolve_due => {
            ComplaintStatus::Resolved
        }
        (Some(_), _) => ComplaintStatus::ResolvedLate,
        (None, first) if now > resolve_due || (first.is_none() && now > respond_due) => {
            ComplaintStatus::Overdue
        }
        (None, _) => ComplaintStatus::Open,
    };
    Some(ComplaintRow {
        id: c.id.clone(),
        client: client.clone(),
        severity: c.severity,
        handler: c.handler.clone(),
        received: c.received,
        responded: known.responded,
        resolved: known.resolved,
        respond_due,
        resolve_due,
        first_response,
        response_hours: first_response.map(|f| (f - c.received).num_seconds() as f64 / 3600.0),
        status,
        satisfaction: known.satisfaction,
        departments: c.departments.clone(),
    })
}

/// Every complaint received by `now` that the filter keeps, sorted by
/// `received`, then id.
pub(crate) fn complaints(
    records: &Records,
    now: NaiveDateTime,
    filter: &Filter,
) -> Vec<ComplaintRow> {
    let limits = &records.settings.complaints;
    let mut rows: Vec<ComplaintRow> = records
        .clients
        .iter()
        .flat_map(|client| {
            client
                .complaints
                .iter()
                .filter_map(|c| evaluate(&client.id, c, limits.limits(c.severity), now))
        })
        .filter(|r| filter.keeps(r))
        .filter(|r| {
            filter
                .due_within
                .is_none_or(|w| r.breach_within(now, w).is_some())
        })
        .filter(|r| {
            filter
                .member
                .as_deref()
                .is_none_or(|m| concerns(records, r, m))
        })
        .collect();
    rows.sort_by(|a, b| (a.received, &a.id).cmp(&(b.received, &b.id)));
    rows
}

/// The rows as a table with the rules' columns.
pub(crate) fn to_table(rows: &[ComplaintRow]) -> Table {
    let mut t = Table::new(COLUMNS);
    // left out first when a terminal is too narrow
    t.set_secondary(&[
        "responded",
        "resolved",
        "respond_due",
        "response_hours",
        "satisfaction",
    ]);
    for r in rows {
        t.push(vec![
            Cell::text(r.id.clone()),
            Cell::text(r.client.0.clone()),
            Cell::text(r.severity.as_str()),
            Cell::text(r.handler.0.clone()),
            Cell::DateTime(r.received),
            Cell::opt(r.responded, Cell::DateTime),
            Cell::opt(r.resolved, Cell::DateTime),
            Cell::DateTime(r.respond_due),
            Cell::DateTime(r.resolve_due),
            Cell::opt(r.response_hours, Cell::Score),
            Cell::text(r.status.as_str()),
            Cell::opt(r.satisfaction, |s| Cell::Dec2(s as f64)),
        ]);
    }
    t
}

#[cfg(test)]
mod tests;
