//! The writing commands of daily team work — `clock`, `leave
//! request|approve|reject`, `meeting add`, `action done`, `review`,
//! `award` — are case folders in `tests/fixtures/write-cases/` (run by
//! `writes.rs`). Here, what a folder cannot hold: a broken file met on the
//! way, in a [`Folder`].

use super::common::*;

/// `action done` searches every month file of the chair's month: a broken
/// file of another member does not stop the search, and a miss names it.
#[test]
fn action_done_searches_past_a_broken_file_of_another_member() {
    let f = Folder::new();
    f.ok(&[
        "--member",
        "boss",
        "meeting",
        "add",
        "--kind",
        "weekly",
        "--title",
        "x",
        "--action",
        "t;amy;2026-11-27",
    ]);
    f.write("months/2026-11/ben.toml", "[[meeting\n");
    f.ok(&["action", "done", "2026-11-20", "1"]);
    assert!(
        f.read(BOSS)
            .ends_with("  due = 2026-11-27\n  done = 2026-11-20\n")
    );
    assert_eq!(
        f.refused(&["action", "done", "2026-11-21", "1"]),
        "error: no meeting on 2026-11-21 in months/2026-11 (not valid TOML, not searched: months/2026-11/ben.toml; see `clientele check`)\n"
    );
}
