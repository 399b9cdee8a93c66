//! The comments of a record file that `fmt` keeps in place: the header
//! block at the top of the file (up to its last blank line), and the raw
//! prefixes and suffixes of keys and tables that carry comments.

use toml_edit::{Item, Table};

use crate::write::entry::split_header;

pub(super) fn comment_block(raw: &str) -> String {
    let mut lines: Vec<&str> = Vec::new();
    for line in raw.split('\n') {
        let line = line.trim_end();
        if !line.trim().is_empty() {
            lines.push(line);
        } else if lines.last().is_some_and(|l| !l.is_empty()) {
            lines.push("");
        }
    }
    while lines.last() == Some(&"") {
        lines.pop();
    }
    lines.iter().map(|l| format!("{l}\n")).collect()
}

pub(super) fn raw_prefix(d: &toml_edit::Decor) -> &str {
    d.prefix().and_then(|p| p.as_str()).unwrap_or("")
}

pub(super) fn raw_suffix(d: &toml_edit::Decor) -> &str {
    d.suffix().and_then(|p| p.as_str()).unwrap_or("")
}

/// A decor suffix: kept when it holds a comment, else nothing.
pub(super) fn suffix(raw: &str) -> String {
    if raw.contains('#') {
        raw.to_string()
    } else {
        String::new()
    }
}

/// Whether a table prints its own header.
fn printed(t: &Table) -> bool {
    let bare = t.is_implicit() && !t.iter().any(|(_, i)| i.is_value());
    !t.is_dotted() && !bare
}

/// Visits every table below `t` (not `t`), depth first.
fn each_table(t: &mut Table, f: &mut dyn FnMut(&mut Table)) {
    for (_, item) in t.iter_mut() {
        match item {
            Item::Table(sub) => {
                f(sub);
                each_table(sub, f);
            }
            Item::ArrayOfTables(a) => {
                for sub in a.iter_mut() {
                    f(sub);
                    each_table(sub, f);
                }
            }
            _ => {}
        }
    }
}

/// The first printed table: the one with the lowest position.
fn first_table_position(root: &mut Table) -> Option<isize> {
    let mut first: Option<isize> = None;
    each_table(root, &mut |t| {
        if printed(t)
            && let Some(p) = t.position()
        {
            first = Some(first.map_or(p, |f| f.min(p)));
        }
    });
    first
}

fn first_value_key(root: &Table) -> Option<String> {
    root.iter()
        .find(|(_, i)| i.is_value())
        .map(|(k, _)| k.to_string())
}

/// Takes the file's header comments (up to the last blank line before the
/// first thing printed) off that thing.
pub(super) fn take_header(root: &mut Table) -> String {
    if let Some(key) = first_value_key(root) {
        if let Some(mut k) = root.key_mut(&key) {
            let prefix = raw_prefix(k.leaf_decor()).to_string();
            let (header, attached) = split_header(&prefix);
            let header = header.to_string();
            k.leaf_decor_mut().set_prefix(attached.to_string());
            return header;
        }
        return String::new();
    }
    let Some(p) = first_table_position(root) else {
        return String::new();
    };
    let mut header = String::new();
    each_table(root, &mut |t| {
        if t.position() == Some(p) && printed(t) {
            let prefix = raw_prefix(t.decor()).to_string();
            let (h, attached) = split_header(&prefix);
            header = h.to_string();
            t.decor_mut().set_prefix(attached.to_string());
        }
    });
    header
}

/// Puts the header back on what is now printed first.
pub(super) fn put_header(root: &mut Table, header: &str) {
    let block = comment_block(header);
    let head = if block.is_empty() {
        block
    } else {
        format!("{block}\n")
    };
    if let Some(key) = first_value_key(root) {
        if let Some(mut k) = root.key_mut(&key) {
            let own = raw_prefix(k.leaf_decor()).to_string();
            k.leaf_decor_mut().set_prefix(format!("{head}{own}"));
        }
        return;
    }
    let Some(p) = first_table_position(root) else {
        return;
    };
    each_table(root, &mut |t| {
        if t.position() == Some(p) && printed(t) {
            let own = raw_prefix(t.decor()).trim_start_matches('\n').to_string();
            t.decor_mut().set_prefix(format!("{head}{own}"));
        }
    });
}
