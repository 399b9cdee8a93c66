//! Hand-worked complaint deadlines and statuses (rules §3.3).

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
