//! Flag values are parsed once, by the same typed parsers, for reports and
//! writes alike: a value that does not parse is a usage error (exit 2,
//! nothing written), one date syntax and one date-time syntax everywhere.
//! Also: an OS error is printed once.

use super::common::*;

/// Runs a command whose flag value does not parse: exit 2, nothing on
/// stdout, the folder untouched. Returns the first line of stderr.
pub fn bad_value(f: &Folder, args: &[&str]) -> String {
    let before = f.snapshot();
    let (code, out, err) = f.run(args);
    assert_eq!(code, 2, "{args:?}: {out}{err}");
    assert_eq!(out, "", "{args:?}");
    assert!(f.snapshot() == before, "{args:?} changed the folder: {err}");
    err.lines().next().unwrap_or("").to_string()
}

#[test]
fn a_bad_date_on_a_write_exits_2_and_names_the_flag() {
    let f = Folder::new();
    assert_eq!(
        bad_value(
            &f,
            &["--member", "amy", "plan", "acme", "--date", "2026-12-1"]
        ),
        "error: invalid value '2026-12-1' for '--date <YYYY-MM-DD>': `2026-12-1` is not a date: write YYYY-MM-DD, e.g. 2026-11-20"
    );
}

#[test]
fn reports_and_writes_share_one_date_syntax() {
    let f = Folder::new();
    let report = bad_value(&f, &["complaints", "--from", "2026-1-2"]);
    assert_eq!(
        report,
        "error: invalid value '2026-1-2' for '--from <YYYY-MM-DD>': `2026-1-2` is not a date: write YYYY-MM-DD, e.g. 2026-11-20"
    );
    let write = bad_value(
        &f,
        &["--member", "amy", "plan", "acme", "--date", "2026-1-2"],
    );
    assert_eq!(
        write.split_once("': ").map(|x| x.1),
        report.split_once("': ").map(|x| x.1)
    );
    let (code, _, err) = f.run(&["complaints", "--from", "2026-01-02"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn as_of_takes_a_space_like_the_writes_do() {
    let f = Folder::new();
    let (code, out, err) = f.run_at("2026-11-20 10:00", &["summary"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Briefing for 2026-11-20 (Fri)"), "{out}");
    let (code, _, err) = f.run(&[
        "--member",
        "amy",
        "complaint",
        "respond",
        "C-1",
        "--at",
        "2026-11-20 10:00",
    ]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn an_enum_value_is_worded_one_way() {
    let f = Folder::new();
    let report = bad_value(&f, &["complaints", "--severity", "urgent"]);
    let write = bad_value(
        &f,
        &[
            "complaint",
            "open",
            "acme",
            "--id",
            "C-9",
            "--severity",
            "urgent",
            "--summary",
            "x",
            "--handler",
            "amy",
        ],
    );
    let reason = |s: &str| s.split_once("': ").map(|x| x.1.to_string());
    assert_eq!(reason(&report), reason(&write));
    assert_eq!(
        reason(&report).unwrap(),
        "`urgent` is not allowed: use one of high, medium, low"
    );
}

#[test]
fn an_os_error_is_printed_once() {
    let f = Folder::new();
    let month = f.path().join("months/2026-11/ben.toml");
    let _ = std::fs::remove_file(&month);
    std::fs::create_dir_all(&month).unwrap();
    let (code, _, err) = f.run(&["--member", "ben", "clock", "--in", "09:00"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.matches("os error").count() <= 1, "{err}");
    assert!(
        err.starts_with("error: months/2026-11/ben.toml is a folder where a record file belongs"),
        "{err}"
    );
}

#[test]
fn a_folder_that_is_no_crm_export_is_one_error_line() {
    let f = Folder::new();
    let before = f.snapshot();
    let (code, out, err) = f.run(&["import", "crm", "no-such-export"]);
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert_eq!(
        err,
        "error: no-such-export is not a CRM export: it needs accounts.csv, sales_teams.csv \
         and sales_pipeline.csv (cannot read no-such-export/accounts.csv: No such file or \
         directory (os error 2)); nothing was imported\n"
    );
    assert!(f.snapshot() == before);
}
