//! The canonical form of a record file (rules §5), for `fmt`.
//!
//! Keys in the order the rules list them (unknown keys after, `extra`
//! last); in a month file the kinds in the order interaction, plan,
//! attendance, leave, meeting, review, award, each sorted stably by its own
//! date (reviews by period then `of`, awards by period then member); in a
//! client file contacts (kept in their order: the first is the default
//! contact), then deals by `opened`, then complaints by `received`. One
//! blank line before every entry; tables nested in an entry
//! (`[[meeting.action]]`, `[session.exam]`) and their keys indented by two
//! spaces with no blank line; `key = value` with one space each side;
//! strings in basic quotes; quoted dates unquoted; a final newline. Comments
//! above an entry or a key move with it; the comments at the top of the
//! file, up to its last blank line, stay on top; a comment after a value
//! stays after it. Line endings are kept (CRLF stays CRLF).
//!
//! A canonical file comes out byte for byte the same. The transformation
//! only moves and re-spells: `same_records::same_records` proves it for every file
//! `fmt` writes.

use toml_edit::{ArrayOfTables, DocumentMut, InlineTable, Item, Table, Value};

use super::doc::uses_crlf;
use super::schema::{self, FileKind, rank};
use super::value;

mod header;
mod quick;
use header::{comment_block, put_header, raw_prefix, raw_suffix, suffix, take_header};
pub(crate) use quick::surely_canonical;

const DATE_KEYS: &[&str] = &[
    "date",
    "from",
    "to",
    "requested",
    "decided",
    "due",
    "done",
    "found",
    "since",
    "birthday",
    "opened",
    "closed",
    "delivered",
    "joined",
    "left",
];
const DATETIME_KEYS: &[&str] = &["received", "responded", "resolved"];

/// What the canonical form of one file depends on.
#[derive(Clone, Debug)]
pub(crate) struct Canon {
    pub(crate) kind: FileKind,
    /// A month file's folder (`2026-11`): the period of an award without one.
    pub(crate) month: Option<String>,
}

/// The canonical text of `text`; an error message when it is not TOML.
pub(crate) fn canonical(c: &Canon, text: &str) -> Result<String, String> {
    let crlf = uses_crlf(text);
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| e.message().trim().trim_end_matches('.').to_string())?;
    let header = take_header(doc.as_table_mut());
    canon_table(c, doc.as_table_mut(), &mut Vec::new(), Place::Top);
    let mut next = 1;
    number_tables(doc.as_table_mut(), &mut next);
    put_header(doc.as_table_mut(), &header);
    let printed_before = !doc.as_table().is_empty();
    let trailing = comment_block(doc.trailing().as_str().unwrap_or(""));
    doc.set_trailing(if trailing.is_empty() || !printed_before {
        trailing
    } else {
        format!("\n{trailing}")
    });
    let mut out = doc.to_string();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    if crlf {
        out = out.replace("\r\n", "\n").replace('\n', "\r\n");
    }
    Ok(out)
}

/// The comment lines of a decor: trimmed at the end, runs of blank lines
/// made one, no blank line first or last; each line ends with a newline.
/// Gives every table its position in the canonical order.
fn number_tables(t: &mut Table, next: &mut isize) {
    for (_, item) in t.iter_mut() {
        match item {
            Item::Table(sub) if !sub.is_dotted() => {
                sub.set_position(Some(*next));
                *next += 1;
                number_tables(sub, next);
            }
            Item::ArrayOfTables(a) => {
                for sub in a.iter_mut() {
                    sub.set_position(Some(*next));
                    *next += 1;
                    number_tables(sub, next);
                }
            }
            _ => {}
        }
    }
}

/// Where a table stands: at the top (the root, `[team]`, `[kpi.targets.x]`),
/// an entry of an array of tables (`[[deal]]`, `[[care.occasion]]`), or
/// inside an entry (`[[meeting.action]]`, `[session.exam]`: indented).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Top,
    Entry,
    Inner,
}

fn canon_table(c: &Canon, t: &mut Table, path: &mut Vec<String>, place: Place) {
    let p: Vec<&str> = path.iter().map(String::as_str).collect();
    let order = schema::keys(c.kind, &p);
    t.sort_values_by(|a, _, b, _| rank(order, a).cmp(&rank(order, b)));
    let indent = if place == Place::Inner { "  " } else { "" };
    let nested = place != Place::Top;
    let (table_place, entry_place) = if nested {
        (Place::Inner, Place::Inner)
    } else {
        (Place::Top, Place::Entry)
    };
    for (mut key, item) in t.iter_mut() {
        let name = key.get().to_string();
        match item {
            Item::Value(v) => {
                let prefix = format!("{}{indent}", comment_block(raw_prefix(key.leaf_decor())));
                key.leaf_decor_mut().set_prefix(prefix);
                key.leaf_decor_mut().set_suffix(" ");
                path.push(name.clone());
                canon_value(c, v, &name, path);
                path.pop();
                let s = suffix(raw_suffix(v.decor()));
                v.decor_mut().set_prefix(" ");
                v.decor_mut().set_suffix(s);
            }
            Item::Table(sub) if !sub.is_dotted() => {
                path.push(name);
                canon_table(c, sub, path, table_place);
                path.pop();
                header_decor(sub, nested);
            }
            Item::ArrayOfTables(a) => {
                path.push(name);
                sort_entries(c, a, path);
                for sub in a.iter_mut() {
                    canon_table(c, sub, path, entry_place);
                    header_decor(sub, nested);
                }
                path.pop();
            }
            _ => {}
        }
    }
}

/// A table header's blank line, comments and indentation.
fn header_decor(t: &mut Table, nested: bool) {
    let block = comment_block(raw_prefix(t.decor()));
    let s = suffix(raw_suffix(t.decor()));
    let prefix = if nested {
        format!("{block}  ")
    } else {
        format!("\n{block}")
    };
    t.decor_mut().set_prefix(prefix);
    t.decor_mut().set_suffix(s);
}

fn sort_entries(c: &Canon, a: &mut ArrayOfTables, path: &[String]) {
    let p: Vec<&str> = path.iter().map(String::as_str).collect();
    let by = schema::sort_keys(c.kind, &p);
    if by.is_empty() {
        return;
    }
    let mut keyed: Vec<(Vec<(u8, String)>, Table)> = a
        .iter()
        .map(|t| {
            let k = by.iter().map(|k| sort_value(c, t, k)).collect();
            (k, t.clone())
        })
        .collect();
    keyed.sort_by(|x, y| x.0.cmp(&y.0));
    a.clear();
    for (_, t) in keyed {
        a.push(t);
    }
}

/// A sort key: dates and strings as written; a missing one sorts last,
/// except an award's `period`, which is the folder's month.
fn sort_value(c: &Canon, t: &Table, key: &str) -> (u8, String) {
    let v = match t.get(key) {
        Some(Item::Value(Value::Datetime(d))) => Some(d.value().to_string()),
        Some(Item::Value(Value::String(s))) => Some(s.value().clone()),
        _ if key == "period" => c.month.clone(),
        _ => None,
    };
    v.map_or((1, String::new()), |s| (0, s))
}

fn replace(v: &mut Value, new: Value) {
    let decor = v.decor().clone();
    *v = new;
    *v.decor_mut() = decor;
}

fn canon_value(c: &Canon, v: &mut Value, key: &str, path: &[String]) {
    if let Value::String(s) = v {
        let text = s.value().clone();
        if DATE_KEYS.contains(&key)
            && let Ok(d) = crate::values::date(&text)
        {
            replace(v, value::date(d));
            return;
        }
        if DATETIME_KEYS.contains(&key)
            && let Ok(t) = crate::values::datetime(&text)
        {
            replace(v, value::datetime(t));
            return;
        }
    }
    match v {
        Value::String(_) => basic(v),
        Value::Array(items) => {
            for item in items.iter_mut() {
                canon_value(c, item, "", path);
            }
        }
        Value::InlineTable(t) => canon_inline(c, t, path),
        _ => {}
    }
}

/// A literal string (`'…'`) in basic quotes.
fn basic(v: &mut Value) {
    let Value::String(s) = v else { return };
    let raw = s
        .as_repr()
        .and_then(|r| r.as_raw().as_str())
        .unwrap_or("\"")
        .to_string();
    let text = s.value().clone();
    let new = if raw.starts_with("'''") {
        value::multiline_string(&text)
    } else if raw.starts_with('\'') {
        value::basic_string(&text)
    } else {
        return;
    };
    if let Ok(parsed) = new.parse::<Value>() {
        replace(v, parsed);
    }
}

fn canon_inline(c: &Canon, t: &mut InlineTable, path: &[String]) {
    let p: Vec<&str> = path.iter().map(String::as_str).collect();
    let order = schema::keys(c.kind, &p);
    let before: Vec<String> = t.iter().map(|(k, _)| k.to_string()).collect();
    t.sort_values_by(|a, _, b, _| rank(order, a).cmp(&rank(order, b)));
    let after: Vec<String> = t.iter().map(|(k, _)| k.to_string()).collect();
    let n = after.len();
    for (i, (mut key, v)) in t.iter_mut().enumerate() {
        let name = key.get().to_string();
        let mut sub = path.to_vec();
        sub.push(name.clone());
        canon_value(c, v, &name, &sub);
        if before != after {
            key.leaf_decor_mut().set_prefix(" ");
            key.leaf_decor_mut().set_suffix(" ");
            v.decor_mut().set_prefix(" ");
            v.decor_mut().set_suffix(if i + 1 == n { " " } else { "" });
        }
    }
}

#[cfg(test)]
mod tests;
