//! Research notes: replay, filters, order, and one client's notes.

use super::*;
use crate::model::ResearchKind;
use crate::report::testkit::{day, policy};

fn topics(rows: &[ResearchRow]) -> Vec<&str> {
    rows.iter().map(|r| r.topic.as_str()).collect()
}

#[test]
fn notes_by_d_sorted_by_date_then_member() {
    let r = policy::records();
    let rows = rows(&r, &Filter::default(), policy::d());
    assert_eq!(
        topics(&rows),
        ["Logistics outlook", "Competitor pricing", "Bolt's needs"]
    );
    assert_eq!(rows[1].member.0, "amy");
    assert_eq!(rows[2].member.0, "sam");
    let later = super::rows(&r, &Filter::default(), day("2026-11-25"));
    assert_eq!(later.len(), 4);
}

#[test]
fn filters_by_kind_client_member_and_period() {
    let r = policy::records();
    let d = policy::d();
    let kind = Filter {
        kind: Some(ResearchKind::Competitor),
        ..Filter::default()
    };
    assert_eq!(topics(&rows(&r, &kind, d)), ["Competitor pricing"]);
    let member = Filter {
        member: Some("sam".into()),
        ..Filter::default()
    };
    assert_eq!(topics(&rows(&r, &member, d)), ["Bolt's needs"]);
    let period = Filter {
        period: Period {
            from: Some(day("2026-11-04")),
            to: None,
        },
        ..Filter::default()
    };
    assert_eq!(rows(&r, &period, d).len(), 2);
    assert_eq!(
        topics(&client_notes(&r, "acme", d)),
        ["Competitor pricing", "Bolt's needs"]
    );
    assert_eq!(topics(&client_notes(&r, "bolt", d)), ["Bolt's needs"]);
}

#[test]
fn clients_join_with_semicolons_in_one_cell() {
    let r = policy::records();
    let rows = rows(&r, &Filter::default(), policy::d());
    let t = to_table(&rows);
    let mut csv = Vec::new();
    t.write(
        crate::render::Format::Csv,
        &crate::render::Style::default(),
        &mut csv,
    )
    .unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.starts_with("date,member,kind,topic,clients,source,summary\n"));
    assert!(
        csv.contains("2026-11-10,sam,client-needs,Bolt's needs,bolt;acme,,wants faster quotes\n"),
        "{csv}"
    );
}
