//! The guarantees of every write: it reads only what its checks need,
//! concurrent writers are serialised and all land, and a reader never sees
//! a half-written file. Git and the shipped records: writes_git.rs.

use std::process::{Command, Stdio};
use std::time::Duration;

use super::common::*;

#[test]
fn twenty_concurrent_logs_all_land_and_readers_never_see_half_a_file() {
    let f = Folder::new();
    let file = f.path().join(AMY);
    let children: Vec<_> = (0..20)
        .map(|i| {
            clientele_process(f.path())
                .args([
                    "--records",
                    ".",
                    "--as-of",
                    D,
                    "--member",
                    "amy",
                    "log",
                    "acme",
                ])
                .args(["--kind", "call", "--summary", &format!("call {i}")])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    // while they run, every read of the file is a whole file
    let mut reads = 0;
    let mut last = 0;
    let mut children = children;
    loop {
        let text = std::fs::read_to_string(&file).unwrap();
        let doc: toml::Table = text.parse().expect("a reader saw a broken file");
        let n = doc["interaction"].as_array().unwrap().len();
        assert!(n >= last, "interactions went from {last} to {n}");
        last = n;
        reads += 1;
        if children.iter_mut().all(|c| c.try_wait().unwrap().is_some()) {
            break;
        }
    }
    assert!(reads > 0);
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let text = f.read(AMY);
    for i in 0..20 {
        assert_eq!(
            text.matches(&format!("summary = \"call {i}\"\n")).count(),
            1,
            "call {i}"
        );
    }
    let doc: toml::Table = text.parse().unwrap();
    assert_eq!(doc["interaction"].as_array().unwrap().len(), 2 + 20);
    // no temporary file is left behind
    let names: Vec<String> = std::fs::read_dir(f.path().join("months/2026-11"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    f.checks();
}

/// Replaces `rel` with a named pipe: opening it to read blocks until a
/// writer comes, so a command that opens it never finishes. (The folder
/// walk of a full load skips pipes; the exact list of files each check
/// loads is pinned by unit tests in `src/cmd/log.rs` and `src/cmd/deal.rs`.)
#[cfg(unix)]
fn trap(f: &Folder, rel: &str) {
    let path = f.path().join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let _ = std::fs::remove_file(&path);
    let ok = Command::new("mkfifo").arg(&path).status().unwrap();
    assert!(ok.success());
}

#[cfg(unix)]
fn ok_within(f: &Folder, args: &[&str]) {
    let mut all = vec!["--records", ".", "--as-of", D];
    all.extend_from_slice(args);
    let out = clientele()
        .current_dir(f.path())
        .args(&all)
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?} did not finish: it read a file it has no need for? {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[cfg(unix)]
#[test]
fn a_write_reads_only_what_its_checks_need() {
    let f = Folder::new();
    // other members' month files, the writer's other months, other clients
    trap(&f, "months/2026-11/ben.toml");
    trap(&f, "months/2026-10/amy.toml");
    trap(&f, "months/2026-12/boss.toml");
    trap(&f, BOLT);
    ok_within(
        &f,
        &[
            "--member",
            "amy",
            "log",
            "acme",
            "--kind",
            "visit",
            "--summary",
            "x",
        ],
    );
    ok_within(
        &f,
        &["--member", "amy", "plan", "acme", "--date", "2026-11-30"],
    );
    ok_within(
        &f,
        &[
            "--member",
            "amy",
            "clock",
            "--date",
            "2026-11-18",
            "--in",
            "09:00",
        ],
    );
    ok_within(
        &f,
        &[
            "--member",
            "amy",
            "leave",
            "request",
            "--kind",
            "personal",
            "--from",
            "2026-11-30",
            "--to",
            "2026-11-30",
        ],
    );
    ok_within(
        &f,
        &["leave", "approve", "amy", "2026-11-30", "--by", "boss"],
    );
    ok_within(
        &f,
        &[
            "--member", "boss", "review", "amy", "--period", "2026-10", "--score", "80",
        ],
    );
    ok_within(
        &f,
        &[
            "--member", "boss", "award", "amy", "--kind", "honour", "--reason", "r",
        ],
    );
    ok_within(
        &f,
        &[
            "--member", "boss", "meeting", "add", "--kind", "weekly", "--title", "t",
        ],
    );
    ok_within(&f, &["deal", "set", "acme", "D-2", "--amount", "1"]);
    ok_within(
        &f,
        &["client", "add", "new-co", "--name", "N", "--owner", "amy"],
    );
    // new deal and complaint ids need every client file, never a month file
    std::fs::remove_file(f.path().join(BOLT)).unwrap();
    copy_dir(
        &crate_path("tests/fixtures/writes/clients"),
        &f.path().join("clients"),
    );
    ok_within(
        &f,
        &[
            "deal", "add", "acme", "--id", "D-9", "--title", "t", "--amount", "1",
        ],
    );
    ok_within(
        &f,
        &[
            "complaint",
            "open",
            "acme",
            "--id",
            "C-9",
            "--severity",
            "low",
            "--summary",
            "s",
            "--handler",
            "amy",
        ],
    );
    ok_within(&f, &["complaint", "respond", "C-9"]);
}
