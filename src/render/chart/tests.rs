//! Tests of the SVG charts: every value carries its CSV figure, the
//! reference line sits where its value is, labels are escaped.

use super::*;

fn kpi() -> Chart {
    Chart {
        key: "kpi",
        title: "KPI <score>".into(),
        note: String::new(),
        kind: Kind::Bars {
            values: vec![
                Value::new("li-wei", 45.3, "45.3"),
                Value::new("sun-li", 200.0, "200.0"),
            ],
            reference: Some(100.0),
        },
    }
}

#[test]
fn bars_carry_their_figures_and_a_reference() {
    let html = figure(&kpi());
    assert!(html.contains("data-label=\"li-wei\""), "{html}");
    assert!(html.contains("data-value=\"45.3\""), "{html}");
    assert!(html.contains("<title>sun-li: 200.0</title>"), "{html}");
    assert!(html.contains("data-reference=\"100\""), "{html}");
    assert!(html.contains("KPI &lt;score&gt;"), "{html}");
    assert!(!html.contains("http"), "{html}");
    // the longest bar spans the whole area; the reference is at half of it
    assert!(html.contains(&format!("width=\"{}\"", px(super::bars::AREA_FOR_TESTS))));
}

#[test]
fn stacked_series_show_every_part() {
    let c = Chart {
        key: "sla",
        title: "SLA".into(),
        note: String::new(),
        kind: Kind::Series {
            names: vec!["on time".into(), "late".into()],
            rows: vec![(
                "2026-11".into(),
                vec![Value::count("2026-11", 3), Value::count("2026-11", 1)],
            )],
            stacked: true,
        },
    };
    let html = figure(&c);
    assert!(
        html.contains("data-series=\"on time\" data-value=\"3\""),
        "{html}"
    );
    assert!(
        html.contains("data-series=\"late\" data-value=\"1\""),
        "{html}"
    );
    assert!(html.contains(">3 / 1<"), "{html}");
    assert!(html.contains("class=\"legend\""), "{html}");
}

#[test]
fn heat_cells_are_coloured_by_code() {
    let c = Chart {
        key: "days",
        title: "days".into(),
        note: String::new(),
        kind: Kind::Heat {
            columns: vec!["2026-11-02".into(), "2026-11-03".into()],
            rows: vec![("li-wei".into(), vec!["P".into(), String::new()])],
            legend: vec![("P".into(), "present".into())],
        },
    };
    let html = figure(&c);
    assert!(
        html.contains("data-series=\"2026-11-02\" data-value=\"P\""),
        "{html}"
    );
    assert!(html.contains(">2<"), "{html}");
    assert!(html.contains("P present"), "{html}");
}

#[test]
fn long_labels_are_cut() {
    assert_eq!(short("台州利民塑料製品有限公司", 9), "台州利民…");
    assert_eq!(short("li-wei", 9), "li-wei");
}
