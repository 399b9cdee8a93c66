//! Hand-worked tier scores. D is Fri 20 Nov 2026, so revenue counts deals
//! closed in (2025-11-20, 2026-11-20] and loyalty's deals those closed in
//! (2024-11-20, 2026-11-20]. Default weights 0.5/0.3/0.2, thresholds
//! 80/60/40.

use super::*;
use crate::model::{Stage, Tier};
use crate::report::testkit::*;

const D: &str = "2026-11-20";

/// a, b, c, d graded; f signed after D; g a prospect.
fn four_graded() -> Records {
    let mut a = customer("a", "2020-01-10", 5);
    a.deals = vec![
        won("a1", 300_000.0, "2026-06-01"),
        // exactly D − 365: not revenue, but within 730 days
        won("a2", 50_000.0, "2025-11-20"),
        // exactly D − 730: neither
        won("a3", 70_000.0, "2024-11-20"),
        // closed after D: still in negotiation as of D
        won("a4", 999_000.0, "2026-11-21"),
    ];
    let mut b = customer("b", "2024-02-29", 3);
    b.deals = vec![
        won("b1", 100_000.0, "2026-01-10"),
        won("b2", 100_000.0, "2025-12-01"),
    ];
    let mut c = customer("c", "2025-11-01", 1);
    c.deals = vec![won("c1", 200_000.0, "2025-11-21")];
    let d = customer("d", "2026-11-01", 2);
    let mut f = customer("f", "2026-11-25", 5);
    f.deals = vec![won("f1", 1_000_000.0, "2026-11-10")];
    let g = client("g", Stage::Prospect, "2026-01-01", None, 5);
    records(team(), vec![a, b, c, d, f, g], Vec::new())
}

fn by_id(rows: &[Grade], id: &str) -> Grade {
    rows.iter().find(|g| *g.client == *id).unwrap().clone()
}

#[test]
fn revenue_scale_with_a_tie_potential_loyalty_and_score() {
    let r = four_graded();
    let g = grades(&r, day(D));
    // f is signed after D and g is a prospect: four graded clients
    assert_eq!(
        g.iter().map(|g| g.client.0.as_str()).collect::<Vec<_>>(),
        ["a", "b", "c", "d"]
    );
    // a: revenue 300000, 3 smaller → scale 100; potential 5 → 100;
    // years 6 → 50, 2 deals in 730 days → 20: loyalty 70;
    // score 0.5×100 + 0.3×100 + 0.2×70 = 94.0 → A
    let a = by_id(&g, "a");
    assert_eq!((a.revenue, a.smaller_revenue, a.graded), (300_000.0, 3, 4));
    assert_eq!(
        (a.scale, a.potential, a.years, a.won_730d),
        (100.0, 100.0, 6, 2)
    );
    assert_eq!(
        (a.loyalty, crate::numbers::score(a.score)),
        (70.0, "94.0".into())
    );
    assert_eq!((a.tier, a.overridden), (Tier::A, false));
    // b and c tie at 200000: each has one smaller (d) → 100×1/3 = 33.3
    let b = by_id(&g, "b");
    let c = by_id(&g, "c");
    assert_eq!((b.revenue, c.revenue), (200_000.0, 200_000.0));
    assert_eq!((b.smaller_revenue, c.smaller_revenue), (1, 1));
    assert_eq!(crate::numbers::score(b.scale), "33.3");
    assert_eq!(b.scale, c.scale);
    // b: since 29 Feb 2024, anniversary 28 Feb 2026 passed: 2 years → 20,
    // 2 deals → 20: loyalty 40; score 16.67 + 15 + 8 = 39.67, printed 39.7
    // < 40 → D
    assert_eq!((b.years, b.loyalty), (2, 40.0));
    assert_eq!(crate::numbers::score(b.score), "39.7");
    assert_eq!(b.tier, Tier::D);
    // c: 1 year → 10, 1 deal → 10: loyalty 20; 16.67 + 0 + 4 = 20.7 → D
    assert_eq!((c.years, c.loyalty, c.potential), (1, 20.0, 0.0));
    assert_eq!(crate::numbers::score(c.score), "20.7");
    // d: nothing smaller → scale 0; potential 2 → 25; 0 years: 7.5 → D
    let d = by_id(&g, "d");
    assert_eq!((d.scale, d.potential, d.loyalty), (0.0, 25.0, 0.0));
    assert_eq!(
        (crate::numbers::score(d.score), d.tier),
        ("7.5".into(), Tier::D)
    );
}

#[test]
fn previous_is_the_tier_at_the_end_of_last_month() {
    // As of 31 Oct: revenue window (2025-10-31, 2026-10-31]. d not graded.
    // a 350000 (a1 + a2) → scale 100; 3 deals in 730 days (a3 too) → 30,
    // 6 years → 50: score 50 + 30 + 16 = 96 → A.
    // b 200000, c 200000: none smaller → scale 0 → D; c's first year is
    // not full yet (0 years).
    let r = four_graded();
    assert_eq!(previous_day(day(D)), day("2026-10-31"));
    let before = grades(&r, day("2026-10-31"));
    assert_eq!(before.len(), 3);
    let a = by_id(&before, "a");
    assert_eq!((a.revenue, a.won_730d, a.loyalty), (350_000.0, 3, 80.0));
    assert_eq!(crate::numbers::score(a.score), "96.0");
    assert_eq!(by_id(&before, "c").years, 0);

    let rows = tiers(&r, day(D), &Filter::default());
    let prev: Vec<(&str, Option<Tier>, Tier)> = rows
        .iter()
        .map(|r| (r.grade.client.0.as_str(), r.previous, r.grade.tier))
        .collect();
    // sorted by score desc: a 94.0, b 39.7, c 20.7, d 7.5
    assert_eq!(
        prev,
        [
            ("a", Some(Tier::A), Tier::A),
            ("b", Some(Tier::D), Tier::D),
            ("c", Some(Tier::D), Tier::D),
            ("d", None, Tier::D),
        ]
    );
    // --changed: only d, newly graded
    let changed = tiers(
        &r,
        day(D),
        &Filter {
            changed: true,
            ..Filter::default()
        },
    );
    assert_eq!(changed.len(), 1);
    assert_eq!(*changed[0].grade.client, *"d");
}

#[test]
fn an_override_replaces_the_tier_everywhere() {
    let mut r = four_graded();
    r.clients[1].tier = Some(Tier::A);
    r.clients[1].tier_reason = Some("strategic".into());
    // an override on the prospect g is ignored
    r.clients[5].tier = Some(Tier::A);
    r.clients[5].tier_reason = Some("hope".into());
    let rows = tiers(&r, day(D), &Filter::default());
    let b = rows.iter().find(|x| *x.grade.client == *"b").unwrap();
    assert_eq!((b.grade.computed, b.grade.tier), (Tier::D, Tier::A));
    assert!(b.grade.overridden);
    assert_eq!(b.previous, Some(Tier::A));
    assert_eq!(b.tier_reason.as_deref(), Some("strategic"));
    assert!(!rows.iter().any(|x| *x.grade.client == *"g"));
    // the score order is not moved by the override
    assert_eq!(*rows[1].grade.client, *"b");
    let t = tiers_as_of(&r, day(D));
    assert_eq!(t.get("b"), Some(&Tier::A));
    assert_eq!(t.get("g"), None);
    // --tier A lists a and the overridden b
    let only_a = tiers(
        &r,
        day(D),
        &Filter {
            tier: Some(Tier::A),
            ..Filter::default()
        },
    );
    assert_eq!(only_a.len(), 2);
}

#[test]
fn a_client_signed_after_d_is_graded_once_signed() {
    let r = four_graded();
    assert!(!tiers_as_of(&r, day(D)).contains_key("f"));
    // on 25 Nov f is signed: its deal of 10 Nov counts. a's a4, closed on
    // 21 Nov, counts too: a 1299000 > f 1000000 > b, c 200000 > d 0, so
    // f has 3 smaller of 5 → 100 × 3/4 = 75
    let later = grades(&r, day("2026-11-25"));
    let f = by_id(&later, "f");
    assert_eq!(
        (f.revenue, f.smaller_revenue, f.graded),
        (1_000_000.0, 3, 5)
    );
    assert_eq!(by_id(&later, "a").revenue, 1_299_000.0);
    assert_eq!(f.scale, 75.0);
    assert_eq!(f.years, 0);
}

#[test]
fn a_single_graded_client_has_scale_100() {
    let r = records(team(), vec![customer("solo", "2026-01-05", 1)], Vec::new());
    let g = grades(&r, day(D));
    assert_eq!(g.len(), 1);
    // scale 100 with no revenue at all; potential 0; loyalty 0:
    // 0.5 × 100 = 50.0 → C
    assert_eq!(
        (g[0].scale, g[0].graded, g[0].smaller_revenue),
        (100.0, 1, 0)
    );
    assert_eq!(crate::numbers::score(g[0].score), "50.0");
    assert_eq!(g[0].tier, Tier::C);
    // before it was signed nobody is graded
    assert!(grades(&r, day("2026-01-04")).is_empty());
}

#[test]
fn revenue_ties_are_compared_in_cents() {
    // 0.1 + 0.2 is 0.30000000000000004 in binary: still a tie with 0.3
    let mut x = customer("x", "2020-01-01", 3);
    x.deals = vec![won("x1", 0.1, "2026-05-01"), won("x2", 0.2, "2026-05-02")];
    let mut y = customer("y", "2020-01-01", 3);
    y.deals = vec![won("y1", 0.3, "2026-05-01")];
    let z = customer("z", "2020-01-01", 3);
    let r = records(team(), vec![x, y, z], Vec::new());
    let g = grades(&r, day(D));
    assert_eq!(
        g.iter().map(|g| g.smaller_revenue).collect::<Vec<_>>(),
        [1, 1, 0]
    );
    assert_eq!((g[0].scale, g[1].scale, g[2].scale), (50.0, 50.0, 0.0));
}

#[test]
fn the_tier_is_decided_on_the_printed_score() {
    // scale only; with 4 graded clients the second largest has scale
    // 100 × 2/3 = 66.666…, printed 66.7: B when B's threshold is 66.7
    let mut r = records(
        team(),
        (1..=4)
            .map(|i| {
                let mut c = customer(&format!("c{i}"), "2020-01-01", 1);
                c.deals = vec![won(&format!("d{i}"), 1000.0 * f64::from(i), "2026-05-01")];
                c
            })
            .collect(),
        Vec::new(),
    );
    r.settings.tiers.weights.potential = 0.0;
    r.settings.tiers.weights.loyalty = 0.0;
    r.settings.tiers.b = 66.7;
    let g = grades(&r, day(D));
    let c3 = by_id(&g, "c3");
    assert!(c3.score < 66.7);
    assert_eq!(crate::numbers::score(c3.score), "66.7");
    assert_eq!(c3.tier, Tier::B);
}

#[test]
fn loyalty_caps_years_and_deals_at_five() {
    assert_eq!(loyalty(12, 9), 100.0);
    assert_eq!(loyalty(3, 1), 40.0);
    assert_eq!(loyalty(-1, 0), 0.0);
}

#[test]
fn filters_by_owner_and_member() {
    let mut r = four_graded();
    r.clients[0].owner = MemberId::from("boss");
    r.clients[2].specialist = Some(MemberId::from("sam"));
    r.index();
    let ids = |f: Filter| {
        tiers(&r, day(D), &f)
            .into_iter()
            .map(|r| r.grade.client.0)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids(Filter {
            owner: Some("boss".into()),
            ..Filter::default()
        }),
        ["a"]
    );
    assert_eq!(
        ids(Filter {
            member: Some("sam".into()),
            ..Filter::default()
        }),
        ["c"]
    );
}
