//! Multi-file writes are all or nothing (issue 12, break 2): `import crm`
//! of the CRM slice writes nine files; a failure injected at every step
//! (`CLIENTELE_FAIL_AT`, read by debug builds only), an abort at every
//! step and `kill -9` at random moments leave the folder, as the next
//! command of any kind sees it, byte for byte as before or as after.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use super::common::*;

const CRM: &str = "tests/data/maven-crm";

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut f = snapshot(dir);
    f.remove(".clientele.lock");
    f
}

/// The folder before and after a clean import.
fn states() -> (BTreeMap<String, Vec<u8>>, BTreeMap<String, Vec<u8>>) {
    let tmp = copy_fixture("base");
    let old = files(tmp.path());
    let (code, _, err) = run_on(
        tmp.path(),
        &["import", "crm", &crate_path(CRM).to_string_lossy()],
    );
    assert_eq!(code, 0, "{err}");
    let new = files(tmp.path());
    assert_eq!(new.len() - old.len(), 8, "the slice adds 8 client files");
    (old, new)
}

/// Runs the import with `CLIENTELE_FAIL_AT=point`, then `check`; returns
/// the import's (exit code, stderr) and the folder `check` left.
fn import_failing_at(point: &str) -> (i32, String, BTreeMap<String, Vec<u8>>) {
    let tmp = copy_fixture("base");
    let crm = crate_path(CRM);
    let (code, _, err) = output(
        clientele()
            .env("CLIENTELE_FAIL_AT", point)
            .args(["--records", &tmp.path().to_string_lossy(), "import", "crm"])
            .arg(&crm),
    );
    let (check, out, _) = run_on(tmp.path(), &["check"]);
    assert!(check == 0 || check == 1, "{out}");
    assert!(!tmp.path().join(".clientele-journal").exists(), "{point}");
    (code, err, files(tmp.path()))
}

#[test]
fn a_failure_at_any_step_leaves_the_old_or_the_new_folder() {
    let (old, new) = states();
    for k in 1..=9 {
        let (code, err, after) = import_failing_at(&format!("file:{k}"));
        assert_eq!(code, 1, "file:{k}: {err}");
        assert!(err.contains("injected failure at file:"), "{err}");
        assert!(err.ends_with("nothing was written\n"), "{err}");
        assert!(after == old, "file:{k} left a changed folder");
    }
    let (code, _, after) = import_failing_at("plan");
    assert_eq!(code, 1);
    assert!(after == old, "plan left a changed folder");
    for k in 1..=9 {
        let (code, err, after) = import_failing_at(&format!("rename:{k}"));
        assert_eq!(code, 0, "rename:{k}: {err}");
        assert!(
            err.contains("warning: saved; but not every file is in place yet"),
            "{err}"
        );
        assert!(err.contains("do not run the command again"), "{err}");
        assert!(
            after == new,
            "rename:{k} did not finish on the next command"
        );
    }
    for point in ["sync", "clear"] {
        let (code, err, after) = import_failing_at(point);
        assert_eq!(code, 0, "{point}: {err}");
        assert!(err.contains("warning: saved; but"), "{err}");
        assert!(after == new, "{point}");
    }
}

#[test]
fn an_abort_at_any_step_leaves_the_old_or_the_new_folder() {
    let (old, new) = states();
    let mut points: Vec<String> = (1..=9).map(|k| format!("file:{k}")).collect();
    points.push("plan".into());
    points.extend((1..=9).map(|k| format!("rename:{k}")));
    points.extend(["sync".into(), "clear".into()]);
    for (i, point) in points.iter().enumerate() {
        let (code, _, after) = import_failing_at(&format!("abort@{point}"));
        assert_ne!(code, 0, "{point}: the process must have died");
        let before_commit = i < 10;
        assert!(
            after
                == if before_commit {
                    old.clone()
                } else {
                    new.clone()
                },
            "abort at {point}"
        );
    }
}

/// A small deterministic generator (no dependency): the seed is printed.
fn next(seed: &mut u64) -> u64 {
    *seed = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    *seed >> 33
}

#[test]
fn kill_9_at_random_moments_leaves_the_old_or_the_new_folder() {
    let (old, new) = states();
    let crm = crate_path(CRM);
    // how long a whole import takes here, to aim the kills inside it
    let t = Instant::now();
    states();
    let whole = t.elapsed().as_micros().max(1000) as u64;
    let mut seed = u64::from(std::process::id()) ^ whole;
    eprintln!("kill test seed {seed}, import ~{whole} µs");
    let mut seen = [0usize; 2];
    for _ in 0..24 {
        let tmp = copy_fixture("base");
        let mut child = clientele_process(Path::new(env!("CARGO_MANIFEST_DIR")))
            .args(["--records", &tmp.path().to_string_lossy(), "import", "crm"])
            .arg(&crm)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(next(&mut seed) % whole));
        let _ = child.kill();
        let _ = child.wait();
        let (code, out, _) = run_on(tmp.path(), &["check"]);
        assert!(code == 0 || code == 1, "{out}");
        let after = files(tmp.path());
        if after == old {
            seen[0] += 1;
        } else {
            assert!(after == new, "a kill left a half import (seed {seed})");
            seen[1] += 1;
        }
    }
    eprintln!("old state {} times, new state {} times", seen[0], seen[1]);
}

#[test]
fn a_failure_or_an_abort_while_new_files_are_staged_leaves_the_old_folder() {
    // the eight new client files are kept on disk (`.clientele-staging`)
    // as they are made, before the re-check and the commit
    let (old, _) = states();
    for k in 1..=8 {
        let (code, err, after) = import_failing_at(&format!("stage:{k}"));
        assert_eq!(code, 1, "stage:{k}: {err}");
        assert!(err.contains("injected failure at stage:"), "{err}");
        assert!(after == old, "stage:{k} left a changed folder");
        let (code, _, after) = import_failing_at(&format!("abort@stage:{k}"));
        assert_ne!(code, 0, "stage:{k}: the process must have died");
        // the next command (`check`) found the lock free and cleared it
        assert!(after == old, "abort at stage:{k} left a changed folder");
    }
}
