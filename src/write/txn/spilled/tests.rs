//! New files kept on disk and re-checked in batches: the same problems,
//! rendered the same, as one load of every file; saved all at once.

use super::super::Txn;
use crate::write::spill::STAGING_DIR;
use chrono::NaiveDate;

const TEAM: &str = "[[member]]\nid = \"li\"\nname = \"L\"\nrole = \"lead\"\njoined = 2020-01-01\n";

fn client(id: &str, name: &str, owner: &str, deals: &[(&str, &str)]) -> String {
    let mut text = format!(
        "id = \"{id}\"\nname = \"{name}\"\nstage = \"prospect\"\nowner = \"{owner}\"\nfound = 2024-01-02\npotential = 3\n"
    );
    for (d, stage) in deals {
        let closed = if *stage == "won" {
            "closed = 2024-03-01\n"
        } else {
            ""
        };
        text.push_str(&format!(
            "\n[[deal]]\nid = \"{d}\"\ntitle = \"x\"\nstage = \"{stage}\"\namount = 10\nopened = 2024-02-01\n{closed}"
        ));
    }
    text
}

fn folder() -> tempfile::TempDir {
    folder_with("D9")
}

/// The folder, `clients/zed.toml` with the deal `zed` (`D9` repeats one
/// of `clients/old.toml`'s).
fn folder_with(zed: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    std::fs::write(
        root.join("clientele.toml"),
        "[team]\nname = \"t\"\ncurrency = \"CNY\"\n",
    )
    .unwrap();
    std::fs::write(root.join("team.toml"), TEAM).unwrap();
    std::fs::create_dir_all(root.join("clients")).unwrap();
    // an old repeat (not the write's fault) and an id the new files reuse
    let old = client("old", "Old Co", "li", &[("D1", "lead"), ("D9", "lead")]);
    std::fs::write(root.join("clients/old.toml"), old).unwrap();
    let zed = client("zed", "Zed", "li", &[(zed, "lead")]);
    std::fs::write(root.join("clients/zed.toml"), zed).unwrap();
    tmp
}

/// The new files: repeats within and across batches and with the old
/// files, same names, an unknown owner, a file that does not parse, a won
/// deal of a prospect, a new member's client, and files between them.
fn new_files() -> Vec<(String, String)> {
    let mut files = vec![
        client("a", "Acme", "li", &[("D1", "lead"), ("D2", "lead")]),
        client(
            "b",
            "ACME ",
            "li",
            &[("D2", "lead"), ("D3", "lead"), ("D3", "lead")],
        ),
        client("c", "Corp", "nobody", &[("D4", "lead")]),
        "id = \"d\"\nname = \"D\n".to_string(),
        client("e", "E", "li", &[("D5", "won")]),
        client("f", "Old  co", "mo", &[("D6", "lead")]),
    ];
    for i in 0..8 {
        files.push(client(&format!("n{i}"), &format!("N{i}"), "li", &[]));
    }
    files.push(client("z", "Zed", "li", &[("D4", "lead"), ("D9", "lead")]));
    files
        .into_iter()
        .map(|t| {
            let id = t.split('"').nth(1).unwrap().to_string();
            (format!("clients/{id}.toml"), t)
        })
        .collect()
}

/// Stages the new files and the team with a new member, `spill` or not;
/// the errors and warnings the check finds, rendered.
fn checked(root: &std::path::Path, spill: bool) -> (String, String) {
    let mut txn = Txn::begin(root).unwrap();
    if spill {
        txn.spill_new_files().unwrap();
    }
    for rel in ["clients/old.toml", "clients/zed.toml"] {
        txn.need(rel);
    }
    let team = format!(
        "{TEAM}\n[[member]]\nid = \"mo\"\nname = \"M\"\nrole = \"manager\"\njoined = 2020-01-01\nreports_to = \"li\"\n"
    );
    txn.stage("team.toml", team).unwrap();
    for (rel, text) in new_files() {
        txn.stage(&rel, text).unwrap();
    }
    assert_eq!(root.join(STAGING_DIR).exists(), spill);
    let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let c = txn.check(today).unwrap();
    (c.render_errors(), c.render_warnings())
}

#[test]
fn batches_find_what_one_load_of_every_file_finds() {
    let tmp = folder();
    let (errors, warnings) = checked(tmp.path(), false);
    for want in [
        "clients/old.toml:9:6: error: duplicate deal id `D1`: already used at clients/a.toml:9 ",
        "clients/b.toml:9:6: error: duplicate deal id `D2`: already used at clients/a.toml:16 ",
        "clients/b.toml:23:6: error: duplicate deal id `D3`: already used at clients/b.toml:16 ",
        "clients/c.toml:4:9: error: owner `nobody`",
        "clients/d.toml:2:10: error: invalid TOML",
        "clients/z.toml:9:6: error: duplicate deal id `D4`: already used at clients/c.toml:9 ",
        "clients/z.toml:16:6: error: duplicate deal id `D9`: already used at clients/old.toml:16 ",
    ] {
        assert!(errors.contains(want), "{want}\n{errors}");
    }
    // zed.toml's D9 repeats old.toml's as before the write: not its fault
    assert_eq!(errors.matches(": error: ").count(), 7, "{errors}");
    assert!(!errors.contains("clients/f.toml"), "{errors}");
    for want in [
        "clients/b.toml:2:8: warning:",
        "clients/e.toml:3:9: warning:",
        "clients/old.toml:2:8: warning:",
        "clients/zed.toml:2:8: warning:",
    ] {
        assert!(warnings.contains(want), "{want}\n{warnings}");
    }
    assert!(tmp.path().join("clients/old.toml").exists());
    // the same with the new files on disk, re-checked ~300 bytes at a time
    assert_eq!(checked(tmp.path(), true), (errors, warnings));
    assert!(!tmp.path().join(STAGING_DIR).exists(), "dropped: gone");
    assert!(!tmp.path().join("clients/a.toml").exists());
}

#[test]
fn new_files_kept_on_disk_are_saved_with_the_rest() {
    let tmp = folder();
    let root = tmp.path();
    let mut txn = Txn::begin(root).unwrap();
    txn.spill_new_files().unwrap();
    let files: Vec<(String, String)> = (0..6)
        .map(|i| {
            let text = client(&format!("n{i}"), &format!("N{i}"), "li", &[]);
            (format!("clients/n{i}.toml"), text)
        })
        .collect();
    for (rel, text) in &files {
        txn.stage(rel, text.clone()).unwrap();
    }
    let team = format!("{TEAM}# the team\n");
    txn.stage("team.toml", team.clone()).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let c = txn.check(today).unwrap();
    assert!(c.errors.is_empty() && c.warnings.is_empty(), "{c:?}");
    let saved = txn.commit().unwrap();
    assert_eq!(saved.but, None);
    for (rel, text) in &files {
        assert_eq!(&std::fs::read_to_string(root.join(rel)).unwrap(), text);
    }
    assert_eq!(
        std::fs::read_to_string(root.join("team.toml")).unwrap(),
        team
    );
    assert!(!root.join(STAGING_DIR).exists());
    assert!(!root.join(crate::write::journal::JOURNAL_DIR).exists());
}

/// A generated client: its id's number, its name's number, its owner's
/// number, and its deals (an id's number and whether it was won).
type Made = (usize, usize, usize, Vec<(usize, bool)>);

/// The texts of generated clients: ids, names and deal ids drawn from
/// small pools, so that repeats within and across batches are common.
fn made(clients: &[Made]) -> Vec<(String, String)> {
    let mut seen = std::collections::BTreeSet::new();
    let owners = ["li", "mo", "nobody"];
    clients
        .iter()
        .filter(|(id, ..)| seen.insert(*id))
        .map(|(id, name, owner, deals)| {
            let id = format!("c{id:02}");
            let deals: Vec<(String, &str)> = deals
                .iter()
                .map(|(d, won)| (format!("D{d}"), if *won { "won" } else { "lead" }))
                .collect();
            let deals: Vec<(&str, &str)> = deals.iter().map(|(d, s)| (d.as_str(), *s)).collect();
            let text = client(&id, &format!("Name {name}"), owners[owner % 3], &deals);
            (format!("clients/{id}.toml"), text)
        })
        .collect()
}

/// Stages `files` as [`checked`] does, `spill` or not, and a deal `added`
/// appended to `clients/zed.toml` (kept in memory: it exists).
fn checked_files(
    root: &std::path::Path,
    files: &[(String, String)],
    added: Option<usize>,
    spill: bool,
) -> (String, String) {
    let mut txn = Txn::begin(root).unwrap();
    if spill {
        txn.spill_new_files().unwrap();
    }
    for rel in ["clients/old.toml", "clients/zed.toml"] {
        txn.need(rel);
    }
    if let Some(d) = added {
        let zed = txn.read("clients/zed.toml").unwrap().unwrap();
        let more = client("x", "x", "li", &[(&format!("D{d}"), "lead")]);
        let deal = &more[more.find("\n[[deal]]").unwrap()..];
        txn.stage("clients/zed.toml", format!("{zed}{deal}"))
            .unwrap();
    }
    for (rel, text) in files {
        txn.stage(rel, text.clone()).unwrap();
    }
    let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let c = txn.check(today).unwrap();
    (c.render_errors(), c.render_warnings())
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

    #[test]
    fn batches_find_what_one_load_finds_on_any_files(
        clients in proptest::collection::vec(
            (0usize..40, 0usize..6, 0usize..3, proptest::collection::vec((0usize..12, proptest::bool::ANY), 0..5)),
            1..16,
        ),
        added in proptest::option::of(0usize..12),
        old_repeat in proptest::bool::ANY,
    ) {
        // with no old repeat, the load of the files in memory may find no
        // problem of its own while the new files repeat an id of theirs
        let tmp = folder_with(if old_repeat { "D9" } else { "D20" });
        let files = made(&clients);
        let whole = checked_files(tmp.path(), &files, added, false);
        proptest::prop_assert_eq!(checked_files(tmp.path(), &files, added, true), whole);
    }
}
