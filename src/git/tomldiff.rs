//! What changed between two versions of a record file, field by field.
//!
//! A file is flattened into `(entry, field) → value`: top-level values are
//! fields of the entry `""`; a table is the entry of its dotted name
//! (`tiers.weights`); an element of an array of tables is named by its
//! identifying values (`deal[D-2026-014]`, `interaction[2026-11-03 acme]`,
//! `meeting[M-7].action[報價]`), with `#2`, `#3` for repeats. A value is
//! printed as written: a string without quotes, other values in TOML form.

use std::collections::{BTreeMap, HashSet};

use toml::{Table, Value};

/// One changed field; an empty side means the field was not there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Change {
    pub(crate) entry: String,
    pub(crate) field: String,
    pub(crate) old: String,
    pub(crate) new: String,
}

/// The values that name an entry of an array of tables, in this order;
/// `id` or `name` alone when present.
const NAMING: [&str; 7] = ["date", "from", "client", "of", "member", "period", "task"];

/// A flattened file: `(entry, field)` and the value, in file order.
pub(crate) type Flat = Vec<((String, String), String)>;

/// Flattens a file's text; an invalid file is one field saying so.
pub(crate) fn flatten(text: &str) -> Flat {
    let mut out = Vec::new();
    match text.parse::<Table>() {
        Ok(t) => table(&t, "", &mut out),
        Err(_) => out.push(((String::new(), String::new()), "invalid TOML".to_string())),
    }
    out
}

/// The field changes from `old` to `new` (empty: the file is absent):
/// changed and added fields in the new file's order, then removed ones.
pub(crate) fn diff(old: &Flat, new: &Flat) -> Vec<Change> {
    let before: BTreeMap<&(String, String), &String> = old.iter().map(|(k, v)| (k, v)).collect();
    let after: HashSet<&(String, String)> = new.iter().map(|(k, _)| k).collect();
    let mut out = Vec::new();
    for (k, v) in new {
        let was = before.get(k).map(|s| s.as_str());
        if was != Some(v.as_str()) {
            out.push(change(k, was.unwrap_or(""), v));
        }
    }
    for (k, v) in old {
        if !after.contains(k) {
            out.push(change(k, v, ""));
        }
    }
    out
}

fn change(k: &(String, String), old: &str, new: &str) -> Change {
    Change {
        entry: k.0.clone(),
        field: k.1.clone(),
        old: old.to_string(),
        new: new.to_string(),
    }
}

/// Flattens one table: its own values first, then its tables and arrays
/// of tables (keys in sorted order within each).
fn table(t: &Table, entry: &str, out: &mut Flat) {
    let nested = |v: &Value| v.is_table() || is_tables(v);
    let (own, inner): (Vec<_>, Vec<_>) = t.iter().partition(|(_, v)| !nested(v));
    for (key, v) in own.into_iter().chain(inner) {
        match v {
            Value::Table(sub) => table(sub, &join(entry, key), out),
            Value::Array(items) if is_tables(v) => {
                let mut seen: BTreeMap<String, usize> = BTreeMap::new();
                for item in items.iter().filter_map(Value::as_table) {
                    let name = naming(item);
                    let n = seen.entry(name.clone()).or_insert(0);
                    *n += 1;
                    let name = if *n == 1 {
                        name
                    } else {
                        format!("{name} #{n}")
                    };
                    table(item, &format!("{}[{name}]", join(entry, key)), out);
                }
            }
            other => out.push(((entry.to_string(), key.clone()), show(other))),
        }
    }
}

fn is_tables(v: &Value) -> bool {
    v.as_array()
        .is_some_and(|a| !a.is_empty() && a.iter().all(Value::is_table))
}

fn join(entry: &str, key: &str) -> String {
    if entry.is_empty() {
        key.to_string()
    } else {
        format!("{entry}.{key}")
    }
}

/// The name of an entry of an array of tables.
fn naming(t: &Table) -> String {
    for key in ["id", "name"] {
        if let Some(v) = t.get(key).filter(|v| !v.is_table() && !v.is_array()) {
            return show(v);
        }
    }
    let parts: Vec<String> = NAMING
        .iter()
        .filter_map(|k| t.get(*k).filter(|v| !v.is_table()).map(show))
        .collect();
    if parts.is_empty() {
        "#1".to_string()
    } else {
        parts.join(" ")
    }
}

/// A value as printed: strings bare, everything else in TOML form.
pub(crate) fn show(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(old: &str, new: &str) -> Vec<String> {
        diff(&flatten(old), &flatten(new))
            .into_iter()
            .map(|c| format!("{}|{}|{}|{}", c.entry, c.field, c.old, c.new))
            .collect()
    }

    #[test]
    fn fields_entries_and_repeats() {
        let old = "id = \"a\"\npotential = 3\n[[deal]]\nid = \"D-1\"\nstage = \"lead\"\n";
        let new = "id = \"a\"\npotential = 4\ntier = \"C\"\n[[deal]]\nid = \"D-1\"\nstage = \"won\"\n\
                   [[interaction]]\ndate = 2026-11-03\nclient = \"a\"\n[[interaction]]\ndate = 2026-11-03\nclient = \"a\"\n";
        assert_eq!(
            rows(old, new),
            [
                "|potential|3|4",
                "|tier||C",
                "deal[D-1]|stage|lead|won",
                "interaction[2026-11-03 a]|client||a",
                "interaction[2026-11-03 a]|date||2026-11-03",
                "interaction[2026-11-03 a #2]|client||a",
                "interaction[2026-11-03 a #2]|date||2026-11-03",
            ]
        );
        assert!(rows(new, old).contains(&"|tier|C|".to_string()));
        assert_eq!(
            rows("", "[tiers]\nweights = { scale = 0.5 }\nx = [1, 2]"),
            ["tiers|x||[1, 2]", "tiers.weights|scale||0.5"]
        );
        assert_eq!(rows("a = ", "a = 1"), ["|a||1", "||invalid TOML|"]);
    }
}
