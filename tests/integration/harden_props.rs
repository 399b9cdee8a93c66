//! A value `check` accepts never crashes a report (issue 12, break 5): a
//! property test generates settings across their documented ranges
//! (follow-up intervals 1..3660 days, `grace_minutes` 0..720, complaint
//! limits up to 8784 hours and 3660 days, amounts 0..10^12) and flags
//! across theirs (`--as-of` 0000-01-01..9999-12-31, `--within` 0..3660),
//! checks that `check` accepts them, and runs every report in process.
//! `HARDEN_FUZZ_CASES` raises the budget (CI runs a fixed one).

use std::path::Path;

use proptest::prelude::*;

use super::common::*;

/// Every report with the flags that take a generated window.
fn reports(within: u32) -> Vec<Vec<String>> {
    let w = within.to_string();
    let plain = [
        "summary",
        "tiers",
        "plans",
        "pipeline",
        "complaints",
        "attendance",
        "leave",
        "actions",
        "meetings",
        "kpi",
        "appraisal",
        "promotion",
        "awards",
        "training",
    ];
    let mut all: Vec<Vec<String>> = plain.iter().map(|c| vec![c.to_string()]).collect();
    for args in [
        vec!["care", "--within", &w],
        vec!["followups", "--within", &w],
        vec!["followups", "--overdue", "--within", &w],
        vec!["report", "weekly", "--member", "amy"],
        vec!["report", "month", "--member", "amy"],
        vec!["attendance", "--member", "amy"],
    ] {
        all.push(args.into_iter().map(String::from).collect());
    }
    all
}

#[derive(Debug, Clone)]
struct Setting {
    intervals: [i64; 5],
    grace: i64,
    limits: [(f64, f64); 3],
    amount: f64,
}

fn settings() -> impl Strategy<Value = Setting> {
    let days = prop_oneof![Just(1i64), Just(3660), 1i64..=3660];
    let limit = (
        prop_oneof![Just(8784.0), 0.01f64..=8784.0],
        prop_oneof![Just(3660.0), 0.01f64..=3660.0],
    );
    (
        [days.clone(), days.clone(), days.clone(), days.clone(), days],
        prop_oneof![Just(0i64), Just(720), 0i64..=720],
        [limit.clone(), limit.clone(), limit],
        prop_oneof![Just(0.0), Just(1e12), 0.0f64..=1e12],
    )
        .prop_map(|(intervals, grace, limits, amount)| Setting {
            intervals,
            grace,
            limits,
            amount,
        })
}

fn write_settings(root: &Path, s: &Setting) {
    let [a, b, c, d, p] = s.intervals;
    let [h, m, l] = s.limits;
    let toml = format!(
        "[team]\nname = \"t\"\ncurrency = \"CNY\"\ntimezone = \"Asia/Shanghai\"\n\n\
         [calendar]\nworkdays = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]\ngrace_minutes = {}\n\n\
         [tiers]\nweights = {{ scale = 0.5, potential = 0.3, loyalty = 0.2 }}\nthresholds = {{ A = 80, B = 60, C = 40 }}\n\n\
         [followup]\nA = {a}\nB = {b}\nC = {c}\nD = {d}\nprospect = {p}\n\n\
         [complaints]\nhigh = {{ respond_hours = {:?}, resolve_days = {:?} }}\n\
         medium = {{ respond_hours = {:?}, resolve_days = {:?} }}\nlow = {{ respond_hours = {:?}, resolve_days = {:?} }}\n",
        s.grace, h.0, h.1, m.0, m.1, l.0, l.1
    );
    std::fs::write(root.join("clientele.toml"), toml).unwrap();
    let client = root.join("clients/acme.toml");
    let mut text = std::fs::read_to_string(&client).unwrap();
    text.push_str(&format!(
        "\n[[deal]]\nid = \"P1\"\ntitle = \"t\"\nstage = \"won\"\namount = {:?}\nopened = 2026-03-01\nclosed = 2026-04-10\n",
        s.amount
    ));
    std::fs::write(client, text).unwrap();
}

fn as_of() -> impl Strategy<Value = chrono::NaiveDate> {
    let edge = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
    prop_oneof![
        Just(edge("0000-01-01")),
        Just(edge("9999-12-31")),
        (0i32..=9999, 1u32..=366)
            .prop_map(|(y, o)| chrono::NaiveDate::from_yo_opt(y, o.min(365)).unwrap()),
        (2026i32..=2027, 1u32..=365)
            .prop_map(|(y, o)| chrono::NaiveDate::from_yo_opt(y, o).unwrap()),
    ]
}

/// Runs `clientele --records ROOT --as-of D ARGS` in this process.
fn run_report(root: &Path, d: chrono::NaiveDate, args: &[String]) -> Result<(), String> {
    let mut argv = vec!["clientele".to_string(), "--records".into()];
    argv.push(root.to_string_lossy().into_owned());
    argv.extend(["--as-of".into(), d.to_string(), "-q".into()]);
    argv.extend(args.iter().cloned());
    super::harden_fuzz::in_process(root, &argv).map(|_| ())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: super::harden_fuzz::cases(16), ..ProptestConfig::default() })]

    #[test]
    fn settings_and_flags_in_range_never_crash_a_report(
        s in settings(),
        d in as_of(),
        within in prop_oneof![Just(0u32), Just(3660), 0u32..=3660],
    ) {
        let tmp = copy_fixture("team-work");
        write_settings(tmp.path(), &s);
        let (code, out, _) = run_on(tmp.path(), &["--as-of", &d.to_string(), "check"]);
        prop_assert_eq!(code, 0, "check refused values in range: {}", out);
        for args in reports(within) {
            // a refusal (no such member that day …) is fine; a panic fails
            let _ = run_report(tmp.path(), d, &args);
        }
    }
}

#[test]
fn values_outside_the_ranges_are_errors_of_check() {
    let tmp = copy_fixture("team-work");
    let s = Setting {
        intervals: [100_000_000, 14, 30, 60, 21],
        grace: -1,
        limits: [(4.0, 3.0), (24.0, 7.0), (48.0, 1e9)],
        amount: 1e308,
    };
    write_settings(tmp.path(), &s);
    let (code, out, _) = run_on(tmp.path(), &["check"]);
    assert_eq!(code, 1, "{out}");
    for says in [
        "follow-up interval for tier A (days) must be 1..3660, found 100000000",
        "`grace_minutes` must be 0..720, found -1",
        "limits for low must be at most 8784 hours to respond and 3660 days to resolve",
        "`amount` must be at most 10^12",
    ] {
        assert!(out.contains(says), "{says}: {out}");
    }
}

#[test]
fn windows_beyond_their_range_are_usage_errors() {
    for args in [
        ["care", "--within", "100000000"],
        ["followups", "--within", "3661"],
    ] {
        let mut all = vec!["--records", "tests/fixtures/team-work"];
        all.extend(args);
        let (code, _, err) = run(&all);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains("is not in 0..=3660"), "{err}");
    }
}

#[test]
fn completions_into_a_closed_pipe_do_not_panic() {
    use std::process::Stdio;
    let mut child = clientele_process(Path::new("."))
        .args(["completions", "bash"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // `| head -0`: the reader is gone
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty());
}

#[test]
fn meetings_far_in_the_future_stay_small() {
    let (code, out, _) = run(&[
        "--records",
        "tests/fixtures/team-work",
        "--as-of",
        "9999-12-31",
        "--format",
        "csv",
        "meetings",
    ]);
    assert_eq!(code, 0);
    assert!(out.lines().count() < 100, "{} rows", out.lines().count());
}
