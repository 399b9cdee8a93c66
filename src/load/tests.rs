//! Loading a few files given as text: ids, places.

mod schema;
mod walk;

use std::path::Path;

use super::load_some;
use crate::diagnostic::{Diagnostic, codes};

const TEAM: &str =
    "[[member]]\nid = \"li-wei\"\nname = \"Li\"\nrole = \"lead\"\njoined = 2020-01-06\n";

fn diagnostics(files: &[(&str, &str)]) -> Vec<Diagnostic> {
    let files: Vec<(String, Option<String>)> = files
        .iter()
        .map(|(p, t)| (p.to_string(), Some(t.to_string())))
        .collect();
    load_some(Path::new("records"), &files).unwrap().diagnostics
}

fn codes_of(d: &[Diagnostic]) -> Vec<&'static str> {
    d.iter().map(|d| d.code).collect()
}

#[test]
fn a_windows_device_name_is_no_id() {
    let client = "id = \"con\"\nname = \"Con\"\nstage = \"lead\"\nowner = \"li-wei\"\nfound = 2026-01-05\npotential = 3\n";
    let team = format!(
        "{TEAM}\n[[member]]\nid = \"com1\"\nname = \"C\"\nrole = \"manager\"\nreports_to = \"li-wei\"\njoined = 2020-01-06\n"
    );
    let d = diagnostics(&[("team.toml", &team), ("clients/con.toml", client)]);
    assert_eq!(
        codes_of(&d),
        [codes::DEVICE_NAME_ID, codes::DEVICE_NAME_ID],
        "{d:?}"
    );
    assert!(d[0].message.en().contains("is a device name on Windows"));
}

#[test]
fn a_month_folder_not_named_yyyy_mm_is_reported_not_read() {
    let month = "[[attendance]]\ndate = 2026-11-03\nin = \"09:00\"\n";
    let d = diagnostics(&[("team.toml", TEAM), ("months/november/li-wei.toml", month)]);
    assert_eq!(codes_of(&d), [codes::BAD_PATH]);
    assert!(
        d[0].message
            .en()
            .contains("`months/november` is not named YYYY-MM")
    );
}
