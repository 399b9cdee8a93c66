//! `diff`: what a change does to the reports — a tier move, a complaint
//! resolved, a new `check` error — in every format, and `--fail-on
//! new-errors` for CI.

use super::common::expect_file;
use super::git_story::story;

/// The story, then in the working tree: acme's potential down to 1, its
/// complaint resolved, and a call logged with a client that does not exist.
fn changed() -> super::git_story::Story {
    let s = story();
    s.edit("clients/acme.toml", "potential = 5", "potential = 1");
    s.edit(
        "clients/acme.toml",
        "handler = \"ben\"",
        "handler = \"ben\"\nresponded = 2026-11-02T11:00:00\nresolved = 2026-11-03T10:00:00",
    );
    s.append(
        "months/2026-11/amy.toml",
        "\n[[interaction]]\ndate = 2026-11-19\nclient = \"nobody\"\nkind = \"call\"\nsummary = \"x\"\n",
    );
    s
}

const CSV: &str = "area,item,field,old,new
overdue follow-up,acme,due,2026-11-17,
tier,acme,tier,A,B
complaint,C-1,status,overdue,resolved
check,months/2026-11/amy.toml,error E0302,,interaction client `nobody` has no file clients/nobody.toml
";

#[test]
fn diff_of_the_working_tree_lists_what_moves() {
    let s = changed();
    let (code, out, err) = s.run(&["--as-of", "2026-11-20", "diff", "HEAD", "--format", "csv"]);
    assert_eq!((code, err.as_str(), out.as_str()), (0, "", CSV));
    let (_, md, _) = s.run(&["--as-of", "2026-11-20", "diff", "HEAD", "--format", "md"]);
    assert!(
        md.starts_with("### What this change does to the reports\n\n"),
        "{md}"
    );
    assert!(md.contains("| tier | acme | tier | A | B |"), "{md}");
    let (_, json, _) = s.run(&["--as-of", "2026-11-20", "diff", "HEAD", "--format", "json"]);
    assert!(json.contains("\"area\": \"complaint\""), "{json}");
}

#[test]
fn new_errors_fail_in_ci_and_fixed_ones_show_as_gone() {
    let s = changed();
    let args = [
        "--as-of",
        "2026-11-20",
        "diff",
        "HEAD",
        "--fail-on",
        "new-errors",
        "--format",
        "csv",
    ];
    let (code, out, _) = s.run(&args);
    assert_eq!((code, out.as_str()), (1, CSV));
    // committed, then compared the other way round: the error goes
    s.commit("amy", "2026-11-20T19:00:00+08:00", "c9");
    let (code, out, _) = s.run(&[
        "--as-of",
        "2026-11-20",
        "diff",
        "c9",
        "c8",
        "--fail-on",
        "new-errors",
        "--format",
        "csv",
    ]);
    assert_eq!(code, 0);
    assert!(
        out.ends_with(
            ",error E0302,interaction client `nobody` has no file clients/nobody.toml,\n"
        ),
        "{out}"
    );
    let (code, out, _) = s.run(&["diff", "c8", "c8"]);
    assert_eq!((code, out.as_str()), (0, "no report changes\n"));
}

#[test]
fn diff_defaults_to_where_the_branch_left_its_upstream() {
    let s = changed();
    s.git(&["checkout", "-q", "-b", "feature"]);
    let (code, _, err) = s.run(&["diff"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("the current branch has no upstream to compare with"),
        "{err}"
    );
    s.git(&["branch", "-q", "--set-upstream-to=main"]);
    s.commit("amy", "2026-11-20T19:00:00+08:00", "c9");
    s.git(&["checkout", "-q", "main"]);
    s.edit("clients/bolt-co.toml", "potential = 3", "potential = 4");
    s.commit("boss", "2026-11-20T20:00:00+08:00", "c10");
    s.git(&["checkout", "-q", "feature"]);
    let (code, out, _) = s.run(&["--as-of", "2026-11-20", "diff", "--format", "csv"]);
    assert_eq!((code, out.as_str()), (0, CSV));
}

/// The story, then in the working tree: amy late on the 20th, a new sick
/// leave, her approved annual leave turned down, acme's D-2 won and a new
/// deal D-3.
fn changed_team_and_deals() -> super::git_story::Story {
    let s = story();
    s.append(
        "months/2026-11/amy.toml",
        "\n[[attendance]]\ndate = 2026-11-20\nin = \"09:40\"\nout = \"18:00\"\n\n[[leave]]\nkind = \"sick\"\nfrom = 2026-11-30\nto = 2026-11-30\nrequested = 2026-11-20\nstatus = \"pending\"\n",
    );
    s.edit(
        "months/2026-11/amy.toml",
        "status = \"approved\"",
        "status = \"rejected\"",
    );
    s.edit(
        "clients/acme.toml",
        "stage = \"negotiation\"\namount = 900000\nopened = 2026-10-20\n",
        "stage = \"won\"\namount = 900000\nopened = 2026-10-20\nclosed = 2026-11-20\n\n[[deal]]\nid = \"D-3\"\ntitle = \"三期\"\nstage = \"lead\"\namount = 50000\nopened = 2026-11-20\n",
    );
    s
}

#[test]
fn diff_lists_attendance_leave_and_deal_changes() {
    let s = changed_team_and_deals();
    for (format, golden) in [
        ("csv", "csv"),
        ("md", "md"),
        ("json", "json"),
        ("table", "txt"),
    ] {
        let (code, out, err) =
            s.run(&["--as-of", "2026-11-20", "diff", "HEAD", "--format", format]);
        assert_eq!((code, err.as_str()), (0, ""), "{format}");
        expect_file(&format!("git/diff-team-and-deals.{golden}"), &out);
    }
}
