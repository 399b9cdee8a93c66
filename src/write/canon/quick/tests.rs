//! Tests of the quick proof (`quick.rs`): whatever it calls canonical, the
//! canonical form leaves byte for byte; and it knows the plain files.

use proptest::prelude::*;

use super::super::canonical;
use super::*;
use crate::write::schema::FileKind;

fn month() -> Canon {
    Canon {
        kind: FileKind::Month,
        month: Some("2026-11".into()),
    }
}

fn client() -> Canon {
    Canon {
        kind: FileKind::Client,
        month: None,
    }
}

fn training() -> Canon {
    Canon {
        kind: FileKind::Training,
        month: None,
    }
}

/// Sound: when the quick proof says canonical (and the text is TOML), the
/// canonical form is the text itself.
fn sound(c: &Canon, text: &str) -> bool {
    let valid = toml::de::DeTable::parse(text).is_ok();
    !(valid && surely_canonical(c, text)) || canonical(c, text).as_deref() == Ok(text)
}

const MONTH: &str = "[[interaction]]\ndate = 2026-11-03\nclient = \"acme\"\nkind = \"visit\"\nsummary = \"談了 = 報價\"\nsatisfaction = 4\n\n[[interaction]]\ndate = 2026-11-03\nclient = \"b\\\"q\"\nkind = \"call\"\nsummary = \"x\"\n\n[[plan]]\ndate = 2026-11-04\nclient = \"acme\"\npurpose = \"p\"\n\n[[attendance]]\ndate = 2026-11-02\nin = \"08:50\"\nout = \"18:05\"\n\n[[meeting]]\nid = \"M-1\"\ndate = 2026-11-02\nkind = \"weekly\"\nattendees = [\"amy\", \"bob\"]\n  [[meeting.action]]\n  task = \"t\"\n  owner = \"amy\"\n  due = 2026-11-09\n  [[meeting.action]]\n  task = \"s\"\n  owner = \"bob\"\n  due = 2026-11-08\n\n[[review]]\nperiod = \"2026-10\"\nof = \"amy\"\nscore = 80\n\n[[review]]\nperiod = \"2026-10\"\nof = \"bob\"\nscore = 70\n\n[[award]]\nmember = \"amy\"\nkind = \"bonus\"\nperiod = \"2026-10\"\n\n[[award]]\nmember = \"amy\"\nkind = \"bonus\"\n";

const CLIENT: &str = "id = \"acme\"\nname = \"華東\"\nstage = \"active\"\nsince = 2024-03-01\n\n[[contact]]\nname = \"Z\"\nphone = \"1380\"\n\n[[contact]]\nname = \"B\"\nprimary = true\n\n[[deal]]\nid = \"D1\"\namount = 1_000.5\nopened = 2026-01-01\n\n[[complaint]]\nid = \"C1\"\nreceived = 2026-02-01T09:30:00\nseverity = \"high\"\n\n[[complaint]]\nid = \"C2\"\nreceived = 2026-02-01 10:30:00\nseverity = \"low\"\n";

const TRAINING: &str = "[[session]]\nid = \"T-1\"\ndate = 2026-03-02\ntopic = \"t\"\nhours = 2\nattendees = [\"amy\", \"bob\"]\n  [session.exam]\n  scores = { amy = 80, bob = 55 }\n  retake = { bob = 70 }\n";

#[test]
fn plain_canonical_files_are_known() {
    for (c, text) in [(month(), MONTH), (client(), CLIENT), (training(), TRAINING)] {
        assert_eq!(canonical(&c, text).as_deref(), Ok(text));
        assert!(surely_canonical(&c, text), "{text}");
    }
}

#[test]
fn what_the_canonical_form_changes_is_not_called_canonical() {
    let cases = [
        // kinds out of order, entries out of order, keys out of order
        MONTH.replace("[[plan]]", "[[planx]]"),
        MONTH.replacen("date = 2026-11-03", "date = 2026-11-05", 1),
        MONTH.replace(
            "client = \"acme\"\nkind = \"visit\"",
            "kind = \"visit\"\nclient = \"acme\"",
        ),
        MONTH.replace(
            "  task = \"s\"\n  owner = \"bob\"",
            "  owner = \"bob\"\n  task = \"s\"",
        ),
        MONTH.replace("\nof = \"bob\"", "\nof = \"al\""),
        MONTH.replace(
            "[[award]]\nmember = \"amy\"\nkind = \"bonus\"\nperiod",
            "[[award]]\nmember = \"amy\"\nkind = \"bonus\"\nperiod = \"2026-12\"\nx",
        ),
        // spelling and spacing
        MONTH.replace("date = 2026-11-02", "date = \"2026-11-02\""),
        MONTH.replace("purpose = \"p\"", "purpose = 'p'"),
        MONTH.replace("in = \"08:50\"", "in  = \"08:50\""),
        MONTH.replace("in = \"08:50\"", "in = \"08:50\" "),
        MONTH.replace("in = \"08:50\"", "in = \"08:50\" # late"),
        MONTH.replace("\n\n[[plan]]", "\n\n\n[[plan]]"),
        MONTH.replace("\n\n[[plan]]", "\n[[plan]]"),
        MONTH.replace(
            "  [[meeting.action]]\n  task = \"t\"",
            "[[meeting.action]]\ntask = \"t\"",
        ),
        MONTH.replace(
            "\n  [[meeting.action]]\n  task = \"t\"",
            "\n\n  [[meeting.action]]\n  task = \"t\"",
        ),
        MONTH.replace("[[review]]\nperiod", "[[review]]\n\nperiod"),
        format!("# November\n\n{MONTH}"),
        format!("\n{MONTH}"),
        format!("{MONTH}\n"),
        MONTH.replace('\n', "\r\n"),
        MONTH.trim_end().to_string(),
        MONTH.replace("summary = \"x\"", "summary = \"\"\"x\"\"\""),
        MONTH.replace("[\"amy\", \"bob\"]", "[\n  \"amy\",\n  \"bob\",\n]"),
    ];
    for (i, text) in cases.iter().enumerate() {
        assert!(!surely_canonical(&month(), text), "{i}: {text}");
        assert!(sound(&month(), text));
    }
    let client_cases = [
        CLIENT.replace("since = 2024-03-01", "since = \"2024-03-01\""),
        CLIENT.replace(
            "received = 2026-02-01T09:30:00",
            "received = \"2026-02-01 09:30\"",
        ),
        CLIENT.replace(
            "opened = 2026-01-01",
            "opened = 2026-01-01\nx = { due = \"2026-01-01\" }",
        ),
        CLIENT.replace(
            "since = 2024-03-01\n",
            "since = 2024-03-01\nx = 1\nextra = 2\ny = 3\n",
        ),
        CLIENT.replace("name = \"Z\"\nphone", "phone = \"1\"\nname"),
    ];
    for text in client_cases {
        assert!(!surely_canonical(&client(), &text), "{text}");
        assert!(sound(&client(), &text));
    }
}

#[test]
fn every_shipped_and_fixture_file_it_calls_canonical_is() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut known = 0;
    for dir in ["records", "tests/fixtures"] {
        for e in walkdir::WalkDir::new(root.join(dir)).into_iter().flatten() {
            let path = e.path();
            let Some(kind) = FileKind::of(path) else {
                continue;
            };
            let Ok(text) = std::fs::read_to_string(path) else {
                continue;
            };
            let month = path
                .parent()
                .and_then(|p| p.file_name())
                .map(|n| n.to_string_lossy().into_owned());
            let c = Canon { kind, month };
            assert!(sound(&c, &text), "{}", path.display());
            known += usize::from(surely_canonical(&c, &text));
        }
    }
    assert!(known > 100, "{known}");
}

/// A change to one line of a canonical text.
fn mutate(text: &str, at: usize, how: u8) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    let i = at % lines.len();
    let j = (i + 1) % lines.len();
    match how % 10 {
        0 => {
            lines.remove(i);
        }
        1 => lines.insert(i, lines[i].clone()),
        2 => lines.swap(i, j),
        3 => lines.insert(i, String::new()),
        4 => lines[i] = format!("  {}", lines[i]),
        5 => lines[i] = lines[i].trim_start().to_string(),
        6 => lines[i] = lines[i].replace("= 2026-11-03", "= \"2026-11-03\""),
        7 => lines[i] = lines[i].replace('"', "'"),
        8 => lines[i] = lines[i].replace(['3', '4'], "9"),
        _ => lines[i] = lines[i].replace(" = ", "="),
    }
    lines.join("\n")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn a_changed_line_is_never_wrongly_called_canonical(
        which in 0usize..3,
        changes in prop::collection::vec((any::<usize>(), any::<u8>()), 1..4),
    ) {
        let (c, base) = [(month(), MONTH), (client(), CLIENT), (training(), TRAINING)][which].clone();
        let mut text = base.to_string();
        for (at, how) in changes {
            text = mutate(&text, at, how);
        }
        prop_assert!(sound(&c, &text), "{}", text);
    }
}
