//! A quick proof that a file is already in the canonical form, read line
//! by line without building a document: `fmt` uses it to pass over
//! canonical files at about the cost of one parse (most files of a folder
//! kept by clientele are canonical).
//!
//! [`surely_canonical`] answers `true` only for the plain shape the
//! canonical form prints — key lines `key = value` (bare keys, one space
//! each side, no comment), `[[kind]]` entries each after one blank line,
//! `  [[kind.sub]]` / `  [kind.sub]` tables inside an entry indented with
//! their keys, keys and kinds in the schema's order, entries sorted by
//! their keys, no literal or multi-line strings, no quoted date where the
//! canonical form unquotes it. Anything else (comments, CRLF, settings
//! tables, odd spacing) answers `false`: "not known", and `fmt` takes the
//! full path (`canonical`). It does not judge whether the text is valid
//! TOML: the caller parses it.

use super::Canon;
use crate::write::schema::{keys, rank, sort_keys};

mod value;
use value::value_ok;

/// One line of the file, as the canonical form prints it.
enum Line<'a> {
    Blank,
    /// `[[a]]`, `  [[a.b]]`, `  [a.b]`: indented, an array entry, its names.
    Header(bool, bool, &'a str, Option<&'a str>),
    /// `key = value`, indented or not.
    Key(bool, &'a str, &'a str),
}

fn bare(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

fn line(s: &str) -> Option<Line<'_>> {
    if s.is_empty() {
        return Some(Line::Blank);
    }
    let (indent, s) = match s.strip_prefix("  ") {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    if let Some(inner) = s.strip_prefix('[') {
        let (aot, inner) = match inner.strip_prefix('[') {
            Some(i) => (true, i.strip_suffix("]]")?),
            None => (false, inner.strip_suffix(']')?),
        };
        let (a, b) = match inner.split_once('.') {
            Some((a, b)) => (a, Some(b)),
            None => (inner, None),
        };
        return (bare(a) && b.is_none_or(bare)).then_some(Line::Header(indent, aot, a, b));
    }
    let (key, value) = s.split_once(" = ")?;
    bare(key).then_some(Line::Key(indent, key, value))
}

/// The entries of one array of tables met so far, and the table being read.
#[derive(Default)]
struct Run<'a> {
    name: &'a str,
    aot: bool,
    /// Where the current table stands among the keys of its own table.
    rank: usize,
    /// The current entry's sort values, and the previous entry's.
    sort: Vec<(u8, String)>,
    prev: Option<Vec<(u8, String)>>,
}

/// The state of one table's items: the rank reached, the runs ended.
#[derive(Default)]
struct Items<'a> {
    rank: usize,
    ended: Vec<&'a str>,
    run: Option<Run<'a>>,
}

impl<'a> Items<'a> {
    /// A key line of this table, in the order `order`.
    fn key(&mut self, order: &[&str], key: &str) -> Option<()> {
        let r = rank(order, key);
        (r >= self.rank && self.run.is_none()).then(|| self.rank = r)
    }

    /// A table `name` inside this table (of keys `order`): a new entry of
    /// the current run, or a new run. Ends the current entry.
    fn table(&mut self, c: &Canon, path: &[&str], name: &'a str, aot: bool) -> Option<()> {
        let same = self.run.as_ref().is_some_and(|r| r.name == name);
        if same {
            let run = self.run.as_mut()?;
            if !aot || !run.aot {
                return None;
            }
            run.end(c, path)?;
            return Some(());
        }
        if let Some(mut old) = self.run.take() {
            old.end(c, path)?;
            self.ended.push(old.name);
        }
        let r = rank(keys(c.kind, path), name);
        if r < self.rank || self.ended.contains(&name) {
            return None;
        }
        self.rank = r;
        self.run = Some(Run {
            name,
            aot,
            ..Run::default()
        });
        Some(())
    }

    fn finish(&mut self, c: &Canon, path: &[&str]) -> Option<()> {
        match self.run.take() {
            Some(mut run) => run.end(c, path),
            None => Some(()),
        }
    }
}

impl Run<'_> {
    /// Ends the current entry: it must not sort before the previous one.
    fn end(&mut self, c: &Canon, parent: &[&str]) -> Option<()> {
        self.rank = 0;
        let mut path = parent.to_vec();
        path.push(self.name);
        let by = sort_keys(c.kind, &path);
        if by.is_empty() {
            return Some(());
        }
        let mut sort = std::mem::take(&mut self.sort);
        sort.resize(by.len(), (1, String::new()));
        for (k, v) in by.iter().zip(sort.iter_mut()) {
            if *k == "period" && v.0 == 1 {
                *v = c.month.clone().map_or((1, String::new()), |m| (0, m));
            }
        }
        if self.prev.as_ref().is_some_and(|p| *p > sort) {
            return None;
        }
        self.prev = Some(sort);
        Some(())
    }

    /// A key line of the current entry: its sort value when it sorts by it.
    fn value(&mut self, c: &Canon, path: &[&str], key: &str, value: &str) -> Option<()> {
        let by = sort_keys(c.kind, path);
        let Some(i) = by.iter().position(|k| *k == key) else {
            return Some(());
        };
        let v = match value.strip_prefix('"') {
            Some(s) => s
                .strip_suffix('"')
                .filter(|s| !s.contains(['\\', '"']))?
                .to_string(),
            None => moment(value)?,
        };
        if self.sort.len() < by.len() {
            self.sort.resize(by.len(), (1, String::new()));
        }
        self.sort[i] = (0, v);
        Some(())
    }
}

/// A date (`2026-11-03`) or local date-time to the second
/// (`2026-11-03T09:30:00`, or with a space) as the canonical form sorts
/// it (as TOML prints it); `None` for any other value.
fn moment(s: &str) -> Option<String> {
    let digits = |b: &[u8], seps: &[(usize, &[u8])]| {
        b.iter()
            .enumerate()
            .all(|(i, c)| match seps.iter().find(|(at, _)| *at == i) {
                Some((_, ok)) => ok.contains(c),
                None => c.is_ascii_digit(),
            })
    };
    let b = s.as_bytes();
    let date: &[(usize, &[u8])] = &[(4, b"-"), (7, b"-")];
    let full: &[(usize, &[u8])] = &[(4, b"-"), (7, b"-"), (10, b"T "), (13, b":"), (16, b":")];
    match b.len() {
        10 if digits(b, date) => Some(s.to_string()),
        19 if digits(b, full) => Some(s.replacen(' ', "T", 1)),
        _ => None,
    }
}

/// Whether `canonical(c, text)` is surely `text` (given `text` is valid
/// TOML); `false` when not known.
pub(crate) fn surely_canonical(c: &Canon, text: &str) -> bool {
    check(c, text).is_some()
}

fn check(c: &Canon, text: &str) -> Option<()> {
    let body = text.strip_suffix('\n')?;
    if text.contains(['\r', '\t']) || text.contains("\"\"\"") {
        return None;
    }
    let mut root = Items::default();
    // the items of the current entry, and whether a blank line came last
    let mut entry: Option<Items<'_>> = None;
    let mut blank = false;
    let mut started = false;
    for s in body.split('\n') {
        match line(s)? {
            Line::Blank if blank || !started => return None,
            Line::Blank => blank = true,
            Line::Header(false, true, name, None) => {
                if blank != started {
                    return None;
                }
                if let (Some(mut items), Some(run)) = (entry.take(), root.run.as_ref()) {
                    items.finish(c, &[run.name])?;
                }
                root.table(c, &[], name, true)?;
                entry = Some(Items::default());
                (blank, started) = (false, true);
            }
            Line::Header(true, aot, top, Some(sub)) if !blank => {
                let run = root.run.as_ref().filter(|r| r.name == top)?;
                entry.as_mut()?.table(c, &[run.name], sub, aot)?;
            }
            Line::Key(indent, key, value) if !blank => {
                started = true;
                key_line(c, &mut root, entry.as_mut(), indent, key, value)?;
            }
            _ => return None,
        }
    }
    if blank {
        return None;
    }
    if let (Some(mut items), Some(run)) = (entry, root.run.as_ref()) {
        items.finish(c, &[run.name])?;
    }
    root.finish(c, &[])
}

/// A key line: of the root, of the current entry, or of a table inside it
/// (indented).
fn key_line<'a>(
    c: &Canon,
    root: &mut Items<'a>,
    entry: Option<&mut Items<'a>>,
    indent: bool,
    key: &str,
    value: &str,
) -> Option<()> {
    let Some(entry) = entry else {
        if indent {
            return None;
        }
        value_ok(c, &[key], key, value)?;
        return root.key(keys(c.kind, &[]), key);
    };
    let top = root.run.as_mut()?;
    match entry.run.as_mut() {
        None if !indent => {
            value_ok(c, &[top.name, key], key, value)?;
            top.value(c, &[top.name], key, value)?;
            entry.key(keys(c.kind, &[top.name]), key)
        }
        Some(sub) if indent => {
            let path = [top.name, sub.name];
            value_ok(c, &[top.name, sub.name, key], key, value)?;
            sub.value(c, &path, key, value)?;
            let r = rank(keys(c.kind, &path), key);
            (r >= sub.rank).then(|| sub.rank = r)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests;
