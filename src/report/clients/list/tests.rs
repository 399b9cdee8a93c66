use super::*;
use crate::model::{Complaint, Severity, Spans};
use crate::report::testkit::*;

const D: &str = "2026-11-20";

fn complaint(id: &str, received: &str, resolved: Option<&str>) -> Complaint {
    let at = |s: &str| chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap();
    Complaint {
        id: id.into(),
        received: at(received),
        severity: Severity::Low,
        channel: None,
        summary: "s".into(),
        handler: MemberId::from("sam"),
        responded: None,
        resolved: resolved.map(at),
        satisfaction: None,
        departments: Vec::new(),
        spans: Spans::default(),
    }
}

/// acme: a customer with an open proposal, a won deal and a complaint
/// resolved after D (open as of D); lead1 (potential 5, found in March)
/// and lead2 (potential 5, found in January); pros (potential 2, signs after
/// D: a prospect); later (found after D: not listed).
fn sample() -> Records {
    let mut acme = customer("acme", "2020-01-01", 3);
    acme.deals = vec![
        deal("a1", DealStage::Proposal, 10.0, "2026-10-01", None),
        won("a2", 20.0, "2026-06-01"),
        deal("a3", DealStage::Won, 5.0, "2026-11-01", Some("2026-11-25")),
    ];
    acme.complaints = vec![
        complaint("k1", "2026-11-10T09:00", Some("2026-11-22T10:00")),
        complaint("k2", "2026-11-01T09:00", Some("2026-11-02T10:00")),
    ];
    acme.specialist = Some(MemberId::from("sam"));
    let lead1 = client("lead1", Stage::Lead, "2026-03-01", None, 5);
    let mut lead2 = client("lead2", Stage::Lead, "2026-01-01", None, 5);
    lead2.owner = MemberId::from("boss");
    let pros = client("pros", Stage::Customer, "2026-02-01", Some("2026-12-01"), 2);
    let later = client("later", Stage::Lead, "2026-11-21", None, 4);
    let mut nov = log("2026-11", "sam");
    nov.interactions = vec![
        interaction("2026-11-05", "acme"),
        interaction("2026-11-21", "acme"),
    ];
    records(team(), vec![acme, lead1, lead2, pros, later], vec![nov])
}

fn brief(rows: &[ClientRow]) -> Vec<String> {
    to_table(rows)
        .rows
        .iter()
        .map(|r| r.iter().map(|c| c.plain()).collect::<Vec<_>>().join(","))
        .collect()
}

#[test]
fn every_client_of_every_stage_by_id() {
    let rows = clients(&sample(), end_of(D), &Filter::default());
    assert_eq!(
        brief(&rows),
        [
            // scale 100, potential 50, loyalty 50 + 10: 77.0, B. a3 is won
            // only on 25 Nov: still open as of D; k1 is resolved on 22 Nov
            "acme,ACME,customer,B,amy,sam,,,3,2020-01-01,2020-01-01,2026-11-05,2,1",
            "lead1,LEAD1,lead,,amy,,,,5,2026-03-01,,,0,0",
            "lead2,LEAD2,lead,,boss,,,,5,2026-01-01,,,0,0",
            "pros,PROS,prospect,,amy,,,,2,2026-02-01,,,0,0",
        ]
    );
}

#[test]
fn the_key_prospect_list_is_sorted_by_potential_then_found() {
    let filter = Filter {
        stages: vec![Stage::Lead, Stage::Prospect],
        ..Filter::default()
    };
    let ids: Vec<String> = clients(&sample(), end_of(D), &filter)
        .iter()
        .map(|r| r.client.to_string())
        .collect();
    assert_eq!(ids, ["lead2", "lead1", "pros"]);
}

#[test]
fn filters_by_owner_member_and_tier() {
    let sam = Filter {
        member: Some("sam".into()),
        ..Filter::default()
    };
    assert_eq!(clients(&sample(), end_of(D), &sam).len(), 1);
    let boss = Filter {
        owner: Some("boss".into()),
        ..Filter::default()
    };
    assert_eq!(clients(&sample(), end_of(D), &boss)[0].client.0, "lead2");
    let tier_b = Filter {
        tier: Some(Tier::B),
        ..Filter::default()
    };
    assert_eq!(clients(&sample(), end_of(D), &tier_b).len(), 1);
    // after 1 Dec pros is a customer; after 25 Nov acme's a3 is won
    let later = clients(&sample(), end_of("2026-12-01"), &Filter::default());
    assert_eq!(later[0].open_deals, 1);
    assert_eq!(later[0].open_complaints, 0);
    // `later` is found on 21 Nov: listed now, between acme and lead1
    assert_eq!(later[1].client.0, "later");
    assert_eq!(later[4].stage, Stage::Customer);
}
