//! `examples/ci/records-ci.sh`, what the CI examples run: it passes on
//! clean records, and blocks a forged approval and a change that brings an
//! error, with the review comment written.

use std::path::Path;
use std::process::Command;

use super::common::*;
use super::git_story::{Story, story};

/// Runs the CI script in the repository → (exit code, stdout).
fn ci(s: &Story, args: &[&str]) -> (i32, String) {
    let bin = Path::new(env!("CARGO_BIN_EXE_clientele")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("sh")
        .arg(crate_path("examples/ci/records-ci.sh"))
        .args(args)
        .current_dir(&s.dir)
        .env("PATH", path)
        .env_remove("CLIENTELE_RECORDS")
        .env("CLIENTELE_AS_OF", "2026-11-20")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
    )
}

#[test]
fn ci_blocks_a_forged_approval() {
    let s = story();
    let (code, out) = ci(&s, &[]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("award[amy] by boss: added in commit"), "{out}");
    // the forged award reverted: CI passes
    s.git(&["revert", "--no-edit", "c8"]);
    let (code, out) = ci(&s, &[]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn ci_on_a_review_request_writes_the_comment_and_blocks_new_errors() {
    let s = story();
    s.git(&["revert", "--no-edit", "c8"]);
    s.git(&["tag", "base"]);
    s.append(
        "months/2026-11/amy.toml",
        "\n[[interaction]]\ndate = 2026-11-19\nclient = \"nobody\"\nkind = \"call\"\nsummary = \"x\"\n",
    );
    s.commit("amy", "2026-11-20T19:00:00+08:00", "broken");
    let (code, out) = ci(&s, &["base"]);
    assert_eq!(code, 1, "{out}");
    let md = read(&s.dir, "clientele-diff.md");
    assert!(
        md.starts_with("### What this change does to the reports"),
        "{md}"
    );
    assert!(
        md.contains("| check | months/2026-11/amy.toml | error E0302 |"),
        "{md}"
    );
}
