//! Events: every event listed, attendance counted once held, filters.

use super::*;
use crate::model::EventKind;
use crate::report::testkit::{day, policy};

#[test]
fn events_with_attendance_rates_as_of_d() {
    let r = policy::records();
    let rows = rows(&r, &Filter::default(), policy::d());
    let ids: Vec<&str> = rows.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, ["E-2026-01", "E-2026-02"]);
    assert_eq!(rows[0].organiser.0, "boss");
    assert_eq!(rows[0].attendance_rate, Some(0.5));
    assert_eq!(rows[0].cost, Some(8000.0));
    // the seminar of 28 Nov is still ahead: listed, nothing attended yet
    assert_eq!(rows[1].attendance_rate, None);
    // before 12 Nov the thanks event had not been held either
    let early = super::rows(&r, &Filter::default(), day("2026-11-11"));
    assert!(early[0].attended.is_empty());
    assert_eq!(early[0].attendance_rate, None);
}

#[test]
fn filters_by_kind_and_client() {
    let r = policy::records();
    let d = policy::d();
    let seminar = Filter {
        kind: Some(EventKind::Seminar),
        ..Filter::default()
    };
    assert_eq!(rows(&r, &seminar, d)[0].id, "E-2026-02");
    let acme = Filter {
        client: Some("acme".into()),
        ..Filter::default()
    };
    assert_eq!(rows(&r, &acme, d).len(), 1);
}

#[test]
fn csv_columns_and_cells() {
    let r = policy::records();
    let t = to_table(&rows(&r, &Filter::default(), policy::d()));
    let mut csv = Vec::new();
    t.write(
        crate::render::Format::Csv,
        &crate::render::Style::default(),
        &mut csv,
    )
    .unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert_eq!(
        csv,
        "id,date,title,kind,organiser,invited,attended,attendance_rate,cost\n\
         E-2026-01,2026-11-12,Autumn thanks,appreciation,boss,acme;bolt,acme,0.50,8000\n\
         E-2026-02,2026-11-28,Product seminar,seminar,boss,bolt,,,\n"
    );
}
