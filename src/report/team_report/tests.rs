//! The team report equals the reports it is built from, on the sample
//! records (`records/`) as of 20 November 2026, and on the policy fixture.

use super::*;
use crate::render::Cell;
use crate::report::people::kpi;
use crate::report::testkit::{day, end_of, policy};

fn sample() -> Records {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("records");
    crate::load::load_and_check(root.as_path(), day("2026-11-20"))
        .unwrap()
        .records
}

fn when(d: &str) -> When {
    When {
        now: end_of(d),
        d: day(d),
        d_settled: true,
    }
}

fn ym(s: &str) -> YearMonth {
    s.parse().unwrap()
}

fn number(c: &Cell) -> f64 {
    match c {
        Cell::Int(v) => *v as f64,
        Cell::Money(v) | Cell::Dec2(v) | Cell::Score(v) | Cell::Number(v) => *v,
        other => panic!("not a number: {other:?}"),
    }
}

/// The `actual` of a target line.
fn actual(r: &TeamReport, metric: &str) -> Option<f64> {
    let t = r.table("targets").unwrap();
    let row = t
        .rows
        .iter()
        .find(|row| row[0] == Cell::text(metric))
        .unwrap();
    (row[1] != Cell::Empty).then(|| number(&row[1]))
}

#[test]
fn sections_are_the_tables_of_the_reports() {
    let r = sample();
    let w = when("2026-11-20");
    let m = ym("2026-10");
    let rep = report(&r, m, w);
    let appraisal = appraisal::to_table(&appraisal::rows(&r, m, w.now, w.d));
    assert_eq!(rep.table("members"), Some(&appraisal));
    let filter = complaints::Filter {
        period: Period::month(m),
        ..complaints::Filter::default()
    };
    let rows = complaints::complaints(&r, w.now, &filter);
    assert_eq!(
        rep.table("complaints"),
        Some(&summary::to_table(&summary::by_month(&rows, w.now)))
    );
    let opts = attendance::Options {
        month: m,
        d: w.d,
        d_settled: true,
        member: None,
    };
    assert_eq!(
        rep.table("attendance"),
        Some(&attendance::to_table(&attendance::attendance(&r, &opts)))
    );
    assert!(!rep.table("members").unwrap().rows.is_empty());
    assert!(!rep.table("attendance").unwrap().rows.is_empty());
}

#[test]
fn overdue_follow_ups_by_owner_add_up_to_the_followups_report() {
    let r = sample();
    let rep = report(&r, ym("2026-11"), when("2026-11-20"));
    let t = rep.table("followups_overdue").unwrap();
    for row in &t.rows {
        let Cell::Text(owner) = &row[0] else { panic!() };
        let filter = followups::Filter {
            overdue: true,
            owner: Some(owner.clone()),
            ..followups::Filter::default()
        };
        let n = followups::followups(&r, day("2026-11-20"), &filter).len();
        assert_eq!(number(&row[2]) as usize, n, "{owner}");
    }
    let total: f64 = t.rows.iter().map(|row| number(&row[2])).sum();
    let overdue = followups::Filter {
        overdue: true,
        ..followups::Filter::default()
    };
    assert_eq!(
        total as usize,
        followups::followups(&r, day("2026-11-20"), &overdue).len()
    );
    assert!(total > 0.0);
}

/// Deals won in `m` whose owner is not in the KPI (the lead's own).
fn won_outside_kpi(r: &Records, m: YearMonth, k: &[kpi::KpiRow]) -> f64 {
    r.clients
        .iter()
        .flat_map(|c| c.deals.iter().map(move |d| (c, d)))
        .filter(|(c, d)| !k.iter().any(|x| x.member == *d.owner_or(c)))
        .filter(|(_, d)| {
            crate::report::replay::won_on(d, day("2026-11-20")).is_some_and(|x| m.contains(x))
        })
        .map(|(_, d)| d.amount)
        .sum()
}

#[test]
fn team_totals_equal_the_kpi_report() {
    let r = sample();
    for month in ["2026-09", "2026-10"] {
        let m = ym(month);
        let w = when("2026-11-20");
        let rep = report(&r, m, w);
        let k = kpi::rows(&r, m, w.now, w.d);
        // the KPI's sales, plus the deals of owners it does not list
        let sales: f64 = k.iter().map(|x| x.sales).sum::<f64>() + won_outside_kpi(&r, m, &k);
        assert_eq!(actual(&rep, "sales"), Some(sales), "{month}");
        let deals = rep.table("deals").unwrap();
        assert_eq!(number(&deals.rows[1][2]), sales, "{month}");
        // the KPI's ratings, plus those of members it does not list
        let (mut ratings, mut sum) = (0usize, 0.0);
        kpi::facts::walk(&r, m, w.now, w.d, |who, fact| {
            if let kpi::facts::Fact::Rating { value, .. } = fact
                && !k.iter().any(|x| x.member == *who)
            {
                ratings += 1;
                sum += value as f64;
            }
        });
        ratings += k.iter().map(|x| x.ratings).sum::<usize>();
        sum += k
            .iter()
            .filter_map(|x| x.satisfaction.map(|s| s * x.ratings as f64))
            .sum::<f64>();
        let mean = actual(&rep, "satisfaction").unwrap();
        assert!((mean - sum / ratings as f64).abs() < 1e-9, "{month}");
        // a client counts once even when its owner and specialist both
        // count it in the KPI
        let counted: usize = k.iter().map(|x| x.new_clients).sum();
        assert!(actual(&rep, "new_clients").unwrap() as usize <= counted);
    }
}

#[test]
fn targets_apply_from_their_month() {
    let settings = "[team]\nname = \"t\"\ncurrency = \"CNY\"\n\n[[team_target]]\nfrom = \"2026-01\"\nsales = 100000\ncomplaints_on_time = 0.8\n";
    let r = crate::report::testkit::from_files(
        &policy::files(&[("clientele.toml", settings)]),
        policy::d(),
    );
    let rep = report(&r, ym("2026-11"), when("2026-11-20"));
    let t = rep.table("targets").unwrap();
    // C1 resolved within both deadlines, C2 late: 1 of 2
    let on_time = &t.rows[3];
    assert_eq!(on_time[1], Cell::Dec2(0.5));
    assert_eq!(on_time[2], Cell::Dec2(0.8));
    assert_eq!(on_time[3], Cell::Score(62.5));
    // no target for new clients
    assert_eq!(t.rows[0][2], Cell::Empty);
    let dep = rep.table("complaint_departments").unwrap();
    assert_eq!(dep.rows.len(), 3);
    let research = rep.table("research").unwrap();
    assert_eq!(research.rows.len(), 3);
}
