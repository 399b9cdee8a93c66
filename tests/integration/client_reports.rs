//! `tiers`, `followups`, `plans`, `care` and `pipeline` on the
//! `client-reports` fixture, whose numbers are worked out by hand here and
//! in the fixture's comments. D is Fri 2026-11-20 unless a test says
//! otherwise; 31 Oct is the end of the previous month.

use super::common::*;

const D: &str = "2026-11-20";
const FIXTURE: &str = "client-reports";

const R: Reports = Reports::on(FIXTURE, D);

const TIERS_HEADER: &str = "client,name,owner,revenue,scale,potential,loyalty,score,tier,overridden,previous,computed,tier_reason,smaller_revenue,graded,potential_rating,years,won_730d,since\n";

// Graded on D: acme, bolt, cedar, fox (delta signs on 25 Nov). Revenue in
// (2025-11-20, D]: acme 500000, bolt 200000, cedar 200000 (a tie), fox 0.
// scale: acme 3 smaller of 3 → 100; bolt, cedar 1/3 → 33.3; fox 0.
// loyalty: acme 5 years (anniversary 30 Nov still ahead) → 50 + A1, A2
// → 20 = 70; bolt 2 years (since 29 Feb 2024, 28 Feb passed) + B1 = 30;
// cedar 4 years + C1 = 50; fox 0.
// score: acme 50 + 30 + 14 = 94.0 → A; bolt 16.67 + 30 + 6 = 52.7 → C;
// cedar 16.67 + 7.5 + 10 = 34.2 → D, overridden to A; fox 22.5 → D.
// previous (31 Oct): B1 not closed yet, so bolt had no revenue: 0 + 30 +
// 0.2 × 20 = 34.0 → D; cedar overridden A; fox not graded.
const TIERS: &str = "\
acme,Acme 精工,amy,500000,100.0,100.0,70.0,94.0,A,false,A,A,,3,4,5,5,2,2020-11-30
bolt,Bolt 物流,amy,200000,33.3,100.0,30.0,52.7,C,false,D,C,,1,4,5,2,1,2024-02-29
cedar,雪松集團,amy,200000,33.3,25.0,50.0,34.2,A,true,A,D,集團戰略客戶,1,4,2,4,1,2022-06-15
fox,Fox 光電,amy,0,0.0,75.0,0.0,22.5,D,false,,D,,0,4,4,0,0,2026-11-02
";

fn lines(all: &str, which: &[usize]) -> String {
    let rows: Vec<&str> = all.lines().collect();
    which.iter().map(|i| format!("{}\n", rows[*i])).collect()
}

#[test]
fn tiers_csv() {
    assert_eq!(R.csv(&["tiers"]), format!("{TIERS_HEADER}{TIERS}"));
    // bolt D → C and fox newly graded
    assert_eq!(
        R.csv(&["tiers", "--changed"]),
        format!("{TIERS_HEADER}{}", lines(TIERS, &[1, 3]))
    );
    assert_eq!(
        R.csv(&["tiers", "--tier", "A"]),
        format!("{TIERS_HEADER}{}", lines(TIERS, &[0, 2]))
    );
    assert_eq!(R.csv(&["tiers", "--owner", "boss"]), TIERS_HEADER);
    R.assert_json_matches_csv(&["tiers"]);
}

#[test]
fn tiers_replayed_at_the_end_of_october_give_previous() {
    // 31 Oct: acme, cedar, bolt graded; bolt's tier is the `previous` above
    let out = R.csv_as_of("2026-10-31", &["tiers"]);
    let tiers: Vec<(String, String)> = out
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[0].to_string(), f[8].to_string())
        })
        .collect();
    let want = [("acme", "A"), ("cedar", "A"), ("bolt", "D")];
    assert_eq!(
        tiers,
        want.map(|(a, b)| (a.to_string(), b.to_string())).to_vec()
    );
}

const FOLLOWUPS_HEADER: &str =
    "client,name,stage,tier,owner,last_contact,interval,due,days_overdue,cover\n";

// delta: signs after D, a prospect: boss's visit 20 Oct + 21 = 10 Nov, 10
//   days overdue. acme (A): sam's visit 2 Nov + 14 = 16 Nov, 4 overdue;
//   amy is on approved leave 19–23 Nov, so on D her specialist sam covers.
// bolt (C): 23 Sep + 60 = 22 Nov, in amy's leave, no specialist: her lead.
// echo: a prospect without contact: found 1 Nov + 21 = 22 Nov.
// cedar (A by override): 10 Nov + 14 = 24 Nov (sam's call of 21 Nov is
//   after D); amy is back. fox (D): since 2 Nov + 90 = 31 Jan.
const FOLLOWUPS: &str = "\
delta,Delta 化工,prospect,,boss,2026-10-20,21,2026-11-10,10,
acme,Acme 精工,customer,A,amy,2026-11-02,14,2026-11-16,4,sam
bolt,Bolt 物流,customer,C,amy,2026-09-23,60,2026-11-22,-2,boss
echo,Echo 貿易,prospect,,boss,2026-11-01,21,2026-11-22,-2,
cedar,雪松集團,customer,A,amy,2026-11-10,14,2026-11-24,-4,
fox,Fox 光電,customer,D,amy,2026-11-02,90,2027-01-31,-72,
";

#[test]
fn followups_csv_and_filters() {
    assert_eq!(
        R.csv(&["followups"]),
        format!("{FOLLOWUPS_HEADER}{FOLLOWUPS}")
    );
    let only = |rows: &[usize]| format!("{FOLLOWUPS_HEADER}{}", lines(FOLLOWUPS, rows));
    assert_eq!(R.csv(&["followups", "--overdue"]), only(&[0, 1]));
    assert_eq!(R.csv(&["followups", "--within", "2"]), only(&[2, 3]));
    assert_eq!(R.csv(&["followups", "--within", "4"]), only(&[2, 3, 4]));
    // both: what needs attention
    assert_eq!(
        R.csv(&["followups", "--overdue", "--within", "2"]),
        only(&[0, 1, 2, 3])
    );
    assert_eq!(R.csv(&["followups", "--owner", "boss"]), only(&[0, 3]));
    // --member: owned or served (sam is acme's specialist)
    assert_eq!(R.csv(&["--member", "sam", "followups"]), only(&[1]));
    assert_eq!(R.csv(&["followups", "--tier", "A"]), only(&[1, 4]));
    R.assert_json_matches_csv(&["followups"]);
}

#[test]
fn followups_fail_on_overdue_exactly_when_something_is_overdue() {
    let check = |as_of: &str| {
        R.report(
            as_of,
            "csv",
            &["followups", "--overdue", "--fail-on", "overdue"],
        )
    };
    // on D: delta and acme are overdue
    let (code, out) = check(D);
    assert_eq!(
        (code, out),
        (
            1,
            format!("{FOLLOWUPS_HEADER}{}", lines(FOLLOWUPS, &[0, 1]))
        )
    );
    // on 10 Nov delta is due that very day: not overdue, nothing else is
    assert_eq!(check("2026-11-10"), (0, FOLLOWUPS_HEADER.to_string()));
    // a day later it is
    let (code, out) = check("2026-11-11");
    assert_eq!(code, 1);
    assert_eq!(
        out,
        format!("{FOLLOWUPS_HEADER}delta,Delta 化工,prospect,,boss,2026-10-20,21,2026-11-10,1,\n")
    );
    // without --fail-on the report exits 0
    assert_eq!(R.report(D, "csv", &["followups", "--overdue"]).0, 0);
    // a filter that hides the overdue rows: nothing listed is overdue
    assert_eq!(
        R.report(
            D,
            "csv",
            &["followups", "--within", "2", "--fail-on", "overdue"]
        )
        .0,
        0
    );
}

const PLANS_HEADER: &str = "date,member,client,purpose,status,visited\n";

// boss's plan of 17 Oct, visited on 20 Oct (17 + 3): done. amy's acme plan
// of 2 Nov: only sam visited: missed. amy's cedar plan of 8 Nov: visited
// 10 Nov. bolt on 18 Nov: 21 Nov ≥ D, upcoming. fox on 25 Nov: upcoming.
const PLANS: &str = "\
2026-10-17,boss,delta,商務洽談,done,2026-10-20
2026-11-02,amy,acme,季度回訪,missed,
2026-11-02,sam,acme,陪同回訪,done,2026-11-02
2026-11-08,amy,cedar,續約,done,2026-11-10
2026-11-18,amy,bolt,回訪,upcoming,
2026-11-25,amy,fox,首次拜訪,upcoming,
";

#[test]
fn plans_csv_and_filters() {
    assert_eq!(R.csv(&["plans"]), format!("{PLANS_HEADER}{PLANS}"));
    let only = |rows: &[usize]| format!("{PLANS_HEADER}{}", lines(PLANS, rows));
    assert_eq!(R.csv(&["plans", "--status", "missed"]), only(&[1]));
    assert_eq!(R.csv(&["plans", "--month", "2026-10"]), only(&[0]));
    assert_eq!(R.csv(&["--member", "sam", "plans"]), only(&[2]));
    assert_eq!(R.csv(&["plans", "--client", "acme"]), only(&[1, 2]));
    // on 22 Nov bolt's plan (18 + 3 = 21 < 22) is missed
    let later = R.csv_as_of("2026-11-22", &["plans", "--client", "bolt"]);
    assert_eq!(
        later,
        format!("{PLANS_HEADER}2026-11-18,amy,bolt,回訪,missed,\n")
    );
    R.assert_json_matches_csv(&["plans"]);
}

const CARE_HEADER: &str = "date,client,contact,occasion,owner,days,years,tier,phone\n";

// Window 20 Nov ..= 4 Dec. echo is a prospect (no tier); delta's contact's
// birthday is 10 Dec; gone is lost. On 28 Nov the A clients (acme, cedar)
// come before bolt (C) and fox (D). acme's 6th anniversary on 30 Nov.
const CARE: &str = "\
2026-11-20,echo,孫先生,birthday,boss,0,56,,1******3333
2026-11-25,acme,王經理,birthday,amy,5,46,A,1******1111
2026-11-28,acme,王經理,答謝會,amy,8,,A,1******1111
2026-11-28,cedar,趙小姐,答謝會,amy,8,,A,
2026-11-28,bolt,李總,答謝會,amy,8,,C,1******2222
2026-11-28,fox,周工,答謝會,amy,8,,D,
2026-11-30,acme,王經理,anniversary,amy,10,6,A,1******1111
2026-12-02,cedar,趙小姐,birthday,amy,12,36,A,
";

#[test]
fn care_csv_filters_and_reveal() {
    assert_eq!(R.csv(&["care"]), format!("{CARE_HEADER}{CARE}"));
    let only = |rows: &[usize]| format!("{CARE_HEADER}{}", lines(CARE, rows));
    assert_eq!(R.csv(&["care", "--within", "5"]), only(&[0, 1]));
    assert_eq!(R.csv(&["care", "--kind", "birthday"]), only(&[0, 1, 7]));
    assert_eq!(R.csv(&["care", "--owner", "boss"]), only(&[0]));
    assert_eq!(
        R.csv(&["--reveal", "care", "--within", "0"]),
        format!("{CARE_HEADER}2026-11-20,echo,孫先生,birthday,boss,0,56,,13700003333\n")
    );
    R.assert_json_matches_csv(&["care"]);
}

#[test]
fn care_feb_29_falls_on_feb_28() {
    // 2027 is not a leap year: bolt's contact (born 29 Feb 1984) and its
    // signing (29 Feb 2024) are both greeted on 28 Feb. Graded on 20 Feb
    // 2027: acme, bolt, cedar, delta, fox; bolt's revenue 200000 has one
    // smaller (fox) → 25; 2 full years + B1 → 30: 12.5 + 30 + 6 = 48.5 → C.
    assert_eq!(
        R.csv_as_of("2027-02-20", &["care"]),
        format!(
            "{CARE_HEADER}2027-02-28,bolt,李總,birthday,amy,8,43,C,1******2222\n\
             2027-02-28,bolt,李總,anniversary,amy,8,3,C,1******2222\n"
        )
    );
}

const PIPELINE_HEADER: &str = "stage,deals,amount,conversion,avg_days_to_close\n";

// Opened by D: E1 lead; A3 proposal; D1 won on 25 Nov, so negotiation on
// D; won A1 (40 days), A2 (40), B1 (50), C1 (50); lost B2 (40), G1 (30).
// F1 is opened after D. conversion 4 / 6 = 0.67; days 250 / 6 = 41.7.
const PIPELINE: &str = "\
lead,1,50000,0.67,41.7
qualified,0,0,0.67,41.7
proposal,1,200000,0.67,41.7
negotiation,1,300000,0.67,41.7
won,4,1000000,0.67,41.7
lost,2,140000,0.67,41.7
";

#[test]
fn pipeline_csv_overall_by_owner_and_by_month() {
    assert_eq!(R.csv(&["pipeline"]), format!("{PIPELINE_HEADER}{PIPELINE}"));
    let by_owner = R.csv(&["pipeline", "--by", "owner"]);
    let rows: Vec<&str> = by_owner.lines().collect();
    assert_eq!(rows[0], format!("owner,{}", PIPELINE_HEADER.trim_end()));
    assert_eq!(rows.len(), 1 + 3 * 6);
    assert_eq!(rows[5], "amy,won,4,1000000,0.67,41.7");
    assert_eq!(rows[6], "amy,lost,2,140000,0.67,41.7");
    // boss: E1 and D1, nothing closed: conversion and days empty
    assert_eq!(rows[7], "boss,lead,1,50000,,");
    assert_eq!(rows[10], "boss,negotiation,1,300000,,");
    // A3 is sam's own deal on amy's client
    assert_eq!(rows[15], "sam,proposal,1,200000,,");
    // November (issue 11: won and lost deals count when closed, the others
    // when opened): E1 opened then (F1 only after D) and B1, opened in
    // September and won on 5 Nov (50 days)
    assert_eq!(
        R.csv(&["pipeline", "--month", "2026-11"]),
        format!(
            "{PIPELINE_HEADER}lead,1,50000,1.00,50.0\nqualified,0,0,1.00,50.0\nproposal,0,0,1.00,50.0\nnegotiation,0,0,1.00,50.0\nwon,1,200000,1.00,50.0\nlost,0,0,1.00,50.0\n"
        )
    );
    // on 30 Nov D1 is won (46 days) and F1 qualified
    let later = R.csv_as_of("2026-11-30", &["pipeline"]);
    assert_eq!(later.lines().nth(2), Some("qualified,1,90000,0.71,42.3"));
    R.assert_json_matches_csv(&["pipeline", "--by", "owner"]);
}

#[test]
fn tables_and_mistakes() {
    for cmd in ["tiers", "followups", "plans", "care", "pipeline"] {
        let (code, out) = R.report(D, "table", &[cmd]);
        assert_eq!(code, 0, "{cmd}");
        assert!(out.lines().count() > 2, "{cmd}");
    }
    let (code, out) = R.report(D, "table", &["tiers"]);
    assert_eq!(code, 0);
    assert!(out.contains("雪松集團") && out.contains("500,000"));
    // an unknown member is an error; a bad tier or status a usage error
    let dir = fixture(FIXTURE);
    let (code, _, err) = run(&["--records", &dir, "followups", "--owner", "nobody"]);
    assert_eq!(code, 1);
    assert!(err.contains("no member `nobody`"), "{err}");
    let (code, _, _) = run(&["--records", &dir, "tiers", "--tier", "E"]);
    assert_eq!(code, 2);
    let (code, _, _) = run(&["--records", &dir, "plans", "--status", "late"]);
    assert_eq!(code, 2);
    let (code, _, _) = run(&["--records", &dir, "pipeline", "--by", "stage"]);
    assert_eq!(code, 2);
}
