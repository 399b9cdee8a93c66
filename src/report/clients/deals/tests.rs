use super::*;
use crate::report::testkit::*;

const D: &str = "2026-11-20";

fn with_delivery(mut x: Deal, due: Option<&str>, delivered: Option<&str>) -> Deal {
    x.due = due.map(day);
    x.delivered = delivered.map(day);
    x
}

/// One deal of each status as of D, a won deal closed after D (negotiation:
/// open) and one opened after D (not listed).
fn sample() -> Records {
    let mut acme = customer("acme", "2020-01-01", 3);
    let mut by_sam = deal("d2", DealStage::Proposal, 30.0, "2026-11-02", None);
    by_sam.owner = Some(MemberId::from("sam"));
    acme.deals = vec![
        deal(
            "d1",
            DealStage::Lost,
            40.0,
            "2026-09-01",
            Some("2026-09-21"),
        ),
        by_sam,
        with_delivery(won("d3", 100.0, "2026-10-01"), None, None),
        with_delivery(won("d4", 10.0, "2026-10-02"), Some("2026-11-20"), None),
        with_delivery(won("d5", 20.0, "2026-10-03"), Some("2026-11-19"), None),
        with_delivery(
            won("d6", 30.0, "2026-10-04"),
            Some("2026-11-01"),
            Some("2026-11-21"),
        ),
        with_delivery(
            won("d7", 50.0, "2026-10-05"),
            Some("2026-11-30"),
            Some("2026-11-10"),
        ),
        deal("d8", DealStage::Won, 70.0, "2026-10-15", Some("2026-11-25")),
        deal("d9", DealStage::Lead, 9.0, "2026-11-21", None),
    ];
    records(team(), vec![acme], Vec::new())
}

fn brief(rows: &[DealRow]) -> Vec<String> {
    rows.iter()
        .map(|r| format!("{} {} {} {}", r.id, r.owner, r.stage, r.status.as_str()))
        .collect()
}

#[test]
fn every_status_as_of_d() {
    let rows = deals(&sample(), day(D), &Filter::default());
    assert_eq!(
        brief(&rows),
        [
            "d1 amy lost lost",
            "d3 amy won won",
            "d4 amy won delivering",
            "d5 amy won late",
            // delivered only on 21 Nov: late as of D
            "d6 amy won late",
            "d7 amy won delivered",
            // closed on 25 Nov: still in negotiation as of D
            "d8 amy negotiation open",
            "d2 sam proposal open",
        ]
    );
    assert_eq!(rows[4].delivered, None);
    assert_eq!(rows[6].closed, None);
}

#[test]
fn filters() {
    let late = Filter {
        late: true,
        ..Filter::default()
    };
    assert_eq!(deals(&sample(), day(D), &late).len(), 2);
    let open_sam = Filter {
        open: true,
        owner: Some("sam".into()),
        ..Filter::default()
    };
    assert_eq!(
        brief(&deals(&sample(), day(D), &open_sam)),
        ["d2 sam proposal open"]
    );
    let won_opened_in_october = Filter {
        stages: vec![DealStage::Won],
        period: Period::month("2026-10".parse().unwrap()),
        ..Filter::default()
    };
    assert_eq!(deals(&sample(), day(D), &won_opened_in_october).len(), 0);
    let later = deals(&sample(), day("2026-11-30"), &Filter::default());
    assert_eq!(later.len(), 9);
}
