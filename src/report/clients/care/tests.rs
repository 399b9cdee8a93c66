//! Hand-worked care dates. D is Fri 20 Nov 2026 and the window 14 days:
//! 20 Nov ..= 4 Dec.

use super::*;
use crate::model::Occasion as Dated;
use crate::report::testkit::*;

const D: &str = "2026-11-20";

fn sample() -> Records {
    let mut acme = customer("acme", "2020-11-25", 3);
    acme.tier = Some(Tier::A);
    acme.tier_reason = Some("key".into());
    acme.contacts = vec![
        contact("Zhou", Some("1985-12-04"), false),
        // the day after the window
        contact("Chen", Some("1990-12-05"), true),
    ];
    let mut bolt = customer("bolt", "2021-12-01", 3);
    bolt.contacts = vec![
        contact("Wang", Some("1980-11-28"), true),
        contact("Li", Some("1975-11-20"), false),
    ];
    let mut fresh = customer("fresh", "2025-11-30", 5);
    fresh.tier = Some(Tier::B);
    fresh.tier_reason = Some("new".into());
    let mut cand = client("cand", Stage::Prospect, "2026-01-01", None, 3);
    cand.contacts = vec![contact("Xu", Some("1992-11-22"), true)];
    // signed after D: a prospect as of D, so a birthday but no anniversary
    let mut late = client("late", Stage::Customer, "2026-06-01", Some("2026-12-01"), 3);
    late.contacts = vec![contact("Ma", Some("1970-11-21"), true)];
    let mut gone = client("gone", Stage::Lost, "2020-01-01", None, 3);
    gone.contacts = vec![contact("Lu", Some("1970-11-21"), true)];
    let mut r = records(
        team(),
        vec![acme, bolt, fresh, cand, late, gone],
        Vec::new(),
    );
    r.settings.occasions = vec![
        Dated {
            date: day("2026-11-28"),
            name: "答謝會".into(),
        },
        Dated {
            date: day("2026-12-25"),
            name: "聖誕".into(),
        },
    ];
    r
}

fn brief(rows: &[CareRow]) -> Vec<String> {
    rows.iter()
        .map(|r| {
            format!(
                "{} {} {} {} {} {} {}",
                r.date,
                r.client,
                r.contact.as_deref().unwrap_or("-"),
                r.occasion.as_str(),
                r.days,
                r.years.map_or("-".into(), |y| y.to_string()),
                r.tier.map_or("-", Tier::as_str),
            )
        })
        .collect()
}

#[test]
fn birthdays_anniversaries_and_occasions_in_the_window() {
    let r = sample();
    let rows = care(&r, day(D), DEFAULT_WITHIN);
    // bolt: 4 full years (2021-12-01 → 2026-11-20), no revenue, potential
    // 3: 0.3 × 50 + 0.2 × 40 = 23 → D. On 28 Nov the A and B clients (acme,
    // fresh) come first; bolt's birthday before its occasion.
    assert_eq!(
        brief(&rows),
        [
            "2026-11-20 bolt Li birthday 0 51 D",
            "2026-11-21 late Ma birthday 1 56 -",
            "2026-11-22 cand Xu birthday 2 34 -",
            "2026-11-25 acme Chen anniversary 5 6 A",
            "2026-11-28 acme Chen 答謝會 8 - A",
            "2026-11-28 fresh - 答謝會 8 - B",
            "2026-11-28 bolt Wang birthday 8 46 D",
            "2026-11-28 bolt Wang 答謝會 8 - D",
            "2026-11-30 fresh - anniversary 10 1 B",
            "2026-12-01 bolt Wang anniversary 11 5 D",
            "2026-12-04 acme Zhou birthday 14 41 A",
        ]
    );
    // one day longer: Chen's birthday on 5 Dec too
    assert_eq!(care(&r, day(D), 15).len(), rows.len() + 1);
    // a zero window is D alone
    assert_eq!(
        brief(&care(&r, day(D), 0)),
        ["2026-11-20 bolt Li birthday 0 51 D"]
    );
}

#[test]
fn the_window_crosses_the_year_end() {
    let r = sample();
    // 25 Dec 2026 ..= 8 Jan 2027: the occasion of 25 Dec for the four
    // customers (late signed on 1 Dec), nothing else
    let rows = care(&r, day("2026-12-25"), 14);
    assert_eq!(rows.len(), 4);
    assert!(rows.iter().any(|x| *x.client == *"late"));
    let mut r = sample();
    r.clients[0].contacts[0].birthday = Some(day("1980-01-03"));
    let rows = care(&r, day("2026-12-25"), 14);
    assert!(brief(&rows).contains(&"2027-01-03 acme Zhou birthday 9 47 A".to_string()));
}

#[test]
fn feb_29_falls_on_feb_28_in_other_years() {
    let mut one = customer("leap", "2024-02-29", 3);
    one.contacts = vec![contact("Pan", Some("1988-02-29"), true)];
    let r = records(team(), vec![one], Vec::new());
    // 2027 is not a leap year: both on 28 Feb; the anniversary is the 3rd.
    // The only graded client: scale 100; 2 full years on 20 Feb:
    // 50 + 0.3 × 50 + 0.2 × 20 = 69 → B
    let rows = care(&r, day("2027-02-20"), 14);
    assert_eq!(
        brief(&rows),
        [
            "2027-02-28 leap Pan birthday 8 39 B",
            "2027-02-28 leap Pan anniversary 8 3 B",
        ]
    );
    // 2028 is: on 29 Feb
    let rows = care(&r, day("2028-02-20"), 14);
    assert_eq!(rows[0].date, day("2028-02-29"));
    // on the day of signing itself there is no anniversary (years ≥ 1)
    let rows = care(&r, day("2024-02-29"), 0);
    assert!(rows.iter().all(|r| r.occasion != Occasion::Anniversary));
}

#[test]
fn filters_and_masked_phones() {
    let mut r = sample();
    r.clients[1].specialist = Some(MemberId::from("sam"));
    let rows = care(&r, day(D), DEFAULT_WITHIN);
    let sam = Filter {
        member: Some("sam".into()),
        ..Filter::default()
    };
    let kept: Vec<&CareRow> = rows.iter().filter(|x| sam.keeps(x)).collect();
    assert_eq!(kept.len(), 4);
    assert!(kept.iter().all(|x| *x.client == *"bolt"));
    let birthdays = Filter {
        kind: Some("birthday".into()),
        ..Filter::default()
    };
    assert_eq!(rows.iter().filter(|x| birthdays.keeps(x)).count(), 5);
    let t = to_table(&rows[..1], false);
    assert_eq!(t.rows[0][8], Cell::text("1******1234"));
    let t = to_table(&rows[..1], true);
    assert_eq!(t.rows[0][8], Cell::text("13800001234"));
}

#[test]
fn upcoming_events_list_each_invited_client() {
    let r = crate::report::testkit::policy::records();
    let rows = care(&r, day("2026-11-20"), 14);
    let events: Vec<(String, &str, &str)> = rows
        .iter()
        .filter(|x| x.occasion.kind() == "event")
        .map(|x| (x.date.to_string(), x.client.0.as_str(), x.occasion.as_str()))
        .collect();
    // the seminar of 28 Nov invited bolt; the thanks of 12 Nov is past
    assert_eq!(
        events,
        [("2026-11-28".to_string(), "bolt", "Product seminar")]
    );
    assert!(
        care(&r, day("2026-11-20"), 7)
            .iter()
            .all(|x| x.occasion.kind() != "event")
    );
}
