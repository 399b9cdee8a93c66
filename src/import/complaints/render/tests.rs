//! Appended complaints: the text built one entry at a time is the text the
//! editable document renders with every entry appended.

use super::*;
use crate::model::{Channel, Severity};
use crate::write::endings::keep;

fn day(s: &str) -> chrono::NaiveDateTime {
    s.parse::<chrono::NaiveDate>()
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap()
}

fn complaint(id: &str) -> NewComplaint {
    NewComplaint {
        id: id.into(),
        received: day("2020-03-18"),
        severity: Severity::Medium,
        channel: Some(Channel::Web),
        summary: "Debt collection: Attempts to collect debt not owed".into(),
        responded: Some(day("2020-03-19")),
        resolved: Some(day("2020-03-19")),
        extra: vec![
            ("company", "TRANSUNION INTERMEDIATE HOLDINGS, INC.".into()),
            ("timely_response", "Yes".into()),
        ],
    }
}

/// What appending each entry to the document renders.
fn reference(old: &str, complaints: &[NewComplaint]) -> String {
    let mut doc = EditDoc::parse("clients/acme.toml", old).unwrap();
    for c in complaints {
        entry::append(
            &mut doc.doc,
            schema::CLIENT,
            "complaint",
            table(c, "wang-fang"),
        )
        .unwrap();
    }
    doc.render()
}

fn built(old: &str, complaints: &[NewComplaint]) -> String {
    let mut doc = EditDoc::parse("clients/acme.toml", old).unwrap();
    appended(&mut doc, Some(old.to_string()), 0, complaints, "wang-fang").unwrap()
}

#[test]
fn complaints_follow_the_last_one_and_keep_the_file() {
    let old = "id = \"acme\"\r\nname = \"Acme\" # ours\r\n\r\n[[complaint]]\r\nid = \"C-1\"\r\n";
    assert_eq!(
        built(old, &[complaint("3571115")]),
        format!(
            "{old}\r\n[[complaint]]\r\nid = \"3571115\"\r\nreceived = 2020-03-18T00:00:00\r\nseverity = \"medium\"\r\nchannel = \"web\"\r\nsummary = \"Debt collection: Attempts to collect debt not owed\"\r\nhandler = \"wang-fang\"\r\nresponded = 2020-03-19T00:00:00\r\nresolved = 2020-03-19T00:00:00\r\nextra = {{ company = \"TRANSUNION INTERMEDIATE HOLDINGS, INC.\", timely_response = \"Yes\" }}\r\n"
        )
    );
}

#[test]
fn built_one_at_a_time_as_the_document_renders_them_all() {
    let mut odd = complaint("odd \"one\"");
    odd.channel = None;
    odd.extra = vec![("company", "line\nbreak, 華東".into())];
    let many = [complaint("A-1"), odd, complaint("A-3")];
    let files = [
        "id = \"acme\"\nname = \"Acme\"\n",
        "id = \"acme\"\nname = \"Acme\"",
        "id = \"acme\"\r\n\r\n[[complaint]]\r\nid = \"C-1\"\r\n\r\n# deals\r\n[[deal]]\r\nid = \"D-1\"\r\n",
        "id = \"acme\"\n\n# our deals\n[[deal]]\nid = \"D-1\"\n\n[[contact]]\nname = \"x\"",
        "id = \"acme\"\n\n[[complaint]]\nid = \"C-1\"\nsummary = \"x\"",
        "",
        "# clientele-import-0\n[extra]\na = 1\n",
    ];
    for old in files {
        for n in [0, 1, 3] {
            assert_eq!(
                built(old, &many[..n]),
                reference(old, &many[..n]),
                "{old:?} {n}"
            );
        }
    }
}

#[test]
fn an_inline_array_of_complaints_is_refused() {
    let old = "id = \"acme\"\ncomplaint = []\n";
    let mut doc = EditDoc::parse("clients/acme.toml", old).unwrap();
    assert!(appended(&mut doc, Some(old.to_string()), 0, &[complaint("A-1")], "x").is_err());
}

/// What opening only the file's last complaints gives is what opening the
/// whole file gives, in the files the scan accepts and those it does not.
#[test]
fn opening_the_last_complaints_only_changes_nothing() {
    let many = [complaint("A-1"), complaint("A-2")];
    let entry = "[[complaint]]\nid = \"C-0\"\nsummary = \"a \\\"quoted\\\" one\"\n\n";
    let long = entry.repeat(2_000);
    let filler = "x".repeat(70_000);
    let files = [
        format!("id = \"acme\"\n\n{long}"),
        format!("\u{feff}id = \"acme\"\n\n{long}# the end\n\n"),
        format!("id = \"acme\"\n\n{long}").replace('\n', "\r\n"),
        format!("id = \"acme\"\r\n\n{long}[[complaint]]\nid = \"last\""),
        // a line `[[complaint]]` inside a string, far enough to be cut at
        format!(
            "id = \"acme\"\n\n{long}[[complaint]]\nnote = \"\"\"\n{filler}\n[[complaint]]\n\"\"\"\n"
        ),
        format!("id = \"acme\"\n\n{long}[[deal]]\nid = \"D-1\"\n"),
        format!("id = \"acme\"\n\n{long}[[complaint]]\n[complaint.extra]\nx = 1\n"),
        "id = \"acme\"\n[[deal]]\nid = \"D-1\"\n[[complaint]]\nid = \"C-1\"\n".to_string(),
        "id = \"acme\"\n".to_string(),
        "[[complaint]]".to_string(),
    ];
    for old in &files {
        for n in [0, 1, 2] {
            // the document loses a byte-order mark and the ends of lines
            // in a file of mixed ends: the save puts them back, as here
            let whole = keep(old, &built(old, &many[..n])).into_owned();
            let part = appended_to(
                "clients/acme.toml",
                Some(old.to_string()),
                &many[..n],
                "wang-fang",
            );
            let part = keep(old, &part.unwrap()).into_owned();
            let differ = part.bytes().zip(whole.bytes()).position(|(a, b)| a != b);
            assert!(
                part == whole,
                "{:?} {n}: {} and {} bytes, first difference at {differ:?}",
                old.get(..40).unwrap_or(old),
                part.len(),
                whole.len()
            );
        }
    }
    assert!(crate::load::last_complaints(&files[0]).is_some_and(|at| at > 64 * 1024));
    assert_eq!(crate::load::last_complaints(&files[4]), None);
    assert_eq!(crate::load::last_complaints(&files[5]), None);
}
