//! Hand-worked appraisal cases (rules §3.5) on the KPI tests' team, with the
//! the rules' example settings: weights kpi .7, lead .2, self .05, peer .05;
//! grades A 90, B 75, C 60; bonus A 1.5, B 1.0, C 0.5, D 0.
//! October KPI scores (see `people/kpi/tests.rs`): amy 84.222…, ben 100, eve 0.

use super::*;
use crate::report::testkit::october::appraisal_team as team;
use crate::report::testkit::{day, end_of};

fn oct() -> YearMonth {
    "2026-10".parse().unwrap()
}

fn printed(r: &AppraisalRow) -> String {
    cells(r)
        .iter()
        .map(|c| c.plain())
        .collect::<Vec<_>>()
        .join(",")
}

#[test]
fn october_as_of_20_november() {
    // amy: lead 90 (the 2026-11 review replaces the 2026-10 one of 60),
    //   self 95, peers ben 80 and eve 70 → 75;
    //   final = .7×84.2222 + .2×90 + .05×95 + .05×75 = 85.4556 → B, ×5000
    // ben: lead 70 (the later of boss's two reviews), no self, no peer:
    //   final = (.7×100 + .2×70) / .9 = 93.33 → A, 3000 × 1.5
    // eve: no review: final = kpi = 0 → D; no base_bonus → no bonus
    let rows = rows(
        &team("2026-11-20"),
        oct(),
        end_of("2026-11-20"),
        day("2026-11-20"),
    );
    let got: Vec<String> = rows.iter().map(printed).collect();
    assert_eq!(
        got,
        [
            "ben,Ben,100.0,,70.0,,93.3,A,1,4500,",
            "amy,Amy,84.2,95.0,90.0,75.0,85.5,B,2,5000,",
            "eve,Eve,0.0,,,,0.0,D,3,,",
        ]
    );
}

#[test]
fn reviews_are_read_up_to_d_month() {
    // as of 31 Oct only the 2026-10 folder is read: amy has lead 60 and
    // peer 70, no self: final = (.7×84.2222 + .2×60 + .05×70) / .95
    // = 74.4556 / .95 = 78.37 → B
    let rows = rows(
        &team("2026-10-31"),
        oct(),
        end_of("2026-10-31"),
        day("2026-10-31"),
    );
    let amy = rows.iter().find(|r| &*r.member == "amy").unwrap();
    assert_eq!(printed(amy), "amy,Amy,84.2,,60.0,70.0,78.4,B,2,5000,");
}

#[test]
fn ties_share_a_rank_on_the_printed_final() {
    // printed: 85.0, 85.0, 90.0, –, 80.0, 90.0 (89.95 rounds up)
    let finals = [
        Some(85.04),
        Some(84.96),
        Some(90.0),
        None,
        Some(80.0),
        Some(89.95),
    ];
    assert_eq!(
        ranks(&finals),
        [Some(3), Some(3), Some(1), None, Some(5), Some(1)]
    );
    // and the grade is taken on the printed value too
    let a = Appraisal::default();
    assert_eq!(a.grade_of(round_to(89.95, 1)), Tier::A);
    assert_eq!(a.grade_of(round_to(89.94, 1)), Tier::B);
}

#[test]
fn final_over_the_components_present() {
    use crate::report::people::appraisal::reviews::Components;
    let a = Appraisal::default();
    let none = Components::default();
    assert_eq!(final_score(&a, None, &none), None);
    assert_eq!(final_score(&a, Some(80.0), &none), Some(80.0));
    // no KPI score: (.2×90 + .05×70) / .25 = 86
    let c = Components {
        own: Some(70.0),
        lead: Some(90.0),
        peer: None,
    };
    let f = final_score(&a, None, &c).unwrap();
    assert!((f - 86.0).abs() < 1e-9, "{f}");
}

#[test]
fn missing_reviews() {
    // amy has both; ben has no self review; eve has neither
    let recs = team("2026-11-20");
    let rows = crate::report::people::appraisal::missing::missing(&recs, oct(), day("2026-11-20"));
    let got: Vec<(&str, bool, bool)> = rows
        .iter()
        .map(|r| (&*r.member, r.missing_self, r.missing_lead))
        .collect();
    assert_eq!(got, [("ben", true, false), ("eve", true, true)]);
    // as of 31 Oct amy's self review is not in yet
    let rows = crate::report::people::appraisal::missing::missing(&recs, oct(), day("2026-10-31"));
    assert_eq!(rows[0].member.0, "amy");
    assert!(rows[0].missing_self && !rows[0].missing_lead);
}
