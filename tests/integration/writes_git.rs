//! Writes with git: two clones logging on the same day merge without a
//! conflict, and the pre-commit hook refuses broken records. Also: each
//! command on a copy of the shipped `records/`.

use std::path::Path;
use std::process::Command;

use super::common::*;

// ---- git -----------------------------------------------------------------

fn git(dir: &Path, args: &[&str]) -> (bool, String) {
    let out = Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.com")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.com")
        .env("PATH", path_with_clientele())
        .output()
        .expect("git must be installed for this test");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

fn git_ok(dir: &Path, args: &[&str]) {
    let (ok, text) = git(dir, args);
    assert!(ok, "git {args:?}: {text}");
}

/// PATH with the folder of the `clientele` binary first (for the hook).
fn path_with_clientele() -> String {
    let dir = Path::new(env!("CARGO_BIN_EXE_clientele")).parent().unwrap();
    format!(
        "{}:{}",
        dir.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

/// Logs in a clone (records in `records/`, as in this repository).
fn log(clone: &Path, member: &str, client: &str, summary: &str) {
    let out = clientele_process(clone)
        .args(["--as-of", D, "--member", member, "log", client])
        .args(["--kind", "call", "--summary", summary])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn two_clones_logging_the_same_day_merge_without_conflict() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    git_ok(root, &["init", "-q", "--bare", "-b", "main", "origin.git"]);
    let seed = root.join("seed");
    copy_dir(&crate_path("tests/fixtures/writes"), &seed.join("records"));
    std::fs::write(seed.join(".gitignore"), ".clientele.lock\n.*.tmp\n").unwrap();
    git_ok(&seed, &["init", "-q", "-b", "main"]);
    git_ok(&seed, &["add", "-A"]);
    git_ok(&seed, &["commit", "-q", "-m", "records"]);
    git_ok(&seed, &["remote", "add", "origin", "../origin.git"]);
    git_ok(&seed, &["push", "-q", "origin", "main"]);
    git_ok(root, &["clone", "-q", "origin.git", "a"]);
    git_ok(root, &["clone", "-q", "origin.git", "b"]);
    let (a, b) = (root.join("a"), root.join("b"));

    // round 1: merge
    log(&a, "amy", "acme", "amy on a");
    git_ok(&a, &["commit", "-q", "-am", "amy's call"]);
    git_ok(&a, &["push", "-q"]);
    log(&b, "ben", "bolt", "ben on b");
    git_ok(&b, &["add", "-A"]);
    git_ok(&b, &["commit", "-q", "-m", "ben's call"]);
    git_ok(&b, &["pull", "-q", "--no-rebase"]);
    git_ok(&b, &["push", "-q"]);

    // round 2: rebase, both again on the same day
    log(&a, "amy", "bolt", "amy again");
    git_ok(&a, &["commit", "-q", "-am", "amy again"]);
    log(&b, "ben", "acme", "ben again");
    git_ok(&b, &["commit", "-q", "-am", "ben again"]);
    git_ok(&b, &["push", "-q"]);
    git_ok(&a, &["pull", "-q", "--rebase"]);
    git_ok(&a, &["push", "-q"]);

    let amy = std::fs::read_to_string(a.join("records").join(AMY)).unwrap();
    let ben = std::fs::read_to_string(a.join("records/months/2026-11/ben.toml")).unwrap();
    assert!(amy.contains("\"amy on a\"") && amy.contains("\"amy again\""));
    assert_eq!(
        ben,
        "[[interaction]]\ndate = 2026-11-20\nclient = \"bolt\"\nkind = \"call\"\nsummary = \"ben on b\"\n\n[[interaction]]\ndate = 2026-11-20\nclient = \"acme\"\nkind = \"call\"\nsummary = \"ben again\"\n"
    );
    let (code, out, _) = run(&[
        "--records",
        &a.join("records").to_string_lossy(),
        "--as-of",
        D,
        "check",
    ]);
    assert_eq!(code, 0, "{out}");
    let (_, status) = git(&a, &["status", "--porcelain"]);
    assert_eq!(status, "", "the lock file is ignored, nothing is left over");
}

#[cfg(unix)]
#[test]
fn the_pre_commit_hook_refuses_staged_records_with_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let repo = tmp.path().join("repo");
    copy_dir(&crate_path("tests/fixtures/writes"), &repo.join("records"));
    git_ok(&repo, &["init", "-q", "-b", "main"]);
    let hook = repo.join(".git/hooks/pre-commit");
    std::fs::copy(crate_path("examples/pre-commit"), &hook).unwrap();
    git_ok(&repo, &["add", "-A"]);
    git_ok(&repo, &["commit", "-q", "-m", "valid records pass"]);
    // a staged broken file is refused
    let amy = repo.join("records").join(AMY);
    let good = std::fs::read_to_string(&amy).unwrap();
    std::fs::write(&amy, good.replace("satisfaction = 5", "satisfaction = 9")).unwrap();
    git_ok(&repo, &["add", "-A"]);
    let (ok, text) = git(&repo, &["commit", "-q", "-m", "broken"]);
    assert!(!ok, "{text}");
    assert!(
        text.contains("records/months/2026-11/amy.toml:8:16: error: `satisfaction` must be 1..5, found 9 [E0501]"),
        "{text}"
    );
    assert!(
        text.contains("pre-commit: the staged records have errors"),
        "{text}"
    );
    // the hook judges what is staged, not the working tree
    let fixed = good.replace("satisfaction = 5", "satisfaction = 4");
    std::fs::write(&amy, &fixed).unwrap();
    let (ok, _) = git(&repo, &["commit", "-q", "-m", "still broken in the index"]);
    assert!(!ok);
    git_ok(&repo, &["add", "-A"]);
    std::fs::write(&amy, "not toml [").unwrap();
    git_ok(&repo, &["commit", "-q", "-m", "the index is fine again"]);
    let (_, shown) = git(&repo, &["show", "HEAD:records/months/2026-11/amy.toml"]);
    assert_eq!(shown, fixed);
}

// ---- the shipped records ---------------------------------------------------

#[test]
fn every_write_works_on_the_shipped_records() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    copy_dir(&crate_path("records"), dir);
    let steps: &[&[&str]] = &[
        &[
            "--member",
            "li-wei",
            "log",
            "hd-electronics",
            "--kind",
            "call",
            "--summary",
            "確認二期報價",
        ],
        &[
            "--member",
            "li-wei",
            "plan",
            "hd-electronics",
            "--date",
            "2026-11-27",
            "--purpose",
            "二期談判",
        ],
        &[
            "client",
            "add",
            "xin-co",
            "--name",
            "新公司",
            "--owner",
            "chen-jing",
            "--source",
            "referral",
        ],
        &[
            "deal",
            "add",
            "xin-co",
            "--id",
            "D-2026-099",
            "--title",
            "首單",
            "--amount",
            "120000",
        ],
        &[
            "deal",
            "set",
            "hd-electronics",
            "D-2026-032",
            "--stage",
            "negotiation",
        ],
        &[
            "complaint",
            "open",
            "hd-electronics",
            "--id",
            "C-2026-099",
            "--severity",
            "medium",
            "--summary",
            "備件延誤",
            "--handler",
            "wang-fang",
        ],
        &["complaint", "respond", "C-2026-099"],
        &["complaint", "resolve", "C-2026-099", "--satisfaction", "4"],
        &[
            "--member",
            "sun-li",
            "clock",
            "--date",
            "2026-11-07",
            "--in",
            "08:50",
            "--out",
            "18:05",
        ],
        &[
            "--member",
            "li-wei",
            "leave",
            "request",
            "--kind",
            "annual",
            "--from",
            "2026-12-21",
            "--to",
            "2026-12-23",
        ],
        &[
            "leave",
            "approve",
            "li-wei",
            "2026-12-21",
            "--by",
            "zhang-min",
        ],
        &[
            "--member",
            "zhang-min",
            "meeting",
            "add",
            "--kind",
            "ad-hoc",
            "--title",
            "二期報價",
            "--action",
            "報價單;li-wei;2026-11-25",
        ],
        &["action", "done", "2026-11-20", "1"],
        &[
            "review",
            "li-wei",
            "--period",
            "2026-10",
            "--score",
            "86",
            "--by",
            "wang-fang",
        ],
        &[
            "award",
            "li-wei",
            "--kind",
            "honour",
            "--reason",
            "二期推進",
            "--by",
            "zhang-min",
        ],
    ];
    for args in steps {
        let mut all = vec!["--records", ".", "--as-of", "2026-11-20T18:30"];
        all.extend_from_slice(args);
        let out = clientele().current_dir(dir).args(&all).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = clientele()
        .current_dir(dir)
        .args(["--records", ".", "--as-of", "2026-11-20", "check"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.ends_with(": 0 errors, 0 warnings\n"), "{text}");
}
