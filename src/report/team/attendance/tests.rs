//! Hand-worked attendance cases. The calendar: November 2026 starts on a
//! Sunday; Wed 4 Nov is a holiday and Sat 7 Nov a make-up workday.
//! Work hours 09:00–18:00, grace 5 minutes.

use chrono::{NaiveDate, NaiveTime};

use super::*;
use crate::diagnostic::FileId;
use crate::model::{AttendanceStatus, Leave, LeaveKind, LeaveStatus, MonthLog, Role, Spans};

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn nov(n: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, n).unwrap()
}

fn hm(s: &str) -> NaiveTime {
    NaiveTime::parse_from_str(s, "%H:%M").unwrap()
}

fn calendar() -> Calendar {
    let mut cal = Calendar::default();
    cal.holidays.insert(nov(4));
    cal.extra_workdays.insert(nov(7));
    cal
}

fn member(id: &str, joined: &str, left: Option<&str>) -> Member {
    Member {
        id: MemberId::from(id),
        name: id.to_uppercase(),
        role: Role::Specialist,
        joined: day(joined),
        reports_to: None,
        left: left.map(day),
        base_bonus: None,
        birthday: None,
        emails: Vec::new(),
        signing_keys: Vec::new(),
        annual_days: None,
        careers: Vec::new(),
        rotations: Vec::new(),
        spans: Spans::default(),
    }
}

fn entry(n: u32, clock_in: Option<&str>, out: Option<&str>) -> Attendance {
    Attendance {
        date: nov(n),
        clock_in: clock_in.map(hm),
        clock_out: out.map(hm),
        status: None,
        spans: Spans::default(),
    }
}

fn field(n: u32) -> Attendance {
    Attendance {
        status: Some(AttendanceStatus::Field),
        ..entry(n, Some("10:00"), Some("15:00"))
    }
}

fn leave(from: &str, to: &str, requested: &str, decided: Option<&str>) -> Leave {
    Leave {
        kind: LeaveKind::Annual,
        from: day(from),
        to: day(to),
        requested: day(requested),
        status: LeaveStatus::Approved,
        approved_by: Some(MemberId::from("boss")),
        decided: decided.map(day),
        reason: None,
        spans: Spans::default(),
    }
}

fn log(month: &str, member: &str) -> MonthLog {
    MonthLog {
        month: month.parse().unwrap(),
        member: MemberId::from(member),
        file: FileId(0),
        interactions: Vec::new(),
        plans: Vec::new(),
        attendance: Vec::new(),
        leaves: Vec::new(),
        meetings: Vec::new(),
        reviews: Vec::new(),
        awards: Vec::new(),
        feedback: Vec::new(),
        research: Vec::new(),
        events: Vec::new(),
    }
}

fn opts(settled: bool) -> Options {
    Options {
        month: "2026-11".parse().unwrap(),
        d: nov(20),
        d_settled: settled,
        member: None,
    }
}

fn code(m: &Member, n: u32, entry: Option<&Attendance>, on_leave: bool) -> Option<DayCode> {
    classify(
        &calendar(),
        m,
        nov(n),
        DayFacts { entry, on_leave },
        &opts(true),
    )
}

#[test]
fn clock_in_exactly_at_start_plus_grace_is_on_time() {
    let m = member("a", "2020-01-01", None);
    assert_eq!(
        code(&m, 5, Some(&entry(5, Some("09:05"), Some("18:00"))), false),
        Some(DayCode::Present)
    );
    assert_eq!(
        code(&m, 5, Some(&entry(5, Some("09:06"), Some("18:00"))), false),
        Some(DayCode::Late)
    );
    // out one minute before 18:00 is early; no out at all on a past day is
    // missing out (issue 11), neither present nor late
    assert_eq!(
        code(&m, 5, Some(&entry(5, Some("08:00"), Some("17:59"))), false),
        Some(DayCode::Early)
    );
    assert_eq!(
        code(&m, 5, Some(&entry(5, Some("09:30"), None)), false),
        Some(DayCode::MissingOut)
    );
    assert_eq!(
        code(&m, 5, Some(&entry(5, Some("09:30"), Some("17:00"))), false),
        Some(DayCode::LateEarly)
    );
    // a field day is neither late nor early
    assert_eq!(code(&m, 5, Some(&field(5)), false), Some(DayCode::Field));
}

#[test]
fn holidays_make_up_days_and_leave() {
    let m = member("a", "2020-01-01", None);
    // Wed 4 Nov is a holiday: nothing without an entry, overtime with one
    assert_eq!(code(&m, 4, None, false), None);
    assert_eq!(
        code(&m, 4, Some(&entry(4, Some("10:00"), Some("12:00"))), false),
        Some(DayCode::Overtime)
    );
    // Sat 7 Nov is a make-up workday: absent without an entry
    assert_eq!(code(&m, 7, None, false), Some(DayCode::Absent));
    // Sun 8 Nov is a plain weekend day
    assert_eq!(code(&m, 8, None, false), None);
    // approved leave wins over an entry on a workday, not on a holiday
    assert_eq!(
        code(&m, 5, Some(&entry(5, Some("09:00"), Some("18:00"))), true),
        Some(DayCode::Leave)
    );
    assert_eq!(
        code(&m, 4, Some(&entry(4, Some("09:00"), Some("18:00"))), true),
        Some(DayCode::Overtime)
    );
    // after D nothing counts
    assert_eq!(code(&m, 23, None, false), None);
}

#[test]
fn an_unsettled_today_counts_only_with_an_entry_or_leave() {
    let m = member("a", "2020-01-01", None);
    let cal = calendar();
    let f = |entry, on_leave| {
        classify(
            &cal,
            &m,
            nov(20),
            DayFacts { entry, on_leave },
            &opts(false),
        )
    };
    assert_eq!(f(None, false), None);
    assert_eq!(f(None, true), Some(DayCode::Leave));
    assert_eq!(
        f(Some(&entry(20, Some("08:59"), None)), false),
        Some(DayCode::Present)
    );
}

/// b left on Fri 13 Nov; a leave of b runs Thu 29 Oct – Tue 3 Nov (logged
/// in October). s joined on Wed 11 Nov. x left in October, y joins after D.
fn records() -> Records {
    let mut r = Records::default();
    r.settings.calendar = calendar();
    r.members = vec![
        member("s", "2026-11-11", None),
        member("b", "2020-01-01", Some("2026-11-13")),
        member("x", "2020-01-01", Some("2026-10-31")),
        member("y", "2026-11-23", None),
    ];
    let mut b_oct = log("2026-10", "b");
    b_oct.leaves.push(leave(
        "2026-10-29",
        "2026-11-03",
        "2026-10-20",
        Some("2026-10-21"),
    ));
    let mut b = log("2026-11", "b");
    b.attendance = vec![
        entry(2, Some("09:00"), Some("18:00")),  // on leave: V
        entry(4, Some("10:00"), Some("12:00")),  // holiday: O
        entry(5, Some("08:58"), Some("18:07")),  // P
        entry(6, Some("09:05"), Some("18:00")),  // P (exactly start + grace)
        entry(7, Some("09:06"), Some("17:30")),  // make-up Saturday: B
        field(9),                                // F
        entry(10, Some("09:00"), None),          // M (no out, the day is over)
        entry(13, Some("09:30"), Some("18:00")), // L
        entry(14, Some("09:00"), Some("18:00")), // after b left: nothing
    ];
    let mut s = log("2026-11", "s");
    s.attendance = vec![
        entry(11, Some("08:50"), Some("18:00")), // P
        entry(12, Some("09:00"), Some("17:00")), // E
        entry(13, Some("09:00"), Some("18:00")), // P
        entry(14, Some("09:00"), Some("12:00")), // Saturday: O
        entry(16, Some("09:00"), Some("18:00")), // P
        entry(17, Some("09:00"), Some("18:00")), // P
    ];
    // 18 Nov: approved only on 21 Nov, so pending as of 20 Nov → absent
    s.leaves.push(leave(
        "2026-11-18",
        "2026-11-18",
        "2026-11-15",
        Some("2026-11-21"),
    ));
    // 19 Nov: approved on 16 Nov → leave
    s.leaves.push(leave(
        "2026-11-19",
        "2026-11-19",
        "2026-11-15",
        Some("2026-11-16"),
    ));
    r.months = vec![b_oct, b, s];
    r.index();
    r
}

fn row(m: &MemberMonth) -> [usize; 7] {
    let r = &m.row;
    [
        r.workdays,
        r.present,
        r.late,
        r.early,
        r.absent,
        r.leave_days,
        r.overtime_days,
    ]
}

#[test]
fn the_month_tally() {
    let records = records();
    let rows = attendance(&records, &opts(true));
    let ids: Vec<&str> = rows.iter().map(|m| &*m.row.member).collect();
    assert_eq!(ids, ["b", "s"]);
    // b, 1–13 Nov: workdays 2,3,5,6,7,9,10,11,12,13 = 10 (4 is a holiday);
    // V 2,3; P 5,6; M 10; B 7; F 9; L 13; A 11,12; O 4
    // present 5 (5,6,7,9,13), late 2 (7,13), early 1 (7), missing out 1
    assert_eq!(row(&rows[0]), [10, 5, 2, 1, 2, 2, 1]);
    assert_eq!(rows[0].row.missing_out, 1);
    // s, 11–20 Nov: workdays 11,12,13,16,17,18,19,20 = 8; P 11,13,16,17;
    // E 12; A 18, 20; V 19; O 14
    assert_eq!(row(&rows[1]), [8, 5, 0, 1, 2, 1, 1]);
    // without --as-of, today (20 Nov) without an entry does not count yet
    let rows = attendance(&records, &opts(false));
    assert_eq!(row(&rows[1]), [7, 5, 0, 1, 1, 1, 1]);
    let letters: String = rows[0]
        .days
        .iter()
        .map(|(_, c)| c.map_or(".", |c| c.letter()))
        .collect();
    assert_eq!(letters, ".VVOPPB.FMAAL.................");
}

#[test]
fn the_leave_crossing_into_the_month_counts_in_both_months() {
    let records = records();
    // October for b: the leave covers Thu 29 and Fri 30 Oct (31 Oct is a Saturday)
    let oct = Options {
        month: "2026-10".parse().unwrap(),
        ..opts(true)
    };
    let rows = attendance(&records, &oct);
    let ids: Vec<&str> = rows.iter().map(|m| &*m.row.member).collect();
    // s joined in November; x left on 31 Oct, so was a member in October
    assert_eq!(ids, ["b", "x"]);
    // October 2026 has 22 weekdays; b logged nothing: 20 absent, 2 leave
    assert_eq!(row(&rows[0]), [22, 0, 0, 0, 20, 2, 0]);
}

#[test]
fn a_month_after_d_has_no_rows() {
    let records = records();
    let dec = Options {
        month: "2026-12".parse().unwrap(),
        ..opts(true)
    };
    assert!(attendance(&records, &dec).is_empty());
}

#[test]
fn in_without_out_is_missing_out_once_the_day_is_over() {
    let m = member("a", "2020-01-01", None);
    let e = entry(20, Some("09:00"), None);
    let facts = DayFacts {
        entry: Some(&e),
        on_leave: false,
    };
    let on = |n, settled| classify(&calendar(), &m, nov(n), facts, &opts(settled));
    // on D itself one may still be at work, also with --as-of; before D the
    // day is over: missing out
    assert_eq!(on(20, false), Some(DayCode::Present));
    assert_eq!(on(20, true), Some(DayCode::Present));
    assert_eq!(on(19, true), Some(DayCode::MissingOut));
    let days = vec![
        (nov(19), Some(DayCode::MissingOut)),
        (nov(20), Some(DayCode::Present)),
    ];
    let row = tally(&m, &days);
    assert_eq!((row.workdays, row.present, row.missing_out), (2, 1, 1));
    assert_eq!(DayCode::MissingOut.letter(), "M");
}
