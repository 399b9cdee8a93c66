//! The cache of parsed records never changes an answer: every report gives
//! the same bytes, stderr and exit code with and without it, on the sample
//! records and after edits, renames, deletions, a touch, a change that
//! keeps the size and time, a damaged cache and one of another build.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::common::*;

const REPORTS: &[&[&str]] = &[
    &["summary"],
    &["tiers"],
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
    &["research"],
    &["events"],
    &["report", "weekly", "--member", "li-wei"],
    &["summary", "--format", "json"],
];

/// The reports run after each change (every report runs on the sample).
const SOME: &[&[&str]] = &[
    &["summary", "--format", "json"],
    &["tiers"],
    &["plans"],
    &["kpi"],
];

fn cache_file(dir: &Path) -> PathBuf {
    dir.join(".clientele-cache/records.bin")
}

/// Each report of `reports` on `dir` as (code, stdout, stderr), with or
/// without the cache.
fn all(dir: &Path, reports: &[&[&str]], cache: bool) -> Vec<(i32, String, String)> {
    reports
        .iter()
        .map(|args| {
            let mut cmd = clientele();
            cmd.current_dir(dir)
                .args(["--as-of", "2026-11-20"])
                .args(*args);
            if !cache {
                cmd.arg("--no-cache");
            }
            output(&mut cmd)
        })
        .collect()
}

/// Runs every report with the cache (twice: as found, then as renewed)
/// and checks both against a run without it.
fn same_both_ways(dir: &Path, reports: &[&[&str]], what: &str) {
    let without = all(dir, reports, false);
    for round in ["as found", "renewed"] {
        let with = all(dir, reports, true);
        for ((args, a), b) in reports.iter().zip(&without).zip(&with) {
            assert_eq!(a, b, "{what}, cache {round}: `{}` differs", args.join(" "));
        }
    }
}

/// Sets every record file's time an hour back and waits until the change
/// times are older than the cache's settling delay, so the next runs may
/// trust the files' stamps.
fn settle(dir: &Path) {
    let past = SystemTime::now() - Duration::from_secs(3600);
    for e in walkdir::WalkDir::new(dir) {
        let e = e.unwrap();
        if e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "toml") {
            let f = std::fs::File::options().write(true).open(e.path()).unwrap();
            f.set_modified(past).unwrap();
        }
    }
    std::thread::sleep(Duration::from_millis(2100));
}

/// A copy of the sample records, without any cache a run left there.
fn sample() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&crate_path("records"), tmp.path());
    let _ = std::fs::remove_dir_all(tmp.path().join(".clientele-cache"));
    tmp
}

fn modified(path: &Path) -> SystemTime {
    std::fs::metadata(path).unwrap().modified().unwrap()
}

#[test]
fn every_report_is_the_same_with_and_without_the_cache() {
    let tmp = sample();
    let dir = tmp.path();
    same_both_ways(dir, REPORTS, "fresh copy");

    // once the files are settled, a run takes them all from the cache and
    // leaves it as it was
    settle(dir);
    all(dir, SOME, true);
    let before = modified(&cache_file(dir));
    same_both_ways(dir, REPORTS, "settled");
    assert_eq!(
        modified(&cache_file(dir)),
        before,
        "the cache was not used whole"
    );

    let month = dir.join("months/2026-11/li-wei.toml");
    let text = std::fs::read_to_string(&month).unwrap();
    std::fs::write(
        &month,
        format!("{text}\n[[interaction]]\ndate = 2026-11-19\nclient = \"youxuan-ecommerce\"\nkind = \"call\"\nsummary = \"added\"\n"),
    )
    .unwrap();
    same_both_ways(dir, SOME, "an interaction added");
    // one file edited costs the next runs its parse, not a new cache
    assert_eq!(
        modified(&cache_file(dir)),
        before,
        "the cache was rewritten"
    );

    // the same size and the same modification time, other bytes
    let time = modified(&month);
    let edited = std::fs::read_to_string(&month)
        .unwrap()
        .replace("kind = \"call\"", "kind = \"mail\"");
    std::fs::write(&month, &edited).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&month)
        .unwrap()
        .set_modified(time)
        .unwrap();
    same_both_ways(dir, SOME, "a change keeping size and time");

    // touched without a change
    std::fs::File::options()
        .write(true)
        .open(&month)
        .unwrap()
        .set_modified(SystemTime::now())
        .unwrap();
    same_both_ways(dir, SOME, "touched");

    std::fs::rename(
        dir.join("months/2026-11/sun-li.toml"),
        dir.join("months/2026-11/zhao-lei2.toml"),
    )
    .unwrap();
    same_both_ways(dir, SOME, "a month file renamed");
    std::fs::remove_file(dir.join("months/2026-11/zhao-lei2.toml")).unwrap();
    same_both_ways(dir, SOME, "a month file deleted");

    std::fs::write(&month, "[[interaction]\n").unwrap();
    same_both_ways(dir, SOME, "a file broken");
}

#[test]
fn a_damaged_cache_or_one_of_another_build_is_ignored() {
    let tmp = sample();
    let dir = tmp.path();
    all(dir, SOME, true);
    let good = std::fs::read(cache_file(dir)).unwrap();

    let mut flipped = good.clone();
    let at = flipped.len() / 2;
    flipped[at] ^= 0x55;
    std::fs::write(cache_file(dir), &flipped).unwrap();
    same_both_ways(dir, SOME, "a byte flipped");

    std::fs::write(cache_file(dir), &good[..good.len() / 3]).unwrap();
    same_both_ways(dir, SOME, "truncated");

    // the build is written after the 16-byte magic and its length
    let mut other = good.clone();
    other[17] = b'9';
    std::fs::write(cache_file(dir), &other).unwrap();
    same_both_ways(dir, SOME, "another build");

    std::fs::write(cache_file(dir), b"").unwrap();
    same_both_ways(dir, SOME, "empty");
}

#[test]
fn cache_clear_removes_it() {
    let tmp = sample();
    let dir = tmp.path();
    let (code, ..) = run_in(dir, &["summary", "--as-of", "2026-11-20"]);
    assert_eq!(code, 0);
    assert!(cache_file(dir).exists());
    let (code, out, _) = run_in(dir, &["cache", "clear"]);
    assert_eq!((code, out.contains("removed")), (0, true), "{out}");
    assert!(!dir.join(".clientele-cache").exists());
    let (_, out, _) = run_in(dir, &["cache", "clear"]);
    assert!(out.contains("there was none"), "{out}");
    // CLIENTELE_NO_CACHE=1 reads no cache and writes none
    let mut cmd = clientele();
    cmd.current_dir(dir)
        .env("CLIENTELE_NO_CACHE", "1")
        .args(["summary", "--as-of", "2026-11-20"]);
    assert_eq!(output(&mut cmd).0, 0);
    assert!(!dir.join(".clientele-cache").exists());
}

/// Diagnostics are cached as message ids and arguments, not as text: a
/// report in Chinese on a cache written by a run in English shows the
/// records' errors in Chinese, the same bytes as without the cache (`check`
/// itself never reads the cache).
#[test]
fn cached_diagnostics_show_in_the_language_of_each_run() {
    let tmp = copy_fixture("check-fields");
    let dir = tmp.path();
    let summary = |lang: &str, cache: bool| {
        let mut cmd = clientele();
        cmd.current_dir(dir)
            .args(["--records", ".", "--lang", lang, "summary"]);
        if !cache {
            cmd.arg("--no-cache");
        }
        output(&mut cmd)
    };
    settle(dir);
    let (code, _, err) = summary("en", true);
    assert_eq!(code, 1);
    assert!(
        err.contains("`amount` must be a number, found a string [E0203]"),
        "{err}"
    );
    let before = modified(&cache_file(dir));
    for lang in ["en", "zh-Hant", "zh-Hans"] {
        assert_eq!(summary(lang, true), summary(lang, false), "{lang}");
    }
    let (_, _, err) = summary("zh-Hant", true);
    assert!(
        err.contains("`amount` 必須是數字，目前是字串 [E0203]"),
        "{err}"
    );
    assert_eq!(
        modified(&cache_file(dir)),
        before,
        "the cache was not used whole"
    );
}
