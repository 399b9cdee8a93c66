//! `leave`, `actions` and `meetings` on the `team-work` fixture (as in
//! team_work.rs), and what a report does on records with errors. D is
//! 2026-11-20 (a Friday).

use super::common::*;

const D: &str = "2026-11-20";

const R: Reports = Reports::on("team-work", D);

const LEAVE_HEADER: &str =
    "member,kind,from,to,days,requested,status,approved_by,in_advance,overdue\n";
// days: 9–12 Oct = Fri 9, Sat 10 (make-up), Mon 12 = 3; 29 Oct – 3 Nov =
// Thu 29, Fri 30, Mon 2, Tue 3 = 4. amy's 1 Dec leave is decided on 23 Nov,
// after D: pending, no approver yet. cat's December leave is requested after D.
const LEAVE_ROWS: [&str; 5] = [
    "ben,personal,2026-10-09,2026-10-12,3,2026-10-01,rejected,boss,true,false",
    "ben,sick,2026-10-22,2026-10-23,2,2026-10-22,approved,boss,false,false",
    "amy,annual,2026-10-29,2026-11-03,4,2026-10-20,approved,boss,true,false",
    "amy,annual,2026-11-26,2026-11-27,2,2026-11-18,pending,,true,false",
    "amy,personal,2026-12-01,2026-12-01,1,2026-11-19,pending,,true,false",
];

fn leave_rows(which: &[usize]) -> String {
    let mut s = LEAVE_HEADER.to_string();
    for &i in which {
        s.push_str(LEAVE_ROWS[i]);
        s.push('\n');
    }
    s
}

#[test]
fn leave_report() {
    assert_eq!(R.csv(&["leave"]), leave_rows(&[0, 1, 2, 3, 4]));
    R.assert_json_matches_csv(&["leave"]);
    assert_eq!(R.csv(&["leave", "--pending"]), leave_rows(&[3, 4]));
    // approved as of D; with a period: who is away then
    assert_eq!(R.csv(&["leave", "--approved"]), leave_rows(&[1, 2]));
    assert_eq!(
        R.csv(&[
            "leave",
            "--approved",
            "--from",
            "2026-11-02",
            "--to",
            "2026-11-06"
        ]),
        leave_rows(&[2])
    );
    // the December leave is approved on 23 Nov: not before
    assert!(!R.csv(&["leave", "--approved"]).contains("2026-12-01"));
    assert!(
        R.csv_as_of("2026-11-23", &["leave", "--approved"])
            .contains("2026-12-01")
    );
    let (code, _, err) = run(&[
        "--records",
        &fixture("team-work"),
        "leave",
        "--pending",
        "--approved",
    ]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(R.csv(&["leave", "--member", "ben"]), leave_rows(&[0, 1]));
    // leave touching November, including the one from October
    assert_eq!(R.csv(&["leave", "--month", "2026-11"]), leave_rows(&[2, 3]));
    assert_eq!(
        R.csv(&["leave", "--from", "2026-11-04"]),
        leave_rows(&[3, 4])
    );
    // on 23 Nov the December leave is decided; cat's request is still ahead
    let out = R.csv_as_of("2026-11-23", &["leave", "--member", "amy"]);
    assert!(
        out.ends_with("amy,personal,2026-12-01,2026-12-01,1,2026-11-19,approved,boss,true,false\n"),
        "{out}"
    );
    let out = R.csv_as_of("2026-11-25", &["leave", "--pending"]);
    assert!(
        out.ends_with("\ncat,annual,2026-12-14,2026-12-18,5,2026-11-25,pending,,true,false\n"),
        "{out}"
    );
    // a pending request whose first day has come is overdue
    let out = R.csv_as_of("2026-11-26", &["leave", "--pending", "--member", "amy"]);
    assert!(
        out.contains("\namy,annual,2026-11-26,2026-11-27,2,2026-11-18,pending,,true,true\n"),
        "{out}"
    );
}

#[test]
fn a_report_on_records_with_errors_prints_nothing() {
    let tmp = copy_fixture("team-work");
    let file = tmp.path().join("months/2026-11/cat.toml");
    std::fs::write(&file, "[[attendance]]\ndate = 2026-11-11\nin = \"late\"\n").unwrap();
    let dir = tmp.path().to_str().unwrap();
    for cmd in ["complaints", "attendance", "leave", "actions", "meetings"] {
        let (code, out, err) = run(&["--records", dir, "--as-of", D, cmd]);
        assert_eq!((code, out.as_str()), (1, ""), "{cmd}");
        assert!(err.contains("no report"), "{err}");
    }
}

const ACTIONS_HEADER: &str = "date,meeting,task,owner,due,done,status,chair,number\n";
// Sorted by due, then meeting date; then the chair and the item's number
// in its meeting (extra columns, for `action done`). The 21 Oct meeting has neither id nor
// title: named by its date; the 19 Oct one by its title. "準備答謝會" was
// done on 21 Nov, after D: open (due on D itself). The task starting with
// `-` is escaped in CSV.
const ACTIONS_ROWS: [&str; 9] = [
    "2026-10-12,M-1012,整理客戶檔案,ben,2026-10-16,2026-10-15,done,boss,1",
    "2026-10-12,M-1012,準備報價,amy,2026-10-16,2026-10-19,done-late,boss,2",
    "2026-10-21,2026-10-21,寄送樣品,amy,2026-10-23,,overdue,amy,1",
    "2026-11-02,M-1102,'-跟進 bolt 投訴,ben,2026-11-06,2026-11-06,done,boss,1",
    "2026-11-10,M-1110-adhoc,回覆 bolt,amy,2026-11-12,2026-11-12,done,boss,1",
    "2026-11-02,M-1102,追回款,amy,2026-11-13,,overdue,boss,2",
    "2026-11-16,M-1116,新人培訓,cat,2026-11-19,2026-11-18,done,boss,1",
    "2026-11-10,M-1110,準備答謝會,boss,2026-11-20,,open,boss,1",
    "2026-10-19,週例會,回訪 acme,amy,2026-11-30,,open,boss,1",
];

fn action_rows(which: &[usize]) -> String {
    let mut s = ACTIONS_HEADER.to_string();
    for &i in which {
        s.push_str(ACTIONS_ROWS[i]);
        s.push('\n');
    }
    s
}

#[test]
fn actions_report() {
    assert_eq!(
        R.csv(&["actions"]),
        action_rows(&[0, 1, 2, 3, 4, 5, 6, 7, 8])
    );
    R.assert_json_matches_csv(&["actions"]);
    assert_eq!(
        R.csv(&["actions", "--owner", "amy"]),
        action_rows(&[1, 2, 4, 5, 8])
    );
    assert_eq!(
        R.csv(&["actions", "--member", "amy", "--open"]),
        action_rows(&[2, 5, 8])
    );
    assert_eq!(
        R.csv(&["actions", "--month", "2026-11"]),
        action_rows(&[3, 4, 5, 6, 7, 8])
    );
    let dir = fixture("team-work");
    let (code, out, _) = run(&[
        "--records",
        &dir,
        "--as-of",
        D,
        "--format",
        "csv",
        "actions",
        "--overdue",
        "--fail-on",
        "overdue",
    ]);
    assert_eq!((code, out), (1, action_rows(&[2, 5])));
    // on 21 Nov the item due on 20 Nov is done, a day late
    let out = R.csv_as_of("2026-11-21", &["actions", "--owner", "boss"]);
    assert_eq!(
        out,
        format!(
            "{ACTIONS_HEADER}2026-11-10,M-1110,準備答謝會,boss,2026-11-20,2026-11-21,done-late,boss,1\n"
        )
    );
}

#[test]
fn meetings_report_with_missing_weeks() {
    // The records start in October 2026 (the first month folder): weeks of
    // 5, 12, 19, 26 Oct, 2, 9 Nov are over by D; 5 and 26 Oct have no weekly
    // meeting. The week of 16 Nov is not over yet; the 23 Nov meeting is after D.
    let all = "date,chair,kind,title,attendees,actions
2026-10-05,,weekly,(no weekly meeting),,
2026-10-12,boss,weekly,週例會,3,2
2026-10-19,boss,weekly,週例會,3,1
2026-10-21,amy,client,,1,1
2026-10-26,,weekly,(no weekly meeting),,
2026-11-02,boss,weekly,週例會,3,2
2026-11-10,boss,weekly,週例會,3,1
2026-11-10,boss,ad-hoc,投訴協調,2,1
2026-11-16,boss,weekly,週例會,3,1
";
    assert_eq!(R.csv(&["meetings"]), all);
    R.assert_json_matches_csv(&["meetings"]);
    let header = "date,chair,kind,title,attendees,actions\n";
    assert_eq!(
        R.csv(&["meetings", "--missing"]),
        format!(
            "{header}2026-10-05,,weekly,(no weekly meeting),,\n2026-10-26,,weekly,(no weekly meeting),,\n"
        )
    );
    assert_eq!(
        R.csv(&["meetings", "--kind", "ad-hoc"]),
        format!("{header}2026-11-10,boss,ad-hoc,投訴協調,2,1\n")
    );
    assert_eq!(
        R.csv(&["meetings", "--month", "2026-11", "--member", "cat"]),
        format!("{header}2026-11-16,boss,weekly,週例會,3,1\n")
    );
    // as of Sun 22 Nov the week of 16 Nov is over and had its meeting
    assert_eq!(
        R.csv_as_of(
            "2026-11-22",
            &["meetings", "--missing", "--from", "2026-11-01"]
        ),
        header
    );
}
