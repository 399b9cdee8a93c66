//! `import complaints` on the slice of the CFPB export in `tests/data/`
//! (see its README), into temporary copies of `tests/fixtures/base`: the
//! complaints appended to the client files, the report on them, and the
//! refusals when a client or a member is missing.

use super::common::*;

const CFPB: &str = "tests/data/cfpb-complaints/complaints.csv";

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
    let (code, out, err) = run_on(dir, &complaint_args(&map));
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
    let (code, csv, _) = run_on(
        dir,
        &["complaints", "--as-of", "2020-03-20", "--format", "csv"],
    );
    assert_eq!((code, csv.as_str()), (0, COMPLAINTS));
    let (_, json, _) = run_on(
        dir,
        &["complaints", "--as-of", "2020-03-20", "--format", "json"],
    );
    assert_json_rows_match_csv(&json, COMPLAINTS, "complaints");
    // again: refused; with --skip-existing nothing changes
    let before = snapshot(dir);
    let (code, _, err) = run_on(dir, &complaint_args(&map));
    assert_eq!(code, 1);
    assert!(
        err.ends_with("error: 23 errors, 1 warning: nothing was imported\n"),
        "{err}"
    );
    let mut args = complaint_args(&map);
    args.push("--skip-existing");
    let (code, out, _) = run_on(dir, &args);
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
    let (code, out, _) = run_on(
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
    let refused = |client: &str, handler: &str| {
        let args = [
            "import",
            "complaints",
            CFPB,
            "--client",
            client,
            "--handler",
            handler,
        ];
        let (code, _, err) = run_on(tmp.path(), &args);
        assert_eq!(code, 1, "{args:?}");
        err
    };
    assert_eq!(
        refused("nobody", "wang-fang"),
        "error: no client `nobody`: there is no clients/nobody.toml (fix the id, or add it with `clientele client add`); nothing was imported\n"
    );
    assert_eq!(
        refused("hd-electronics", "ghost"),
        "error: --handler `ghost` is not a member in team.toml: fix the id, or add the member there; nothing was imported\n"
    );
    let (code, _, err) = run_on(
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

#[test]
fn problems_refusals_and_the_tally_read_in_the_readers_language() {
    let tmp = copy_fixture("base");
    let dir = tmp.path();
    let args = |lang: &'static str, client: &'static str| {
        vec![
            "--lang",
            lang,
            "import",
            "complaints",
            CFPB,
            "--client",
            client,
            "--handler",
            "wang-fang",
        ]
    };
    let (code, _, err) = run_on(dir, &args("zh-Hant", "nobody"));
    assert_eq!(code, 1);
    assert!(
        err.contains("沒有客戶 `nobody`：找不到 clients/nobody.toml")
            && err.contains("；未匯入任何內容"),
        "{err}"
    );
    let (code, out, err) = run_on(dir, &args("zh-Hans", "hd-electronics"));
    assert_eq!(code, 0, "{err}");
    assert!(
        err.starts_with("tests/data/cfpb-complaints/complaints.csv:1:1: warning: 标题行之前有 2 行不是数据：已跳过 [W0805]\n"),
        "{err}"
    );
    assert!(
        err.contains("product `Credit card` 读作 `Credit card or prepaid card`（1 行）"),
        "{err}"
    );
    assert!(out.contains("新增 23 宗投诉"), "{out}");
    // again: every complaint is there; the count line and the kinds in Chinese
    let (code, _, err) = run_on(dir, &args("zh-Hant", "hd-electronics"));
    assert_eq!(code, 1);
    assert!(
        err.contains("注意：另有 18 個類似的錯誤（已匯入過的記錄）未顯示"),
        "{err}"
    );
    assert!(
        err.ends_with("23 個錯誤，1 個警告：未匯入任何內容\n"),
        "{err}"
    );
}
