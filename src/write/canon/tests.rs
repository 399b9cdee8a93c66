//! Tests of the canonical form (`canon.rs`).

use super::*;

fn month(text: &str) -> String {
    canonical(
        &Canon {
            kind: FileKind::Month,
            month: Some("2026-11".into()),
        },
        text,
    )
    .unwrap()
}

const CANONICAL: &str = "# November\n\n[[interaction]]\ndate = 2026-11-03\nclient = \"acme\"\nkind = \"visit\"\nsummary = \"x\"  # why\n\n# the plan\n[[plan]]\ndate = 2026-11-04\nclient = \"acme\"\n\n[[meeting]]\ndate = 2026-11-02\nkind = \"weekly\"\n  [[meeting.action]]\n  task = \"t\"\n  owner = \"amy\"\n  due = 2026-11-09\n\n[[award]]\nmember = \"amy\"\nkind = \"bonus\"\nperiod = \"2026-10\"\nreason = \"r\"\n\n[[award]]\nmember = \"amy\"\nkind = \"bonus\"\nreason = \"r\"\n";

#[test]
fn a_canonical_file_is_left_byte_for_byte() {
    assert_eq!(month(CANONICAL), CANONICAL);
    let crlf = CANONICAL.replace('\n', "\r\n");
    assert_eq!(month(&crlf), crlf);
}

#[test]
fn kinds_entries_and_keys_are_ordered() {
    let messy = "# November\n\n[[award]]\nreason = \"r\"\nmember = \"amy\"\nkind = \"bonus\"\n\n[[meeting]]\nkind = \"weekly\"\ndate = 2026-11-02\n[[meeting.action]]\ntask = \"t\"\ndue = 2026-11-09\nowner = \"amy\"\n\n\n# the plan\n[[plan]]\ndate = 2026-11-04\nclient='acme'\n[[award]]\nmember = \"amy\"\nkind = \"bonus\"\nperiod = \"2026-10\"\nreason = \"r\"\n[[interaction]]\nkind = \"visit\"\ndate = \"2026-11-03\"\nclient = \"acme\"\nsummary = \"x\"  # why\n";
    assert_eq!(month(messy), CANONICAL);
}

#[test]
fn entries_sort_stably_by_date() {
    let text = "[[interaction]]\ndate = 2026-11-05\nsummary = \"b\"\n\n[[interaction]]\ndate = 2026-11-03\nsummary = \"a\"\n\n[[interaction]]\ndate = 2026-11-05\nsummary = \"c\"\n";
    assert_eq!(
        month(text),
        "[[interaction]]\ndate = 2026-11-03\nsummary = \"a\"\n\n[[interaction]]\ndate = 2026-11-05\nsummary = \"b\"\n\n[[interaction]]\ndate = 2026-11-05\nsummary = \"c\"\n"
    );
}

#[test]
fn client_files_keep_contacts_and_sort_deals() {
    let c = Canon {
        kind: FileKind::Client,
        month: None,
    };
    let text = "name = \"A\"\nid = \"a\"\n\n[[deal]]\nid = \"D2\"\nopened = 2026-02-01\n\n[[contact]]\nname = \"Z\"\n\n[[deal]]\nid = \"D1\"\nopened = 2026-01-01\n\n[[contact]]\nname = \"B\"\n";
    assert_eq!(
        canonical(&c, text).unwrap(),
        "id = \"a\"\nname = \"A\"\n\n[[contact]]\nname = \"Z\"\n\n[[contact]]\nname = \"B\"\n\n[[deal]]\nid = \"D1\"\nopened = 2026-01-01\n\n[[deal]]\nid = \"D2\"\nopened = 2026-02-01\n"
    );
}

#[test]
fn settings_inline_tables_and_final_newline() {
    let c = Canon {
        kind: FileKind::Settings,
        month: None,
    };
    let text = "[tiers]\nthresholds = { C = 40, A = 80, B = 60 }\n\n[team]\nname = 'T'\ncurrency = \"CNY\"";
    assert_eq!(
        canonical(&c, text).unwrap(),
        "[team]\nname = \"T\"\ncurrency = \"CNY\"\n\n[tiers]\nthresholds = { A = 80, B = 60, C = 40 }\n"
    );
}

#[test]
fn extra_stays_between_the_fields_and_the_entries() {
    let c = Canon {
        kind: FileKind::Client,
        month: None,
    };
    let text = "id = \"a\"\nnotes = \"n\"\n\n[extra]\nx = 1\n\n[[contact]]\nname = \"Z\"\n";
    assert_eq!(canonical(&c, text).unwrap(), text);
}

#[test]
fn not_toml_is_an_error() {
    assert!(
        canonical(
            &Canon {
                kind: FileKind::Month,
                month: None
            },
            "a = "
        )
        .is_err()
    );
}

mod properties {
    use super::*;
    use crate::write::same_records::same_records;
    use proptest::prelude::*;

    /// One entry of a month file: its kind, a day, a text, the order of
    /// its keys, a comment above it or not, blank lines before it.
    #[derive(Debug, Clone)]
    struct Entry {
        kind: usize,
        day: u32,
        text: String,
        keys_reversed: bool,
        comment: bool,
        blanks: usize,
        literal: bool,
    }

    fn entry() -> impl Strategy<Value = Entry> {
        (
            0usize..4,
            1u32..29,
            "[a-z 華東\"]{0,8}",
            any::<bool>(),
            any::<bool>(),
            0usize..3,
            any::<bool>(),
        )
            .prop_map(
                |(kind, day, text, keys_reversed, comment, blanks, literal)| Entry {
                    kind,
                    day,
                    text,
                    keys_reversed,
                    comment,
                    blanks,
                    literal,
                },
            )
    }

    fn render(entries: &[Entry]) -> String {
        let mut out = String::new();
        for (i, e) in entries.iter().enumerate() {
            out.push_str(&"\n".repeat(e.blanks));
            if e.comment {
                out.push_str(&format!("# note {i}\n"));
            }
            let kind = ["interaction", "plan", "attendance", "review"][e.kind];
            let text = if e.literal && !e.text.contains('\'') {
                format!("'{}'", e.text)
            } else {
                crate::write::value::basic_string(&e.text)
            };
            let mut keys = match kind {
                "interaction" => vec![
                    format!("date = 2026-11-{:02}", e.day),
                    "client = \"acme\"".to_string(),
                    "kind = \"call\"".to_string(),
                    format!("summary = {text}"),
                ],
                "plan" => vec![
                    format!("date = 2026-11-{:02}", e.day),
                    "client = \"acme\"".to_string(),
                    format!("purpose = {text}"),
                ],
                "attendance" => vec![
                    format!("date = 2026-11-{:02}", e.day),
                    "in = \"09:00\"".to_string(),
                ],
                _ => vec![
                    format!("period = \"2026-{:02}\"", 1 + e.day % 11),
                    "of = \"amy\"".to_string(),
                    format!("score = {}", e.day),
                    format!("comment = {text}"),
                ],
            };
            if e.keys_reversed {
                keys.reverse();
            }
            out.push_str(&format!("[[{kind}]]\n{}\n", keys.join("\n")));
        }
        out
    }

    fn month() -> Canon {
        Canon {
            kind: FileKind::Month,
            month: Some("2026-11".into()),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn canonical_is_stable_and_keeps_the_records(entries in prop::collection::vec(entry(), 0..12)) {
            let text = render(&entries);
            let once = canonical(&month(), &text).unwrap();
            prop_assert!(same_records(FileKind::Month, &text, &once), "{}\n---\n{}", text, once);
            let twice = canonical(&month(), &once).unwrap();
            prop_assert_eq!(&twice, &once);
            // every comment survives, once
            for i in 0..entries.len() {
                let note = format!("# note {i}\n");
                prop_assert_eq!(text.matches(&note).count(), once.matches(&note).count());
            }
        }
    }
}
