//! Unit tests of the journal: a plan is followed, an unplanned journal is
//! dropped, a plan that leaves the folder is refused.

use super::*;

fn folder() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("clients")).unwrap();
    std::fs::write(tmp.path().join("clients/a.toml"), "old a\n").unwrap();
    tmp
}

#[test]
fn commit_puts_every_file_in_place_and_clears_the_journal() {
    let tmp = folder();
    let root = tmp.path();
    let saved = commit(
        root,
        &[
            ("clients/a.toml", "new a\n"),
            ("months/2026-11/b.toml", "b\n"),
        ],
        None,
    )
    .unwrap();
    assert_eq!(saved, Saved::default());
    assert_eq!(
        std::fs::read_to_string(root.join("clients/a.toml")).unwrap(),
        "new a\n"
    );
    assert_eq!(
        std::fs::read_to_string(root.join("months/2026-11/b.toml")).unwrap(),
        "b\n"
    );
    assert!(!journal_dir(root).exists());
}

#[test]
fn a_journal_without_a_plan_is_rolled_back() {
    let tmp = folder();
    let root = tmp.path();
    std::fs::create_dir(journal_dir(root)).unwrap();
    std::fs::write(journal_dir(root).join("1"), "half\n").unwrap();
    assert_eq!(recover(root).unwrap(), Some(Recovered::RolledBack));
    assert_eq!(
        std::fs::read_to_string(root.join("clients/a.toml")).unwrap(),
        "old a\n"
    );
    assert!(!journal_dir(root).exists());
    assert_eq!(recover(root).unwrap(), None);
}

#[test]
fn a_recorded_plan_is_finished_whatever_was_already_renamed() {
    let tmp = folder();
    let root = tmp.path();
    let dir = journal_dir(root);
    std::fs::create_dir(&dir).unwrap();
    // file 1 was already put in place; file 2 was not
    std::fs::write(root.join("clients/a.toml"), "new a\n").unwrap();
    std::fs::write(dir.join("2"), "new b\n").unwrap();
    std::fs::write(
        dir.join(PLAN),
        format!("{HEADER}\nput clients/a.toml\nput clients/b.toml\n"),
    )
    .unwrap();
    assert_eq!(recover(root).unwrap(), Some(Recovered::Finished));
    assert_eq!(
        std::fs::read_to_string(root.join("clients/a.toml")).unwrap(),
        "new a\n"
    );
    assert_eq!(
        std::fs::read_to_string(root.join("clients/b.toml")).unwrap(),
        "new b\n"
    );
    assert!(!dir.exists());
}

#[test]
fn a_plan_that_leaves_the_folder_is_refused() {
    for bad in [
        "../outside.toml",
        ".git/hooks/pre-commit",
        "/etc/x",
        "a//b",
        "",
    ] {
        let tmp = folder();
        let root = tmp.path();
        let dir = journal_dir(root);
        std::fs::create_dir(&dir).unwrap();
        std::fs::write(dir.join("1"), "x\n").unwrap();
        std::fs::write(dir.join(PLAN), format!("{HEADER}\nput {bad}\n")).unwrap();
        let e = recover(root).unwrap_err().to_string();
        assert!(e.contains("cannot follow"), "{bad}: {e}");
        assert!(
            dir.join("1").exists(),
            "{bad}: the journal must stay for a look"
        );
    }
}

#[test]
fn a_staging_folder_goes_only_when_no_write_holds_the_lock() {
    let tmp = folder();
    let root = tmp.path();
    let staging = root.join(crate::write::spill::STAGING_DIR);
    std::fs::create_dir_all(staging.join("clients")).unwrap();
    std::fs::write(staging.join("clients/a.toml"), "a\n").unwrap();
    {
        // a live write is staging its files: a reader leaves them
        let _lock = FolderLock::acquire(root).unwrap();
        assert_eq!(recover(root).unwrap(), None);
        assert!(staging.join("clients/a.toml").exists());
    }
    // the write was killed: the next command clears what it left
    assert_eq!(recover(root).unwrap(), None);
    assert!(!staging.exists());
}
