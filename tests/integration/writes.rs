//! The writing commands on the `writes` records. Writes that succeed are
//! case folders `tests/fixtures/write-cases/<case>/` (`in/` → `cmd` → `out/`,
//! whole files, then `check`); the tests here run in a [`Folder`] (a copy,
//! as `--records .`, so paths print as `months/2026-11/amy.toml`): refusals
//! exit 1 and leave the folder byte-identical. D is 2026-11-20 unless a
//! test says otherwise.

use super::common::*;

/// Every case folder of `tests/fixtures/write-cases/` gives its `stdout` and its
/// whole `out/` folder (`UPDATE_EXPECT=1` rewrites them).
#[test]
fn write_cases_give_exactly_their_out_folder() {
    assert!(assert_write_cases("write-cases") >= 7);
}

// ---- log -----------------------------------------------------------------

#[test]
fn log_takes_the_writer_from_the_environment() {
    let f = Folder::new();
    let out = clientele()
        .current_dir(f.path())
        .env("CLIENTELE_MEMBER", "ben")
        .args([
            "--records",
            ".",
            "--as-of",
            D,
            "log",
            "acme",
            "--kind",
            "call",
            "--summary",
            "x",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        f.read("months/2026-11/ben.toml")
            .contains("client = \"acme\"")
    );
    // --member wins over the environment
    let out = clientele()
        .current_dir(f.path())
        .env("CLIENTELE_MEMBER", "ben")
        .args([
            "--records",
            ".",
            "--as-of",
            D,
            "--member",
            "amy",
            "log",
            "acme",
            "--kind",
            "call",
            "--summary",
            "y",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(f.read(AMY).contains("summary = \"y\""));
    f.checks();
}

#[test]
fn log_refuses_bad_input_and_writes_nothing() {
    let f = Folder::new();
    let log = |extra: &[&str]| {
        let mut args = vec!["log"];
        args.extend_from_slice(extra);
        f.refused(&args)
    };
    let base = ["acme", "--kind", "visit", "--summary", "x"];
    fn with<'a>(base: &[&'a str], more: &[&'a str]) -> Vec<&'a str> {
        let mut v = vec!["--member", "amy"];
        v.extend_from_slice(base);
        v.extend_from_slice(more);
        v
    }
    assert_eq!(
        log(&base),
        "error: who is writing? give --member ID or set CLIENTELE_MEMBER\n"
    );
    assert_eq!(
        log(&[
            "--member",
            "zed",
            "acme",
            "--kind",
            "visit",
            "--summary",
            "x"
        ]),
        "error: --member `zed` is not a member in team.toml: fix the id, or add the member there\n"
    );
    assert_eq!(
        log(&[
            "--member",
            "amy",
            "nope",
            "--kind",
            "visit",
            "--summary",
            "x"
        ]),
        "error: no client `nope`: there is no clients/nope.toml (fix the id, or add it with `clientele client add`)\n"
    );
    assert_eq!(
        log(&[
            "--member",
            "../amy",
            "acme",
            "--kind",
            "visit",
            "--summary",
            "x"
        ]),
        "error: --member `../amy` could name a path outside the records folder: ids are lowercase letters, digits and `-`\n"
    );
    assert_eq!(
        log(&with(&base, &["--date", "2026-02-30"])),
        "error: --date `2026-02-30` is not a date: write YYYY-MM-DD, e.g. 2026-11-20\n"
    );
    assert_eq!(
        log(&with(&base, &["--satisfaction", "6"])),
        "error: --satisfaction must be 1..5, found 6\n"
    );
    assert_eq!(
        log(&[
            "--member",
            "amy",
            "acme",
            "--kind",
            "lunch",
            "--summary",
            "x"
        ]),
        "error: --kind `lunch` is not allowed: use one of visit, call, email, meeting, care, feedback\n"
    );
    assert_eq!(
        log(&[
            "--member",
            "amy",
            "acme",
            "--kind",
            "visit",
            "--summary",
            " "
        ]),
        "error: --summary must not be empty\n"
    );
    // the file it would change is not TOML: it is not touched
    f.write(AMY, "[[interaction]\n");
    assert!(
        log(&with(&base, &[])).starts_with("error: months/2026-11/amy.toml is not valid TOML (")
    );
}

#[test]
fn a_write_that_breaks_a_rule_is_refused_with_the_diagnostic() {
    let f = Folder::new();
    // amy was not a member before 2020: a warning only, the write goes on
    let (code, _, err) = f.run(&[
        "--member",
        "amy",
        "log",
        "acme",
        "--kind",
        "call",
        "--summary",
        "x",
        "--date",
        "2019-06-03",
    ]);
    assert_eq!(code, 0);
    assert!(
        err.starts_with(
            "months/2019-06/amy.toml:2:8: warning: `amy` was not a member on 2019-06-03"
        ),
        "{err}"
    );
    // closed before opened breaks a rule: refused, with the diagnostic
    let err = f.refused(&["deal", "set", "acme", "D-2", "--closed", "2026-10-01"]);
    assert_eq!(
        err,
        "error: refused, nothing was written: the change would break the records' rules (lines as they would be):
clients/acme.toml:30:10: error: `closed` (2026-10-01) is before `opened` (2026-10-20) [E0401]
   |
30 | closed = 2026-10-01
   |          ^^^^^^^^^^
"
    );
}

#[test]
fn crlf_files_keep_crlf() {
    let f = Folder::new();
    let lf = f.read(AMY);
    f.write(AMY, &lf.replace('\n', "\r\n"));
    f.ok(&[
        "--member",
        "amy",
        "log",
        "bolt",
        "--kind",
        "call",
        "--summary",
        "x",
    ]);
    let after = f.read(AMY);
    assert_eq!(after.matches('\n').count(), after.matches("\r\n").count());
    assert_eq!(
        diff(&lf, &after.replace("\r\n", "\n")),
        "+[[interaction]]\n+date = 2026-11-20\n+client = \"bolt\"\n+kind = \"call\"\n+summary = \"x\"\n+\n"
    );
    f.checks();
}

// ---- plan, client add ------------------------------------------------------

#[test]
fn plan_refuses_a_bad_date_or_client() {
    let f = Folder::new();
    f.refused(&["--member", "amy", "plan", "acme", "--date", "soon"]);
    f.refused(&["--member", "amy", "plan", "ghost", "--date", "2026-12-02"]);
}

#[test]
fn client_add_refuses_bad_input_and_a_customer_without_since() {
    let f = Folder::new();
    // a customer needs `since`; with it, the missing contact is a warning
    assert_eq!(
        f.refused(&[
            "client", "add", "e", "--name", "E", "--owner", "amy", "--stage", "customer"
        ]),
        "error: a customer needs --since (the date of the first signed contract)\n"
    );
    let (code, _, err) = f.run(&[
        "client",
        "add",
        "e",
        "--name",
        "E",
        "--owner",
        "amy",
        "--stage",
        "customer",
        "--since",
        "2026-11-02",
        "--found",
        "2026-10-01",
    ]);
    assert_eq!(code, 0);
    assert!(
        err.starts_with("clients/e.toml:3:9: warning: customer has no [[contact]] [W0701]"),
        "{err}"
    );
    assert_eq!(
        f.refused(&["client", "add", "acme", "--name", "x", "--owner", "amy"]),
        "error: client `acme` already exists (clients/acme.toml): choose another id\n"
    );
    assert_eq!(
        f.refused(&["client", "add", "Big_Co", "--name", "x", "--owner", "amy"]),
        "error: client id `Big_Co` is not a valid id: use lowercase letters, digits and `-` (at most 64, not starting with `-`)\n"
    );
    assert_eq!(
        f.refused(&["client", "add", "x", "--name", "x", "--owner", "zed"]),
        "error: --owner `zed` is not a member in team.toml: fix the id, or add the member there\n"
    );
    f.refused(&[
        "client",
        "add",
        "x",
        "--name",
        "x",
        "--owner",
        "amy",
        "--potential",
        "6",
    ]);
    f.refused(&[
        "client", "add", "x", "--name", "x", "--owner", "amy", "--source", "tv",
    ]);
}

// ---- deals ---------------------------------------------------------------

#[test]
fn deal_ids_are_unique_across_clients() {
    let f = Folder::new();
    assert_eq!(
        f.refused(&[
            "deal", "add", "bolt", "--id", "D-2", "--title", "x", "--amount", "1"
        ]),
        "error: deal id `D-2` is already used in clients/acme.toml: ids are unique across all clients\n"
    );
    f.refused(&[
        "deal", "add", "bolt", "--id", "D 5", "--title", "x", "--amount", "1",
    ]);
    f.refused(&[
        "deal",
        "add",
        "bolt",
        "--id",
        "D-5",
        "--title",
        "x",
        "--amount=-1",
    ]);
    f.refused(&[
        "deal", "add", "bolt", "--id", "D-5", "--title", "x", "--amount", "1", "--stage", "maybe",
    ]);
    f.refused(&[
        "deal", "add", "bolt", "--id", "D-5", "--title", "x", "--amount", "1", "--owner", "zed",
    ]);
}

#[test]
fn deal_set_refuses_an_unknown_deal_or_nothing_to_change() {
    let f = Folder::new();
    assert_eq!(
        f.refused(&["deal", "set", "acme", "D-9", "--amount", "1"]),
        "error: client acme has no deal `D-9` (see clients/acme.toml)\n"
    );
    assert_eq!(
        f.refused(&["deal", "set", "acme", "D-1"]),
        "error: nothing to change: give --stage, --amount, --closed, --due or --delivered\n"
    );
}

// ---- complaints ------------------------------------------------------------

#[test]
fn complaint_refuses_a_second_answer_or_resolution_and_bad_input() {
    let f = Folder::new();
    // C-1 answered and resolved (the case folder complaint-open-respond-resolve
    // pins what these write)
    f.run_at("2026-11-20T13:00", &["complaint", "respond", "C-1"]);
    f.ok(&["complaint", "resolve", "C-1", "--at", "2026-11-21 17:00"]);
    assert_eq!(
        f.refused(&["complaint", "respond", "C-1"]),
        "error: complaint C-1 was already answered at 2026-11-20T13:00:00: only the first response is recorded\n"
    );
    assert_eq!(
        f.refused(&["complaint", "resolve", "C-1", "--at", "2026-11-22T10:00"]),
        "error: complaint C-1 was already resolved at 2026-11-21T17:00:00 (to rate it, give only --satisfaction)\n"
    );
    assert_eq!(
        f.refused(&["complaint", "respond", "C-9"]),
        "error: no complaint `C-9` in any client file\n"
    );
    assert_eq!(
        f.refused(&[
            "complaint",
            "open",
            "acme",
            "--id",
            "C-2",
            "--severity",
            "low",
            "--summary",
            "x",
            "--handler",
            "amy",
        ]),
        "error: complaint id `C-2` is already used in clients/bolt.toml: ids are unique across all clients\n"
    );
    f.refused(&[
        "complaint",
        "open",
        "acme",
        "--id",
        "C-4",
        "--severity",
        "urgent",
        "--summary",
        "x",
        "--handler",
        "amy",
    ]);
    f.refused(&[
        "complaint",
        "open",
        "acme",
        "--id",
        "C-4",
        "--severity",
        "low",
        "--summary",
        "x",
        "--handler",
        "amy",
        "--received",
        "yesterday",
    ]);
    // resolved before it was received breaks a rule
    let err = f.refused(&["complaint", "resolve", "C-2", "--at", "2026-11-09T09:00"]);
    assert!(
        err.contains("error: `resolved` (2026-11-09 09:00:00) is before `received`"),
        "{err}"
    );
}
