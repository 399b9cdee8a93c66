//! The write transaction: what the check finds, what a commit saves.

use super::*;

/// A folder with the settings, a lead and an empty month (shared with
/// the tests of `large`).
pub(super) fn folder() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    std::fs::write(
        root.join("clientele.toml"),
        "[team]\nname = \"t\"\ncurrency = \"CNY\"\n",
    )
    .unwrap();
    std::fs::write(
        root.join("team.toml"),
        "[[member]]\nid = \"boss\"\nname = \"B\"\nrole = \"lead\"\njoined = 2020-01-01\n",
    )
    .unwrap();
    std::fs::create_dir_all(root.join("months/2026-11")).unwrap();
    tmp
}

pub(super) const REL: &str = "months/2026-11/boss.toml";

pub(super) fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
}

#[test]
fn new_errors_are_found_old_ones_are_not_blamed() {
    let tmp = folder();
    // an old problem: a client that has no file
    std::fs::write(
        tmp.path().join(REL),
        "[[plan]]\ndate = 2026-11-02\nclient = \"gone\"\n",
    )
    .unwrap();
    let mut txn = Txn::begin(tmp.path()).unwrap();
    let old = txn.read(REL).unwrap().unwrap();
    txn.stage(
        REL,
        format!("{old}\n[[plan]]\ndate = 2026-11-03\nclient = \"gone\"\n"),
    )
    .unwrap();
    let checked = txn.check(today()).unwrap();
    assert_eq!(checked.errors.len(), 1, "{checked:?}");
    assert!(
        checked
            .render_errors()
            .contains(":7:10: error: plan client `gone` has no file"),
        "{}",
        checked.render_errors()
    );
    txn.stage(
        REL,
        format!("{old}\n[[attendance]]\ndate = 2026-11-03\nin = \"09:00\"\n"),
    )
    .unwrap();
    let checked = txn.check(today()).unwrap();
    assert!(checked.errors.is_empty(), "{checked:?}");
}

#[test]
fn commit_writes_only_what_changed() {
    let tmp = folder();
    let mut txn = Txn::begin(tmp.path()).unwrap();
    assert_eq!(txn.read(REL).unwrap(), None);
    txn.stage(
        REL,
        "[[attendance]]\ndate = 2026-11-03\nin = \"09:00\"\n".into(),
    )
    .unwrap();
    let team = txn.read("team.toml").unwrap().unwrap();
    txn.stage("team.toml", team).unwrap();
    assert_eq!(txn.changed(), [REL]);
    txn.commit().unwrap();
    assert!(tmp.path().join(REL).is_file());
}

#[test]
fn texts_lent_to_the_check_come_back_for_the_save() {
    let tmp = folder();
    std::fs::write(
        tmp.path().join(REL),
        "[[plan]]\ndate = 2026-11-02\nclient = \"gone\"\n",
    )
    .unwrap();
    let mut txn = Txn::begin(tmp.path()).unwrap();
    let old = txn.read(REL).unwrap().unwrap();
    let new = format!("{old}\n[[plan]]\ndate = 2026-11-03\nclient = \"gone\"\n");
    txn.stage(REL, new.clone()).unwrap();
    // problems found: the check before the change ran too
    let checked = txn.check(today()).unwrap();
    assert_eq!(checked.errors.len(), 1);
    assert_eq!(txn.read(REL).unwrap().unwrap(), old);
    assert_eq!(txn.changed(), [REL]);
    txn.commit().unwrap();
    assert_eq!(std::fs::read_to_string(tmp.path().join(REL)).unwrap(), new);
}
