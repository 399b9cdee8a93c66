use super::*;
use crate::model::{DealStage, InteractionKind};
use crate::render::sections_json;
use crate::report::testkit::*;

const D: &str = "2026-11-20";

/// acme: a customer with two contacts, an open deal, a lost one, twelve
/// visits (ten shown) and one after D (not shown).
fn sample() -> Records {
    let mut acme = customer("acme", "2020-01-01", 3);
    acme.contacts = vec![
        contact("王經理", Some("1980-12-01"), true),
        contact("李", None, false),
    ];
    acme.deals = vec![
        deal("a1", DealStage::Proposal, 10.0, "2026-10-01", None),
        deal("a2", DealStage::Lost, 5.0, "2026-09-01", Some("2026-09-10")),
    ];
    let mut nov = log("2026-11", "amy");
    nov.interactions = (1..=13)
        .map(|n| interaction(&format!("2026-11-{n:02}"), "acme"))
        .collect();
    nov.interactions[12].date = day("2026-11-21");
    nov.interactions[0].kind = InteractionKind::Call;
    let other = customer("bolt", "2021-01-01", 2);
    records(team(), vec![acme, other], vec![nov])
}

#[test]
fn every_section_narrowed_to_the_client() {
    let r = sample();
    let acme = r.client("acme").unwrap();
    let sections = card(&r, acme, end_of(D), false);
    let keys: Vec<&str> = sections.iter().map(|s| s.key).collect();
    assert_eq!(
        keys,
        [
            "client",
            "contacts",
            "tier",
            "followup",
            "deals",
            "complaints",
            "plans",
            "interactions",
            "care",
            "research"
        ]
    );
    let json = sections_json(&sections);
    assert_eq!(json["client"]["client"], "acme");
    assert_eq!(json["client"]["last_contact"], "2026-11-12");
    assert_eq!(json["contacts"][0]["phone"], "1******1234");
    assert_eq!(json["tier"]["client"], "acme");
    assert_eq!(json["followup"]["last_contact"], "2026-11-12");
    // the lost deal is history, not open
    assert_eq!(json["deals"].as_array().unwrap().len(), 1);
    // ten interactions, latest first: 12 Nov down to 3 Nov
    let shown = json["interactions"].as_array().unwrap();
    assert_eq!(shown.len(), LAST_INTERACTIONS);
    assert_eq!(shown[0]["date"], "2026-11-12");
    assert_eq!(shown[9]["date"], "2026-11-03");
    // the birthday on 1 Dec is within the year ahead
    assert_eq!(json["care"][0]["date"], "2026-12-01");
    let revealed = sections_json(&card(&r, acme, end_of(D), true));
    assert_eq!(revealed["contacts"][0]["phone"], "13800001234");
}
