//! `kpi`, `appraisal`, `promotion`, `awards` and `training` on the
//! `appraisal` fixture. D is 2026-11-20 unless a test says otherwise;
//! October 2026 is the month appraised. The example settings: KPI weights
//! new_clients .25, satisfaction .25, sales .35, projects .15, cap 1.2;
//! manager targets 2 / 4.5 / 500000 / 1.0, specialist 1 / 4.5 / – / 1.0;
//! appraisal weights kpi .7, lead .2, self .05, peer .05; grades A 90,
//! B 75, C 60; bonus ×1.5, ×1, ×0.5, ×0; pass mark 60. `report`:
//! work_report.rs.

use super::common::*;

const D: &str = "2026-11-20";
const FIXTURE: &str = "appraisal";

/// The fixture has one warning on purpose (a replaced review): `-q`.
const R: Reports = Reports::on(FIXTURE, D).quiet();

const KPI_HEADER: &str = "member,name,role,new_clients,sales,satisfaction,projects_due,projects_on_time,projects,kpi_score\n";

// October, as of 20 Nov. boss (lead) has no targets; dan left 30 Sep.
// amy: acme (since 5 Oct) 1/2 = .5; A1 600000 = 1.2 (exactly the cap);
//   ratings 5, 4 = 4.5 → 1; A1 on time, A3 late → .5;
//   100 × (.125 + .25 + .42 + .075) = 87.0
// ben (joined 12 Oct): bolt 1/2 = .5; A2 200000 = .4; rating 3 → .667; no
//   project due (A2 due 30 Nov): 100 × (.125 + .16667 + .14) / .85 = 50.78
// cat (specialist): acme and bolt as specialist 2/1 → capped 1.2; ratings 5
//   (interaction) and 4 (AC1 resolved 15 Oct) = 4.5 → 1; no sales target, no
//   project: 100 × (.3 + .25) / .5 = 110.0
const KPI_OCT: &str = "\
amy,李艾,manager,1,600000,4.50,2,1,0.50,87.0
ben,王斌,manager,1,200000,3.00,0,0,,50.8
cat,陳凱,specialist,2,0,4.50,0,0,,110.0
";

#[test]
fn kpi_of_october_row_for_row() {
    assert_eq!(
        R.csv(&["--month", "2026-10", "kpi"]),
        format!("{KPI_HEADER}{KPI_OCT}")
    );
    R.assert_json_matches_csv(&["--month", "2026-10", "kpi"]);
    assert_eq!(
        R.csv(&["--month", "2026-10", "--member", "ben", "kpi"]),
        format!("{KPI_HEADER}ben,王斌,manager,1,200000,3.00,0,0,,50.8\n")
    );
}

#[test]
fn kpi_replays_the_month_so_far() {
    // November as of 20 Nov: A4 closes on the 25th, A2 is due on the 30th:
    // amy and ben have 0 new clients and 0 sales (0.0); cat has no rating
    // (AC2 is open): 0 new clients → 0.0
    let want = format!(
        "{KPI_HEADER}\
amy,李艾,manager,0,0,,0,0,,0.0
ben,王斌,manager,0,0,,0,0,,0.0
cat,陳凱,specialist,0,0,,0,0,,0.0
"
    );
    assert_eq!(R.csv(&["kpi"]), want);
    // as of 30 Nov: amy's A4 (300000 = .6) → 100 × .35×.6 / .6 = 35.0; ben's
    // A2 is due and not delivered: projects 0 → 0.0
    let want = format!(
        "{KPI_HEADER}\
amy,李艾,manager,0,300000,,0,0,,35.0
ben,王斌,manager,0,0,,1,0,0.00,0.0
cat,陳凱,specialist,0,0,,0,0,,0.0
"
    );
    assert_eq!(R.csv_as_of("2026-11-30", &["kpi"]), want);
}

#[test]
fn kpi_explain_lists_what_was_counted() {
    let want = "\
metric,date,client,ref,value,note
new_clients,2026-10-05,acme,,1,艾克米貿易 (as owner)
satisfaction,2026-10-06,acme,visit,5,簽約後首訪
satisfaction,2026-10-21,acme,call,4,交付確認
sales,2026-10-08,acme,A1,600000,首批設備
projects,2026-10-20,acme,A1,1,\"delivered 2026-10-19, on time\"
projects,2026-10-28,acme,A3,0,\"delivered 2026-10-30, late\"
";
    assert_eq!(
        R.csv(&["--month", "2026-10", "kpi", "--explain", "amy"]),
        want
    );
    R.assert_json_matches_csv(&["--month", "2026-10", "kpi", "--explain", "amy"]);
    // the terminal form: the score breakdown, the score, the items
    let table = R.out_as_of(
        D,
        "table",
        &["--month", "2026-10", "kpi", "--explain", "amy"],
    );
    assert!(
        table.starts_with("KPI of 李艾 (amy, manager) for 2026-10\n"),
        "{table}"
    );
    assert!(table.contains("kpi_score = 87.0"), "{table}");
    assert!(
        table.contains(
            " sales          600,000   500,000          1.20     1.20     0.35     42.0 "
        ),
        "{table}"
    );
    let dir = fixture(FIXTURE);
    let (code, out, err) = run(&[
        "--records",
        &dir,
        "--as-of",
        D,
        "-q",
        "kpi",
        "--explain",
        "boss",
    ]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.contains("`boss` is not in the KPI of 2026-11"), "{err}");
    let (code, _, err) = run(&[
        "--records",
        &dir,
        "--as-of",
        D,
        "-q",
        "kpi",
        "--explain",
        "nobody",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("no member `nobody`"), "{err}");
}

const APPRAISAL_HEADER: &str =
    "member,name,kpi_score,self,lead,peer,final,grade,rank,bonus,fed_back\n";

// October's reviews, handed in during November (boss's early 60 for amy in
// the 2026-10 folder is replaced by its 90 in 2026-11):
// cat: (.7×110 + .2×85 + .05×90) / .95 = 98.5 / .95 = 103.68 → A, 3000×1.5
// amy: .7×87 + .2×90 + .05×88 + .05×80 (cat) = 87.3 → B, 5000
// ben: no self review: (.7×50.784 + .2×80 + .05×70 (amy)) / .95 = 57.95 → D, 0
const APPRAISAL_OCT: &str = "\
cat,陳凱,110.0,90.0,85.0,,103.7,A,1,4500,
amy,李艾,87.0,88.0,90.0,80.0,87.3,B,2,5000,
ben,王斌,50.8,,80.0,70.0,57.9,D,3,0,
";

#[test]
fn appraisal_of_october_row_for_row() {
    assert_eq!(
        R.csv(&["--month", "2026-10", "appraisal"]),
        format!("{APPRAISAL_HEADER}{APPRAISAL_OCT}")
    );
    R.assert_json_matches_csv(&["--month", "2026-10", "appraisal"]);
    // as of 31 Oct only the 2026-10 folder is read: amy has boss's early 60
    // and nothing else: (.7×87 + .2×60) / .9 = 80.97 → B; ben and cat have
    // no review: final = kpi (ben's as of 31 Oct is the same 50.8)
    let want = format!(
        "{APPRAISAL_HEADER}\
cat,陳凱,110.0,,,,110.0,A,1,4500,
amy,李艾,87.0,,60.0,,81.0,B,2,5000,
ben,王斌,50.8,,,,50.8,D,3,0,
"
    );
    assert_eq!(
        R.csv_as_of("2026-10-31", &["--month", "2026-10", "appraisal"]),
        want
    );
}

#[test]
fn appraisal_missing_reviews() {
    let header = "member,name,missing_self,missing_lead,reports_to\n";
    assert_eq!(
        R.csv(&["--month", "2026-10", "appraisal", "--missing"]),
        format!("{header}ben,王斌,true,false,boss\n")
    );
    R.assert_json_matches_csv(&["--month", "2026-10", "appraisal", "--missing"]);
    assert_eq!(
        R.csv_as_of(
            "2026-10-31",
            &["--month", "2026-10", "appraisal", "--missing"]
        ),
        format!(
            "{header}amy,李艾,true,false,boss\nben,王斌,true,true,boss\ncat,陳凱,true,true,boss\n"
        )
    );
}

#[test]
fn appraisal_history_of_one_member() {
    // September: A3 550000 = 1.1, rating 5 → 1.111, no new client, nothing
    // due: 100 × (.27778 + .385) / .85 = 77.97; self 90, lead 90:
    // (.7×77.974 + .2×90 + .05×90) / .95 = 81.14 → B, ranked 1 of amy, cat, dan
    let want = "\
member,name,kpi_score,self,lead,peer,final,grade,rank,bonus,fed_back,period
amy,李艾,78.0,90.0,90.0,,81.1,B,1,5000,,2026-09
amy,李艾,87.0,88.0,90.0,80.0,87.3,B,2,5000,,2026-10
";
    assert_eq!(
        R.csv(&[
            "--member",
            "amy",
            "appraisal",
            "--from",
            "2026-09",
            "--to",
            "2026-10"
        ]),
        want
    );
    R.assert_json_matches_csv(&[
        "--member",
        "amy",
        "appraisal",
        "--from",
        "2026-09",
        "--to",
        "2026-10",
    ]);
    let dir = fixture(FIXTURE);
    let (code, _, err) = run(&["--records", &dir, "appraisal", "--from", "2026-09"]);
    assert_eq!(code, 2);
    assert!(err.contains("give --member ID"), "{err}");
    let (code, _, _) = run(&[
        "--records",
        &dir,
        "appraisal",
        "--missing",
        "--to",
        "2026-09",
    ]);
    assert_eq!(code, 2);
}

#[test]
fn promotion_needs_a_or_b_every_month() {
    // September and October: amy B, B; ben not appraised in September; cat
    // D (September: kpi 0, lead 70 → 15.6), then A. `ready` (rules
    // §3.10) asks for [career] promotion_months = 3 months: nobody
    let header = "member,name,role,from,to,months,a,b,grades,eligible,ready\n";
    let amy = "amy,李艾,manager,2026-09,2026-10,2,0,2,B B,true,false\n";
    assert_eq!(
        R.csv(&["promotion", "--months", "2"]),
        format!("{header}{amy}")
    );
    assert_eq!(
        R.csv(&["promotion", "--months", "2", "--all"]),
        format!(
            "{header}{amy}ben,王斌,manager,2026-09,2026-10,2,0,0,n/a D,false,false\ncat,陳凱,specialist,2026-09,2026-10,2,1,0,D A,false,false\n"
        )
    );
    R.assert_json_matches_csv(&["promotion", "--months", "2", "--all"]);
    // the default six months include amy's empty August: nobody
    assert_eq!(R.csv(&["promotion"]), header);
}

const AWARDS_HEADER: &str = "period,member,kind,amount,reason,name,logged_by\n";

#[test]
fn awards_by_month_and_member() {
    // cat's honour has no period: its folder's month, 2026-11
    let all = "\
2026-09,amy,bonus,2000,九月簽約,李艾,boss
2026-10,amy,special,5000,大單,李艾,boss
2026-11,cat,honour,,服務之星,陳凱,boss
";
    assert_eq!(R.csv(&["awards"]), format!("{AWARDS_HEADER}{all}"));
    R.assert_json_matches_csv(&["awards"]);
    assert_eq!(
        R.csv(&["--month", "2026-10", "awards"]),
        format!("{AWARDS_HEADER}2026-10,amy,special,5000,大單,李艾,boss\n")
    );
    // as of 31 Oct the 2026-11 folder is not read yet
    assert_eq!(
        R.csv_as_of("2026-10-31", &["awards"]),
        format!("{AWARDS_HEADER}2026-09,amy,bonus,2000,九月簽約,李艾,boss\n")
    );
    assert_eq!(
        R.csv(&["awards", "--totals"]),
        "member,name,awards,bonus,bonus_amount,special,special_amount,honour,certificate,amount
amy,李艾,2,1,2000,1,5000,0,0,7000
cat,陳凱,1,0,0,0,0,1,0,0
"
    );
    let table = R.out_as_of(D, "table", &["awards"]);
    assert!(
        table.ends_with(
            "3 awards: bonus 1 (2,000), special 1 (5,000), honour 1, certificate 0; total 7,000\n"
        ),
        "{table}"
    );
}

const TRAINING_HEADER: &str = "member,name,sessions,hours,exams,passed,retake_needed\n";

#[test]
fn training_per_member() {
    // T1 (6 h, exam), T2 (2.5 h), T3 (4 h, exam) are ≤ D; T4 is the plan.
    // amy: T1 80 passed, T3 59 failed; cat: T1 50 then retake 65, T3 no
    // score (retake needed); dan (left in September): T1 58, no retake
    let want = format!(
        "{TRAINING_HEADER}\
amy,李艾,3,12.5,2,1,1
ben,王斌,1,4,1,1,0
cat,陳凱,3,12.5,1,1,1
dan,周丹,1,6,1,0,1
"
    );
    assert_eq!(R.csv(&["training"]), want);
    R.assert_json_matches_csv(&["training"]);
    assert_eq!(
        R.csv(&["--member", "cat", "training", "--year", "2026"]),
        format!("{TRAINING_HEADER}cat,陳凱,3,12.5,1,1,1\n")
    );
    assert_eq!(R.csv(&["training", "--year", "2025"]), TRAINING_HEADER);
    // as of 1 Nov T3 had not happened: amy has one exam, passed
    assert!(
        R.csv_as_of("2026-11-01", &["training"])
            .contains("\namy,李艾,2,8.5,1,1,0\n")
    );
}

#[test]
fn training_sessions_and_retakes() {
    let want = "\
session,date,topic,category,method,hours,attendees,exams,passed,pass_rate,retake_needed,passed_first
T3,2026-11-10,產品更新,business,external,4,3,2,1,0.50,2,1
T1,2026-03-10,談判技巧,sales,internal,6,3,3,2,0.67,1,1
T2,2026-06-01,服務禮儀,service,online,2.5,2,,,,,
";
    assert_eq!(R.csv(&["training", "--sessions"]), want);
    R.assert_json_matches_csv(&["training", "--sessions"]);
    let want = "\
member,name,session,date,topic,score,retake
amy,李艾,T3,2026-11-10,產品更新,59,
cat,陳凱,T3,2026-11-10,產品更新,,
dan,周丹,T1,2026-03-10,談判技巧,58,
";
    assert_eq!(R.csv(&["training", "--retakes"]), want);
    R.assert_json_matches_csv(&["training", "--retakes"]);
}
