//! A team's first weeks, end to end: `init`, a hand-written team, then only
//! writing commands (each on its own day, through `--as-of`), and the
//! reports that read what they wrote. Every number below is worked out by
//! hand from SPEC section 3 and the example settings `init` writes.

use super::common::*;

const TEAM: &str = r#"[[member]]
id = "boss"
name = "張敏"
role = "lead"
joined = 2026-01-01

[[member]]
id = "amy"
name = "李艾"
role = "manager"
joined = 2026-01-01
reports_to = "boss"
base_bonus = 5000

[[member]]
id = "ben"
name = "王斌"
role = "specialist"
joined = 2026-01-01
reports_to = "boss"
"#;

/// Runs `clientele --records DIR --as-of DAY ARGS…` and expects exit 0.
fn on(dir: &str, day: &str, args: &[&str]) -> String {
    let mut all = vec!["--records", dir, "--as-of", day];
    all.extend_from_slice(args);
    let (code, out, err) = run(&all);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

#[test]
fn init_then_a_month_of_work_then_the_briefing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("records");
    let dir = dir.to_str().unwrap();
    let (code, _, err) = run(&["--as-of", "2026-10-01", "init", dir]);
    assert_eq!(code, 0, "{err}");
    std::fs::write(tmp.path().join("records/team.toml"), TEAM).unwrap();

    let amy = ["--member", "amy"];
    let w = |day: &str, args: &[&str], who: &[&str]| {
        let mut a = args.to_vec();
        a.extend_from_slice(who);
        on(dir, day, &a)
    };
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
            "--potential",
            "4",
            "--specialist",
            "ben",
        ],
        &[],
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
            "2026-10-01",
        ],
        &[],
    );
    w(
        "2026-10-01",
        &[
            "deal",
            "add",
            "acme",
            "--id",
            "D-1",
            "--title",
            "年度維保",
            "--amount",
            "300000",
            "--opened",
            "2026-10-01",
        ],
        &[],
    );
    w(
        "2026-10-05",
        &["log", "bolt", "--kind", "call", "--summary", "初次聯繫"],
        &amy,
    );
    w(
        "2026-11-02",
        &[
            "log",
            "acme",
            "--kind",
            "visit",
            "--summary",
            "季度回訪",
            "--satisfaction",
            "5",
        ],
        &amy,
    );
    w(
        "2026-11-02",
        &["plan", "acme", "--date", "2026-11-10", "--purpose", "續約"],
        &amy,
    );
    w(
        "2026-11-05",
        &[
            "deal",
            "set",
            "acme",
            "D-1",
            "--stage",
            "won",
            "--closed",
            "2026-11-05",
        ],
        &[],
    );
    w(
        "2026-11-09",
        &[
            "meeting",
            "add",
            "--kind",
            "weekly",
            "--title",
            "週例會",
            "--date",
            "2026-11-09",
            "--attendees",
            "amy,ben",
            "--action",
            "整理報價;amy;2026-11-13",
            "--action",
            "回訪 acme;ben;2026-11-30",
        ],
        &["--member", "boss"],
    );
    w(
        "2026-11-18",
        &[
            "leave",
            "request",
            "--kind",
            "annual",
            "--from",
            "2026-11-26",
            "--to",
            "2026-11-27",
        ],
        &["--member", "ben"],
    );
    w(
        "2026-11-19T09:00",
        &[
            "complaint",
            "open",
            "acme",
            "--id",
            "C-1",
            "--severity",
            "high",
            "--summary",
            "交貨延遲",
            "--handler",
            "ben",
        ],
        &[],
    );
    w("2026-11-20T09:12", &["clock", "--in", "09:12"], &amy);
    w("2026-11-20T18:05", &["clock", "--out", "18:05"], &amy);
    w(
        "2026-11-20",
        &["review", "amy", "--period", "2026-10", "--score", "85"],
        &["--member", "boss"],
    );

    // everything written passes check, in canonical form
    let out = on(dir, "2026-11-20", &["check"]);
    assert!(out.contains("0 errors"), "{out}");
    on(dir, "2026-11-20", &["fmt", "--check"]);

    // acme is the one graded client: scale 100, potential 75, loyalty
    // 10 (1 year) + 10 (1 won deal) = 20; .5 × 100 + .3 × 75 + .2 × 20 = 76.5: B
    let tiers = on(dir, "2026-11-20", &["tiers", "--format", "csv"]);
    assert!(
        tiers.contains("\nacme,Acme 精工,amy,300000,100.0,75.0,20.0,76.5,B,false,"),
        "{tiers}"
    );
    // bolt: called 5 Oct + 21 = 26 Oct, 25 days overdue; acme (B, 30
    // days): visited 2 Nov, due 2 Dec
    let followups = on(dir, "2026-11-20", &["followups", "--format", "csv"]);
    let lines: Vec<&str> = followups.lines().collect();
    assert!(lines[1].starts_with("bolt,Bolt 物流,prospect,,amy,2026-10-05,21,2026-10-26,25"));
    assert!(lines[2].starts_with("acme,Acme 精工,customer,B,amy,2026-11-02,30,2026-12-02,-12"));
    // the plan of 10 Nov had no visit within 3 days: missed
    let plans = on(dir, "2026-11-20", &["plans", "--format", "csv"]);
    assert!(
        plans.contains("\n2026-11-10,amy,acme,續約,missed"),
        "{plans}"
    );
    // November up to Fri 20th: 15 weekdays, no holidays in init's calendar;
    // amy clocked only on the 20th, at 09:12: present and late (09:00 + 5
    // minutes of grace), left 18:05 (not early); absent the other 14
    let att = on(
        dir,
        "2026-11-20",
        &["attendance", "--member", "amy", "--format", "csv"],
    );
    assert!(att.ends_with("\namy,李艾,15,1,1,0,14,0,0,0\n"), "{att}");

    // the briefing counts what the lists show
    let json = on(dir, "2026-11-20", &["summary", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let count = |key: &str| {
        v["sections"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["section"] == key)
            .unwrap()["count"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(count("followups_overdue"), 1); // bolt
    assert_eq!(count("followups_due"), 0); // acme is due in 12 days
    assert_eq!(count("complaints_open"), 1); // C-1: no response 4 h after 09:00
    assert_eq!(count("leave_pending"), 1); // ben's, not decided yet
    assert_eq!(count("actions_overdue"), 1); // 整理報價, due 13 Nov
    assert_eq!(count("plans_missed"), 1);
    assert_eq!(count("kpi"), 2); // amy and ben have targets; boss none
    // sales 300000 of 500000 won on 5 Nov
    let kpi = on(
        dir,
        "2026-11-20",
        &["kpi", "--member", "amy", "--format", "csv"],
    );
    assert!(kpi.contains("\namy,李艾,manager,0,300000,5.00,"), "{kpi}");

    // the lead approves the leave the next day: nothing waits any more
    w(
        "2026-11-21",
        &["leave", "approve", "ben", "2026-11-26"],
        &["--member", "boss"],
    );
    let json = on(dir, "2026-11-21", &["summary", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let pending = v["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["section"] == "leave_pending")
        .unwrap()["count"]
        .clone();
    assert_eq!(pending, 0);
    // and replaying the 20th still shows it waiting
    let json = on(dir, "2026-11-20", &["summary", "--format", "csv"]);
    assert!(
        json.contains("\nleave_pending,Leave waiting for approval,1,"),
        "{json}"
    );
}
