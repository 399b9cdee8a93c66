//! The policy's reports (issue 13) on `tests/fixtures/policy` as of 20 Nov
//! 2026: careers, research, events, complaints by department, review
//! comments, care events, and `report team` (text, Markdown, JSON), whose
//! sections print what the reports print.

use super::common::*;

const R: Reports = Reports::on("policy", "2026-11-20");

#[test]
fn careers_show_grades_training_plan_and_readiness() {
    // the lead's review decides the final: amy B in October, sam none;
    // [career] asks 1 month of A/B and 4 training hours: amy is ready
    assert_eq!(
        R.csv(&["careers"]),
        "member,name,role,joined,tenure_months,grades,training_hours,exams_passed,goal,by,mentor,ready,rotations\n\
         amy,Amy,manager,2025-05-12,18,'- - - - - B,6,1,senior manager,2027-06,boss,true,after-sales service (2026-03-01..2026-04-30)\n\
         boss,Boss,lead,2020-01-06,82,'- - - - - -,0,0,,,,false,\n\
         sam,Sam,specialist,2024-01-08,34,'- - - - - -,6,0,,,,false,\n"
    );
    R.assert_json_matches_csv(&["careers"]);
    assert_eq!(
        R.csv(&["promotion", "--months", "1", "--all"]),
        "member,name,role,from,to,months,a,b,grades,eligible,ready\n\
         amy,Amy,manager,2026-10,2026-10,1,0,1,B,true,true\n\
         sam,Sam,specialist,2026-10,2026-10,1,0,0,n/a,false,false\n"
    );
}

#[test]
fn research_notes_by_date_then_member_with_filters() {
    let all = "date,member,kind,topic,clients,source,summary\n\
               2026-11-03,amy,industry,Logistics outlook,,,freight rates steady\n\
               2026-11-10,amy,competitor,Competitor pricing,acme,trade fair,rival cut prices 8%\n\
               2026-11-10,sam,client-needs,Bolt's needs,bolt;acme,,wants faster quotes\n";
    assert_eq!(R.csv(&["research"]), all);
    // the note of 25 Nov appears once its day has come
    assert_eq!(R.csv_as_of("2026-11-25", &["research"]).lines().count(), 5);
    assert_eq!(R.csv(&["research", "--client", "bolt"]).lines().count(), 2);
    assert_eq!(
        R.csv(&["research", "--kind", "industry"]).lines().count(),
        2
    );
    assert_eq!(R.csv(&["--member", "sam", "research"]).lines().count(), 2);
    R.assert_json_matches_csv(&["research"]);
    let (code, _, err) = run(&[
        "--records",
        &fixture("policy"),
        "research",
        "--client",
        "nobody",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("no client `nobody`"), "{err}");
}

#[test]
fn events_attendance_and_care() {
    assert_eq!(
        R.csv(&["events"]),
        "id,date,title,kind,organiser,invited,attended,attendance_rate,cost\n\
         E-2026-01,2026-11-12,Autumn thanks,appreciation,boss,acme;bolt,acme,0.50,8000\n\
         E-2026-02,2026-11-28,Product seminar,seminar,boss,bolt,,,\n"
    );
    R.assert_json_matches_csv(&["events"]);
    assert_eq!(
        R.csv(&["care", "--kind", "event"]),
        "date,client,contact,occasion,owner,days,years,tier,phone\n\
         2026-11-28,bolt,,Product seminar,amy,8,,,\n"
    );
    // acme attended on 12 Nov: its last contact (tier A, 14 days)
    let f = R.csv(&["followups"]);
    assert!(
        f.contains("acme,Acme,customer,A,amy,2026-11-12,14,2026-11-26,-6,"),
        "{f}"
    );
}

#[test]
fn complaints_by_department_and_review_comments() {
    assert_eq!(
        R.csv(&["complaints", "--by-department"]),
        "department,received,resolved_on_time,satisfaction\n\
         finance,1,0,2.00\nlogistics,1,1,4.00\nsales,1,1,4.00\n"
    );
    assert_eq!(
        R.csv(&["complaints", "--department", "finance"])
            .lines()
            .count(),
        2
    );
    let (code, table) = R.report("2026-11-20", "table", &["complaints", "--summary"]);
    assert_eq!(code, 0);
    assert!(
        table.contains("department") && table.contains("logistics"),
        "{table}"
    );
    assert_eq!(
        R.csv(&[
            "--member",
            "amy",
            "--month",
            "2026-10",
            "appraisal",
            "--comments"
        ]),
        "period,member,reviewer,score,comment\n\
         2026-10,amy,self,90.0,met the visit plan\n\
         2026-10,amy,lead,80.0,good client work\n\
         2026-10,amy,peer,70.0,slow to share notes\n"
    );
    let (code, _, err) = run(&["--records", &fixture("policy"), "appraisal", "--comments"]);
    assert_eq!(code, 2);
    assert!(err.contains("--member"), "{err}");
}

#[test]
fn the_team_report_is_pinned_and_its_sections_equal_the_reports() {
    for (format, file) in [
        ("table", "team.txt"),
        ("md", "team.md"),
        ("json", "team.json"),
    ] {
        let (code, out) = R.report(
            "2026-11-20",
            format,
            &["--month", "2026-11", "report", "team"],
        );
        assert_eq!(code, 0);
        expect_file(&format!("policy/{file}"), &out);
    }
    for month in ["2026-10", "2026-11"] {
        let (_, json) = R.report("2026-11-20", "json", &["--month", month, "report", "team"]);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        for (section, command) in [
            ("members", "appraisal"),
            ("attendance", "attendance"),
            ("research", "research"),
            ("awards", "awards"),
        ] {
            let (_, csv) = R.report("2026-11-20", "csv", &["--month", month, command]);
            if csv.lines().count() > 1 {
                assert_json_rows_match_csv(&v[section].to_string(), &csv, section);
            } else {
                assert_eq!(v[section], serde_json::json!([]), "{section} {month}");
            }
        }
    }
    let (code, _, err) = run(&[
        "--records",
        &fixture("policy"),
        "--format",
        "csv",
        "report",
        "team",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("text, md, json, html or xlsx"), "{err}");
}

#[test]
fn the_team_report_as_a_page_and_a_workbook() {
    let (code, html) = R.report(
        "2026-11-20",
        "html",
        &["--month", "2026-11", "report", "team"],
    );
    assert_eq!(code, 0);
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    for id in [
        "targets",
        "members",
        "complaint_departments",
        "research",
        "next_training",
    ] {
        assert!(html.contains(&format!("<section id=\"{id}\">")), "{id}");
    }
    let out = clientele()
        .args(["--records", &fixture("policy"), "--as-of", "2026-11-20"])
        .args(["--format", "xlsx", "report", "team"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.starts_with(b"PK"), "a zip file");
}

#[test]
fn check_reports_the_policy_records_problems_exactly() {
    let (code, out, err) = run(&[
        "--records",
        &fixture("check-policy"),
        "check",
        "--as-of",
        "2026-11-20",
    ]);
    assert_eq!(code, 1, "{err}");
    expect_file("check/check-policy.txt", &out);
}
