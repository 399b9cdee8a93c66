//! `--format xlsx`: every cell read back by an independent reader
//! (calamine) equals the CSV's: numbers are numbers, dates are dates, text
//! is text; `report month` without `--member` is the team's month-end pack.

use calamine::{Data, Reader, Xlsx};

use super::outputs::{csv_rows, sample};

pub type Sheets = Vec<(String, Vec<Vec<Data>>)>;

pub fn read(bytes: Vec<u8>) -> Sheets {
    let mut wb: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let names = wb.sheet_names().to_vec();
    names
        .into_iter()
        .map(|n| {
            let range = wb.worksheet_range(&n).unwrap();
            let rows = range.rows().map(<[Data]>::to_vec).collect();
            (n, rows)
        })
        .collect()
}

/// Asserts that one sheet holds exactly the CSV of `args`, typed.
fn assert_sheet_is_csv(rows: &[Vec<Data>], args: &[&str]) {
    let (header, csv) = csv_rows(args);
    let head: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(head, header, "{args:?}");
    assert_eq!(rows.len() - 1, csv.len(), "{args:?}");
    assert!(!csv.is_empty(), "{args:?}: compare something");
    for (r, (row, want)) in rows[1..].iter().zip(&csv).enumerate() {
        for (c, want) in want.iter().enumerate() {
            let got = row.get(c).unwrap_or(&Data::Empty);
            let at = format!("{args:?} row {} column {}", r + 1, header[c]);
            match got {
                Data::Empty => assert_eq!(want, "", "{at}"),
                Data::Float(v) => {
                    let w: f64 = want
                        .parse()
                        .unwrap_or_else(|_| panic!("{at}: {want} is not a number"));
                    assert!((v - w).abs() < 1e-9, "{at}: {v} != {want}");
                }
                Data::Int(v) => assert_eq!(v.to_string(), *want, "{at}"),
                Data::Bool(b) => assert_eq!(b.to_string(), *want, "{at}"),
                Data::String(s) => {
                    assert_eq!(s, want, "{at}");
                    assert!(
                        want.parse::<f64>().is_err(),
                        "{at}: a number stored as text"
                    );
                }
                Data::DateTime(d) => {
                    let dt = d.as_datetime().unwrap();
                    let shown = if want.len() == 10 {
                        dt.format("%Y-%m-%d").to_string()
                    } else {
                        dt.format("%Y-%m-%dT%H:%M:%S").to_string()
                    };
                    assert_eq!(shown, *want, "{at}");
                }
                other => panic!("{at}: unexpected {other:?}"),
            }
        }
    }
}

#[test]
fn every_cell_of_a_report_workbook_is_the_csv_cell() {
    let cases: &[&[&str]] = &[
        &["kpi"],
        &["tiers"],
        &["followups"],
        &["complaints"],
        &["pipeline", "--by", "owner"],
        &["leave"],
        &["care", "--within", "30"],
        &["actions"],
        &["training", "--sessions"],
    ];
    for args in cases {
        let (code, out, err) = sample(&[*args, &["--format", "xlsx"]].concat());
        assert_eq!(code, 0, "{args:?}: {err}");
        let sheets = read(out);
        assert_eq!(sheets.len(), 1, "{args:?}");
        assert_sheet_is_csv(&sheets[0].1, args);
    }
}

#[test]
fn the_briefing_workbook_has_the_counts_then_each_section() {
    let (code, out, err) = sample(&["summary", "--format", "xlsx"]);
    assert_eq!(code, 0, "{err}");
    let sheets = read(out);
    assert_eq!(sheets[0].0, "summary");
    assert_sheet_is_csv(&sheets[0].1, &["summary"]);
    let keys: Vec<&str> = sheets[1..].iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(keys[0], "followups_overdue");
    assert_eq!(sheets.len(), csv_rows(&["summary"]).1.len() + 1);
}

#[test]
fn dates_and_numbers_are_typed() {
    let (_, out, _) = sample(&["complaints", "--format", "xlsx"]);
    let sheets = read(out);
    let rows = &sheets[0].1;
    let received = rows[0]
        .iter()
        .position(|c| *c == Data::String("received".into()))
        .unwrap();
    assert!(
        matches!(rows[1][received], Data::DateTime(_)),
        "{:?}",
        rows[1][received]
    );
    let (_, out, _) = sample(&["pipeline", "--format", "xlsx"]);
    let rows = &read(out)[0].1;
    assert!(
        matches!(rows[1][2], Data::Float(_)),
        "amount: {:?}",
        rows[1][2]
    );
    assert_eq!(sheets[0].0, "complaints");
}

#[test]
fn the_month_end_pack_has_a_sheet_per_report() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("2026-11.xlsx");
    let (code, _, err) = sample(&["report", "month", "-o", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let sheets = read(std::fs::read(&path).unwrap());
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "kpi",
            "appraisal",
            "attendance",
            "attendance-days",
            "complaints",
            "complaints-by-month",
            "training",
            "tiers",
            "pipeline"
        ]
    );
    let csv_of: [&[&str]; 8] = [
        &["kpi"],
        &["appraisal"],
        &["attendance"],
        &["attendance", "--days"],
        &["complaints", "--month", "2026-11"],
        &[
            "complaints",
            "--summary",
            "--from",
            "2025-12-01",
            "--to",
            "2026-11-30",
        ],
        &["training"],
        &["tiers"],
    ];
    for ((_, rows), args) in sheets.iter().zip(csv_of) {
        assert_sheet_is_csv(rows, args);
    }
    assert_sheet_is_csv(&sheets[8].1, &["pipeline"]);
}

/// The text of `part` inside the workbook (a zip of XML files).
fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut text).unwrap();
    text
}

#[test]
fn the_header_row_is_frozen_and_chinese_columns_are_wide() {
    let (_, out, _) = sample(&["tiers", "--format", "xlsx"]);
    let sheet = part(&out, "xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains("ySplit=\"1\"") && sheet.contains("state=\"frozen\""),
        "{sheet}"
    );
    assert!(sheet.contains("<autoFilter "), "{sheet}");
    // `name` (second column) holds 12 CJK characters: 24 display columns
    let cols = &sheet[sheet.find("<cols>").unwrap()..sheet.find("</cols>").unwrap()];
    let name_col = cols
        .split("<col ")
        .find(|c| c.starts_with("min=\"2\""))
        .unwrap();
    let width: f64 = name_col
        .split("width=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(width >= 24.0, "{name_col}");
    let styles = part(&out, "xl/styles.xml");
    assert!(
        styles.contains("formatCode=\"#,##0.00\""),
        "money has two decimals"
    );
}
