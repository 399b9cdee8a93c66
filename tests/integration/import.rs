//! `import crm` on the slice of a real export in `tests/data/` (see its
//! README), into temporary copies of `tests/fixtures/base`: the summary,
//! the problems, the files written, then `check`, `fmt --check` and reports
//! on the result; re-runs, dry runs and failing imports, which must leave
//! the folder byte for byte as it was. `import complaints`:
//! import_complaints.rs.

use super::common::*;

const CRM: &str = "tests/data/maven-crm";

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
note: so follow-ups count from the day you began keeping records, not from the imported dates, add `records_start = YYYY-MM-DD` under [team] in clientele.toml
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
    let (code, out, err) = run_on(tmp.path(), &["import", "crm", CRM]);
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
    let (code, out, _) = run_on(
        dir,
        &["pipeline", "--as-of", "2017-12-31", "--format", "csv"],
    );
    assert_eq!((code, out.as_str()), (0, PIPELINE));
    let (_, json, _) = run_on(
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
    let base = read(&crate_path(&fixture("base")), "team.toml");
    assert!(team.starts_with(&base), "team.toml keeps its bytes");
    assert!(team.contains("\n[[member]]\nid = \"dustin-brinkmann\"\nname = \"Dustin Brinkmann\"\nrole = \"lead\"\njoined = 2016-11-04\n"));
    assert!(team.ends_with("\n[[member]]\nid = \"mei-mei-johns\"\nname = \"Mei-Mei Johns\"\nrole = \"manager\"\njoined = 2016-11-04\nreports_to = \"melvin-marxen\"\n\n[[member]]\nid = \"moses-frase\"\nname = \"Moses Frase\"\nrole = \"manager\"\njoined = 2016-11-04\nreports_to = \"dustin-brinkmann\"\n\n[[member]]\nid = \"niesha-huffines\"\nname = \"Niesha Huffines\"\nrole = \"manager\"\njoined = 2016-11-04\nreports_to = \"melvin-marxen\"\n\n[[member]]\nid = \"versie-hillebrand\"\nname = \"Versie Hillebrand\"\nrole = \"manager\"\njoined = 2016-11-04\nreports_to = \"dustin-brinkmann\"\n"));
}

#[test]
fn importing_again_is_refused_and_skip_existing_is_a_no_op() {
    let tmp = imported_crm();
    let dir = tmp.path();
    let before = snapshot(dir);
    let (code, out, err) = run_on(dir, &["import", "crm", CRM, "--quiet"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.starts_with("tests/data/maven-crm/accounts.csv:2:1: error: account `Acme Corporation` is already in the records as clients/acme-corporation.toml [E0804]\n  |\n2 | Acme Corporation,technolgy,1996,1100.04,2822,United States,\n  | ^^^^^^^^^^^^^^^^\n  = help: run again with --skip-existing to import only what is new\n"), "{err}");
    assert!(err.ends_with("note: 3 more errors like those above (records already imported) not shown: --show-all lists every one\nerror: 8 errors, 2 warnings: nothing was imported\n"), "{err}");
    assert_eq!(snapshot(dir), before);
    let (code, out, _) = run_on(dir, &["import", "crm", CRM, "--skip-existing"]);
    assert_eq!(
        (code, out.as_str()),
        (
            0,
            "imported tests/data/maven-crm: added nothing new\nleft out: 8 accounts already in the records\nleft out: 20 deals already in the records\nleft out: 2 deals with no account\nnote: so follow-ups count from the day you began keeping records, not from the imported dates, add `records_start = YYYY-MM-DD` under [team] in clientele.toml\n"
        )
    );
    assert_eq!(snapshot(dir), before);
}

/// A newer export: the new deal of an account imported before joins its
/// client file, in its place by `opened`; nothing else changes.
#[test]
fn skip_existing_adds_the_new_deals_of_accounts_already_imported() {
    let tmp = imported_crm();
    let dir = tmp.path();
    let before = snapshot(dir);
    let export = tempfile::tempdir().unwrap();
    copy_dir(&crate_path(CRM), export.path());
    let pipeline = export.path().join("sales_pipeline.csv");
    let mut rows = std::fs::read_to_string(&pipeline).unwrap();
    rows.push_str("NEW00001,Darcel Schlecht,GTX Pro,Condax,Engaging,2017-06-01,,\n");
    std::fs::write(&pipeline, rows).unwrap();
    let from = export.path().to_string_lossy().into_owned();
    let (code, out, err) = run_on(dir, &["import", "crm", &from, "--skip-existing", "--quiet"]);
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    let after = snapshot(dir);
    let changed: Vec<&String> = after
        .keys()
        .filter(|k| before.get(*k) != after.get(*k))
        .collect();
    assert_eq!(changed, ["clients/condax.toml"]);
    let condax = read(dir, "clients/condax.toml");
    assert!(
        condax.contains("\n[[deal]]\nid = \"NEW00001\"\ntitle = \"GTX Pro\"\nstage = \"negotiation\"\namount = 4821\nopened = 2017-06-01\n"),
        "{condax}"
    );
    assert_clean(dir, 4);
}

#[test]
fn a_dry_run_says_what_it_would_add_and_writes_nothing() {
    let tmp = copy_fixture("base");
    let before = snapshot(tmp.path());
    let (code, out, _) = run_on(tmp.path(), &["import", "crm", CRM, "--dry-run"]);
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
    copy_dir(&crate_path(CRM), export.path());
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
    let (code, out, err) = run_on(tmp.path(), &["import", "crm", &dir, "--quiet"]);
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
    let (code, _, _) = run_on(&dir, &["import", "crm", CRM, "--quiet"]);
    assert_eq!(code, 0);
    assert_clean(&dir, 4);
}
