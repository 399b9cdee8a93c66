//! The folder is the boundary for writes (issue 12, break 1): a write never
//! goes through a symbolic link to a folder or to the lock file; it is
//! refused (exit 1) and nothing is written, inside or outside the folder.

use std::path::Path;

use super::common::*;

/// Every file below `dir`, for "nothing was written there".
fn outside(dir: &Path) -> Vec<String> {
    snapshot(dir).into_keys().collect()
}

fn refused_through_link(link: &str, args: &[&str]) {
    let f = Folder::new();
    let elsewhere = tempfile::tempdir().unwrap();
    let target = f.path().join(link);
    if target.exists() {
        copy_dir(&target, elsewhere.path());
        std::fs::remove_dir_all(&target).unwrap();
    }
    std::os::unix::fs::symlink(elsewhere.path(), &target).unwrap();
    let before = outside(elsewhere.path());
    let err = f.refused(args);
    assert!(err.contains("symbolic link"), "{err}");
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(outside(elsewhere.path()), before, "{args:?} wrote outside");
}

#[test]
fn clock_refuses_a_symlinked_month_folder() {
    refused_through_link(
        "months/2026-11",
        &["--member", "amy", "clock", "--in", "09:00"],
    );
}

#[test]
fn clock_refuses_a_new_month_that_is_a_symlink() {
    let f = Folder::new();
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), f.path().join("months/2026-12")).unwrap();
    let before = f.snapshot();
    let (code, _, err) = f.run_at("2026-12-01", &["--member", "amy", "clock", "--in", "09:00"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("months/2026-12 is a symbolic link"), "{err}");
    assert_eq!(f.snapshot(), before);
    assert!(outside(elsewhere.path()).is_empty());
}

#[test]
fn client_add_refuses_a_symlinked_clients_folder() {
    refused_through_link(
        "clients",
        &[
            "client", "add", "cool-co", "--name", "Cool", "--owner", "ben", "--source", "web",
        ],
    );
}

#[test]
fn a_symlinked_lock_file_is_refused_and_nothing_is_created() {
    let f = Folder::new();
    let elsewhere = tempfile::tempdir().unwrap();
    let aim = elsewhere.path().join("made-by-clientele");
    std::os::unix::fs::symlink(&aim, f.path().join(".clientele.lock")).unwrap();
    let (code, _, err) = f.run(&["--member", "amy", "clock", "--in", "09:00"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains(".clientele.lock"), "{err}");
    assert!(err.contains("symbolic link"), "{err}");
    assert!(!aim.exists(), "the lock followed the link");
    assert!(outside(elsewhere.path()).is_empty());
}
