//! The loader and the write schema (`crate::write::schema`) name the same
//! keys: every key the loader reads is in the schema, and every key of the
//! schema is read by the loader. A document is built from the schema with
//! every key and one probe key per table; the loader's "unknown field"
//! report on each probe lists the keys it read in that table.

use std::collections::BTreeSet;

use crate::diagnostic::{FileId, codes};
use crate::load::{Place, parse_file};
use crate::model::FileKind;
use crate::write::schema::{ENTRIES, keys};

/// The table at `path` with every key of the schema (leaves as strings) and
/// a probe key naming the path; `paths` collects every table built.
fn build(kind: FileKind, path: &[&'static str], paths: &mut Vec<String>) -> toml::Table {
    let mut table = toml::Table::new();
    for key in keys(kind, path) {
        let mut sub = path.to_vec();
        sub.push(key);
        let value = if keys(kind, &sub).is_empty() {
            toml::Value::String("x".into())
        } else if ENTRIES.contains(key)
            && *key != "exam"
            && !(kind == FileKind::Settings && *key == "leave")
            && (kind, *key) != (FileKind::Settings, "career")
        {
            // nested entries are arrays of tables, except `[session.exam]`
            // and the settings' `[leave]` and `[career]` (a month's
            // `[[leave]]` and a member's `[[member.career]]` are entries)
            toml::Value::Array(vec![toml::Value::Table(build(kind, &sub, paths))])
        } else {
            toml::Value::Table(build(kind, &sub, paths))
        };
        table.insert(key.to_string(), value);
    }
    let probe = probe(path);
    table.insert(probe.clone(), toml::Value::String("x".into()));
    paths.push(probe);
    table
}

fn probe(path: &[&str]) -> String {
    // `-` joins the path: keys hold `_` (`team_target`), never `-`
    format!("probe-{}", path.join("-"))
}

fn tied(kind: FileKind, place: Place) {
    let mut paths = Vec::new();
    let doc = build(kind, &[], &mut paths);
    let text = toml::to_string(&doc).unwrap_or_default();
    let (_, diags) = parse_file(FileId(0), &place, &text);
    let mut probed = BTreeSet::new();
    for d in diags.iter().filter(|d| d.code == codes::UNKNOWN_FIELD) {
        let message = d.message.en();
        let field = message.split('`').nth(1).unwrap_or("");
        assert!(
            field.starts_with("probe-"),
            "{kind:?}: the schema has `{field}`, the loader does not read it"
        );
        let path: Vec<&str> = field["probe-".len()..]
            .split('-')
            .filter(|p| !p.is_empty())
            .collect();
        let help = d.help.as_ref().map(crate::diagnostic::Msg::en);
        let read: BTreeSet<&str> = help
            .as_deref()
            .and_then(|h| h.strip_prefix("known fields: "))
            .and_then(|h| h.split(';').next())
            .map(|h| h.split(", ").collect())
            .unwrap_or_default();
        let schema: BTreeSet<&str> = keys(kind, &path).iter().copied().collect();
        assert_eq!(read, schema, "{kind:?} {path:?}: loader reads ≠ schema");
        probed.insert(field.to_string());
    }
    let built: BTreeSet<String> = paths.into_iter().collect();
    assert_eq!(
        probed, built,
        "{kind:?}: tables of the schema the loader never reads"
    );
}

#[test]
fn loader_and_schema_name_the_same_keys() {
    tied(FileKind::Client, Place::Client("x".into()));
    let month = "2026-11".parse().unwrap();
    tied(FileKind::Month, Place::Month(month, "x".into()));
    tied(FileKind::Team, Place::Team);
    tied(FileKind::Training, Place::Training(2026));
    tied(FileKind::Settings, Place::Settings);
}
