//! Loading a folder on disk that holds what no record folder should: links,
//! FIFOs, folders and files in each other's places, files that are not
//! UTF-8. Each is one error at its path, and nothing blocks or follows a
//! link out of the folder.

use std::fs;
use std::path::Path;

use crate::diagnostic::{Diagnostic, codes};
use crate::load::load;

const TEAM: &str =
    "[[member]]\nid = \"li-wei\"\nname = \"Li\"\nrole = \"lead\"\njoined = 2020-01-06\n";
const ACME: &str = "id = \"acme\"\nname = \"Acme\"\nstage = \"lead\"\nowner = \"li-wei\"\nfound = 2026-01-05\npotential = 3\n";

fn folder(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (rel, bytes) in files {
        let path = dir.path().join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }
    dir
}

/// Each diagnostic as `code path`.
fn found(root: &Path) -> Vec<String> {
    let loaded = load(root).unwrap();
    let sources = &loaded.records.sources;
    loaded
        .diagnostics
        .iter()
        .map(|d: &Diagnostic| {
            let rel = sources.get(d.span.file).map_or("?", |f| f.rel.as_str());
            format!("{} {rel}", d.code)
        })
        .collect()
}

#[cfg(unix)]
#[test]
fn links_fifos_and_misplaced_folders_are_errors_at_their_paths() {
    let outside = folder(&[("secret.toml", ACME.as_bytes())]);
    let dir = folder(&[
        ("team.toml", TEAM.as_bytes()),
        ("clients/acme.toml", ACME.as_bytes()),
        ("training", b"not a folder"),
        ("months/2026-11", b"not a folder"),
    ]);
    let root = dir.path();
    std::os::unix::fs::symlink(
        outside.path().join("secret.toml"),
        root.join("clients/out.toml"),
    )
    .unwrap();
    std::os::unix::fs::symlink(root.join("clients"), root.join("linked")).unwrap();
    fs::create_dir_all(root.join("clients/li-wei.toml")).unwrap();
    let fifo = std::ffi::CString::new(root.join("clients/pipe.toml").to_string_lossy().as_bytes())
        .unwrap();
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
    let mut got = found(root);
    got.sort();
    assert_eq!(
        got,
        [
            "E0103 clients/out.toml",
            "E0103 clients/pipe.toml",
            "E0103 linked",
            "E0210 clients/li-wei.toml",
            "E0210 months/2026-11",
            "E0210 training",
        ]
    );
}

/// A client file in GB18030 is one error naming the encoding and the
/// command that converts it; the interactions with that client are not
/// reported again as naming a client with no file.
#[test]
fn a_file_that_is_not_utf8_is_one_error() {
    let gbk: &[u8] = b"id = \"hd\"\nname = \"\xbb\xaa\xb6\xab\xb5\xe7\xd7\xd3\xd3\xd0\xcf\xde\xb9\xab\xcb\xbe\"\nnotes = \"\xbf\xcd\xbb\xa7\xba\xdc\xc2\xfa\xd2\xe2\xa3\xac\xcf\xc2\xd4\xc2\xd4\xd9\xb7\xc3\"\n";
    let visit =
        "[[interaction]]\ndate = 2026-11-03\nclient = \"hd\"\nkind = \"visit\"\nsummary = \"s\"\n";
    let dir = folder(&[
        ("team.toml", TEAM.as_bytes()),
        ("clients/hd.toml", gbk),
        ("months/2026-11/li-wei.toml", visit.repeat(3).as_bytes()),
    ]);
    let loaded = load(dir.path()).unwrap();
    let mut diags = loaded.diagnostics;
    diags.extend(crate::check::run(
        &loaded.records,
        "2026-11-20".parse().unwrap(),
    ));
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert_eq!(diags[0].code, codes::UNREADABLE);
    assert!(
        diags[0]
            .message
            .en()
            .contains("not UTF-8 text (it looks like GB18030)")
    );
    let help = diags[0]
        .help
        .as_ref()
        .map(crate::diagnostic::Msg::en)
        .unwrap_or_default();
    assert!(
        help.contains("iconv -f GB18030 -t UTF-8 clients/hd.toml"),
        "{help}"
    );
}

/// A `team.toml` that is not valid TOML is its own error, not one more for
/// every member named elsewhere.
#[test]
fn a_broken_team_file_is_one_error() {
    let dir = folder(&[
        ("team.toml", b"[[member]\nid = "),
        ("clients/acme.toml", ACME.as_bytes()),
    ]);
    let loaded = load(dir.path()).unwrap();
    let mut diags = loaded.diagnostics;
    diags.extend(crate::check::run(
        &loaded.records,
        "2026-11-20".parse().unwrap(),
    ));
    let codes: Vec<&str> = diags.iter().map(|d| d.code).collect();
    assert_eq!(codes, [codes::TOML_SYNTAX], "{diags:?}");
}

/// A write re-checks the files it names; one behind a linked folder is
/// not read through the link.
#[cfg(unix)]
#[test]
fn a_named_file_is_not_read_through_a_linked_folder() {
    let outside = folder(&[("acme.toml", ACME.as_bytes())]);
    let dir = folder(&[("team.toml", TEAM.as_bytes())]);
    std::os::unix::fs::symlink(outside.path(), dir.path().join("clients")).unwrap();
    let files = [
        ("team.toml".to_string(), None),
        ("clients/acme.toml".to_string(), None),
    ];
    let loaded = crate::load::load_some(dir.path(), &files).unwrap();
    assert!(loaded.records.clients.is_empty());
    let codes: Vec<&str> = loaded.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [codes::NOT_PLAIN]);
    assert!(
        loaded.diagnostics[0]
            .message
            .en()
            .starts_with("clients is a symbolic link")
    );
}
