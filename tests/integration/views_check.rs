//! `check`'s warnings of issue 11 (rules §6.1): entries of things that
//! happened dated after today, two clients with the same name, a won deal on
//! a client still a lead or prospect.

use super::common::*;

/// Every warning of the `check-clients` fixture, exactly: D is far ahead of
/// the wall clock, so "today" is D and the output is fixed.
#[test]
fn check_warns_on_later_dates_same_names_and_won_leads() {
    let dir = fixture("check-clients");
    let (code, out, err) = run(&["--records", &dir, "check", "--as-of", "2098-12-31"]);
    assert_eq!((code, err.as_str()), (0, ""));
    expect_file("check/check-clients.txt", &out);
    // --strict makes the warnings fail
    let (code, _, _) = run(&[
        "--records",
        &dir,
        "check",
        "--as-of",
        "2098-12-31",
        "--strict",
    ]);
    assert_eq!(code, 1);
}

/// As of a day before the won deal was closed, the lead is no mistake yet;
/// the entries of 2099 still lie after the wall clock's day.
#[test]
fn check_as_of_the_past_judges_the_won_deal_then_and_later_dates_by_the_wall_clock() {
    let dir = fixture("check-clients");
    let (code, out, _) = run(&["--records", &dir, "check", "--as-of", "2026-10-01"]);
    assert_eq!(code, 0);
    assert!(!out.contains("W0707"), "{out}");
    assert_eq!(out.matches("[W0406]").count(), 2, "{out}");
    assert!(out.ends_with("0 errors, 3 warnings\n"), "{out}");
}

/// A report as of an earlier day hides later entries on purpose: it does
/// not count them as warnings (the same-name and won-lead warnings remain).
#[test]
fn reports_do_not_count_later_dates_as_warnings() {
    let dir = fixture("check-clients");
    let (code, _, err) = run(&["--records", &dir, "--as-of", "2026-11-20", "followups"]);
    assert_eq!(code, 0);
    assert_eq!(
        err,
        "note: the records have 2 warnings (see `clientele check`)\n"
    );
}

/// `-q` silences every report's stdout: in cron, `--fail-on` speaks only
/// through the exit code (issue 11, section 4).
#[test]
fn quiet_reports_print_nothing_and_fail_on_still_sets_the_exit_code() {
    let dir = fixture("team-work");
    let as_of = ["--records", dir.as_str(), "--as-of", "2026-11-20"];
    let with = |args: &[&str]| {
        let mut all = as_of.to_vec();
        all.extend_from_slice(args);
        run(&all)
    };
    let (code, out, _) = with(&["complaints", "--fail-on", "overdue", "-q"]);
    assert_eq!((code, out.as_str()), (1, ""));
    for report in [
        &["followups"][..],
        &["clients"],
        &["deals"],
        &["summary"],
        &["kpi"],
    ] {
        let mut args = report.to_vec();
        args.push("--quiet");
        let (code, out, err) = with(&args);
        assert_eq!(
            (code, out.as_str(), err.as_str()),
            (0, "", ""),
            "{report:?}"
        );
    }
    // without -q the same report prints
    let (_, out, _) = with(&["complaints", "--fail-on", "overdue"]);
    assert!(out.contains("overdue"), "{out}");
}

/// `leave --balance` on the shipped records (`[leave] annual_days = 10`).
#[test]
fn leave_balance_on_the_shipped_records() {
    let as_of = [
        "--records",
        "records",
        "--as-of",
        "2026-11-20",
        "--format",
        "csv",
    ];
    let with = |args: &[&str]| {
        let mut all = as_of.to_vec();
        all.extend_from_slice(args);
        let (code, out, err) = run(&all);
        assert_eq!((code, err.as_str()), (0, ""), "{args:?}");
        out
    };
    expect_file("views/leave-balance.csv", &with(&["leave", "--balance"]));
    let one = with(&["leave", "--balance", "--year", "2026", "--member", "sun-li"]);
    assert_eq!(one.lines().count(), 2, "{one}");
    let (code, _, _) = run(&["--records", "records", "leave", "--year", "2026"]);
    assert_eq!(code, 2);
}

/// `leave request` of annual leave beyond the balance warns, and still
/// writes (the lead decides).
#[test]
fn an_annual_leave_request_beyond_the_balance_warns() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&crate_path("records"), tmp.path());
    let dir = tmp.path();
    // sun-li: 10 days, nothing taken, 2 pending: 8 left
    let ask = |from: &str, to: &str| {
        run_on(
            dir,
            &[
                "--as-of",
                "2026-11-20",
                "--member",
                "sun-li",
                "leave",
                "request",
                "--kind",
                "annual",
                "--from",
                from,
                "--to",
                to,
            ],
        )
    };
    // Mon 7 – Fri 11 Dec: 5 workdays, fits
    let (code, _, err) = ask("2026-12-07", "2026-12-11");
    assert_eq!((code, err.as_str()), (0, ""));
    // then Mon 14 – Wed 16 Dec: 3 more, but only 3 left after the 5 pending
    let (code, _, err) = ask("2026-12-14", "2026-12-16");
    assert_eq!((code, err.as_str()), (0, ""));
    let (code, out, err) = ask("2026-12-17", "2026-12-17");
    assert_eq!(code, 0);
    assert!(
        out.starts_with("requested annual leave for sun-li"),
        "{out}"
    );
    assert_eq!(
        err,
        "warning: this request takes 1 workday of annual leave in 2026, but sun-li has only 0 left (pending requests included): the lead decides\n"
    );
}
