//! `--at REF`: every report on the records as committed at REF equals the
//! same report on a checkout of REF, byte for byte (stdout, stderr, exit
//! code), and nothing is checked out or written.

use super::common::*;
use super::git_story::story;

/// Every read command, as of the story's last day.
const REPORTS: &[&[&str]] = &[
    &["summary"],
    &["check"],
    &["check", "--format", "csv"],
    &["tiers", "--format", "csv"],
    &["followups"],
    &["plans"],
    &["care"],
    &["pipeline"],
    &["complaints"],
    &["attendance"],
    &["leave"],
    &["actions"],
    &["meetings"],
    &["kpi"],
    &["appraisal"],
    &["promotion"],
    &["awards"],
    &["training"],
    &["report", "weekly", "--member", "amy"],
    &["report", "month", "--member", "amy", "--format", "md"],
    &["export", "ics"],
    &["careers"],
    &["events"],
    &["research"],
    &["clients", "--format", "csv"],
    &["deals"],
];

#[test]
fn at_a_commit_equals_a_checkout_for_every_report() {
    let s = story();
    let before = snapshot(&s.dir);
    for tag in ["c4", "c8"] {
        let checkout = s.dir.parent().unwrap().join(format!("checkout-{tag}"));
        s.git(&[
            "worktree",
            "add",
            "-q",
            "--detach",
            checkout.to_str().unwrap(),
            tag,
        ]);
        let after_worktree = snapshot(&s.dir);
        for args in REPORTS {
            let args = [&["--as-of", "2026-11-20"][..], args].concat();
            let want = run_in(&checkout.join("records"), &args);
            let got = s.run(&[&args[..], &["--at", tag]].concat());
            assert_eq!(got, want, "{tag}: {args:?}");
        }
        assert_eq!(snapshot(&s.dir), after_worktree, "--at wrote something");
        s.git(&["worktree", "remove", "--force", checkout.to_str().unwrap()]);
    }
    assert_eq!(snapshot(&s.dir).len(), before.len());
}

#[test]
fn at_reads_the_commit_not_the_working_tree() {
    let s = story();
    s.edit("clients/acme.toml", "potential = 5", "potential = 1");
    let (_, now, _) = s.run(&["--as-of", "2026-11-20", "tiers", "--format", "csv"]);
    let (_, then, _) = s.run(&[
        "--as-of",
        "2026-11-20",
        "tiers",
        "--format",
        "csv",
        "--at",
        "HEAD",
    ]);
    let (_, c1, _) = s.run(&[
        "--as-of",
        "2026-11-20",
        "tiers",
        "--format",
        "csv",
        "--at",
        "c1",
    ]);
    assert!(
        now.contains("acme,甲公司,amy,") && now.contains(",0.0,"),
        "{now}"
    );
    assert_ne!(now, then);
    assert!(then.contains(",100.0,"), "{then}");
    assert!(c1.contains(",75.0,"), "{c1}");
}

#[test]
fn at_needs_a_repository_and_a_commit() {
    let s = story();
    let (code, _, err) = s.run(&["tiers", "--at", "no-such-branch"]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with("error: `no-such-branch` names no commit of the repository"),
        "{err}"
    );
    let tmp = copy_fixture("writes");
    let (code, _, err) = run_in(tmp.path(), &["tiers", "--at", "HEAD"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("is not in a git repository: `--at` reads the records' history"),
        "{err}"
    );
    // a write takes no --at (complaint's own --at is a time)
    let (code, _, err) = s.run(&[
        "--member",
        "amy",
        "log",
        "acme",
        "--kind",
        "call",
        "--summary",
        "x",
        "--at",
        "HEAD",
    ]);
    assert_eq!(code, 2, "{err}");
}
