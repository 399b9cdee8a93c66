//! Hand-worked follow-ups as of Fri 20 Nov 2026, default intervals (A 14,
//! B 30, C 60, D 90, prospect 21). amy (manager, reports to boss) owns
//! every client and has approved leave 16–24 Nov; sam is a specialist.

use super::*;
use crate::model::Stage;
use crate::report::testkit::*;

const D: &str = "2026-11-20";

fn sample() -> Records {
    let mut alpha = customer("alpha", "2020-01-10", 5);
    alpha.tier = Some(Tier::A);
    alpha.tier_reason = Some("key account".into());
    alpha.specialist = Some(MemberId::from("sam"));
    let beta = customer("beta", "2026-10-01", 3);
    let gamma = client("gamma", Stage::Prospect, "2026-10-20", None, 3);
    // signed after D: a prospect as of D, last contact from found on
    let delta = client(
        "delta",
        Stage::Customer,
        "2026-09-01",
        Some("2026-12-01"),
        3,
    );
    let eps = client("eps", Stage::Lead, "2026-01-01", None, 3);
    let zeta = client("zeta", Stage::Prospect, "2026-11-25", None, 3);
    let eta = client("eta", Stage::Dormant, "2019-01-01", Some("2019-06-01"), 3);
    let theta = client("theta", Stage::Prospect, "2026-10-30", None, 3);
    let iota = client("iota", Stage::Prospect, "2026-11-01", None, 3);
    let mut amy = log("2026-11", "amy");
    amy.interactions = vec![
        interaction("2026-11-01", "alpha"),
        interaction("2026-11-05", "delta"),
    ];
    amy.leaves = vec![approved_leave("2026-11-16", "2026-11-24")];
    let mut sam = log("2026-11", "sam");
    sam.interactions = vec![
        interaction("2026-11-03", "alpha"),
        // after D: not known yet
        interaction("2026-11-25", "alpha"),
        interaction("2026-11-25", "theta"),
    ];
    records(
        team(),
        vec![alpha, beta, gamma, delta, eps, zeta, eta, theta, iota],
        vec![amy, sam],
    )
}

/// One line per row: client, tier, due, interval, days overdue, cover.
fn brief(rows: &[FollowupRow]) -> Vec<String> {
    rows.iter()
        .map(|r| {
            format!(
                "{} {} {} {} {} {}",
                r.client,
                r.tier.map_or("-", Tier::as_str),
                r.due,
                r.interval,
                r.days_overdue,
                r.cover.as_deref().unwrap_or("-")
            )
        })
        .collect()
}

#[test]
fn every_customer_and_prospect_sorted_by_due() {
    let r = sample();
    let rows = followups(&r, day(D), &Filter::default());
    // gamma: prospect found 20 Oct, no contact yet: due 10 Nov, 10 days
    //   overdue; amy is away on D and gamma has no specialist: boss.
    // alpha: overridden A (14 days); last contact 3 Nov (sam's; the 25 Nov
    //   one is after D): due 17 Nov, 3 overdue; amy away on D: sam.
    // theta: found 30 Oct + 21 = 20 Nov = D: 0, not overdue; amy away: boss.
    // iota: found 1 Nov + 21 = 22 Nov, in amy's leave: boss.
    // delta: signed 1 Dec, a prospect as of D; contact 5 Nov + 21 = 26 Nov,
    //   after amy's leave: no cover.
    // beta: graded with alpha, both without revenue: scale 0; potential 3
    //   → 50 × 0.3 = 15 → D, 90 days from since 1 Oct = 30 Dec, 40 left.
    assert_eq!(
        brief(&rows),
        [
            "gamma - 2026-11-10 21 10 boss",
            "alpha A 2026-11-17 14 3 sam",
            "theta - 2026-11-20 21 0 boss",
            "iota - 2026-11-22 21 -2 boss",
            "delta - 2026-11-26 21 -6 -",
            "beta D 2026-12-30 90 -40 -",
        ]
    );
    let alpha = &rows[1];
    assert_eq!(alpha.last_contact, day("2026-11-03"));
    assert_eq!(
        (alpha.stage, rows[4].stage),
        (Stage::Customer, Stage::Prospect)
    );
    assert_eq!(rows[0].last_contact, day("2026-10-20"));
}

#[test]
fn overdue_within_and_both() {
    let r = sample();
    let ids = |f: Filter| {
        followups(&r, day(D), &f)
            .into_iter()
            .map(|r| r.client.0)
            .collect::<Vec<_>>()
    };
    let overdue = Filter {
        overdue: true,
        ..Filter::default()
    };
    assert_eq!(ids(overdue.clone()), ["gamma", "alpha"]);
    // due today counts as within 0
    let within = |n| Filter {
        within: Some(n),
        ..Filter::default()
    };
    assert_eq!(ids(within(0)), ["theta"]);
    assert_eq!(ids(within(6)), ["theta", "iota", "delta"]);
    assert_eq!(ids(within(5)), ["theta", "iota"]);
    assert_eq!(
        ids(Filter {
            within: Some(6),
            ..overdue
        }),
        ["gamma", "alpha", "theta", "iota", "delta"]
    );
    assert_eq!(
        ids(Filter {
            tier: Some(Tier::A),
            ..Filter::default()
        }),
        ["alpha"]
    );
    assert_eq!(
        ids(Filter {
            member: Some("sam".into()),
            ..Filter::default()
        }),
        ["alpha"]
    );
    assert!(
        ids(Filter {
            owner: Some("boss".into()),
            ..Filter::default()
        })
        .is_empty()
    );
}

#[test]
fn cover_needs_leave_approved_as_of_d_and_skips_the_absent() {
    let mut r = sample();
    // the leave decided only after D: amy counts as there
    r.months[0].leaves[0].decided = Some(day("2026-11-21"));
    let rows = followups(&r, day(D), &Filter::default());
    assert!(rows.iter().all(|r| r.cover.is_none()));

    // sam away too: the lead covers alpha
    let mut r = sample();
    r.months[1].leaves = vec![approved_leave("2026-11-20", "2026-11-20")];
    let rows = followups(&r, day(D), &Filter::default());
    let alpha = rows.iter().find(|r| *r.client == *"alpha").unwrap();
    assert_eq!(alpha.cover.as_deref(), Some("boss"));

    // an owner who has left the team needs cover every day
    let mut r = sample();
    r.members[1].left = Some(day("2026-10-31"));
    r.months[0].leaves.clear();
    r.index();
    let rows = followups(&r, day(D), &Filter::default());
    let beta = rows.iter().find(|r| *r.client == *"beta").unwrap();
    assert_eq!(beta.cover.as_deref(), Some("boss"));
}

#[test]
fn replay_before_anything_happened() {
    let r = sample();
    // on 15 Oct: alpha (last contact its since, 2020) and eta's dormancy
    // aside, only delta (found 1 Sep) is a prospect; beta signed 1 Oct
    let rows = followups(&r, day("2026-10-15"), &Filter::default());
    let ids: Vec<&str> = rows.iter().map(|r| r.client.0.as_str()).collect();
    assert_eq!(ids, ["alpha", "delta", "beta"]);
    // alpha: no contact by then: since 10 Jan 2020 + 14 days
    assert_eq!(rows[0].due, day("2020-01-24"));
    // delta: found 1 Sep + 21 = 22 Sep, 23 days overdue on 15 Oct
    assert_eq!((rows[1].due, rows[1].days_overdue), (day("2026-09-22"), 23));
}

#[test]
fn attending_an_event_is_a_contact_on_its_date() {
    let r = crate::report::testkit::policy::records();
    let last = |d: &str| {
        let rows = followups(&r, day(d), &Filter::default());
        rows.iter()
            .find(|x| x.client.0 == "acme")
            .map(|x| (x.last_contact, x.due))
    };
    // acme attended E-2026-01 on 12 Nov; tier A allows 14 days
    assert_eq!(
        last("2026-11-20"),
        Some((day("2026-11-12"), day("2026-11-26")))
    );
    // the day before, the event had not been held: the start counts
    assert_eq!(last("2026-11-11").map(|x| x.0), Some(day("2025-02-03")));
    // bolt was invited but did not come: no contact
    let rows = followups(&r, day("2026-11-20"), &Filter::default());
    let bolt = rows.iter().find(|x| x.client.0 == "bolt").unwrap();
    assert_eq!(bolt.last_contact, day("2026-09-01"));
}

/// rules §3.2: with `records_start`, no last contact counts from before the
/// day records began; a `records_start` after D is not known yet.
#[test]
fn records_start_is_the_earliest_last_contact() {
    let mut r = sample();
    r.settings.team.records_start = Some(day("2026-11-01"));
    let rows = followups(&r, day(D), &Filter::default());
    // gamma (found 20 Oct) starts on 1 Nov: due 22 Nov, no longer overdue;
    // alpha's contact of 3 Nov is later and still counts; beta (since
    // 1 Oct, D) is due 90 days from 1 Nov
    let last = |id: &str| {
        let row = rows.iter().find(|x| *x.client == *id).unwrap();
        (row.last_contact.to_string(), row.days_overdue)
    };
    assert_eq!(last("gamma"), ("2026-11-01".to_string(), -2));
    assert_eq!(last("alpha"), ("2026-11-03".to_string(), 3));
    assert_eq!(last("beta"), ("2026-11-01".to_string(), -71));
    r.settings.team.records_start = Some(day("2026-11-21"));
    let rows = followups(&r, day(D), &Filter::default());
    assert_eq!(brief(&rows)[0], "gamma - 2026-11-10 21 10 boss");
}
