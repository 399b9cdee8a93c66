//! `complaints` and `attendance` on the `team-work` fixture, whose numbers
//! are worked out by hand in comments here and in the fixture files. D is
//! 2026-11-20 (a Friday) unless a test says otherwise; October is the
//! previous month. `leave`, `actions` and `meetings`: team_leave_actions.rs.

use super::common::*;

const D: &str = "2026-11-20";

const R: Reports = Reports::on("team-work", D);

const COMPLAINTS_HEADER: &str = "id,client,severity,handler,received,responded,resolved,respond_due,resolve_due,response_hours,status,satisfaction\n";

// Limits: high 4 h / 3 days, medium 24 h / 7 days, low 48 h / 15 days.
// C-01: responded exactly at received + 4 h: on time; resolved before due.
// C-02: no response; resolved 2 Nov 09:00 counts as the first response:
//       30 Oct 22:30 → 2 Nov 09:00 = 1.5 + 48 + 9 = 58.5 h > 24 h: late.
// C-03: 20:00 → 08:00 next day = 12 h; resolved before 15 Nov 20:00.
// C-04: responded after 48 h; resolve_due 19 Nov 09:00 passed: overdue.
// C-05: responded after 6 h (late) but resolve_due 21 Nov ahead: open.
// C-08: resolved 21 Nov, after D: open, satisfaction not known yet.
// C-07: no response by 12:00 on D: overdue.
// C-06: received on D at 18:00, nothing due yet: open. C-09: after D.
const COMPLAINTS_NOV: &str = "\
C-01,bolt,high,ben,2026-10-05T10:00:00,2026-10-05T14:00:00,2026-10-08T09:00:00,2026-10-05T14:00:00,2026-10-08T10:00:00,4.0,resolved,5.00
C-02,acme,medium,amy,2026-10-30T22:30:00,,2026-11-02T09:00:00,2026-10-31T22:30:00,2026-11-06T22:30:00,58.5,resolved-late,2.00
C-03,acme,low,ben,2026-10-31T20:00:00,2026-11-01T08:00:00,2026-11-10T17:00:00,2026-11-02T20:00:00,2026-11-15T20:00:00,12.0,resolved,
C-04,bolt,medium,cat,2026-11-12T09:00:00,2026-11-14T09:00:00,,2026-11-13T09:00:00,2026-11-19T09:00:00,48.0,overdue,
C-05,acme,high,amy,2026-11-18T10:00:00,2026-11-18T16:00:00,,2026-11-18T14:00:00,2026-11-21T10:00:00,6.0,open,
C-08,acme,medium,amy,2026-11-19T09:00:00,2026-11-19T10:30:00,,2026-11-20T09:00:00,2026-11-26T09:00:00,1.5,open,
C-07,bolt,high,boss,2026-11-20T08:00:00,,,2026-11-20T12:00:00,2026-11-23T08:00:00,,overdue,
C-06,acme,low,cat,2026-11-20T18:00:00,,,2026-11-22T18:00:00,2026-12-05T18:00:00,,open,
";

fn lines(ids: &[&str]) -> String {
    let mut s = COMPLAINTS_HEADER.to_string();
    for line in COMPLAINTS_NOV.lines() {
        if ids.iter().any(|id| line.starts_with(&format!("{id},"))) {
            s.push_str(line);
            s.push('\n');
        }
    }
    s
}

#[test]
fn complaints_as_of_d_row_for_row() {
    assert_eq!(
        R.csv(&["complaints"]),
        format!("{COMPLAINTS_HEADER}{COMPLAINTS_NOV}")
    );
    R.assert_json_matches_csv(&["complaints"]);
}

#[test]
fn complaints_as_of_the_end_of_the_previous_month() {
    // 31 Oct 23:59:59: C-02 has no response and its respond_due (31 Oct
    // 22:30) has passed: overdue, its later rating unknown; C-03 open.
    let want = format!(
        "{COMPLAINTS_HEADER}\
C-01,bolt,high,ben,2026-10-05T10:00:00,2026-10-05T14:00:00,2026-10-08T09:00:00,2026-10-05T14:00:00,2026-10-08T10:00:00,4.0,resolved,5.00
C-02,acme,medium,amy,2026-10-30T22:30:00,,,2026-10-31T22:30:00,2026-11-06T22:30:00,,overdue,
C-03,acme,low,ben,2026-10-31T20:00:00,,,2026-11-02T20:00:00,2026-11-15T20:00:00,,open,
"
    );
    assert_eq!(R.csv_as_of("2026-10-31", &["complaints"]), want);
    // the previous month as seen from D
    assert_eq!(
        R.csv(&["complaints", "--month", "2026-10"]),
        lines(&["C-01", "C-02", "C-03"])
    );
}

#[test]
fn complaints_replay_to_the_second() {
    // 21 Nov 09:00: C-08 resolved at that very moment (on time, rated 4);
    // C-05's resolve_due is 10:00, so it is still open
    let out = R.csv_as_of("2026-11-21T09:00", &["complaints", "--handler", "amy"]);
    assert!(out.contains("\nC-08,acme,medium,amy,2026-11-19T09:00:00,2026-11-19T10:30:00,2026-11-21T09:00:00,2026-11-20T09:00:00,2026-11-26T09:00:00,1.5,resolved,4.00\n"), "{out}");
    assert!(out.contains(",6.0,open,\n"), "{out}");
    let out = R.csv_as_of("2026-11-21T10:00:01", &["complaints", "--handler", "amy"]);
    assert!(out.contains(",6.0,overdue,\n"), "{out}");
}

#[test]
fn complaints_filters() {
    assert_eq!(
        R.csv(&["complaints", "--open"]),
        lines(&["C-04", "C-05", "C-08", "C-07", "C-06"])
    );
    assert_eq!(
        R.csv(&["complaints", "--overdue"]),
        lines(&["C-04", "C-07"])
    );
    assert_eq!(R.csv(&["complaints", "--unrated"]), lines(&["C-03"]));
    assert_eq!(R.csv(&["complaints", "--unsatisfied"]), lines(&["C-02"]));
    assert_eq!(
        R.csv(&["complaints", "--handler", "amy"]),
        lines(&["C-02", "C-05", "C-08"])
    );
    // --member: handled, or on a client the member owns or serves (issue
    // 11): amy owns acme and bolt
    assert_eq!(
        R.csv(&["complaints", "--member", "amy"]),
        lines(&[
            "C-01", "C-02", "C-03", "C-04", "C-05", "C-08", "C-07", "C-06"
        ])
    );
    assert_eq!(
        R.csv(&["complaints", "--member", "ben"]),
        lines(&["C-01", "C-03"])
    );
    // at 20 Nov 23:59:59: C-05 must be resolved by 21 Nov 10:00; C-08 was
    // answered and is resolved by 26 Nov; C-06 must be answered by 22 Nov
    // 18:00, within 2 days but not 24 h
    assert_eq!(
        R.csv(&["complaints", "--due-within", "24h"]),
        lines(&["C-05"])
    );
    assert_eq!(
        R.csv(&["complaints", "--due-within", "2d"]),
        lines(&["C-05", "C-06"])
    );
    let (code, _, err) = run(&[
        "--records",
        &fixture("team-work"),
        "complaints",
        "--due-within",
        "4 hours",
    ]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        R.csv(&["complaints", "--severity", "high"]),
        lines(&["C-01", "C-05", "C-07"])
    );
    assert_eq!(
        R.csv(&["complaints", "--from", "2026-10-31", "--to", "2026-11-12"]),
        lines(&["C-03", "C-04"])
    );
    assert_eq!(
        R.csv(&["complaints", "--open", "--handler", "ben"]),
        COMPLAINTS_HEADER
    );
}

#[test]
fn complaints_bad_flags() {
    let dir = fixture("team-work");
    let (code, out, err) = run(&[
        "--records",
        &dir,
        "--as-of",
        D,
        "complaints",
        "--handler",
        "nobody",
    ]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.contains("no member `nobody`"), "{err}");
    let (code, _, err) = run(&["--records", &dir, "complaints", "--severity", "urgent"]);
    assert_eq!(code, 2);
    assert!(err.contains("high, medium, low"), "{err}");
    let (code, _, err) = run(&[
        "--records",
        &dir,
        "--month",
        "2026-11",
        "complaints",
        "--from",
        "2026-11-01",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("either --month or --from/--to"), "{err}");
}

#[test]
fn complaints_fail_on_overdue() {
    let dir = fixture("team-work");
    let base = [
        "--records",
        dir.as_str(),
        "--format",
        "csv",
        "complaints",
        "--fail-on",
        "overdue",
    ];
    let with = |as_of: &str| {
        let mut a = vec!["--as-of", as_of];
        a.extend_from_slice(&base);
        run(&a)
    };
    // as of D, C-04 and C-07 are overdue: the report prints, exit 1
    let (code, out, _) = with(D);
    assert_eq!(code, 1);
    assert_eq!(out, format!("{COMPLAINTS_HEADER}{COMPLAINTS_NOV}"));
    // as of 10 Oct only C-01 exists, resolved
    assert_eq!(with("2026-10-10").0, 0);
}

#[test]
fn complaints_summary_by_month_received() {
    // October: 3 complaints, all resolved; first response on time for C-01
    // and C-03, not C-02 → 2/3 = 0.67; resolution 3/3; satisfaction (5+2)/2.
    // November: C-04, C-07 overdue; C-05, C-08, C-06 open; response judged
    // for C-04 (late), C-05 (late), C-08 (on time), C-07 (none, past due)
    // → 1/4 = 0.25; resolution judged only for C-04 (past due) → 0/1.
    assert_eq!(
        R.csv(&["complaints", "--summary"]),
        "month,complaints,open,overdue,resolved,response_on_time,response_rate,resolution_on_time,resolution_rate,satisfaction
2026-10,3,0,0,3,2,0.67,3,1.00,3.50
2026-11,5,3,2,0,1,0.25,0,0.00,
"
    );
    R.assert_json_matches_csv(&["complaints", "--summary"]);
    let dir = fixture("team-work");
    let (code, out, _) = run(&["--records", &dir, "--as-of", D, "complaints"]);
    assert_eq!(code, 0);
    // response 3 of 7 judged (43%), resolution 3 of 4 (75%)
    assert!(out.ends_with("8 complaints: 3 open, 2 overdue, 3 resolved; on time: response 3/7 (43%), resolution 3/4 (75%); satisfaction 3.50 (2 rated)\n"), "{out}");
}

const ATTENDANCE_HEADER: &str =
    "member,name,workdays,present,late,early,absent,leave_days,overtime_days,missing_out\n";

#[test]
fn attendance_current_month_row_for_row() {
    // Workdays 1–20 Nov: 2,3,5,6,7(make-up Sat),9–13,16–20 = 15 (4 Nov holiday).
    // amy: leave 2–3 Nov (from the October file); late 16 Nov; field 17 Nov;
    //      20 Nov without `out` is not early, and on D not missing out
    //      (she may still be at work) → 13 present, 1 late.
    // ben: left 13 Nov → 10 workdays; absent on Sat 7 Nov; early 13 Nov.
    // boss: nothing on D (settled by --as-of) → absent; overtime 4 Nov;
    //       19 Nov in without out → missing out (issue 11), not present.
    // cat: joined 11 Nov → 8 workdays; in at 09:05 on 19 Nov is on time;
    //      absent on D; overtime Sat 14 Nov. dan left in September: no row.
    let want = format!(
        "{ATTENDANCE_HEADER}\
amy,Amy,15,13,1,0,0,2,0,0
ben,Ben,10,9,0,1,1,0,0,0
boss,張敏,15,13,0,0,1,0,1,1
cat,Cat,8,7,0,0,1,0,1,0
"
    );
    assert_eq!(R.csv(&["attendance"]), want);
    assert_eq!(R.csv(&["attendance", "--month", "2026-11"]), want);
    // a moment on D settles D too
    assert_eq!(R.csv_as_of("2026-11-20T12:00", &["attendance"]), want);
    R.assert_json_matches_csv(&["attendance"]);
}

#[test]
fn attendance_previous_month_row_for_row() {
    // October: 22 weekdays − 1 and 2 Oct (holidays) + Sat 10 Oct = 21.
    // amy: absent 20 Oct; 10 Oct 09:30–17:00 late and early; leave 29–30 Oct
    //      (an entry on 29 Oct does not undo the leave).
    // ben: sick 22–23 Oct; his rejected leave 9–12 Oct does not count.
    // boss: 12 Oct in at 09:05 (on time), 13 Oct late, 14 Oct early,
    //       15 Oct field; Sun 11 Oct overtime.
    assert_eq!(
        R.csv(&["attendance", "--month", "2026-10"]),
        format!(
            "{ATTENDANCE_HEADER}\
amy,Amy,21,18,1,1,1,2,0,0
ben,Ben,21,19,0,0,0,2,0,0
boss,張敏,21,21,1,1,0,0,1,0
"
        )
    );
    // as of 23 Oct: workdays 5–9, 10, 12–16, 19–23 Oct = 16, sick 22–23
    assert_eq!(
        R.csv_as_of("2026-10-23", &["attendance", "--member", "ben"]),
        format!("{ATTENDANCE_HEADER}ben,Ben,16,14,0,0,0,2,0,0\n")
    );
}

#[test]
fn attendance_day_grid() {
    let days: Vec<String> = (1..=30).map(|n| format!("2026-11-{n:02}")).collect();
    // amy: 2–3 V, 4 holiday, 5–7 P, 9–13 P, 16 L, 17 F, 18–20 P
    let codes = ",,V,V,,P,P,P,,P,P,P,P,P,,,L,F,P,P,P,,,,,,,,,,";
    assert_eq!(
        R.csv(&["attendance", "--days", "--member", "amy"]),
        format!("member,name,{}\namy,Amy{codes}\n", days.join(","))
    );
    R.assert_json_matches_csv(&["attendance", "--days"]);
    let dir = fixture("team-work");
    let (code, out, _) = run(&[
        "--records",
        &dir,
        "--as-of",
        D,
        "attendance",
        "--days",
        "--month",
        "2026-10",
    ]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "member  name  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31"
    );
    assert_eq!(
        lines[1],
        "             Th Fr Sa Su Mo Tu We Th Fr Sa Su Mo Tu We Th Fr Sa Su Mo Tu We Th Fr Sa Su Mo Tu We Th Fr Sa"
    );
    assert_eq!(
        lines[4],
        "boss    張敏              P  P  P  P  P  P  O  P  L  E  F  P        P  P  P  P  P        P  P  P  P  P"
    );
    assert!(out.contains("\nP present, L late, E left early, B late and left early, F field work or travel, V approved leave, A absent, O worked on a non-workday, M clocked in, never out\n"), "{out}");
    let (code, _, err) = run(&[
        "--records",
        &dir,
        "--as-of",
        D,
        "attendance",
        "--member",
        "nobody",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("no member `nobody`"), "{err}");
}

#[test]
fn overlapping_approved_leaves_are_a_check_warning() {
    let tmp = copy_fixture("team-work");
    let file = tmp.path().join("months/2026-11/amy.toml");
    let mut text = std::fs::read_to_string(&file).unwrap();
    // overlaps the approved 29 Oct – 3 Nov leave logged in October
    text.push_str("\n[[leave]]\nkind = \"sick\"\nfrom = 2026-11-03\nto = 2026-11-04\nrequested = 2026-11-03\nstatus = \"approved\"\napproved_by = \"boss\"\ndecided = 2026-11-03\n");
    std::fs::write(&file, text).unwrap();
    let dir = tmp.path().to_str().unwrap();
    let (code, out, _) = run(&["--records", dir, "--as-of", D, "check"]);
    assert_eq!(code, 0);
    assert!(out.contains("warning: approved leave of `amy` from 2026-11-03 overlaps the one from 2026-10-29 to 2026-11-03 [W0405]"), "{out}");
    assert!(out.ends_with("0 errors, 1 warning\n"), "{out}");
    // the attendance still counts 3 Nov once
    let (_, out, err) = run(&[
        "--records",
        dir,
        "--as-of",
        D,
        "--format",
        "csv",
        "attendance",
        "--member",
        "amy",
    ]);
    assert_eq!(
        out,
        format!("{ATTENDANCE_HEADER}amy,Amy,15,13,1,0,0,2,0,0\n")
    );
    assert!(
        err.contains("note: the records have 1 warning (see"),
        "{err}"
    );
}
