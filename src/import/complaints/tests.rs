//! The complaint import's mapping, row by row, on exports written out here.

use super::*;
use crate::import::inputs::{InFile, Inputs};
use crate::import::table::{self, Keep};

const HEAD: &str = "Date received,Product,Sub-product,Issue,Sub-issue,Consumer complaint narrative,Company public response,Company,State,ZIP code,Tags,Consumer consent provided?,Submitted via,Date sent to company,Company response to consumer,Timely response?,Consumer disputed?,Complaint ID\n";

fn options() -> Options {
    Options {
        client: "acme".into(),
        handler: "wang-fang".into(),
        severity: Severity::Medium,
        map: None,
        company: None,
        id_prefix: String::new(),
        skip_existing: false,
    }
}

/// Plans `rows` (after the header) with `o`; the problems as
/// `line:col: severity: message`.
fn run(rows: &str, o: &Options, existing: &Existing, map: Option<&str>) -> (Plan, Vec<String>) {
    let mut inputs = Inputs::default();
    let mut p = Problems::default();
    let mut o = o.clone();
    if let Some(m) = map {
        let file = InFile::bytes("map.csv", m.as_bytes());
        let input = table::read(&mut inputs, file, &["severity"], Keep::All, &mut p).unwrap();
        let header = input.header_cell(0).unwrap().into();
        o.map = Some(severity_map(&input, header, &mut p));
    }
    let text = format!("Archive:  x.zip\n  inflating: complaints.csv   \n{HEAD}{rows}");
    let file = InFile::bytes("c.csv", text.as_bytes());
    let kept = kept(o.map.as_ref());
    let input = table::read(&mut inputs, file, COLUMNS, Keep::Only(&kept), &mut p).unwrap();
    let plan = plan(&input, existing, &o, &mut p);
    (plan, inputs.listing(&p))
}

const ROWS: &str = "\
2020-03-18,\"Credit reporting, credit repair services, or other personal consumer reports\",Credit reporting,Incorrect information on your report,Information belongs to someone else,,,\"TRANSUNION INTERMEDIATE HOLDINGS, INC.\",FL,330XX,,Other,Web,2020-03-19,Closed with explanation,Yes,N/A,3571115
2019-09-24,Debt collection,I do not know,Attempts to collect debt not owed,Debt is not yours,\"transworld systems inc. \nis trying to collect a \"\"debt\"\".\",,TRANSWORLD SYSTEMS INC,FL,335XX,,Consent provided,Postal mail,2019-09-24,In progress,Yes,N/A,3384392
2016-08-05,Payday loan,,Charged fees or interest I didn't expect,,,,Premier\u{a0}Student\u{a0}Loan\u{a0}Center,LA,708XX,,Consent provided,Phone,2016-08-09,Untimely response,No,No,2048547
";

#[test]
fn every_column_maps_as_documented() {
    let (plan, problems) = run(ROWS, &options(), &Existing::default(), None);
    assert_eq!(
        problems,
        [
            "c.csv:1:1: warning: 2 lines before the header are not data: skipped",
            "c.csv:7:12: warning: product `Payday loan` is read as `Payday loan, title loan, or personal loan` (1 row)",
        ]
    );
    let c: Vec<String> = plan
        .complaints
        .iter()
        .map(|c| {
            format!(
                "{} {} {:?} {} {:?} {:?} {:?} | {} | {:?}",
                c.id,
                c.received,
                c.severity,
                c.channel.map_or("", |x| x.as_str()),
                c.responded.map(|t| t.to_string()),
                c.resolved.map(|t| t.to_string()),
                c.severity,
                c.summary,
                c.extra
            )
        })
        .collect();
    assert_eq!(
        c,
        [
            "2048547 2016-08-05 00:00:00 Medium phone Some(\"2016-08-09 00:00:00\") None Medium | Payday loan, title loan, or personal loan: Charged fees or interest I didn't expect | [(\"company\", \"Premier\\u{a0}Student\\u{a0}Loan\\u{a0}Center\"), (\"company_response\", \"Untimely response\"), (\"timely_response\", \"No\")]",
            "3384392 2019-09-24 00:00:00 Medium other Some(\"2019-09-24 00:00:00\") None Medium | Debt collection: Attempts to collect debt not owed | [(\"company\", \"TRANSWORLD SYSTEMS INC\"), (\"sub_issue\", \"Debt is not yours\"), (\"company_response\", \"In progress\"), (\"timely_response\", \"Yes\")]",
            "3571115 2020-03-18 00:00:00 Medium web Some(\"2020-03-19 00:00:00\") Some(\"2020-03-19 00:00:00\") Medium | Credit reporting, credit repair services, or other personal consumer reports: Incorrect information on your report | [(\"company\", \"TRANSUNION INTERMEDIATE HOLDINGS, INC.\"), (\"sub_issue\", \"Information belongs to someone else\"), (\"company_response\", \"Closed with explanation\"), (\"timely_response\", \"Yes\")]",
        ]
    );
}

#[test]
fn channels() {
    assert_eq!(channel("Web"), Channel::Web);
    assert_eq!(channel("Phone"), Channel::Phone);
    assert_eq!(channel("Email"), Channel::Email);
    assert_eq!(channel("Postal mail"), Channel::Other);
    assert_eq!(channel("Referral"), Channel::Other);
    assert_eq!(channel("Fax"), Channel::Other);
}

#[test]
fn severity_by_map_company_filter_and_prefix() {
    let mut o = options();
    o.company = Some("premier student loan center".into());
    o.id_prefix = "CFPB-".into();
    o.severity = Severity::Low;
    let (plan, problems) = run(
        ROWS,
        &o,
        &Existing::default(),
        Some("Issue,severity\nCharged fees or interest I didn't expect,HIGH\n"),
    );
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!(plan.complaints.len(), 1);
    assert_eq!(
        (plan.complaints[0].id.as_str(), plan.complaints[0].severity),
        ("CFPB-2048547", Severity::High)
    );
    assert_eq!(plan.skipped.get("import-why-other-companies"), Some(&2));
    // unmatched rows take --severity; a bad map is reported at its cells
    let (plan, problems) = run(
        ROWS,
        &options(),
        &Existing::default(),
        Some("Nope,severity\nx,urgent\n"),
    );
    let in_map: Vec<&String> = problems
        .iter()
        .filter(|p| p.starts_with("map.csv"))
        .collect();
    assert_eq!(
        in_map,
        [
            "map.csv:1:1: error: the export has no column `Nope`: the severity map's first column names one (e.g. Issue)",
            "map.csv:2:3: error: severity `urgent` is not one of high, medium, low",
        ]
    );
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(
        plan.complaints
            .iter()
            .all(|c| c.severity == Severity::Medium)
    );
    let mut o = options();
    o.company = Some("Nobody Inc".into());
    let (plan, problems) = run(ROWS, &o, &Existing::default(), None);
    assert!(plan.complaints.is_empty());
    assert!(problems.contains(&"c.csv:1:1: warning: no row names the company `Nobody Inc`: nothing to import (compare the export's Company column)".to_string()), "{problems:?}");
}

#[test]
fn bad_rows_and_existing_ids() {
    let mut existing = Existing::default();
    existing.add_complaint("3571115", "acme");
    let rows = format!(
        "{ROWS}2019-13-01,Mortgage,,Trouble,,,,X,,,,,Web,2019-12-01,Closed,Yes,N/A,1\n2019-12-02,Mortgage,,Trouble,,,,X,,,,,Web,2019-12-01,Closed,Yes,N/A,2\n2019-12-02,,,,,,,X,,,,,Web,2019-12-03,Closed,Yes,N/A,3\n2019-12-02,Mortgage,,Trouble,,,,X,,,,,Web,2019-12-03,Closed,Yes,N/A,3\n2019-12-02,Mortgage,,Trouble,,,,X,,,,,Web,2019-12-03,Closed,Yes,N/A,\n"
    );
    let (plan, problems) = run(&rows, &options(), &existing, None);
    assert_eq!(
        problems,
        [
            "c.csv:1:1: warning: 2 lines before the header are not data: skipped",
            "c.csv:4:287: error: complaint `3571115` is already in clients/acme.toml",
            "c.csv:7:12: warning: product `Payday loan` is read as `Payday loan, title loan, or personal loan` (1 row)",
            "c.csv:8:1: error: Date received `2019-13-01` is not a date: write YYYY-MM-DD, e.g. 2017-03-01",
            "c.csv:9:43: error: Date sent to company 2019-12-01 is before Date received 2019-12-02",
            "c.csv:10:14: error: Product and Issue are empty: nothing to summarise the complaint by",
            "c.csv:11:69: error: Complaint ID `3` is used twice in the export: this row is not read",
            "c.csv:12:69: error: Complaint ID is empty: the row is not read",
        ]
    );
    assert_eq!(plan.complaints.len(), 2);
    existing.add_complaint("3384392", "acme");
    let mut o = options();
    o.skip_existing = true;
    let (plan, _) = run(ROWS, &o, &existing, None);
    assert_eq!(plan.complaints.len(), 1);
    assert_eq!(plan.skipped.get("import-why-complaints-exist"), Some(&2));
}
