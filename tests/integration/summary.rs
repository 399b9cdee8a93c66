//! `summary`: snapshots on two fixtures, and every section's count agrees
//! with the command it names for the full list.

use super::common::*;

const D: &str = "2026-11-20";

fn summary(records: &str, extra: &[&str]) -> (i32, String) {
    let mut args = vec!["--records", records, "--as-of", D, "summary"];
    args.extend_from_slice(extra);
    let (code, out, err) = run(&args);
    assert_eq!(err, "", "{extra:?}");
    (code, out)
}

#[test]
fn snapshot_on_the_client_reports_fixture() {
    let (code, out) = summary(&fixture("client-reports"), &[]);
    assert_eq!(code, 0);
    expect_file("summary/client-reports.txt", &out);
}

#[test]
fn snapshot_on_the_team_work_fixture_as_markdown() {
    let (code, out) = summary(&fixture("team-work"), &["--format", "md"]);
    assert_eq!(code, 0);
    expect_file("summary/team-work.md", &out);
}

#[test]
fn snapshot_for_one_member() {
    let (code, out) = summary(&fixture("client-reports"), &["--member", "amy"]);
    assert_eq!(code, 0);
    expect_file("summary/client-reports-amy.txt", &out);
}

/// Runs each section's `command` (with the same records and date) and
/// counts its CSV rows: the briefing's count must be the full list's.
fn assert_counts_agree(records: &str, extra: &[&str]) {
    let mut args = vec!["--format", "csv"];
    args.extend_from_slice(extra);
    let (code, csv_text) = summary(records, &args);
    assert_eq!(code, 0);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    assert_eq!(
        reader.headers().unwrap(),
        vec!["section", "title", "count", "command"]
    );
    let mut sections = 0;
    for row in reader.records() {
        let row = row.unwrap();
        sections += 1;
        let count: usize = row[2].parse().unwrap();
        let command: Vec<&str> = row[3].split(' ').collect();
        assert_eq!(command[0], "clientele");
        let mut full = vec!["--records", records, "--as-of", D, "--format", "csv"];
        full.extend_from_slice(&command[1..]);
        let (code, out, err) = run(&full);
        assert_eq!(code, 0, "{full:?}: {err}");
        let listed = csv::Reader::from_reader(out.as_bytes()).records().count();
        assert_eq!(count, listed, "{}: {full:?}", &row[0]);
    }
    assert!(sections >= 7, "{csv_text}");
}

#[test]
fn counts_agree_with_the_full_lists_on_every_fixture() {
    for records in [
        fixture("client-reports"),
        fixture("team-work"),
        "records".to_string(),
    ] {
        assert_counts_agree(&records, &[]);
    }
}

#[test]
fn counts_agree_for_a_member_and_for_a_lead() {
    assert_counts_agree("records", &["--member", "li-wei"]);
    assert_counts_agree(&fixture("client-reports"), &["--member", "amy"]);
}

#[test]
fn the_shipped_records_fit_one_screen() {
    let (code, out) = summary("records", &[]);
    assert_eq!(code, 0);
    let lines = out.lines().count();
    // 55: issue 11 added the section of complaints about to breach and the
    // KPI line's column names, issue 13 the appraisal feedback section
    assert!(lines <= 55, "{lines} lines:\n{out}");
    // every section has something to show on the README's date
    assert!(!out.contains("(0)"), "{out}");
}

#[test]
fn json_has_every_section_with_at_most_top_rows() {
    let (code, out) = summary("records", &["--format", "json", "--top", "2"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["as_of"], D);
    assert_eq!(v["member"], serde_json::Value::Null);
    let sections = v["sections"].as_array().unwrap();
    assert!(sections.len() >= 7);
    for s in sections {
        let rows = s["rows"].as_array().unwrap();
        let count = s["count"].as_u64().unwrap() as usize;
        assert_eq!(rows.len(), count.min(2), "{s}");
        assert!(s["command"].as_str().unwrap().starts_with("clientele "));
    }
}

#[test]
fn an_unknown_member_is_refused() {
    let (code, _, err) = run(&["--as-of", D, "summary", "--member", "nobody"]);
    assert_ne!(code, 0);
    assert!(err.contains("no member `nobody`"), "{err}");
}

/// Every report's CSV on the shipped records as of the README's date,
/// pinned. These values were cross-checked against an independent
/// implementation of SPEC section 3 written from the SPEC text alone
/// (tiers, followups, plans, pipeline, leave, kpi, appraisal, training,
/// complaints, attendance agreed row for row); `UPDATE_EXPECT=1` rewrites
/// them after an intended change to the sample, and the diff is the review.
#[test]
fn every_report_on_the_shipped_records_is_pinned() {
    let reports: [(&str, &[&str]); 17] = [
        ("tiers", &["tiers"]),
        ("followups", &["followups"]),
        ("plans", &["plans"]),
        ("care", &["care", "--within", "30"]),
        ("pipeline", &["pipeline"]),
        ("pipeline-by-owner", &["pipeline", "--by", "owner"]),
        ("complaints", &["complaints"]),
        ("attendance-2026-11", &["attendance"]),
        ("attendance-2026-10", &["attendance", "--month", "2026-10"]),
        ("leave", &["leave"]),
        ("actions", &["actions"]),
        ("meetings", &["meetings"]),
        ("kpi-2026-11", &["kpi"]),
        ("kpi-2026-10", &["kpi", "--month", "2026-10"]),
        ("appraisal-2026-10", &["appraisal", "--month", "2026-10"]),
        ("training-2026", &["training", "--year", "2026"]),
        ("awards", &["awards"]),
    ];
    for (name, args) in reports {
        let mut all = vec!["--as-of", D, "--format", "csv"];
        all.extend_from_slice(args);
        let (code, out, err) = run(&all);
        assert_eq!((code, err.as_str()), (0, ""), "{args:?}");
        expect_file(&format!("records/{name}.csv"), &out);
    }
}

#[test]
fn fail_on_overdue_exits_1_exactly_when_something_is_overdue() {
    // the shipped records have overdue follow-ups, a complaint and actions
    let (code, _) = summary("records", &["--fail-on", "overdue"]);
    assert_eq!(code, 1);
    // without the flag the briefing never fails
    let (code, _) = summary("records", &[]);
    assert_eq!(code, 0);
    // nothing overdue: a fresh folder from `init`, with its one lead
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("r");
    let dir = dir.to_str().unwrap();
    assert_eq!(run(&["init", dir]).0, 0);
    let (code, out, err) = run(&[
        "--records",
        dir,
        "--as-of",
        D,
        "summary",
        "--fail-on",
        "overdue",
    ]);
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    assert!(out.contains("Follow-ups overdue (0)"), "{out}");
}

#[test]
fn json_counts_the_overdue_items_of_each_section() {
    let (_, out) = summary("records", &["--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let overdue = |key: &str| {
        v["sections"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["section"] == key)
            .unwrap()["overdue"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(overdue("followups_overdue"), 6);
    assert_eq!(overdue("complaints_open"), 1); // C-2026-012; C-2026-013 is open
    assert_eq!(overdue("actions_overdue"), 6);
    assert_eq!(overdue("leave_pending"), 0);
    assert_eq!(overdue("care"), 0);
}
