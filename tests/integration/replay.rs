//! `--as-of` replays the past exactly: work recorded after D — new
//! interactions, deals, complaints, resolutions, clock-ins, leave requests and
//! decisions, meetings, completed actions, reviews and awards in a later
//! month folder — changes no report as of D, byte for byte.

use super::common::*;

const D: &str = "2026-11-20";

/// Every report as of `as_of`, in CSV (and the briefing as JSON).
fn reports(dir: &str, as_of: &str) -> Vec<String> {
    let reports: [&[&str]; 20] = [
        &["tiers"],
        &["followups"],
        &["plans"],
        &["care", "--within", "30"],
        &["pipeline"],
        &["pipeline", "--by", "owner"],
        &["complaints"],
        &["complaints", "--summary"],
        &["attendance"],
        &["attendance", "--month", "2026-10"],
        &["leave"],
        &["actions"],
        &["meetings"],
        &["kpi"],
        &["kpi", "--month", "2026-10"],
        &["appraisal", "--month", "2026-10"],
        &["promotion"],
        &["awards"],
        &["training", "--year", "2026"],
        &["summary", "--format", "json"],
    ];
    reports
        .iter()
        .map(|args| {
            let mut all = vec!["--records", dir, "--as-of", as_of, "--format", "csv"];
            all.extend_from_slice(args);
            let (code, out, err) = run(&all);
            let err = without_warnings_note(&err);
            assert_eq!((code, err.as_str()), (0, ""), "{args:?}");
            format!("{args:?}\n{out}")
        })
        .collect()
}

/// A write on `day` (its "today"); it must succeed.
fn write(dir: &str, day: &str, args: &[&str]) {
    let mut all = vec!["--records", dir, "--as-of", day];
    all.extend_from_slice(args);
    let (code, out, err) = run(&all);
    assert_eq!(code, 0, "{args:?}: {out}{err}");
}

#[test]
fn work_recorded_after_d_changes_no_report_as_of_d() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&crate_path("records"), tmp.path());
    let dir = tmp.path().to_str().unwrap();
    let before = reports(dir, D);

    let li = ["--member", "li-wei"];
    let lead = ["--member", "zhang-min"];
    let with = |a: &[&'static str], who: &[&'static str]| -> Vec<&'static str> {
        a.iter().chain(who).copied().collect()
    };
    let after_d: Vec<(&str, Vec<&str>)> = vec![
        (
            "2026-11-21",
            with(
                &[
                    "log",
                    "hd-electronics",
                    "--kind",
                    "visit",
                    "--summary",
                    "回訪",
                    "--satisfaction",
                    "1",
                ],
                &li,
            ),
        ),
        (
            "2026-11-21",
            with(
                &[
                    "client",
                    "add",
                    "new-co",
                    "--name",
                    "新客戶",
                    "--owner",
                    "li-wei",
                    "--stage",
                    "customer",
                    "--since",
                    "2026-11-21",
                ],
                &[],
            ),
        ),
        (
            "2026-11-22",
            with(
                &[
                    "deal",
                    "add",
                    "hd-electronics",
                    "--id",
                    "D-LATER",
                    "--title",
                    "追加",
                    "--amount",
                    "990000",
                    "--stage",
                    "won",
                    "--closed",
                    "2026-11-22",
                ],
                &[],
            ),
        ),
        (
            "2026-11-21T10:00",
            with(
                &[
                    "complaint",
                    "open",
                    "youxuan-ecommerce",
                    "--id",
                    "C-LATER",
                    "--severity",
                    "high",
                    "--summary",
                    "漏發",
                    "--handler",
                    "sun-li",
                ],
                &[],
            ),
        ),
        (
            "2026-11-21T09:00",
            with(
                &["complaint", "resolve", "C-2026-012", "--satisfaction", "2"],
                &[],
            ),
        ),
        ("2026-11-23T08:55", with(&["clock", "--in", "08:55"], &li)),
        (
            "2026-11-22",
            with(
                &[
                    "leave",
                    "request",
                    "--kind",
                    "personal",
                    "--from",
                    "2026-12-01",
                    "--to",
                    "2026-12-01",
                ],
                &li,
            ),
        ),
        (
            "2026-11-21",
            with(&["leave", "approve", "sun-li", "2026-11-26"], &lead),
        ),
        (
            "2026-11-23",
            with(
                &[
                    "meeting",
                    "add",
                    "--kind",
                    "weekly",
                    "--title",
                    "週例會（加開）",
                    "--attendees",
                    "li-wei,sun-li",
                    "--action",
                    "補發;sun-li;2026-11-24",
                ],
                &lead,
            ),
        ),
        (
            "2026-11-22",
            with(&["action", "done", "2026-11-02", "1"], &li),
        ),
        (
            "2026-12-01",
            with(
                &["review", "li-wei", "--period", "2026-10", "--score", "40"],
                &lead,
            ),
        ),
        (
            "2026-12-01",
            with(
                &[
                    "award", "li-wei", "--kind", "bonus", "--reason", "補記", "--amount", "800",
                    "--period", "2026-10",
                ],
                &lead,
            ),
        ),
    ];
    for (day, args) in &after_d {
        write(dir, day, args);
    }

    // the writes landed: the records pass check and a later day sees them
    let (code, out, _) = run(&["--records", dir, "--as-of", "2026-12-01", "check"]);
    assert_eq!(code, 0, "{out}");
    let later = reports(dir, "2026-12-01");
    assert!(later.iter().any(|r| r.contains("C-LATER")));
    assert!(later.iter().any(|r| r.contains("new-co")));

    let after = reports(dir, D);
    for (b, a) in before.iter().zip(&after) {
        assert_eq!(b, a);
    }
}
