//! Hand-worked KPI cases (rules §3.4) on a small team, with the rules'
//! example settings: weights new_clients .25, satisfaction .25, sales .35,
//! projects .15; cap 1.2; manager targets 2 / 4.5 / 500000 / 1.0;
//! specialist targets 1 / 4.5 / – / 1.0.

use super::*;
use crate::report::testkit::october::kpi_team as team;
use crate::report::testkit::{day, end_of};

fn oct() -> YearMonth {
    "2026-10".parse().unwrap()
}

fn rows_as_of(d: &str) -> Vec<KpiRow> {
    rows(&team(d), oct(), end_of(d), day(d))
}

#[test]
fn members_of_the_month() {
    // boss: a lead has no targets; cat joined after October; dan left
    // before it; ben joined mid-month and eve left mid-month: both in
    let r = rows_as_of("2026-11-20");
    let ids: Vec<&str> = r.iter().map(|r| &*r.member).collect();
    assert_eq!(ids, ["amy", "ben", "eve"]);
    // cat joined 2 Nov: in November's KPI only once D reaches that day
    let nov: YearMonth = "2026-11".parse().unwrap();
    let recs = team("2026-11-20");
    let ids = |d: &str| -> Vec<String> {
        members(&recs, nov, day(d))
            .iter()
            .map(|m| m.id.to_string())
            .collect()
    };
    assert_eq!(ids("2026-11-01"), ["amy", "ben"]);
    assert_eq!(ids("2026-11-02"), ["amy", "ben", "cat"]);
}

#[test]
fn amy_with_the_cap() {
    // new_clients: acme (since 20 Oct) = 1 → 1/2 = 0.5
    // sales: D1 300000 + D2 400000 (D4 lost, D5 ben's) = 700000 → 1.4,
    //   capped at 1.2
    // satisfaction: 5, 4 (interactions) and 3 (C1 resolved 12 Oct; C2 is
    //   resolved in November) = 4.0 → 4/4.5
    // projects: D1 due 25 Oct delivered 24 Oct on time, D3 due 30 Oct
    //   delivered 2 Nov late (D2 is due in November) → 1/2 = 0.5
    // score = 100 × (.25×.5 + .25×.8889 + .35×1.2 + .15×.5) / 1
    //       = 100 × (.125 + .22222 + .42 + .075) = 84.22
    let r = &rows_as_of("2026-11-20")[0];
    assert_eq!(r.new_clients, 1);
    assert_eq!(r.sales, 700000.0);
    assert_eq!(r.satisfaction, Some(4.0));
    assert_eq!(r.ratings, 3);
    assert_eq!((r.projects_due, r.projects_on_time), (2, 1));
    assert_eq!(r.projects, Some(0.5));
    assert_eq!(crate::numbers::score(r.kpi_score.unwrap()), "84.2");
    let parts = breakdown(r, &Kpi::default());
    assert_eq!(parts[2].achievement, Some(1.4));
    assert_eq!(parts[2].capped, Some(1.2));
}

#[test]
fn a_metric_without_target_or_data_is_left_out() {
    // ben (specialist, joined 15 Oct): acme as its specialist → 1/1 = 1.0;
    // sales 50000 (D5) has no specialist target; no rating and no project
    // due: only new_clients counts → 100 × .25×1 / .25 = 100.0
    let r = &rows_as_of("2026-11-20")[1];
    assert_eq!((r.new_clients, r.sales), (1, 50000.0));
    assert_eq!((r.satisfaction, r.projects), (None, None));
    assert_eq!(r.kpi_score, Some(100.0));
    // eve (left 10 Oct): 0 new clients and 0 sales are values, not gaps:
    // 100 × (.25×0 + .35×0) / .6 = 0
    let r = &rows_as_of("2026-11-20")[2];
    assert_eq!(r.kpi_score, Some(0.0));
}

#[test]
fn replay_counts_only_days_up_to_d() {
    // as of 27 Oct: D2 (closed 28 Oct) and D3 (due 30 Oct) not yet; the
    // 29 Oct rating not yet → sales 300000 = .6; satisfaction (5+3)/2 = 4;
    // projects D1 1/1; new_clients 1/2
    // score = 100 × (.125 + .22222 + .35×.6 + .15×1) = 70.72
    let r = &rows_as_of("2026-10-27")[0];
    assert_eq!(r.sales, 300000.0);
    assert_eq!((r.satisfaction, r.ratings), (Some(4.0), 2));
    assert_eq!((r.projects_due, r.projects_on_time), (1, 1));
    assert_eq!(crate::numbers::score(r.kpi_score.unwrap()), "70.7");
    // as of 19 Oct: acme is not a client yet, ben (joined 15 Oct) has no
    // metric with data and a target but new_clients = 0
    let r = rows_as_of("2026-10-19");
    assert_eq!(r[0].new_clients, 0);
    assert_eq!(r[1].kpi_score, Some(0.0));
}

#[test]
fn a_project_delivered_after_d_is_not_on_time_yet() {
    // as of 1 Nov D3 (due 30 Oct) is not delivered yet: due 2, on time 1
    let r = &rows_as_of("2026-11-01")[0];
    assert_eq!((r.projects_due, r.projects_on_time), (2, 1));
}

#[test]
fn score_renormalises_over_counted_metrics() {
    let part = |metric, weight, capped: Option<f64>| MetricScore {
        metric,
        actual: capped,
        target: Some(1.0),
        weight,
        achievement: capped,
        capped,
    };
    // counted: .2×1.0 and .3×0.5 → (.2 + .15) / .5 = .7
    let parts = [
        part(Metric::NewClients, 0.2, Some(1.0)),
        part(Metric::Satisfaction, 0.4, None),
        part(Metric::Sales, 0.3, Some(0.5)),
        part(Metric::Projects, 0.1, None),
    ];
    assert!((score(&parts).unwrap() - 70.0).abs() < 1e-9);
    assert_eq!(score(&[part(Metric::Sales, 0.3, None)]), None);
    // weights of zero only: no score rather than a division by zero
    assert_eq!(score(&[part(Metric::Sales, 0.0, Some(1.0))]), None);
}

#[test]
fn leaders_by_printed_score() {
    // ben 100.0, amy 84.2, eve 0.0
    let rows = rows_as_of("2026-11-20");
    let top: Vec<&str> = leaders(&rows, 2).iter().map(|r| &*r.member).collect();
    assert_eq!(top, ["ben", "amy"]);
    // equal printed scores: by member id; no score: left out
    let mut a = rows[0].clone();
    a.kpi_score = Some(84.96);
    let mut b = rows[1].clone();
    b.kpi_score = Some(85.04);
    let mut c = rows[2].clone();
    c.kpi_score = None;
    let tied = [b, a, c];
    let top: Vec<&str> = leaders(&tied, 5).iter().map(|r| &*r.member).collect();
    assert_eq!(top, ["amy", "ben"]);
}
