//! Entries in a TOML document: build a new one, append it after the last
//! entry of its kind, find one, set a value in one.
//!
//! Only the nodes that change are touched, so the rest of the file keeps
//! every byte: comments, key order, blank lines, spacing. A new entry gets
//! one blank line before it; the first entry of its kind goes where the
//! the rules' order of kinds puts it (after the kinds listed before it). A new
//! key goes right after the key that precedes it in the rules' order, with
//! the indentation of its neighbours.

use toml_edit::{ArrayOfTables, DocumentMut, Item, Key, Table, Value};

use super::WriteError;
use super::schema::rank;
use crate::t;

/// Builds a table whose keys come in the order they are given, indented
/// by `indent` (two spaces for `[[meeting.action]]`, else none).
#[derive(Debug, Default)]
pub(crate) struct Builder {
    table: Table,
    indent: &'static str,
}

impl Builder {
    pub(crate) fn new() -> Builder {
        Builder::default()
    }

    /// A table nested in an entry (`[[meeting.action]]`): indented.
    pub(crate) fn nested() -> Builder {
        let mut table = Table::new();
        table.decor_mut().set_prefix("  ");
        Builder {
            table,
            indent: "  ",
        }
    }

    pub(crate) fn set(mut self, key: &str, value: Value) -> Builder {
        let key = new_key(key, self.indent);
        self.table.insert_formatted(&key, Item::Value(value));
        self
    }

    pub(crate) fn opt(self, key: &str, value: Option<Value>) -> Builder {
        match value {
            Some(v) => self.set(key, v),
            None => self,
        }
    }

    /// Nested entries under `key` (`action` of a meeting).
    pub(crate) fn children(mut self, key: &str, children: Vec<Table>) -> Builder {
        if children.is_empty() {
            return self;
        }
        let mut aot = ArrayOfTables::new();
        for c in children {
            aot.push(c);
        }
        self.table.insert(key, Item::ArrayOfTables(aot));
        self
    }

    pub(crate) fn build(self) -> Table {
        self.table
    }
}

fn new_key(name: &str, indent: &str) -> Key {
    let mut key = Key::new(name);
    key.leaf_decor_mut().set_prefix(indent);
    key.leaf_decor_mut().set_suffix(" ");
    key
}

/// The highest document position of `item`'s tables, nested ones included.
fn max_position(item: &Item) -> Option<isize> {
    match item {
        Item::Table(t) => table_max_position(t),
        Item::ArrayOfTables(a) => a.iter().filter_map(table_max_position).max(),
        _ => None,
    }
}

fn table_max_position(t: &Table) -> Option<isize> {
    let own = t.position();
    let nested = t.iter().filter_map(|(_, i)| max_position(i)).max();
    own.max(nested)
}

fn min_position(item: &Item) -> Option<isize> {
    match item {
        Item::Table(t) => t.position(),
        Item::ArrayOfTables(a) => a.iter().filter_map(Table::position).min(),
        _ => None,
    }
}

/// Splits a table's leading decor into the file's header (everything up to
/// the last blank line: it stays at the top of the file) and the comment
/// lines directly above the table (they belong to it).
pub(crate) fn split_header(prefix: &str) -> (&str, &str) {
    let mut cut = 0;
    let mut at = 0;
    for line in prefix.split_inclusive('\n') {
        at += line.len();
        if line.ends_with('\n') && line.trim().is_empty() {
            cut = at;
        }
    }
    prefix.split_at(cut)
}

fn prefix_of(t: &Table) -> String {
    t.decor()
        .prefix()
        .and_then(|p| p.as_str())
        .unwrap_or("")
        .to_string()
}

/// Appends `entry` as a new `[[kind]]` of the document's root: after the
/// last entry of its kind, or, for the first one, after the entries of the
/// kinds `order` lists before it (at the top when there are none).
/// A `kind` written as an inline array (`deal = [{ … }]`) is refused: the
/// entries it holds would have to be rewritten.
pub(crate) fn append(
    doc: &mut DocumentMut,
    order: &[&str],
    kind: &str,
    mut entry: Table,
) -> Result<(), WriteError> {
    let root = doc.as_table_mut();
    match root.get_mut(kind) {
        Some(Item::ArrayOfTables(aot)) if !aot.is_empty() => {
            entry.decor_mut().set_prefix("\n");
            aot.push(entry);
            return Ok(());
        }
        Some(Item::ArrayOfTables(_)) | None => {}
        Some(_) => {
            return Err(WriteError::refused(t!(
                "refuse-inline-entries",
                kind = kind
            )));
        }
    }
    root.remove(kind);
    let mine = rank(order, kind);
    let has_values = root.iter().any(|(_, i)| i.is_value());
    let before = root
        .iter()
        .filter(|(k, _)| rank(order, k) < mine)
        .filter_map(|(_, i)| max_position(i))
        .max();
    let first_after = root
        .iter()
        .filter_map(|(k, i)| min_position(i).map(|p| (p, k.to_string())))
        .min();
    match (before, first_after) {
        (Some(p), _) => {
            entry.set_position(Some(p));
            entry.decor_mut().set_prefix("\n");
        }
        (None, Some((p, first_key))) => {
            entry.set_position(Some(p - 1));
            if has_values {
                entry.decor_mut().set_prefix("\n");
            } else if let Some(first) = first_table_mut(root, &first_key, p) {
                // the new entry becomes the first table: the file's header
                // comments stay on top, the rest stays with its table
                let prefix = prefix_of(first);
                let (header, attached) = split_header(&prefix);
                entry.decor_mut().set_prefix(header.to_string());
                first
                    .decor_mut()
                    .set_prefix(format!("\n{}", attached.trim_start_matches('\n')));
            }
        }
        (None, None) => {
            entry
                .decor_mut()
                .set_prefix(if has_values { "\n" } else { "" });
        }
    }
    let mut aot = ArrayOfTables::new();
    aot.push(entry);
    root.insert(kind, Item::ArrayOfTables(aot));
    Ok(())
}

fn first_table_mut<'a>(root: &'a mut Table, key: &str, position: isize) -> Option<&'a mut Table> {
    match root.get_mut(key)? {
        Item::Table(t) => Some(t),
        Item::ArrayOfTables(a) => a.iter_mut().find(|t| t.position() == Some(position)),
        _ => None,
    }
}

/// The entries `[[kind]]` of a table (the document's root or an entry).
pub(crate) fn entries_mut<'a>(table: &'a mut Table, kind: &str) -> Option<&'a mut ArrayOfTables> {
    table.get_mut(kind).and_then(Item::as_array_of_tables_mut)
}

/// A string value of a table, if it has one.
pub(crate) fn get_str<'a>(table: &'a Table, key: &str) -> Option<&'a str> {
    table.get(key).and_then(Item::as_str)
}

/// A date (or date-time) value of a table, as written (`2026-11-03`).
pub(crate) fn get_datetime(table: &Table, key: &str) -> Option<String> {
    table
        .get(key)
        .and_then(Item::as_datetime)
        .map(ToString::to_string)
}

/// Sets `key` to `value` in `table`. A value already there keeps its place
/// and its comments; a new key goes right after the last key that comes
/// before it in `order`, indented like its neighbours.
pub(crate) fn set(table: &mut Table, order: &[&str], key: &str, value: Value) {
    if let Some(Item::Value(old)) = table.get_mut(key) {
        let decor = old.decor().clone();
        *old = value;
        *old.decor_mut() = decor;
        return;
    }
    table.remove(key);
    let mine = rank(order, key);
    let keys: Vec<(String, bool)> = table
        .iter()
        .map(|(k, i)| (k.to_string(), i.is_value()))
        .collect();
    let indent = keys
        .iter()
        .rev()
        .filter(|(_, is_value)| *is_value)
        .find_map(|(k, _)| table.key(k))
        .and_then(|k| k.leaf_decor().prefix())
        .and_then(|p| p.as_str())
        .map(|p| p.rsplit('\n').next().unwrap_or(""))
        .filter(|p| p.chars().all(|c| c == ' ' || c == '\t'))
        .unwrap_or("")
        .to_string();
    let at = keys
        .iter()
        .rposition(|(k, is_value)| *is_value && rank(order, k) < mine)
        .map_or(0, |i| i + 1);
    table.insert_formatted(&new_key(key, &indent), Item::Value(value));
    for (k, _) in &keys[at..] {
        if let Some((k, item)) = table.remove_entry(k) {
            table.insert_formatted(&k, item);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::write::schema::{DEAL, MONTH};
    use crate::write::value;

    fn interaction(date: &str) -> Table {
        Builder::new()
            .set("date", date.parse::<Value>().unwrap())
            .set("client", value::string("acme"))
            .build()
    }

    fn appended(text: &str, kind: &str) -> String {
        let mut doc: DocumentMut = text.parse().unwrap();
        append(&mut doc, MONTH, kind, interaction("2026-11-05")).unwrap();
        doc.to_string()
    }

    #[test]
    fn appends_after_the_last_of_its_kind() {
        let text = "# head\n\n[[interaction]]\ndate = 2026-11-03\n\n# plans\n[[plan]]\ndate = 2026-11-04\n";
        assert_eq!(
            appended(text, "interaction"),
            "# head\n\n[[interaction]]\ndate = 2026-11-03\n\n[[interaction]]\ndate = 2026-11-05\nclient = \"acme\"\n\n# plans\n[[plan]]\ndate = 2026-11-04\n"
        );
    }

    #[test]
    fn the_first_of_a_kind_goes_after_the_kinds_before_it() {
        let text = "[[interaction]]\ndate = 1\n\n[[meeting]]\ndate = 2\n  [[meeting.action]]\n  task = \"t\"\n\n[[award]]\nmember = \"x\"\n";
        assert_eq!(
            appended(text, "review"),
            "[[interaction]]\ndate = 1\n\n[[meeting]]\ndate = 2\n  [[meeting.action]]\n  task = \"t\"\n\n[[review]]\ndate = 2026-11-05\nclient = \"acme\"\n\n[[award]]\nmember = \"x\"\n"
        );
        // before every other kind: the file's header comment stays on top
        let text = "# November\n\n# about this day\n[[attendance]]\ndate = 2\n";
        assert_eq!(
            appended(text, "interaction"),
            "# November\n\n[[interaction]]\ndate = 2026-11-05\nclient = \"acme\"\n\n# about this day\n[[attendance]]\ndate = 2\n"
        );
        assert_eq!(
            appended("", "plan"),
            "[[plan]]\ndate = 2026-11-05\nclient = \"acme\"\n"
        );
    }

    #[test]
    fn a_new_key_takes_its_place_in_the_spec_order() {
        let mut doc: DocumentMut =
            "[[deal]]\nid = \"a\"\nopened = 2026-01-01 # o\n# about due\ndue = 2026-02-01\n"
                .parse()
                .unwrap();
        let t = entries_mut(doc.as_table_mut(), "deal")
            .unwrap()
            .get_mut(0)
            .unwrap();
        set(t, DEAL, "closed", value::string("c"));
        set(t, DEAL, "stage", value::string("won"));
        set(t, DEAL, "due", value::string("d"));
        assert_eq!(
            doc.to_string(),
            "[[deal]]\nid = \"a\"\nstage = \"won\"\nopened = 2026-01-01 # o\nclosed = \"c\"\n# about due\ndue = \"d\"\n"
        );
    }

    #[test]
    fn nested_keys_keep_the_indentation() {
        let mut doc: DocumentMut =
            "[[meeting]]\ndate = 1\n  [[meeting.action]]\n  task = \"t\"\n  due = 2\n"
                .parse()
                .unwrap();
        let m = entries_mut(doc.as_table_mut(), "meeting")
            .unwrap()
            .get_mut(0)
            .unwrap();
        let a = entries_mut(m, "action").unwrap().get_mut(0).unwrap();
        set(a, crate::write::schema::ACTION, "done", value::int(3));
        assert_eq!(
            doc.to_string(),
            "[[meeting]]\ndate = 1\n  [[meeting.action]]\n  task = \"t\"\n  due = 2\n  done = 3\n"
        );
    }

    #[test]
    fn an_inline_array_of_entries_is_refused_not_replaced() {
        let mut doc: DocumentMut = "interaction = [{ date = 2026-11-03 }]\n".parse().unwrap();
        let e = append(&mut doc, MONTH, "interaction", interaction("2026-11-05")).unwrap_err();
        assert!(e.to_string().contains("as an inline value"), "{e}");
        assert_eq!(doc.to_string(), "interaction = [{ date = 2026-11-03 }]\n");
    }

    #[test]
    fn nested_entries_are_built_indented() {
        let action = Builder::nested().set("task", value::string("t")).build();
        let meeting = Builder::new()
            .set("date", value::int(1))
            .children("action", vec![action])
            .build();
        let mut doc: DocumentMut = "[[meeting]]\ndate = 0\n".parse().unwrap();
        append(&mut doc, MONTH, "meeting", meeting).unwrap();
        assert_eq!(
            doc.to_string(),
            "[[meeting]]\ndate = 0\n\n[[meeting]]\ndate = 1\n  [[meeting.action]]\n  task = \"t\"\n"
        );
    }
}
