//! A large original let go during the check comes back for the save, or
//! stops the write when another program changed it meanwhile.

use super::super::Txn;
use super::super::tests::{REL, today};

/// The shared test folder with `old` as the month file.
fn folder(old: &str) -> tempfile::TempDir {
    let tmp = super::super::tests::folder();
    std::fs::write(tmp.path().join(REL), old).unwrap();
    tmp
}

/// Over the 64 bytes from which unit tests let an original go.
const OLD: &str = "[[attendance]]\r\ndate = 2026-11-02\r\nin = \"09:00\"\r\n\r\n[[attendance]]\r\ndate = 2026-11-01\r\nin = \"09:00\"\r\n";
const ADDED: &str = "\n[[attendance]]\ndate = 2026-11-03\nin = \"09:00\"\n";

#[test]
fn a_large_original_comes_back_for_the_save() {
    let tmp = folder(OLD);
    let mut txn = Txn::begin(tmp.path()).unwrap();
    let old = txn.read(REL).unwrap().unwrap();
    txn.stage(REL, format!("{}{ADDED}", old.replace("\r\n", "\n")))
        .unwrap();
    let checked = txn.check(today()).unwrap();
    assert!(checked.errors.is_empty(), "{checked:?}");
    assert_eq!(txn.read(REL).unwrap().unwrap(), OLD);
    txn.commit().unwrap();
    // the save kept the original's CRLF line ends: it had the original
    let saved = std::fs::read_to_string(tmp.path().join(REL)).unwrap();
    assert_eq!(saved, format!("{OLD}{}", ADDED.replace('\n', "\r\n")));
}

#[test]
fn a_large_original_changed_meanwhile_stops_the_write() {
    let tmp = folder(OLD);
    let mut txn = Txn::begin(tmp.path()).unwrap();
    let old = txn.take(REL).unwrap().unwrap();
    assert_eq!(old, OLD);
    txn.stage(REL, format!("{old}{ADDED}")).unwrap();
    // read again when asked for: the very text let go
    assert_eq!(txn.text(REL).unwrap().unwrap(), OLD);
    let other = OLD.replace("09:00", "09:30");
    std::fs::write(tmp.path().join(REL), &other).unwrap();
    let checked = txn.check(today()).unwrap();
    assert!(checked.errors.is_empty(), "{checked:?}");
    // the save needs the original (its CRLF line ends): it was changed
    let err = txn.commit().unwrap_err().to_string();
    assert!(err.contains("was changed by another program"), "{err}");
    assert_eq!(
        std::fs::read_to_string(tmp.path().join(REL)).unwrap(),
        other
    );
}

#[test]
fn a_taken_original_of_plain_lines_is_not_read_again_for_the_save() {
    let plain = OLD.replace("\r\n", "\n");
    let tmp = folder(&plain);
    let mut txn = Txn::begin(tmp.path()).unwrap();
    let mut text = txn.take(REL).unwrap().unwrap();
    text.push_str(ADDED);
    txn.stage(REL, text.clone()).unwrap();
    assert!(txn.check(today()).unwrap().errors.is_empty());
    // gone from the folder meanwhile: the save did not need it
    std::fs::remove_file(tmp.path().join(REL)).unwrap();
    assert_eq!(txn.changed(), [REL]);
    txn.commit().unwrap();
    assert_eq!(std::fs::read_to_string(tmp.path().join(REL)).unwrap(), text);
}

#[test]
fn a_taken_original_not_staged_is_read_again_for_the_check() {
    let tmp = folder(OLD);
    let mut txn = Txn::begin(tmp.path()).unwrap();
    assert_eq!(txn.take(REL).unwrap().unwrap(), OLD);
    // nothing staged for it: the check loads the file as it is
    let checked = txn.check(today()).unwrap();
    assert!(checked.errors.is_empty(), "{checked:?}");
    assert!(txn.changed().is_empty());
    txn.commit().unwrap();
    assert_eq!(std::fs::read_to_string(tmp.path().join(REL)).unwrap(), OLD);
}
