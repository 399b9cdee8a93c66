//! Feedback dates, who is still to be fed back, and review comments.

use super::*;
use crate::report::testkit::{day, end_of, policy};

fn ym(s: &str) -> YearMonth {
    s.parse().unwrap()
}

#[test]
fn the_first_feedback_by_d_is_the_date() {
    let r = policy::records();
    assert_eq!(
        fed_back(&r, "amy", ym("2026-10"), day("2026-11-20")),
        Some(day("2026-11-06"))
    );
    assert_eq!(fed_back(&r, "amy", ym("2026-10"), day("2026-11-05")), None);
    assert_eq!(fed_back(&r, "sam", ym("2026-10"), day("2026-11-20")), None);
    let rows = appraisal::rows(&r, ym("2026-10"), end_of("2026-11-20"), day("2026-11-20"));
    let amy = rows.iter().find(|x| x.member.0 == "amy").unwrap();
    assert_eq!(amy.fed_back, Some(day("2026-11-06")));
}

#[test]
fn unfed_results_are_listed_after_feedback_days() {
    let r = policy::records();
    // day 10 of the month is still within the default 10 days
    assert!(unfed(&r, end_of("2026-11-10"), day("2026-11-10")).is_empty());
    let late = unfed(&r, end_of("2026-11-11"), day("2026-11-11"));
    let who: Vec<&str> = late.iter().map(|u| u.member.0.as_str()).collect();
    // amy was fed back on 6 Nov; sam was not
    assert_eq!(who, ["sam"]);
    assert_eq!(late[0].period, ym("2026-10"));
}

#[test]
fn comments_name_the_reviewer_role_not_the_peer() {
    let r = policy::records();
    let rows = comments(&r, "amy", &[ym("2026-10")], day("2026-11-20"));
    let got: Vec<(&str, f64, Option<&str>)> = rows
        .iter()
        .map(|c| (c.reviewer, c.score, c.comment.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("self", 90.0, Some("met the visit plan")),
            ("lead", 80.0, Some("good client work")),
            ("peer", 70.0, Some("slow to share notes")),
        ]
    );
}
