//! The lifecycle continued without an editor (issue 11): a new team from
//! `init` on, with members, clients, contacts, deals, training, meetings,
//! a handover and a member leaving all written from the command line,
//! then the reports that read them. The hand-written-team half is
//! lifecycle.rs.

use super::common::*;

/// Runs `clientele --records DIR --as-of DAY ARGS…` and expects exit 0.
fn on(dir: &str, day: &str, args: &[&str]) -> String {
    let mut all = vec!["--records", dir, "--as-of", day];
    all.extend_from_slice(args);
    let (code, out, err) = run(&all);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

/// A new team's first weeks with no editor at all (issue 11): `init`,
/// members, clients and contacts added from the command line, a won deal
/// that makes a customer, follow-ups counted from `records_start`,
/// training, a handover and a member leaving, then the reports.
#[test]
fn a_new_team_runs_its_month_without_an_editor() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("records");
    let dir = root.to_str().unwrap();
    let (code, _, err) = run(&[
        "--as-of",
        "2026-10-01",
        "init",
        dir,
        "--lead",
        "boss",
        "--lead-name",
        "張敏",
    ]);
    assert_eq!(code, 0, "{err}");
    let settings = std::fs::read_to_string(root.join("clientele.toml")).unwrap();
    assert!(
        settings.contains("\nrecords_start = 2026-10-01 "),
        "{settings}"
    );
    let ignore = std::fs::read_to_string(root.join(".gitignore")).unwrap();
    assert!(ignore.lines().any(|l| l == ".clientele.lock"), "{ignore}");
    // a records folder inside another is refused
    let inner = root.join("clients/sub");
    let (code, _, err) = run(&["init", inner.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("is inside the records folder"), "{err}");

    let w = |day: &str, args: &[&str]| on(dir, day, args);
    w(
        "2026-10-01",
        &[
            "member",
            "add",
            "amy",
            "--name",
            "李艾",
            "--role",
            "manager",
            "--reports-to",
            "boss",
        ],
    );
    w(
        "2026-10-01",
        &[
            "member",
            "add",
            "ben",
            "--name",
            "王斌",
            "--role",
            "specialist",
            "--reports-to",
            "boss",
        ],
    );
    w(
        "2026-11-02",
        &[
            "member",
            "add",
            "cat",
            "--name",
            "陳潔",
            "--role",
            "manager",
            "--reports-to",
            "boss",
        ],
    );
    // the book the team brings: acme a customer for years, bolt a lead
    w(
        "2026-10-01",
        &[
            "client",
            "add",
            "acme",
            "--name",
            "Acme 精工",
            "--owner",
            "amy",
            "--stage",
            "customer",
            "--found",
            "2025-01-10",
            "--since",
            "2025-03-01",
            "--specialist",
            "ben",
        ],
    );
    w(
        "2026-10-01",
        &[
            "client",
            "add",
            "bolt",
            "--name",
            "Bolt 物流",
            "--owner",
            "amy",
            "--stage",
            "prospect",
            "--found",
            "2026-06-01",
        ],
    );
    w(
        "2026-10-01",
        &[
            "contact",
            "add",
            "acme",
            "--name",
            "王琳",
            "--title",
            "採購經理",
            "--primary",
        ],
    );
    w("2026-10-02", &["contact", "add", "bolt", "--name", "周毅"]);
    w(
        "2026-10-05",
        &[
            "deal", "add", "bolt", "--id", "D-1", "--title", "試點", "--amount", "50000",
        ],
    );
    w(
        "2026-10-20",
        &[
            "deal", "add", "acme", "--id", "D-2", "--title", "二期", "--amount", "90000",
        ],
    );
    let won = w(
        "2026-11-05",
        &["deal", "set", "bolt", "D-1", "--stage", "won"],
    );
    assert!(won.contains("is now a customer since 2026-11-05"), "{won}");
    w(
        "2026-11-09",
        &[
            "training",
            "add",
            "--id",
            "T-1",
            "--date",
            "2026-11-09",
            "--topic",
            "談判",
            "--category",
            "sales",
            "--method",
            "internal",
            "--hours",
            "2",
            "--attendees",
            "amy,ben",
        ],
    );
    w("2026-11-09", &["training", "score", "T-1", "amy", "88"]);
    w(
        "2026-11-09",
        &[
            "--member",
            "boss",
            "meeting",
            "add",
            "--kind",
            "weekly",
            "--title",
            "週例會",
            "--action",
            "整理報價;amy;2026-11-27",
        ],
    );

    // follow-ups count from records_start, not from acme's 2025 `since`
    let followups = on(dir, "2026-11-20", &["followups", "--format", "csv"]);
    assert!(
        followups.contains("\nacme,Acme 精工,customer,"),
        "{followups}"
    );
    assert!(followups.contains(",amy,2026-10-01,"), "{followups}");
    assert!(
        followups.contains("\nbolt,Bolt 物流,customer,"),
        "{followups}"
    );

    // amy hands her clients to cat, then leaves; her open action goes too
    let moved = w(
        "2026-11-20",
        &["client", "handover", "--from", "amy", "--to", "cat"],
    );
    assert!(
        moved.contains("clients owned: acme, bolt; open deals: D-2"),
        "{moved}"
    );
    let left = w(
        "2026-11-20",
        &[
            "member",
            "leave",
            "amy",
            "--on",
            "2026-11-30",
            "--handover-to",
            "cat",
        ],
    );
    assert!(left.contains("open action items: 1"), "{left}");

    let out = on(dir, "2026-11-20", &["check"]);
    assert!(out.contains("0 errors"), "{out}");
    on(dir, "2026-11-20", &["fmt", "--check"]);
    // the sale amy won stays hers; the clients are cat's now
    let kpi = on(
        dir,
        "2026-11-20",
        &[
            "kpi", "--member", "amy", "--month", "2026-11", "--format", "csv",
        ],
    );
    assert!(kpi.contains("\namy,李艾,manager,"), "{kpi}");
    assert!(kpi.contains(",50000,"), "{kpi}");
    let tiers = on(
        dir,
        "2026-11-20",
        &["tiers", "--owner", "cat", "--format", "csv"],
    );
    assert!(
        tiers.contains("\nacme,") && tiers.contains("\nbolt,"),
        "{tiers}"
    );
    let plan = on(
        dir,
        "2026-11-20",
        &["training", "--plan", "--format", "csv"],
    );
    assert!(
        plan.contains("\nT-1,2026-11-09,談判,sales,internal,2,,\"amy,ben\",held\n"),
        "{plan}"
    );
}
