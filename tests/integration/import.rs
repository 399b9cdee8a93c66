//! `import crm` and `import complaints` on the slices of real exports in
//! `tests/data/` (see its README), into temporary copies of
//! `tests/fixtures/base`: the summary, the problems, the files written,
//! then `check`, `fmt --check` and reports on the result; re-runs, dry runs
//! and failing imports, which must leave the folder byte for byte as it was.

use std::collections::BTreeMap;
use std::path::Path;

use super::common::*;

const CRM: &str = "tests/data/maven-crm";
const CFPB: &str = "tests/data/cfpb-complaints/complaints.csv";

/// Every file below `dir` (hidden ones too) → its bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for e in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let e = e.unwrap();
        if e.file_type().is_file() {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.insert(rel, std::fs::read(e.path()).unwrap());
        }
    }
    out
}

fn in_records(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let records = dir.to_string_lossy().into_owned();
    let mut all = vec!["--records", records.as_str()];
    all.extend_from_slice(args);
    run(&all)
}

fn read(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(rel)).unwrap()
}

/// `check` passes with no errors and `fmt --check` finds nothing to do.
fn assert_clean(dir: &Path, warnings: usize) {
    let (code, out, _) = in_records(dir, &["check"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.ends_with(&format!(": 0 errors, {warnings} warnings\n")),
        "{out}"
    );
    let (code, out, _) = in_records(dir, &["fmt", "--check"]);
    assert_eq!((code, out.as_str()), (0, ""));
}

const CRM_SUMMARY: &str = "\
imported tests/data/maven-crm: added 13 members, 8 clients, 20 deals
  team.toml                      13 new members (2 leads, 11 managers)
  clients/acme-corporation.toml  new prospect, owner darcel-schlecht, 2 deals
  clients/bioholding.toml        new customer, owner anna-snelling, 4 deals
  clients/bluth-company.toml     new prospect, owner darcel-schlecht, 2 deals
  clients/condax.toml            new customer, owner darcel-schlecht, 4 deals
  clients/dambase.toml           new customer, owner anna-snelling, 2 deals
  clients/gekko-co.toml          new prospect, owner jonathan-berthelot, 1 deal
  clients/green-plus.toml        new prospect, owner anna-snelling, 1 deal
  clients/inity.toml             new customer, owner anna-snelling, 4 deals
left out: 2 deals with no account
";

const CRM_WARNINGS: &str = "\
tests/data/maven-crm/accounts.csv:2:18: warning: sector `technolgy` is read as `technology` (2 rows) [W0806]
  |
2 | Acme Corporation,technolgy,1996,1100.04,2822,United States,
  |                  ^^^^^^^^^
tests/data/maven-crm/sales_pipeline.csv:5:26: warning: product `GTXPro` is read as `GTX Pro` (5 rows) [W0806]
  |
5 | 3W1K7X5F,Darcel Schlecht,GTXPro,Condax,Lost,2016-12-04,2017-03-09,0
  |                          ^^^^^^
tests/data/maven-crm/sales_pipeline.csv:10:34: warning: opportunity LAYVBSH4 has no account: a deal lives under a client, so it is not imported [W0805]
   |
10 | LAYVBSH4,Anna Snelling,GTX Basic,,Engaging,2017-07-19,,
   |                                  ^
tests/data/maven-crm/sales_pipeline.csv:18:34: warning: opportunity 3LCLVRVV has no account: a deal lives under a client, so it is not imported [W0805]
   |
18 | 3LCLVRVV,Anna Snelling,GTX Basic,,Prospecting,,,
   |                                  ^
note: the imported records bring 4 × W0701 a customer without a contact (see `clientele check`)
";

/// Imports the CRM slice into a copy of `base`; checks what it printed.
fn imported_crm() -> tempfile::TempDir {
    let tmp = copy_fixture("base");
    let (code, out, err) = in_records(tmp.path(), &["import", "crm", CRM]);
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (0, CRM_SUMMARY, CRM_WARNINGS)
    );
    tmp
}

// The pipeline as of the export's last day, worked by hand from
// sales_pipeline.csv: won 53 + 67 + 48 + 62 = 230 (4 deals); 4 lost at 0;
// 6 Engaging rows with an account at list price 4821 (GTXPro) + 1096 + 55
// + 3393 + 550 + 550 = 10465; 6 Prospecting rows with an account 550 +
// 3393 + 1096 + 3 × 4821 = 19502. conversion 4 / 8; days to close 126,
// 112, 95, 95, 104, 95, 74, 102: 803 / 8 = 100.375.
const PIPELINE: &str = "\
stage,deals,amount,conversion,avg_days_to_close
lead,6,19502,0.50,100.4
qualified,0,0,0.50,100.4
proposal,0,0,0.50,100.4
negotiation,6,10465,0.50,100.4
won,4,230,0.50,100.4
lost,4,0,0.50,100.4
";

#[test]
fn crm_export_becomes_members_clients_and_deals_that_pass_check() {
    let tmp = imported_crm();
    let dir = tmp.path();
    // 4 customers without a contact: the export has no contact persons
    assert_clean(dir, 4);
    let (code, out, _) = in_records(
        dir,
        &["pipeline", "--as-of", "2017-12-31", "--format", "csv"],
    );
    assert_eq!((code, out.as_str()), (0, PIPELINE));
    let (_, json, _) = in_records(
        dir,
        &["pipeline", "--as-of", "2017-12-31", "--format", "json"],
    );
    assert_json_rows_match_csv(&json, PIPELINE, "pipeline");
    // dambase: a 1:1 tie between Versie Hillebrand and Anna Snelling goes
    // to the name first in order; customer since its first won close
    assert_eq!(
        read(dir, "clients/dambase.toml"),
        "id = \"dambase\"\nname = \"dambase\"\nstage = \"customer\"\nowner = \"anna-snelling\"\nindustry = \"marketing\"\nfound = 2016-11-11\nsince = 2017-03-03\npotential = 3\n\n[extra]\nyear_established = 1995\nrevenue = 2173.98\nemployees = 2928\noffice_location = \"United States\"\nsubsidiary_of = \"inity\"\n\n[[deal]]\nid = \"2STUSOFE\"\ntitle = \"MG Special\"\nowner = \"versie-hillebrand\"\nstage = \"won\"\namount = 67\nopened = 2016-11-11\nclosed = 2017-03-03\n\n[[deal]]\nid = \"3X13866U\"\ntitle = \"GTX Plus Basic\"\nstage = \"lost\"\namount = 0\nopened = 2016-12-01\nclosed = 2017-03-06\n"
    );
    // a Prospecting row has no date: opened on the export's last date
    assert!(read(dir, "clients/green-plus.toml").contains("found = 2017-08-12\npotential = 3\n"));
    let team = read(dir, "team.toml");
    let base = read(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join(fixture("base")),
        "team.toml",
    );
    assert!(team.starts_with(&base), "team.toml keeps its bytes");
    assert!(team.contains("\n[[member]]\nid = \"dustin-brinkmann\"\nname = \"Dustin Brinkmann\"\nrole = \"lead\"\njoined = 2016-11-04\n"));
    assert!(team.ends_with("\n[[member]]\nid = \"mei-mei-johns\"\nname = \"Mei-Mei Johns\"\nrole = \"manager\"\njoined = 2016-11-04\nreports_to = \"melvin-marxen\"\n\n[[member]]\nid = \"moses-frase\"\nname = \"Moses Frase\"\nrole = \"manager\"\njoined = 2016-11-04\nreports_to = \"dustin-brinkmann\"\n\n[[member]]\nid = \"niesha-huffines\"\nname = \"Niesha Huffines\"\nrole = \"manager\"\njoined = 2016-11-04\nreports_to = \"melvin-marxen\"\n\n[[member]]\nid = \"versie-hillebrand\"\nname = \"Versie Hillebrand\"\nrole = \"manager\"\njoined = 2016-11-04\nreports_to = \"dustin-brinkmann\"\n"));
}

#[test]
fn importing_again_is_refused_and_skip_existing_is_a_no_op() {
    let tmp = imported_crm();
    let dir = tmp.path();
    let before = snapshot(dir);
    let (code, out, err) = in_records(dir, &["import", "crm", CRM, "--quiet"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.starts_with("tests/data/maven-crm/accounts.csv:2:1: error: account `Acme Corporation` is already in the records as clients/acme-corporation.toml [E0804]\n  |\n2 | Acme Corporation,technolgy,1996,1100.04,2822,United States,\n  | ^^^^^^^^^^^^^^^^\n  = help: run again with --skip-existing to import only what is new\n"), "{err}");
    assert!(err.ends_with("note: 3 more errors like those above (records already imported) not shown: --show-all lists every one\nerror: 8 errors, 2 warnings: nothing was imported\n"), "{err}");
    assert_eq!(snapshot(dir), before);
    let (code, out, _) = in_records(dir, &["import", "crm", CRM, "--skip-existing"]);
    assert_eq!(
        (code, out.as_str()),
        (
            0,
            "imported tests/data/maven-crm: added nothing new\nleft out: 8 accounts already in the records\nleft out: 20 deals of accounts already in the records\nleft out: 2 deals with no account\n"
        )
    );
    assert_eq!(snapshot(dir), before);
}

#[test]
fn a_dry_run_says_what_it_would_add_and_writes_nothing() {
    let tmp = copy_fixture("base");
    let before = snapshot(tmp.path());
    let (code, out, _) = in_records(tmp.path(), &["import", "crm", CRM, "--dry-run"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        CRM_SUMMARY.replace(
            "imported tests/data/maven-crm: added",
            "dry run, nothing written: importing tests/data/maven-crm would add"
        )
    );
    let mut after = snapshot(tmp.path());
    // the writers' lock file, taken to check the plan as a write would
    after.remove(".clientele.lock");
    assert_eq!(after, before);
}

#[test]
fn a_failing_import_reports_every_problem_and_leaves_the_folder_byte_identical() {
    let export = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join(CRM),
        export.path(),
    );
    let pipeline = export.path().join("sales_pipeline.csv");
    let mut text = std::fs::read_to_string(&pipeline).unwrap();
    text.push_str("BAD00001,Carl Lin,GTX Pro,Condax,Engaging,2017-08-01,,\r\n");
    text.push_str("BAD00002,Anna Snelling,GTX Mega,Condax,Engaging,2017-08-01,,\r\n");
    text.push_str("BAD00003,Anna Snelling,GTX Pro,Condax,Won,2017-08-01,2017-31-08,4800\r\n");
    text.push_str("BAD00004,Anna Snelling,GTX Pro,Condax,Won,2017-08-01\r\n");
    std::fs::write(&pipeline, text).unwrap();
    let tmp = copy_fixture("base");
    let before = snapshot(tmp.path());
    let dir = export.path().to_string_lossy().into_owned();
    let (code, out, err) = in_records(tmp.path(), &["import", "crm", &dir, "--quiet"]);
    assert_eq!((code, out.as_str()), (1, ""));
    let err = err.replace(&dir, "EXPORT");
    assert_eq!(
        err,
        "\
EXPORT/sales_pipeline.csv:24:10: error: sales agent `Carl Lin` is not in sales_teams.csv [E0803]
   |
24 | BAD00001,Carl Lin,GTX Pro,Condax,Engaging,2017-08-01,,
   |          ^^^^^^^^
  = help: add the agent and their manager to sales_teams.csv, or map the name to a member with --owner-map
EXPORT/sales_pipeline.csv:25:24: error: product `GTX Mega` is not in products.csv [E0803]
   |
25 | BAD00002,Anna Snelling,GTX Mega,Condax,Engaging,2017-08-01,,
   |                        ^^^^^^^^
  = help: add it to products.csv with its sales_price, or correct the spelling
EXPORT/sales_pipeline.csv:26:54: error: close_date `2017-31-08` is not a date: write YYYY-MM-DD, e.g. 2017-03-01 [E0802]
   |
26 | BAD00003,Anna Snelling,GTX Pro,Condax,Won,2017-08-01,2017-31-08,4800
   |                                                      ^^^^^^^^^^
EXPORT/sales_pipeline.csv:27:1: error: this row has 6 fields, the header has 8: the row is not read [E0801]
   |
27 | BAD00004,Anna Snelling,GTX Pro,Condax,Won,2017-08-01
   | ^
error: 4 errors, 4 warnings: nothing was imported
"
    );
    assert_eq!(
        snapshot(tmp.path()),
        before,
        "not even the lock file is created"
    );
}

#[test]
fn an_init_folder_takes_the_import() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("records");
    let dir_s = dir.to_string_lossy().into_owned();
    let (code, _, _) = run(&["init", &dir_s, "--lead", "boss", "--lead-name", "Boss"]);
    assert_eq!(code, 0);
    let (code, _, _) = in_records(&dir, &["import", "crm", CRM, "--quiet"]);
    assert_eq!(code, 0);
    assert_clean(&dir, 4);
}

// Complaints: medium limits (24 h to respond, 7 days to resolve) unless
// the severity map names the Issue: "Incorrect information on your report"
// high (4 h / 3 days: 3191715 … 3571115), "Attempts to collect debt not
// owed" low (48 h / 15 days: 3384392). received = Date received 00:00;
// responded = Date sent to company; resolved the same moment when the
// company's response is Closed…; a response on a later day is late for
// every severity but low (3196541: 5 days, 3338325 and 3379500: 24 h >
// 4 h); 3255106 (Untimely response, medium) and 3558134 (In progress,
// high) stay unresolved and are overdue as of 2020-03-20.
const COMPLAINTS: &str = "\
id,client,severity,handler,received,responded,resolved,respond_due,resolve_due,response_hours,status,satisfaction
1463402,hd-electronics,medium,wang-fang,2015-07-11T00:00:00,2015-07-16T00:00:00,2015-07-16T00:00:00,2015-07-12T00:00:00,2015-07-18T00:00:00,120.0,resolved-late,
1683986,hd-electronics,medium,wang-fang,2015-12-04T00:00:00,2015-12-15T00:00:00,2015-12-15T00:00:00,2015-12-05T00:00:00,2015-12-11T00:00:00,264.0,resolved-late,
1723943,hd-electronics,medium,wang-fang,2015-12-31T00:00:00,2016-02-04T00:00:00,2016-02-04T00:00:00,2016-01-01T00:00:00,2016-01-07T00:00:00,840.0,resolved-late,
2010655,hd-electronics,medium,wang-fang,2016-07-13T00:00:00,2016-07-13T00:00:00,2016-07-13T00:00:00,2016-07-14T00:00:00,2016-07-20T00:00:00,0.0,resolved,
2048547,hd-electronics,medium,wang-fang,2016-08-05T00:00:00,2016-08-09T00:00:00,2016-08-09T00:00:00,2016-08-06T00:00:00,2016-08-12T00:00:00,96.0,resolved-late,
2432795,hd-electronics,medium,wang-fang,2017-04-13T00:00:00,2017-04-13T00:00:00,2017-04-13T00:00:00,2017-04-14T00:00:00,2017-04-20T00:00:00,0.0,resolved,
3167341,hd-electronics,medium,wang-fang,2019-03-02T00:00:00,2019-03-07T00:00:00,2019-03-07T00:00:00,2019-03-03T00:00:00,2019-03-09T00:00:00,120.0,resolved-late,
3190223,hd-electronics,medium,wang-fang,2019-03-25T00:00:00,2019-03-29T00:00:00,2019-03-29T00:00:00,2019-03-26T00:00:00,2019-04-01T00:00:00,96.0,resolved-late,
3191715,hd-electronics,high,wang-fang,2019-03-26T00:00:00,2019-03-26T00:00:00,2019-03-26T00:00:00,2019-03-26T04:00:00,2019-03-29T00:00:00,0.0,resolved,
3194462,hd-electronics,high,wang-fang,2019-03-28T00:00:00,2019-03-28T00:00:00,2019-03-28T00:00:00,2019-03-28T04:00:00,2019-03-31T00:00:00,0.0,resolved,
3196541,hd-electronics,high,wang-fang,2019-03-30T00:00:00,2019-04-04T00:00:00,2019-04-04T00:00:00,2019-03-30T04:00:00,2019-04-02T00:00:00,120.0,resolved-late,
3239250,hd-electronics,high,wang-fang,2019-05-11T00:00:00,2019-05-20T00:00:00,2019-05-20T00:00:00,2019-05-11T04:00:00,2019-05-14T00:00:00,216.0,resolved-late,
3255106,hd-electronics,medium,wang-fang,2019-05-29T00:00:00,2019-05-29T00:00:00,,2019-05-30T00:00:00,2019-06-05T00:00:00,0.0,overdue,
3302666,hd-electronics,medium,wang-fang,2019-07-11T00:00:00,2019-07-11T00:00:00,2019-07-11T00:00:00,2019-07-12T00:00:00,2019-07-18T00:00:00,0.0,resolved,
3337124,hd-electronics,high,wang-fang,2019-08-12T00:00:00,2019-08-12T00:00:00,2019-08-12T00:00:00,2019-08-12T04:00:00,2019-08-15T00:00:00,0.0,resolved,
3338325,hd-electronics,high,wang-fang,2019-08-12T00:00:00,2019-08-13T00:00:00,2019-08-13T00:00:00,2019-08-12T04:00:00,2019-08-15T00:00:00,24.0,resolved-late,
3379500,hd-electronics,high,wang-fang,2019-09-19T00:00:00,2019-09-20T00:00:00,2019-09-20T00:00:00,2019-09-19T04:00:00,2019-09-22T00:00:00,24.0,resolved-late,
3384392,hd-electronics,low,wang-fang,2019-09-24T00:00:00,2019-09-24T00:00:00,2019-09-24T00:00:00,2019-09-26T00:00:00,2019-10-09T00:00:00,0.0,resolved,
3417821,hd-electronics,high,wang-fang,2019-10-25T00:00:00,2019-10-25T00:00:00,2019-10-25T00:00:00,2019-10-25T04:00:00,2019-10-28T00:00:00,0.0,resolved,
3433198,hd-electronics,medium,wang-fang,2019-11-08T00:00:00,2019-11-08T00:00:00,2019-11-08T00:00:00,2019-11-09T00:00:00,2019-11-15T00:00:00,0.0,resolved,
3439091,hd-electronics,medium,wang-fang,2019-11-15T00:00:00,2019-11-15T00:00:00,2019-11-15T00:00:00,2019-11-16T00:00:00,2019-11-22T00:00:00,0.0,resolved,
3558134,hd-electronics,high,wang-fang,2020-03-07T00:00:00,2020-03-07T00:00:00,,2020-03-07T04:00:00,2020-03-10T00:00:00,0.0,overdue,
3571115,hd-electronics,high,wang-fang,2020-03-18T00:00:00,2020-03-18T00:00:00,2020-03-18T00:00:00,2020-03-18T04:00:00,2020-03-21T00:00:00,0.0,resolved,
";

const SEVERITIES: &str = "Issue,severity\nIncorrect information on your report,high\nAttempts to collect debt not owed,low\n";

fn complaint_args(map: &str) -> Vec<&str> {
    vec![
        "import",
        "complaints",
        CFPB,
        "--client",
        "hd-electronics",
        "--handler",
        "wang-fang",
        "--severity-map",
        map,
    ]
}

#[test]
fn complaints_are_appended_to_the_client_and_reported() {
    let tmp = copy_fixture("base");
    let dir = tmp.path();
    let map = dir.join("severities.csv");
    std::fs::write(&map, SEVERITIES).unwrap();
    let map = map.to_string_lossy().into_owned();
    let old = read(dir, "clients/hd-electronics.toml");
    let (code, out, err) = in_records(dir, &complaint_args(&map));
    assert_eq!(
        (code, out.as_str()),
        (
            0,
            "imported tests/data/cfpb-complaints/complaints.csv: added 23 complaints\n  clients/hd-electronics.toml  23 complaints appended\n"
        )
    );
    let firsts: Vec<&str> = err.lines().filter(|l| l.starts_with("tests/")).collect();
    assert_eq!(
        firsts,
        [
            "tests/data/cfpb-complaints/complaints.csv:1:1: warning: 2 lines before the header are not data: skipped [W0805]",
            "tests/data/cfpb-complaints/complaints.csv:119:12: warning: product `Credit card` is read as `Credit card or prepaid card` (1 row) [W0806]",
            "tests/data/cfpb-complaints/complaints.csv:132:12: warning: product `Bank account or service` is read as `Checking or savings account` (1 row) [W0806]",
            "tests/data/cfpb-complaints/complaints.csv:135:12: warning: product `Payday loan` is read as `Payday loan, title loan, or personal loan` (1 row) [W0806]",
        ]
    );
    let new = read(dir, "clients/hd-electronics.toml");
    assert!(new.starts_with(&old), "the client file keeps its bytes");
    assert!(new.contains("\n[[complaint]]\nid = \"3384392\"\nreceived = 2019-09-24T00:00:00\nseverity = \"low\"\nchannel = \"web\"\nsummary = \"Debt collection: Attempts to collect debt not owed\"\nhandler = \"wang-fang\"\nresponded = 2019-09-24T00:00:00\nresolved = 2019-09-24T00:00:00\nextra = { company = \"TRANSWORLD SYSTEMS INC\", sub_issue = \"Debt is not yours\", company_response = \"Closed with explanation\", timely_response = \"Yes\" }\n"), "{new}");
    assert_clean(dir, 0);
    let (code, csv, _) = in_records(
        dir,
        &["complaints", "--as-of", "2020-03-20", "--format", "csv"],
    );
    assert_eq!((code, csv.as_str()), (0, COMPLAINTS));
    let (_, json, _) = in_records(
        dir,
        &["complaints", "--as-of", "2020-03-20", "--format", "json"],
    );
    assert_json_rows_match_csv(&json, COMPLAINTS, "complaints");
    // again: refused; with --skip-existing nothing changes
    let before = snapshot(dir);
    let (code, _, err) = in_records(dir, &complaint_args(&map));
    assert_eq!(code, 1);
    assert!(
        err.ends_with("error: 23 errors, 1 warning: nothing was imported\n"),
        "{err}"
    );
    let mut args = complaint_args(&map);
    args.push("--skip-existing");
    let (code, out, _) = in_records(dir, &args);
    assert_eq!(
        (code, out.as_str()),
        (
            0,
            "imported tests/data/cfpb-complaints/complaints.csv: added nothing new\nleft out: 23 complaints already in the records\n"
        )
    );
    assert_eq!(snapshot(dir), before);
}

#[test]
fn complaints_of_one_company_with_an_id_prefix() {
    let tmp = copy_fixture("base");
    let dir = tmp.path();
    // the export writes this company with non-breaking spaces
    let (code, out, _) = in_records(
        dir,
        &[
            "import",
            "complaints",
            CFPB,
            "--client",
            "hd-electronics",
            "--handler",
            "li-wei",
            "--company",
            "premier student loan center",
            "--id-prefix",
            "CFPB-",
            "--severity",
            "low",
            "-q",
        ],
    );
    assert_eq!((code, out.as_str()), (0, ""));
    assert!(read(dir, "clients/hd-electronics.toml").ends_with("\n\n[[complaint]]\nid = \"CFPB-3167341\"\nreceived = 2019-03-02T00:00:00\nseverity = \"low\"\nchannel = \"web\"\nsummary = \"Student loan: Struggling to repay your loan\"\nhandler = \"li-wei\"\nresponded = 2019-03-07T00:00:00\nresolved = 2019-03-07T00:00:00\nextra = { company = \"Premier\u{a0}Student\u{a0}Loan\u{a0}Center\", sub_issue = \"Can't get other flexible options for repaying your loan\", company_response = \"Closed with monetary relief\", timely_response = \"Yes\" }\n"));
    assert_clean(dir, 0);
}

#[test]
fn complaints_need_a_client_and_a_member() {
    let tmp = copy_fixture("base");
    let before = snapshot(tmp.path());
    let (code, _, err) = in_records(
        tmp.path(),
        &[
            "import",
            "complaints",
            CFPB,
            "--client",
            "nobody",
            "--handler",
            "wang-fang",
        ],
    );
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "error: no client `nobody`: there is no clients/nobody.toml (fix the id, or add it with `clientele client add`); nothing was imported\n"
        )
    );
    let (code, _, err) = in_records(
        tmp.path(),
        &[
            "import",
            "complaints",
            CFPB,
            "--client",
            "hd-electronics",
            "--handler",
            "ghost",
        ],
    );
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "error: --handler `ghost` is not a member in team.toml: fix the id, or add the member there; nothing was imported\n"
        )
    );
    let (code, _, err) = in_records(
        tmp.path(),
        &[
            "import",
            "complaints",
            CFPB,
            "--client",
            "../x",
            "--handler",
            "wang-fang",
        ],
    );
    assert_eq!(code, 2, "a value that does not parse is a usage error");
    assert!(
        err.contains("could name a path outside the records folder"),
        "{err}"
    );
    assert_eq!(snapshot(tmp.path()), before);
}
