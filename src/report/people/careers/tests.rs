//! Careers: tenure, grades, training over 12 months, the plan, rotations
//! and readiness. The settings make the lead's review the whole final
//! score, so amy's October grade is her lead review of 80: B.

use super::*;
use crate::report::testkit::{day, end_of, from_files, policy};

fn settings(months: u32, hours: f64) -> String {
    format!(
        "[team]\nname = \"t\"\ncurrency = \"CNY\"\n\n[appraisal]\nweights = {{ kpi = 0, lead = 1, self = 0, peer = 0 }}\n\n[career]\npromotion_months = {months}\nmin_training_hours = {hours}\n"
    )
}

const TRAINING_2025: &str = r#"
[[session]]
id = "T1"
date = 2025-11-20
topic = "too early"
category = "sales"
method = "internal"
hours = 10
attendees = ["amy"]
"#;

const TRAINING: &str = r#"
[[session]]
id = "T2"
date = 2026-06-10
topic = "negotiation"
category = "sales"
method = "internal"
hours = 6
attendees = ["amy", "sam"]

[session.exam]
scores = { amy = 80, sam = 40 }
"#;

fn records(months: u32, hours: f64) -> Records {
    let s = settings(months, hours);
    let files = policy::files(&[
        ("clientele.toml", s.as_str()),
        ("training/2026.toml", TRAINING),
        ("training/2025.toml", TRAINING_2025),
    ]);
    from_files(&files, policy::d())
}

#[test]
fn whole_months_count_completed_months() {
    assert_eq!(whole_months(day("2025-05-12"), day("2026-11-20")), 18);
    assert_eq!(whole_months(day("2025-05-21"), day("2026-11-20")), 17);
    assert_eq!(whole_months(day("2026-12-01"), day("2026-11-20")), 0);
}

#[test]
fn a_member_row_shows_grades_training_plan_and_rotations() {
    let r = records(1, 4.0);
    let rows = rows(&r, end_of("2026-11-20"), day("2026-11-20"));
    let ids: Vec<&str> = rows.iter().map(|x| x.member.0.as_str()).collect();
    assert_eq!(ids, ["amy", "boss", "sam"]);
    let amy = &rows[0];
    assert_eq!(amy.tenure_months, 18);
    assert_eq!(grades_text(&amy.grades), "- - - - - B");
    // T1 is exactly 12 months before D: outside the window
    assert_eq!((amy.training_hours, amy.exams_passed), (6.0, 1));
    assert_eq!(amy.goal.as_deref(), Some("senior manager"));
    assert_eq!(amy.mentor.as_ref().map(|m| m.0.as_str()), Some("boss"));
    assert_eq!(
        amy.rotations,
        ["after-sales service (2026-03-01..2026-04-30)"]
    );
    assert!(amy.ready);
    // sam: no lead review, so no final and no grade
    assert_eq!(grades_text(&rows[2].grades), "- - - - - -");
    assert!(!rows[2].ready);
}

#[test]
fn readiness_needs_the_months_and_the_training_hours() {
    let d = day("2026-11-20");
    let last = YearMonth::of(d).prev();
    assert!(
        ready_members(&records(1, 6.0), last, end_of("2026-11-20"), d)
            .contains(&MemberId::from("amy"))
    );
    // 6 hours is less than 8
    assert!(ready_members(&records(1, 8.0), last, end_of("2026-11-20"), d).is_empty());
    // September was not graded: two months in a row fail
    assert!(ready_members(&records(2, 0.0), last, end_of("2026-11-20"), d).is_empty());
}
