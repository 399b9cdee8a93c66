//! The writing commands on a copy of the `writes` fixture: each test runs a
//! command in the copy (as `--records .`, so paths print as
//! `months/2026-11/amy.toml`), compares the file before and after line by
//! line (exactly what was added or changed) and runs `check` on the
//! result. Refusals exit 1 and leave the folder byte-identical. D is
//! 2026-11-20 unless a test says otherwise.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::common::*;

pub const D: &str = "2026-11-20";

/// A fresh copy of the `writes` fixture.
pub struct Folder {
    tmp: tempfile::TempDir,
}

impl Folder {
    pub fn new() -> Folder {
        Folder {
            tmp: copy_fixture("writes"),
        }
    }

    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    /// Runs `clientele --records . --as-of AS_OF ARGS` inside the copy.
    pub fn run_at(&self, as_of: &str, args: &[&str]) -> (i32, String, String) {
        let mut all = vec!["--records", ".", "--as-of", as_of];
        all.extend_from_slice(args);
        let out = clientele()
            .current_dir(self.path())
            .args(&all)
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    }

    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        self.run_at(D, args)
    }

    /// Runs a write that must succeed; returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let (code, out, err) = self.run(args);
        assert_eq!((code, err.as_str()), (0, ""), "{args:?}");
        out
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel)).unwrap()
    }

    pub fn write(&self, rel: &str, text: &str) {
        std::fs::write(self.path().join(rel), text).unwrap();
    }

    /// Every file's bytes (the lock file aside).
    pub fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut out = BTreeMap::new();
        for e in walkdir::WalkDir::new(self.path()) {
            let e = e.unwrap();
            if e.file_type().is_file() && e.file_name() != ".clientele.lock" {
                let rel = e.path().strip_prefix(self.path()).unwrap().to_path_buf();
                out.insert(rel, std::fs::read(e.path()).unwrap());
            }
        }
        out
    }

    /// `check` passes with no errors and no warnings.
    pub fn checks(&self) {
        let (code, out, _) = self.run(&["check"]);
        assert_eq!(code, 0, "{out}");
        assert!(out.ends_with(": 0 errors, 0 warnings\n"), "{out}");
    }

    /// Runs a write that must be refused: exit 1, nothing written.
    /// Returns stderr.
    pub fn refused(&self, args: &[&str]) -> String {
        let before = self.snapshot();
        let (code, out, err) = self.run(args);
        assert_eq!(code, 1, "{args:?}: {out}{err}");
        assert_eq!(out, "", "{args:?}");
        assert!(
            self.snapshot() == before,
            "{args:?} changed the folder: {err}"
        );
        err
    }
}

/// The lines that differ between two texts, after their common first and
/// last lines: `-` removed, `+` added.
pub fn diff(before: &str, after: &str) -> String {
    let a: Vec<&str> = before.split_inclusive('\n').collect();
    let b: Vec<&str> = after.split_inclusive('\n').collect();
    let mut start = 0;
    while start < a.len() && start < b.len() && a[start] == b[start] {
        start += 1;
    }
    let mut end = 0;
    while end < a.len() - start
        && end < b.len() - start
        && a[a.len() - 1 - end] == b[b.len() - 1 - end]
    {
        end += 1;
    }
    let mut out = String::new();
    for l in &a[start..a.len() - end] {
        out.push('-');
        out.push_str(l);
    }
    for l in &b[start..b.len() - end] {
        out.push('+');
        out.push_str(l);
    }
    out
}

pub const AMY: &str = "months/2026-11/amy.toml";
pub const BOSS: &str = "months/2026-11/boss.toml";
pub const ACME: &str = "clients/acme.toml";
pub const BOLT: &str = "clients/bolt.toml";

// ---- log -----------------------------------------------------------------

#[test]
fn log_appends_after_the_last_interaction_and_keeps_every_other_byte() {
    let f = Folder::new();
    let before = f.read(AMY);
    let out = f.ok(&[
        "--member",
        "amy",
        "log",
        "acme",
        "--kind",
        "visit",
        "--summary",
        "回訪 \"二期\"",
        "--satisfaction",
        "4",
    ]);
    assert_eq!(
        out,
        "logged visit with acme on 2026-11-20 in months/2026-11/amy.toml\n"
    );
    assert_eq!(
        diff(&before, &f.read(AMY)),
        "+[[interaction]]\n+date = 2026-11-20\n+client = \"acme\"\n+kind = \"visit\"\n+summary = \"回訪 \\\"二期\\\"\"\n+satisfaction = 4\n+\n"
    );
    // the new entry sits after the last interaction, before the plans' comment
    assert!(
        f.read(AMY)
            .contains("summary = \"first call\"\n\n[[interaction]]\ndate = 2026-11-20\n")
    );
    f.checks();
}

#[test]
fn log_creates_the_month_file_and_folder() {
    let f = Folder::new();
    let out = f.ok(&[
        "--member",
        "ben",
        "log",
        "bolt",
        "--kind",
        "email",
        "--summary",
        "quote sent",
        "--date",
        "2026-12-01",
    ]);
    assert_eq!(
        out,
        "logged email with bolt on 2026-12-01 in months/2026-12/ben.toml\n"
    );
    assert_eq!(
        f.read("months/2026-12/ben.toml"),
        "[[interaction]]\ndate = 2026-12-01\nclient = \"bolt\"\nkind = \"email\"\nsummary = \"quote sent\"\n"
    );
    f.checks();
}

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
    let bad = |extra: &[&str]| {
        let mut args = vec!["log"];
        args.extend_from_slice(extra);
        super::values::bad_value(&f, &args)
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
        bad(&[
            "--member",
            "../amy",
            "acme",
            "--kind",
            "visit",
            "--summary",
            "x"
        ]),
        "error: invalid value '../amy' for '--member <ID>': `../amy` could name a path outside the records folder: ids are lowercase letters, digits and `-`"
    );
    assert_eq!(
        bad(&with(&base, &["--date", "2026-02-30"])),
        "error: invalid value '2026-02-30' for '--date <YYYY-MM-DD>': `2026-02-30` is not a date: write YYYY-MM-DD, e.g. 2026-11-20"
    );
    assert_eq!(
        bad(&with(&base, &["--satisfaction", "6"])),
        "error: invalid value '6' for '--satisfaction <N>': must be 1..5, found 6"
    );
    assert_eq!(
        bad(&[
            "--member",
            "amy",
            "acme",
            "--kind",
            "lunch",
            "--summary",
            "x"
        ]),
        "error: invalid value 'lunch' for '--kind <KIND>': `lunch` is not allowed: use one of visit, call, email, meeting, care, feedback"
    );
    assert_eq!(
        bad(&[
            "--member",
            "amy",
            "acme",
            "--kind",
            "visit",
            "--summary",
            " "
        ]),
        "error: invalid value ' ' for '--summary <TEXT>': must not be empty"
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
fn plan_appends_a_plan() {
    let f = Folder::new();
    let before = f.read(AMY);
    let out = f.ok(&[
        "--member",
        "amy",
        "plan",
        "bolt",
        "--date",
        "2026-11-27",
        "--purpose",
        "報價",
    ]);
    assert_eq!(
        out,
        "planned a visit to bolt on 2026-11-27 in months/2026-11/amy.toml\n"
    );
    assert_eq!(
        diff(&before, &f.read(AMY)),
        "+[[plan]]\n+date = 2026-11-27\n+client = \"bolt\"\n+purpose = \"報價\"\n+\n"
    );
    f.checks();
    // a plan for next month goes to next month's file
    f.ok(&["--member", "amy", "plan", "acme", "--date", "2026-12-02"]);
    assert_eq!(
        f.read("months/2026-12/amy.toml"),
        "[[plan]]\ndate = 2026-12-02\nclient = \"acme\"\n"
    );
    super::values::bad_value(&f, &["--member", "amy", "plan", "acme", "--date", "soon"]);
    f.refused(&["--member", "amy", "plan", "ghost", "--date", "2026-12-02"]);
}

#[test]
fn client_add_creates_the_file() {
    let f = Folder::new();
    let out = f.ok(&[
        "client",
        "add",
        "cool-co",
        "--name",
        "酷公司",
        "--owner",
        "ben",
        "--source",
        "web",
        "--industry",
        "retail",
        "--found",
        "2026-11-18",
    ]);
    assert_eq!(out, "added client cool-co in clients/cool-co.toml\n");
    assert_eq!(
        f.read("clients/cool-co.toml"),
        "id = \"cool-co\"\nname = \"酷公司\"\nstage = \"lead\"\nowner = \"ben\"\nindustry = \"retail\"\nsource = \"web\"\nfound = 2026-11-18\npotential = 3\n"
    );
    f.ok(&[
        "client",
        "add",
        "dyn",
        "--name",
        "D",
        "--owner",
        "amy",
        "--stage",
        "prospect",
        "--potential",
        "5",
        "--specialist",
        "ben",
    ]);
    assert_eq!(
        f.read("clients/dyn.toml"),
        "id = \"dyn\"\nname = \"D\"\nstage = \"prospect\"\nowner = \"amy\"\nspecialist = \"ben\"\nfound = 2026-11-20\npotential = 5\n"
    );
    f.checks();
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
        super::values::bad_value(
            &f,
            &["client", "add", "Big_Co", "--name", "x", "--owner", "amy"]
        ),
        "error: invalid value 'Big_Co' for '<ID>': `Big_Co` is not a valid id: use lowercase letters, digits and `-` (at most 64, not starting with `-`)"
    );
    assert_eq!(
        f.refused(&["client", "add", "x", "--name", "x", "--owner", "zed"]),
        "error: --owner `zed` is not a member in team.toml: fix the id, or add the member there\n"
    );
    super::values::bad_value(
        &f,
        &[
            "client",
            "add",
            "x",
            "--name",
            "x",
            "--owner",
            "amy",
            "--potential",
            "6",
        ],
    );
    super::values::bad_value(
        &f,
        &[
            "client", "add", "x", "--name", "x", "--owner", "amy", "--source", "tv",
        ],
    );
}

// ---- deals ---------------------------------------------------------------

#[test]
fn deal_add_goes_after_the_last_deal_or_after_the_contacts() {
    let f = Folder::new();
    let (acme, bolt) = (f.read(ACME), f.read(BOLT));
    let out = f.ok(&[
        "deal",
        "add",
        "bolt",
        "--id",
        "D-3",
        "--title",
        "首單",
        "--amount",
        "1234.5",
        "--stage",
        "qualified",
        "--opened",
        "2026-11-19",
    ]);
    assert_eq!(
        out,
        "added deal D-3 (qualified) to bolt in clients/bolt.toml\n"
    );
    // bolt had no deal: the first goes after the contacts, before complaints
    assert_eq!(
        diff(&bolt, &f.read(BOLT)),
        "+[[deal]]\n+id = \"D-3\"\n+title = \"首單\"\n+stage = \"qualified\"\n+amount = 1234.5\n+opened = 2026-11-19\n+\n"
    );
    assert!(f.read(BOLT).contains("name = \"Li Na\"\n\n[[deal]]\n"));
    // won without --closed: closed today
    f.ok(&[
        "deal", "add", "acme", "--id", "D-4", "--title", "won now", "--amount", "5", "--stage",
        "won", "--owner", "ben",
    ]);
    assert_eq!(
        diff(&acme, &f.read(ACME)),
        "+[[deal]]\n+id = \"D-4\"\n+title = \"won now\"\n+owner = \"ben\"\n+stage = \"won\"\n+amount = 5\n+opened = 2026-11-20\n+closed = 2026-11-20\n+\n"
    );
    f.checks();
}

#[test]
fn deal_ids_are_unique_across_clients() {
    let f = Folder::new();
    assert_eq!(
        f.refused(&[
            "deal", "add", "bolt", "--id", "D-2", "--title", "x", "--amount", "1"
        ]),
        "error: deal id `D-2` is already used in clients/acme.toml: ids are unique across all clients\n"
    );
    super::values::bad_value(
        &f,
        &[
            "deal", "add", "bolt", "--id", "D 5", "--title", "x", "--amount", "1",
        ],
    );
    super::values::bad_value(
        &f,
        &[
            "deal",
            "add",
            "bolt",
            "--id",
            "D-5",
            "--title",
            "x",
            "--amount=-1",
        ],
    );
    super::values::bad_value(
        &f,
        &[
            "deal", "add", "bolt", "--id", "D-5", "--title", "x", "--amount", "1", "--stage",
            "maybe",
        ],
    );
    f.refused(&[
        "deal", "add", "bolt", "--id", "D-5", "--title", "x", "--amount", "1", "--owner", "zed",
    ]);
}

#[test]
fn deal_set_changes_values_in_place() {
    let f = Folder::new();
    let before = f.read(ACME);
    let out = f.ok(&[
        "deal",
        "set",
        "acme",
        "D-2",
        "--stage",
        "won",
        "--due",
        "2027-03-31",
        "--amount",
        "950000",
    ]);
    assert_eq!(
        out,
        "deal D-2 of acme: stage = \"won\", closed = 2026-11-20, amount = 950000, due = 2027-03-31 in clients/acme.toml\n"
    );
    assert_eq!(
        diff(&before, &f.read(ACME)),
        // (the unchanged `opened` line between the changes shows as -/+)
        "-stage = \"proposal\"\n-amount = 900000\n-opened = 2026-10-20\n+stage = \"won\"\n+amount = 950000\n+opened = 2026-10-20\n+closed = 2026-11-20\n+due = 2027-03-31\n"
    );
    // the comment after the id stays
    assert!(
        f.read(ACME)
            .contains("id = \"D-2\"   # the follow-up project\n")
    );
    let before = f.read(ACME);
    f.ok(&["deal", "set", "acme", "D-1", "--delivered", "2026-11-19"]);
    assert_eq!(diff(&before, &f.read(ACME)), "+delivered = 2026-11-19\n");
    f.checks();
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
fn complaint_open_respond_resolve() {
    let f = Folder::new();
    let (acme, bolt) = (f.read(ACME), f.read(BOLT));
    let (code, out, _) = f.run_at(
        "2026-11-20T10:15",
        &[
            "complaint",
            "open",
            "bolt",
            "--id",
            "C-3",
            "--severity",
            "medium",
            "--summary",
            "wrong part",
            "--handler",
            "ben",
            "--channel",
            "email",
        ],
    );
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "opened complaint C-3 (medium) of bolt in clients/bolt.toml\n"
    );
    assert_eq!(
        diff(&bolt, &f.read(BOLT)),
        "+\n+[[complaint]]\n+id = \"C-3\"\n+received = 2026-11-20T10:15:00\n+severity = \"medium\"\n+channel = \"email\"\n+summary = \"wrong part\"\n+handler = \"ben\"\n"
    );
    let (code, out, _) = f.run_at("2026-11-20T13:00", &["complaint", "respond", "C-1"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "complaint C-1: responded = 2026-11-20T13:00:00 in clients/acme.toml\n"
    );
    let out = f.ok(&[
        "complaint",
        "resolve",
        "C-1",
        "--at",
        "2026-11-21 17:00",
        "--satisfaction",
        "4",
    ]);
    assert_eq!(
        out,
        "complaint C-1: resolved = 2026-11-21T17:00:00, satisfaction = 4 in clients/acme.toml\n"
    );
    assert_eq!(
        diff(&acme, &f.read(ACME)),
        "+responded = 2026-11-20T13:00:00\n+resolved = 2026-11-21T17:00:00\n+satisfaction = 4\n"
    );
    // a rating given later changes only the rating
    let out = f.ok(&["complaint", "resolve", "C-1", "--satisfaction", "5"]);
    assert_eq!(
        out,
        "complaint C-1: satisfaction = 5 in clients/acme.toml\n"
    );
    f.checks();
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
    super::values::bad_value(
        &f,
        &[
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
        ],
    );
    super::values::bad_value(
        &f,
        &[
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
        ],
    );
    // resolved before it was received breaks a rule
    let err = f.refused(&["complaint", "resolve", "C-2", "--at", "2026-11-09T09:00"]);
    assert!(
        err.contains("error: `resolved` (2026-11-09 09:00:00) is before `received`"),
        "{err}"
    );
}
