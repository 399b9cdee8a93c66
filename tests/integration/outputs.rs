//! `--format html` and `-o FILE`: every report is one self-contained page
//! that an HTML5 parser (scraper/html5ever) reads without an error and
//! that names no URL; tables and charts carry the CSV's figures; `-o`
//! picks the format from the extension and replaces the file atomically.

use std::collections::BTreeMap;

use scraper::{ElementRef, Html, Selector};

use super::common::clientele;

/// Runs clientele on the sample records as of 2026-11-20.
pub fn sample(args: &[&str]) -> (i32, Vec<u8>, String) {
    let out = clientele()
        .args(["--records", "records", "--as-of", "2026-11-20"])
        .args(args)
        .output()
        .unwrap();
    let code = out.status.code().unwrap_or(-1);
    (code, out.stdout, String::from_utf8(out.stderr).unwrap())
}

/// The sample's CSV for `args`: the header and the rows (formula guard
/// `'` removed).
pub fn csv_rows(args: &[&str]) -> (Vec<String>, Vec<Vec<String>>) {
    let (code, out, err) = sample(&[args, &["--format", "csv"]].concat());
    assert_eq!(code, 0, "{args:?}: {err}");
    let mut r = csv::Reader::from_reader(out.as_slice());
    let header = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r
        .records()
        .map(|x| {
            x.unwrap()
                .iter()
                .map(|c| c.trim_start_matches('\'').to_string())
                .collect()
        })
        .collect();
    (header, rows)
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// Parses a page and asserts it is whole and fetches nothing: no parse
/// error, no script, no external element, no attribute or style naming a
/// URL.
pub fn parse_page(bytes: &[u8], what: &str) -> Html {
    let text = std::str::from_utf8(bytes).unwrap();
    let page = Html::parse_document(text);
    assert!(page.errors.is_empty(), "{what}: {:?}", page.errors);
    assert!(text.starts_with("<!DOCTYPE html>"), "{what}");
    for tag in [
        "script", "link", "img", "iframe", "object", "embed", "image", "use",
    ] {
        assert_eq!(page.select(&sel(tag)).count(), 0, "{what}: <{tag}>");
    }
    for el in page.select(&sel("*")) {
        for (name, value) in el.value().attrs() {
            let v = value.to_ascii_lowercase();
            assert!(
                !v.contains("://") && !v.starts_with("//") && !v.contains("url("),
                "{what}: {name}=\"{value}\""
            );
        }
    }
    for style in page.select(&sel("style")) {
        let css: String = style.text().collect();
        assert!(!css.contains("url(") && !css.contains("@import"), "{what}");
    }
    assert!(
        page.select(&sel("meta[name=viewport]")).count() == 1,
        "{what}"
    );
    page
}

/// A table's rows as the CSV would have them: a `<time>`'s machine
/// value, else the cell's text.
pub fn table_rows(table: ElementRef) -> Vec<Vec<String>> {
    table
        .select(&sel("tbody tr"))
        .filter(|tr| tr.select(&sel("td.none")).next().is_none())
        .map(|tr| {
            tr.select(&sel("td"))
                .map(|td| match td.select(&sel("time[datetime]")).next() {
                    Some(t) => t.attr("datetime").unwrap().to_string(),
                    None => td.text().collect(),
                })
                .collect()
        })
        .collect()
}

#[test]
fn every_report_is_one_self_contained_page() {
    let commands: &[&[&str]] = &[
        &["summary"],
        &["check"],
        &["tiers"],
        &["followups"],
        &["plans"],
        &["care"],
        &["pipeline", "--by", "owner"],
        &["complaints"],
        &["complaints", "--summary"],
        &["attendance", "--days"],
        &["leave"],
        &["actions"],
        &["meetings"],
        &["kpi"],
        &["kpi", "--explain", "li-wei"],
        &["appraisal"],
        &["promotion"],
        &["awards", "--totals"],
        &["training", "--sessions"],
        &["report", "weekly", "--member", "li-wei"],
        &["report", "month", "--member", "li-wei"],
        &["report", "month"],
    ];
    for args in commands {
        let (code, out, err) = sample(&[*args, &["--format", "html"]].concat());
        assert_eq!(code, 0, "{args:?}: {err}");
        let page = parse_page(&out, &format!("{args:?}"));
        assert_eq!(page.select(&sel("h1")).count(), 1, "{args:?}");
    }
}

#[test]
fn html_tables_hold_the_csv_rows() {
    let cases: &[&[&str]] = &[
        &["kpi"],
        &["tiers"],
        &["followups"],
        &["complaints"],
        &["care", "--within", "30"],
        &["attendance", "--days"],
        &["training"],
    ];
    for args in cases {
        let (_, out, _) = sample(&[*args, &["--format", "html"]].concat());
        let page = parse_page(&out, &format!("{args:?}"));
        let table = page.select(&sel("table")).next().unwrap();
        let head: Vec<String> = table
            .select(&sel("th"))
            .map(|t| t.text().collect())
            .collect();
        let (header, rows) = csv_rows(args);
        assert_eq!(head, header, "{args:?}");
        assert!(!rows.is_empty(), "{args:?}: compare something");
        assert_eq!(table_rows(table), rows, "{args:?}");
    }
}

#[test]
fn contacts_are_masked_in_pages_unless_revealed() {
    let (_, masked, _) = sample(&["care", "--within", "60", "--format", "html"]);
    let masked = String::from_utf8(masked).unwrap();
    assert!(masked.contains("****"), "a masked phone is shown");
    let (_, shown, _) = sample(&["care", "--within", "60", "--format", "html", "--reveal"]);
    assert!(!String::from_utf8(shown).unwrap().contains("****"));
}

/// The `data-value` of each drawn mark of chart `key`, by label (and
/// series, when there are several).
fn chart_values(page: &Html, key: &str) -> BTreeMap<(String, String), String> {
    let svg = page
        .select(&sel(&format!("svg[data-chart={key}]")))
        .next()
        .unwrap_or_else(|| panic!("no chart {key}"));
    svg.select(&sel("rect[data-value]"))
        .map(|r| {
            let series = r.attr("data-series").unwrap_or_default().to_string();
            let label = r.attr("data-label").unwrap().to_string();
            ((label, series), r.attr("data-value").unwrap().to_string())
        })
        .collect()
}

/// `column` of `rows` by the value of `key`.
fn by(header: &[String], rows: &[Vec<String>], key: &str, column: &str) -> Vec<(String, String)> {
    let k = header.iter().position(|h| h == key).unwrap();
    let c = header.iter().position(|h| h == column).unwrap();
    rows.iter()
        .filter(|r| !r[c].is_empty())
        .map(|r| (r[k].clone(), r[c].clone()))
        .collect()
}

#[test]
fn month_charts_draw_the_csv_figures() {
    let (code, out, err) = sample(&["report", "month", "--format", "html"]);
    assert_eq!(code, 0, "{err}");
    let page = parse_page(&out, "report month");
    let plain = |m: BTreeMap<(String, String), String>| -> Vec<(String, String)> {
        m.into_iter().map(|((l, _), v)| (l, v)).collect()
    };
    // KPI per member against 100
    let (h, rows) = csv_rows(&["kpi"]);
    let mut want = by(&h, &rows, "member", "kpi_score");
    want.sort();
    assert_eq!(plain(chart_values(&page, "kpi")), want);
    let reference = page
        .select(&sel("svg[data-chart=kpi] line[data-reference]"))
        .next();
    assert_eq!(reference.unwrap().attr("data-reference"), Some("100"));
    // training hours per member
    let (h, rows) = csv_rows(&["training"]);
    let mut want = by(&h, &rows, "member", "hours");
    want.sort();
    assert_eq!(plain(chart_values(&page, "training")), want);
    // grade distribution: counts of the appraisal CSV's grades
    let (h, rows) = csv_rows(&["appraisal"]);
    let g = h.iter().position(|x| x == "grade").unwrap();
    for grade in ["A", "B", "C", "D"] {
        let n = rows.iter().filter(|r| r[g] == grade).count().to_string();
        assert_eq!(
            chart_values(&page, "grades")[&(grade.into(), "grades".into())],
            n
        );
    }
    // tier distribution now and last month, and the changes
    let (h, rows) = csv_rows(&["tiers"]);
    let (t, p) = (
        h.iter().position(|x| x == "tier").unwrap(),
        h.iter().position(|x| x == "previous").unwrap(),
    );
    let tiers = chart_values(&page, "tiers");
    for tier in ["A", "B", "C", "D"] {
        let now = rows.iter().filter(|r| r[t] == tier).count().to_string();
        let before = rows.iter().filter(|r| r[p] == tier).count().to_string();
        assert_eq!(tiers[&(tier.into(), "now".into())], now);
        assert_eq!(tiers[&(tier.into(), "end of last month".into())], before);
    }
    let changed = csv_rows(&["tiers", "--changed"]).1;
    let up = changed
        .iter()
        .filter(|r| !r[p].is_empty() && r[t] < r[p])
        .count();
    let down = changed
        .iter()
        .filter(|r| r[t] > r[p] && !r[p].is_empty())
        .count();
    let new = changed.iter().filter(|r| r[p].is_empty()).count();
    let caption: String = page
        .select(&sel("#chart-tiers figcaption"))
        .next()
        .unwrap()
        .text()
        .collect();
    let said = format!("{up} up, {down} down, {new} newly graded");
    assert!(caption.contains(&said), "{caption} / {said}");
    // pipeline funnel: deals per stage
    let (h, rows) = csv_rows(&["pipeline"]);
    let mut want = by(&h, &rows, "stage", "deals");
    want.sort();
    assert_eq!(plain(chart_values(&page, "pipeline")), want);
}

#[test]
fn attendance_heat_map_and_sla_match_the_csv() {
    let (_, out, _) = sample(&["report", "month", "--format", "html"]);
    let page = parse_page(&out, "report month");
    let (h, rows) = csv_rows(&["attendance", "--days"]);
    let cells = chart_values(&page, "attendance");
    for r in &rows {
        for (day, code) in h.iter().zip(r).skip(2) {
            assert_eq!(&cells[&(r[0].clone(), day.clone())], code, "{} {day}", r[0]);
        }
    }
    assert_eq!(cells.len(), rows.len() * (h.len() - 2));
    let (h, rows) = csv_rows(&[
        "complaints",
        "--summary",
        "--from",
        "2025-12-01",
        "--to",
        "2026-11-30",
    ]);
    let sla = chart_values(&page, "complaints");
    let col = |r: &Vec<String>, n: &str| -> usize {
        r[h.iter().position(|x| x == n).unwrap()].parse().unwrap()
    };
    for r in &rows {
        let get = |s: &str| {
            sla[&(r[0].clone(), s.to_string())]
                .parse::<usize>()
                .unwrap()
        };
        assert_eq!(get("resolved on time"), col(r, "resolution_on_time"));
        assert_eq!(
            get("resolved late"),
            col(r, "resolved") - col(r, "resolution_on_time")
        );
        assert_eq!(get("open"), col(r, "open"));
        assert_eq!(get("overdue"), col(r, "overdue"));
    }
}

#[test]
fn summary_page_has_the_briefing_and_its_charts() {
    let (_, out, _) = sample(&["summary", "--format", "html"]);
    let page = parse_page(&out, "summary");
    let counts = csv_rows(&["summary"]).1;
    for row in &counts {
        let h2: String = page
            .select(&sel(&format!("section#{} h2", row[0])))
            .next()
            .unwrap()
            .text()
            .collect();
        assert_eq!(h2, format!("{} ({})", row[1], row[2]));
    }
    for key in [
        "kpi",
        "tiers",
        "complaints",
        "pipeline",
        "attendance",
        "training",
    ] {
        assert!(!chart_values(&page, key).is_empty(), "{key}");
    }
}

#[test]
fn team_report_page_has_its_sections_and_the_month_charts() {
    let (code, out, err) = sample(&["report", "team", "--format", "html"]);
    assert_eq!(code, 0, "{err}");
    let page = parse_page(&out, "report team");
    assert!(page.select(&sel("section#charts")).next().is_some());
    // the KPI chart draws the kpi report's scores, as on the month page
    let (h, rows) = csv_rows(&["kpi"]);
    let mut want = by(&h, &rows, "member", "kpi_score");
    want.sort();
    let got: Vec<(String, String)> = chart_values(&page, "kpi")
        .into_iter()
        .map(|((l, _), v)| (l, v))
        .collect();
    assert_eq!(got, want);
    for key in ["tiers", "complaints", "pipeline", "training"] {
        assert!(!chart_values(&page, key).is_empty(), "{key}");
    }
}
