//! Departments: a complaint counts in each department it names.

use super::*;
use crate::report::complaints::{Filter, complaints};
use crate::report::testkit::{end_of, policy};

#[test]
fn each_department_counts_its_complaints() {
    let r = policy::records();
    let rows = complaints(&r, end_of("2026-11-20"), &Filter::default());
    let got = by_department(&rows);
    let brief: Vec<(&str, usize, usize, Option<f64>)> = got
        .iter()
        .map(|d| {
            (
                d.department.as_str(),
                d.received,
                d.resolved_on_time,
                d.satisfaction(),
            )
        })
        .collect();
    // C1 (medium, resolved in 3 days: on time) → logistics and sales;
    // C2 (high, resolved after 6 days: late) → finance
    assert_eq!(
        brief,
        [
            ("finance", 1, 0, Some(2.0)),
            ("logistics", 1, 1, Some(4.0)),
            ("sales", 1, 1, Some(4.0)),
        ]
    );
}

#[test]
fn the_department_filter_keeps_complaints_brought_into_it() {
    let r = policy::records();
    let mut rows = complaints(&r, end_of("2026-11-20"), &Filter::default());
    keep_department(&mut rows, "finance");
    let ids: Vec<&str> = rows.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, ["C2"]);
}
