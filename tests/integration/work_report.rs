//! `report weekly` and `report month` on the `appraisal` fixture (as in
//! appraisal.rs). D is 2026-11-20 unless a test says otherwise.

use super::common::*;

const D: &str = "2026-11-20";

/// The fixture has one warning on purpose (a replaced review): `-q`.
const R: Reports = Reports::on("appraisal", D).quiet();

// amy's week 2026-W44 (26 Oct – 1 Nov): the 29 Oct email, A3 delivered on
// 30 Oct, the action done on 29 Oct, and the plan for 3 Nov (next week).
const AMY_W44: &str = "\
Weekly report: 李艾 (amy), manager
2026-W44: 2026-10-26 to 2026-11-01

Interactions (1)
  by kind: email 1
  by client: 艾克米貿易 (acme) 1
  - 2026-10-29 email 艾克米貿易 (acme): 寄送對帳單

New clients (0)
  (none)

Deals (1)
  - 2026-10-30 delivered A3 試用訂單 (acme), 550,000, now won

Complaints handled (0)
  (none)

Action items (1)
  1 done, 0 open
  - 2026-10-29 done: 準備二期報價 (M-1026), due 2026-10-30

Market research (0)
  (none)

Plans for 2026-W45, 2026-11-02 to 2026-11-08 (1)
  - 2026-11-03 艾克米貿易 (acme): 二期談判
";

#[test]
fn report_weekly_as_text_and_rows() {
    let args = ["--member", "amy", "report", "weekly", "--week", "2026-W44"];
    assert_eq!(R.out_as_of(D, "table", &args), AMY_W44);
    assert_eq!(
        R.csv(&args),
        "section,date,client,ref,detail,status,value
interaction,2026-10-29,acme,email,寄送對帳單,,
deal,2026-10-30,acme,A3,試用訂單,delivered,550000
action-done,2026-10-29,,M-1026,準備二期報價,done,
plan,2026-11-03,acme,,二期談判,planned,
"
    );
    R.assert_json_matches_csv(&args);
}

#[test]
fn report_weekly_of_this_week_in_markdown() {
    // cat, week of D (16–22 Nov): AC2 (low: respond within 48 h) received
    // on the 18th at 09:00, no response by the end of the 20th: overdue;
    // the action due 5 Nov not done: overdue
    let want = "\
# Weekly report: 陳凱 (cat), specialist

2026-W47: 2026-11-16 to 2026-11-22, as of 2026-11-20

## Interactions (0)

(none)

## New clients (0)

(none)

## Deals (0)

(none)

## Complaints handled (1)

- AC2 (acme, low, received 2026-11-18 09:00): 發票抬頭錯誤 — received; overdue, respond by 2026-11-20 09:00, resolve by 2026-12-03 09:00

## Action items (1)

0 done, 1 open  

- due 2026-11-05 overdue: 整理博特檔案 (M-1026)

## Market research (0)

(none)

## Plans for 2026-W48, 2026-11-23 to 2026-11-29 (0)

(none)
";
    assert_eq!(
        R.out_as_of(D, "md", &["--member", "cat", "report", "weekly"]),
        want
    );
}

#[test]
fn report_needs_a_member_and_a_good_week() {
    let dir = fixture("appraisal");
    let (code, _, err) = run(&["--records", &dir, "report", "weekly"]);
    assert_eq!(code, 2);
    assert!(err.contains("--member ID"), "{err}");
    let (code, _, err) = run(&[
        "--records",
        &dir,
        "--member",
        "amy",
        "report",
        "weekly",
        "--week",
        "2026-47",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("YYYY-Www"), "{err}");
    let (code, _, err) = run(&[
        "--records",
        &dir,
        "--as-of",
        D,
        "-q",
        "--member",
        "zed",
        "report",
        "weekly",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("no member `zed`"), "{err}");
}

#[test]
fn report_month_covers_the_month() {
    let out = R.out_as_of(
        D,
        "table",
        &["--member", "amy", "--month", "2026-10", "report", "month"],
    );
    assert!(out.starts_with("Monthly report: 李艾 (amy), manager\n2026-10: 2026-10-01 to 2026-10-31\n\nInteractions (3)\n"), "{out}");
    assert!(
        out.contains("\nPlans for 2026-11, 2026-11-01 to 2026-11-30 (1)\n"),
        "{out}"
    );
}
