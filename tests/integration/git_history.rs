//! `history`: the commits that changed a client or a member's records,
//! oldest first, across a merge and a rename, exact CSV.

use super::git_story::story;

#[test]
fn history_follows_a_field_through_commits() {
    let s = story();
    let (code, out, err) = s.run(&["history", "acme", "--field", "potential", "--format", "csv"]);
    assert_eq!((code, err.as_str()), (0, ""));
    let want = "commit,author,date,file,entry,field,old,new\n\
{c1},張敏 <boss@example.com>,2026-11-01T09:00:00+08:00,clients/acme.toml,,potential,,4\n\
{c2},Amy <amy@example.com>,2026-11-02T10:00:00+08:00,clients/acme.toml,,potential,4,5\n";
    assert_eq!(out, s.hashes(want, &["c1", "c2"]));
}

#[test]
fn history_follows_a_rename_and_skips_a_clean_merge() {
    let s = story();
    let (code, out, err) = s.run(&["history", "bolt-co", "--format", "csv"]);
    assert_eq!((code, err.as_str()), (0, ""));
    let boss = "{c1},張敏 <boss@example.com>,2026-11-01T09:00:00+08:00,clients/bolt.toml";
    let want = format!(
        "commit,author,date,file,entry,field,old,new\n\
{boss},,found,,2026-09-01\n\
{boss},,id,,bolt\n\
{boss},,name,,Bolt Ltd\n\
{boss},,owner,,amy\n\
{boss},,potential,,3\n\
{boss},,stage,,prospect\n\
{boss},complaint[C-2],handler,,amy\n\
{boss},complaint[C-2],id,,C-2\n\
{boss},complaint[C-2],received,,2026-11-10T09:00:00\n\
{boss},complaint[C-2],severity,,low\n\
{boss},complaint[C-2],summary,,invoice\n\
{boss},contact[Li Na],name,,Li Na\n\
{{c3}},Ben <ben@example.com>,2026-11-03T11:00:00+08:00,clients/bolt.toml,,notes,,ben's note\n\
{{c6}},Amy <amy@example.com>,2026-11-05T10:00:00+08:00,clients/bolt-co.toml,,id,bolt,bolt-co\n"
    );
    assert_eq!(out, s.hashes(&want, &["c1", "c3", "c6"]));
}

#[test]
fn history_of_a_member_in_a_month() {
    let s = story();
    let args = [
        "history", "--member", "amy", "--month", "2026-11", "--field", "status",
    ];
    let (code, out, _) = s.run(&[&args[..], &["--format", "csv"]].concat());
    assert_eq!(code, 0);
    let want = "commit,author,date,file,entry,field,old,new\n\
{c1},張敏 <boss@example.com>,2026-11-01T09:00:00+08:00,months/2026-11/amy.toml,leave[2026-11-26],status,,pending\n\
{c7},張敏 <boss@example.com>,2026-11-19T10:00:00+08:00,months/2026-11/amy.toml,leave[2026-11-26],status,pending,approved\n";
    assert_eq!(out, s.hashes(want, &["c1", "c7"]));
    let (_, json, _) = s.run(&[&args[..], &["--format", "json"]].concat());
    assert!(json.contains("\"old\": \"pending\""), "{json}");
}

#[test]
fn history_of_a_members_team_entry() {
    let s = story();
    let (_, out, _) = s.run(&[
        "history", "--member", "amy", "--field", "emails", "--format", "csv",
    ]);
    assert!(
        out.ends_with(",team.toml,member[amy],emails,,\"[\"\"amy@example.com\"\", \"\"amy@home.example\"\"]\"\n"),
        "{out}"
    );
}

#[test]
fn history_needs_a_repository_and_a_known_client() {
    let tmp = super::common::copy_fixture("writes");
    let (code, _, err) = super::common::run_in(tmp.path(), &["history", "acme"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("is not in a git repository: `history` reads the records' history"),
        "{err}"
    );
    for (args, name) in [
        (&["diff", "HEAD"][..], "diff"),
        (&["check", "--approvals"], "check --approvals"),
    ] {
        let (code, _, err) = super::common::run_in(tmp.path(), args);
        assert_eq!(code, 1);
        assert!(
            err.contains(&format!("is not in a git repository: `{name}` reads")),
            "{err}"
        );
    }
    // the folder's own reports work as always
    assert_eq!(super::common::run_in(tmp.path(), &["tiers"]).0, 0);
    let s = story();
    let (code, _, err) = s.run(&["history", "nobody"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("no client file clients/nobody.toml at HEAD"),
        "{err}"
    );
    let (code, _, err) = s.run(&["history"]);
    assert_eq!(code, 2);
    assert!(err.contains("name a CLIENT or --member"), "{err}");
}

#[test]
fn history_of_a_tier_lists_the_commits_that_moved_it() {
    let s = story();
    s.edit("clients/acme.toml", "potential = 5", "potential = 1");
    s.commit("amy", "2026-11-21T09:00:00+08:00", "c9");
    let (code, out, err) = s.run(&["history", "acme", "--tier", "--format", "csv"]);
    assert_eq!((code, err.as_str()), (0, ""));
    let want = "commit,author,date,file,old,new\n\
{c1},張敏 <boss@example.com>,2026-11-01T09:00:00+08:00,clients/acme.toml,,A\n\
{c9},Amy <amy@example.com>,2026-11-21T09:00:00+08:00,clients/acme.toml,A,B\n";
    assert_eq!(out, s.hashes(want, &["c1", "c9"]));
}
