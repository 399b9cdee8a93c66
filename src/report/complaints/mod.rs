//! The complaints report (rules §3.3): every complaint received by now with
//! its deadlines by severity, hours to the first response and its status,
//! read through `replay::complaint`. Pure: "now" comes in as an argument.
//! The period summary lives in `summary`.

pub mod departments;
pub mod summary;

use chrono::{NaiveDateTime, TimeDelta};

use crate::model::{
    ClientId, Complaint, ComplaintLimits, ComplaintStatus, MemberId, Records, Severity,
};
use crate::render::{Cell, Table};
use crate::report::period::Period;
use crate::report::replay;

/// The rules' columns, in order.
pub const COLUMNS: &[&str] = &[
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
pub struct ComplaintRow {
    pub id: String,
    pub client: ClientId,
    pub severity: Severity,
    pub handler: MemberId,
    pub received: NaiveDateTime,
    pub responded: Option<NaiveDateTime>,
    pub resolved: Option<NaiveDateTime>,
    pub respond_due: NaiveDateTime,
    pub resolve_due: NaiveDateTime,
    /// `responded`, else `resolved` (as of now).
    pub first_response: Option<NaiveDateTime>,
    /// Hours from `received` to the first response, unrounded.
    pub response_hours: Option<f64>,
    pub status: ComplaintStatus,
    pub satisfaction: Option<i64>,
    /// The departments brought in (rules §3.3), as written.
    pub departments: Vec<String>,
}

impl ComplaintRow {
    pub fn is_resolved(&self) -> bool {
        matches!(
            self.status,
            ComplaintStatus::Resolved | ComplaintStatus::ResolvedLate
        )
    }

    /// The deadlines still ahead of an unresolved complaint at `now`: the
    /// response deadline while there is no first response, and the
    /// resolution deadline; the earliest one in `[now, now + window]`
    /// (rules §3.3, `--due-within`).
    pub fn breach_within(&self, now: NaiveDateTime, window: TimeDelta) -> Option<NaiveDateTime> {
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
pub struct Filter {
    /// Not resolved (`open` and `overdue`).
    pub open: bool,
    pub overdue: bool,
    pub handler: Option<String>,
    pub severity: Option<Severity>,
    /// Resolved without a satisfaction rating.
    pub unrated: bool,
    /// Resolved and rated 1 or 2.
    pub unsatisfied: bool,
    /// By the date `received`.
    pub period: Period,
    /// Unresolved, with a deadline in the next this long (see
    /// [`ComplaintRow::breach_within`]).
    pub due_within: Option<TimeDelta>,
    /// Handled by this member, or on a client the member owns or serves.
    pub member: Option<String>,
}

/// Whether the complaint concerns `member`: it handles it, or owns or
/// serves (as specialist) the client (rules §3.3).
pub fn concerns(records: &Records, r: &ComplaintRow, member: &str) -> bool {
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
pub fn evaluate(
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
pub fn complaints(records: &Records, now: NaiveDateTime, filter: &Filter) -> Vec<ComplaintRow> {
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
pub fn to_table(rows: &[ComplaintRow]) -> Table {
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
mod tests {
    use super::*;
    use crate::model::Spans;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S").unwrap()
    }

    fn complaint(received: &str, responded: Option<&str>, resolved: Option<&str>) -> Complaint {
        Complaint {
            id: "C-1".into(),
            received: at(received),
            severity: Severity::High,
            channel: None,
            summary: "s".into(),
            handler: MemberId::from("wang-fang"),
            responded: responded.map(at),
            resolved: resolved.map(at),
            satisfaction: Some(4),
            departments: Vec::new(),
            spans: Spans::default(),
        }
    }

    /// high: respond within 4 h, resolve within 3 days.
    const HIGH: ComplaintLimits = ComplaintLimits {
        respond_hours: 4.0,
        resolve_days: 3.0,
    };

    fn eval(c: &Complaint, now: &str) -> ComplaintRow {
        evaluate(&ClientId::from("hd"), c, HIGH, at(now)).unwrap()
    }

    #[test]
    fn deadlines_cross_midnight_and_the_month_end() {
        // received 31 Oct 22:30; +4 h = 1 Nov 02:30; +72 h = 3 Nov 22:30
        let c = complaint("2026-10-31T22:30:00", Some("2026-11-01T01:00:00"), None);
        let r = eval(&c, "2026-11-02T12:00:00");
        assert_eq!(r.respond_due, at("2026-11-01T02:30:00"));
        assert_eq!(r.resolve_due, at("2026-11-03T22:30:00"));
        // 22:30 → 01:00 is 2.5 h
        assert_eq!(r.response_hours, Some(2.5));
        assert_eq!(r.status, ComplaintStatus::Open);
        // one second after resolve_due it is overdue
        assert_eq!(
            eval(&c, "2026-11-03T22:30:01").status,
            ComplaintStatus::Overdue
        );
        assert_eq!(
            eval(&c, "2026-11-03T22:30:00").status,
            ComplaintStatus::Open
        );
    }

    #[test]
    fn a_response_exactly_on_the_deadline_is_on_time() {
        // received 10:30, due 14:30, responded 14:30:00, resolved 3 days later to the second
        let c = complaint(
            "2026-11-02T10:30:00",
            Some("2026-11-02T14:30:00"),
            Some("2026-11-05T10:30:00"),
        );
        let r = eval(&c, "2026-11-20T23:59:59");
        assert_eq!(r.response_hours, Some(4.0));
        assert_eq!(r.status, ComplaintStatus::Resolved);
        let late = complaint(
            "2026-11-02T10:30:00",
            Some("2026-11-02T14:30:01"),
            Some("2026-11-03T10:30:00"),
        );
        assert_eq!(
            eval(&late, "2026-11-20T23:59:59").status,
            ComplaintStatus::ResolvedLate
        );
    }

    #[test]
    fn resolved_without_a_response_counts_the_resolution_as_first_response() {
        // received 09:00, resolved 12:15 the same day: 3.25 h, within 4 h
        let c = complaint("2026-11-02T09:00:00", None, Some("2026-11-02T12:15:00"));
        let r = eval(&c, "2026-11-02T23:59:59");
        assert_eq!(r.first_response, Some(at("2026-11-02T12:15:00")));
        assert_eq!(r.response_hours, Some(3.25));
        assert_eq!(r.status, ComplaintStatus::Resolved);
        // resolved at 13:30 without a response: 4.5 h, the response was late
        let c = complaint("2026-11-02T09:00:00", None, Some("2026-11-02T13:30:00"));
        assert_eq!(
            eval(&c, "2026-11-02T23:59:59").status,
            ComplaintStatus::ResolvedLate
        );
    }

    #[test]
    fn a_late_response_alone_leaves_an_unresolved_complaint_open() {
        // due 13:00, responded 15:00: late, but resolve_due (5 Nov 09:00) not passed
        let c = complaint("2026-11-02T09:00:00", Some("2026-11-02T15:00:00"), None);
        assert_eq!(
            eval(&c, "2026-11-03T09:00:00").status,
            ComplaintStatus::Open
        );
        // no response at all by 13:00:01 → overdue
        let c = complaint("2026-11-02T09:00:00", None, None);
        assert_eq!(
            eval(&c, "2026-11-02T13:00:00").status,
            ComplaintStatus::Open
        );
        assert_eq!(
            eval(&c, "2026-11-02T13:00:01").status,
            ComplaintStatus::Overdue
        );
        assert_eq!(eval(&c, "2026-11-02T13:00:01").response_hours, None);
    }

    #[test]
    fn replay_hides_what_happened_after_now() {
        let c = complaint(
            "2026-11-02T09:00:00",
            Some("2026-11-02T10:00:00"),
            Some("2026-11-04T09:00:00"),
        );
        let r = eval(&c, "2026-11-03T12:00:00");
        assert_eq!(r.resolved, None);
        assert_eq!(r.satisfaction, None);
        assert_eq!(r.status, ComplaintStatus::Open);
        assert!(evaluate(&ClientId::from("hd"), &c, HIGH, at("2026-11-02T08:59:59")).is_none());
    }

    #[test]
    fn fractional_limits() {
        // 1.5 h after 23:00 is 00:30 the next day; 0.5 day is 12 h
        let limits = ComplaintLimits {
            respond_hours: 1.5,
            resolve_days: 0.5,
        };
        let c = complaint("2026-12-31T23:00:00", None, None);
        let r = evaluate(&ClientId::from("hd"), &c, limits, at("2027-01-01T00:00:00")).unwrap();
        assert_eq!(r.respond_due, at("2027-01-01T00:30:00"));
        assert_eq!(r.resolve_due, at("2027-01-01T11:00:00"));
    }

    #[test]
    fn deadlines_within_a_window() {
        // received 09:00 (high): respond by 13:00, resolve by 5 Nov 09:00
        let c = complaint("2026-11-02T09:00:00", None, None);
        let r = eval(&c, "2026-11-02T10:00:00");
        let h = |n| TimeDelta::try_hours(n).unwrap();
        assert_eq!(
            r.breach_within(at("2026-11-02T10:00:00"), h(3)),
            Some(at("2026-11-02T13:00:00"))
        );
        assert_eq!(r.breach_within(at("2026-11-02T10:00:00"), h(2)), None);
        // once responded, only the resolution deadline is ahead
        let c = complaint("2026-11-02T09:00:00", Some("2026-11-02T09:30:00"), None);
        let r = eval(&c, "2026-11-04T10:00:00");
        assert_eq!(
            r.breach_within(at("2026-11-04T10:00:00"), h(24)),
            Some(at("2026-11-05T09:00:00"))
        );
        assert_eq!(r.breach_within(at("2026-11-04T10:00:00"), h(22)), None);
        // a deadline already passed is overdue, not about to breach
        assert_eq!(r.breach_within(at("2026-11-05T09:00:01"), h(24)), None);
        // a resolved complaint has nothing ahead
        let c = complaint("2026-11-02T09:00:00", None, Some("2026-11-02T10:00:00"));
        let r = eval(&c, "2026-11-02T11:00:00");
        assert_eq!(r.breach_within(at("2026-11-02T11:00:00"), h(72)), None);
    }
}
