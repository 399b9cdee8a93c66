//! `check --approvals`: each approval proven by the commit that added it;
//! an award forged by a member in the lead's file is reported.

use super::git_story::{Story, story};

#[test]
fn a_forged_approval_is_reported() {
    let s = story();
    let (code, out, err) = s.run(&["check", "--approvals"]);
    assert_eq!(err, "");
    let want = format!(
        "months/2026-11/boss.toml: award[amy] by boss: added in commit {} by Amy <amy@example.com>, who is not boss\n\
3 approvals checked: 0 proven by signature, 2 by author, 1 not proven\n",
        &s.rev("c8")[..10]
    );
    assert_eq!((code, out), (1, want));
}

#[test]
fn approvals_as_csv_name_each_commit() {
    let s = story();
    let (code, out, _) = s.run(&["check", "--approvals", "--format", "csv"]);
    assert_eq!(code, 1);
    let want = "file,entry,by,status,proof,commit,author,email,date,signature,signer,key,problem\n\
months/2026-11/amy.toml,leave[2026-11-26],boss,proven,author,{c7},張敏,boss@example.com,2026-11-19T10:00:00+08:00,none,,,\n\
months/2026-11/boss.toml,award[ben],boss,proven,author,{c7},張敏,boss@example.com,2026-11-19T10:00:00+08:00,none,,,\n";
    assert!(out.starts_with(&s.hashes(want, &["c7"])), "{out}");
}

#[test]
fn an_approval_moved_by_a_merge_keeps_its_author() {
    // the lead approves on a branch; a member merges it: still proven
    let s = Story::empty();
    s.edit(
        "team.toml",
        "joined = 2019-01-01\n",
        "joined = 2019-01-01\nemail = \"boss@example.com\"\n",
    );
    s.commit("amy", "2026-11-01T09:00:00+08:00", "c1");
    s.git(&["checkout", "-q", "-b", "lead"]);
    s.edit(
        "months/2026-11/amy.toml",
        "status = \"pending\"",
        "status = \"approved\"\napproved_by = \"boss\"\ndecided = 2026-11-19",
    );
    s.commit("boss", "2026-11-19T10:00:00+08:00", "c2");
    s.git(&["checkout", "-q", "main"]);
    s.edit("clients/acme.toml", "potential = 4", "potential = 5");
    s.commit("amy", "2026-11-19T11:00:00+08:00", "c3");
    s.git(&["merge", "-q", "--no-ff", "-m", "c4", "lead"]);
    let (code, out, _) = s.run(&["check", "--approvals"]);
    assert_eq!(
        (code, out.as_str()),
        (
            0,
            "1 approval checked: 0 proven by signature, 1 by author, 0 not proven\n"
        )
    );
}

#[test]
fn an_approver_without_email_cannot_be_proven() {
    let s = Story::empty();
    s.edit(
        "months/2026-11/amy.toml",
        "status = \"pending\"",
        "status = \"approved\"\napproved_by = \"boss\"\ndecided = 2026-11-19",
    );
    s.commit("boss", "2026-11-19T10:00:00+08:00", "c1");
    let (code, out, _) = s.run(&["check", "--approvals"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("leave[2026-11-26] by boss: boss has no `email` in team.toml"),
        "{out}"
    );
}

#[test]
fn approvals_speak_the_readers_language_and_csv_stays_english() {
    let s = story();
    let (_, text, _) = s.run(&["--lang", "zh-Hant", "check", "--approvals"]);
    assert!(text.contains("award[amy] by boss: 由提交 "), "{text}");
    assert!(
        text.ends_with("已檢查 3 項批准：0 項由簽章證明，2 項由作者證明，1 項未能證明\n"),
        "{text}"
    );
    let (_, csv, _) = s.run(&[
        "--lang",
        "zh-Hant",
        "check",
        "--approvals",
        "--format",
        "csv",
    ]);
    assert!(csv.contains(", who is not boss\""), "{csv}");
}
