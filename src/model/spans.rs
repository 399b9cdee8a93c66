//! Where the fields of one entry stand in its file, kept compact: the
//! fields share the entry's file, each field's name is a one-byte number,
//! and the list is exactly as long as the fields kept.
//!
//! The loader keeps only the spans of [`KEPT`]: the fields a cross-file
//! check can point at once the file's own table is gone (the checks of one
//! file alone run while the loader still has every field's span). A check
//! that asks for another field gets the entry's span: a test reads the
//! checks' sources for the names they ask for.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use crate::diagnostic::Span;

/// The fields whose spans outlive the loading of their file: every name
/// `crate::check` passes to [`Spans::of`] after the load.
pub(crate) const KEPT: &[&str] = &[
    "approved_by",
    "attended",
    "attendees",
    "client",
    "clients",
    "closed",
    "date",
    "delivered",
    "done",
    "handler",
    "id",
    "invited",
    "member",
    "mentor",
    "name",
    "of",
    "owner",
    "received",
    "reports_to",
    "resolved",
    "responded",
    "specialist",
    "stage",
    "tier",
];

/// A field's name: its place in [`KEPT`], else in the names met later.
type Name = u8;

/// The names of [`KEPT`] by text, with a cheap hash (they are short).
fn kept_index() -> &'static HashMap<&'static str, Name, Fast> {
    static INDEX: OnceLock<HashMap<&'static str, Name, Fast>> = OnceLock::new();
    INDEX.get_or_init(|| {
        KEPT.iter()
            .enumerate()
            .filter_map(|(i, n)| Some((*n, Name::try_from(i).ok()?)))
            .collect()
    })
}

/// Names outside [`KEPT`] that were set anyway (a cache written with
/// other names, tests), numbered after it; at most 256 names in all.
static OTHERS: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());

/// The number of `field` among the names kept, when it is one.
pub(crate) fn kept(field: &str) -> Option<Name> {
    kept_index().get(field).copied()
}

/// The number of any name, numbering a new one after the others.
fn number(field: &'static str) -> Option<Name> {
    if let Some(n) = kept(field) {
        return Some(n);
    }
    let mut others = OTHERS.lock().ok()?;
    let i = match others.iter().position(|o| *o == field) {
        Some(i) => i,
        None => {
            others.push(field);
            others.len() - 1
        }
    };
    Name::try_from(KEPT.len() + i).ok()
}

fn name_of(n: Name) -> &'static str {
    let i = usize::from(n);
    match KEPT.get(i) {
        Some(name) => name,
        None => OTHERS
            .lock()
            .ok()
            .and_then(|o| o.get(i - KEPT.len()).copied())
            .unwrap_or(""),
    }
}

/// The span of an entry (its table) and of each field kept.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Spans {
    pub(crate) entry: Span,
    /// Each field's name number and byte range, in the entry's file.
    fields: Box<[(Name, u32, u32)]>,
}

impl Spans {
    pub(crate) fn new(entry: Span) -> Spans {
        Spans {
            entry,
            fields: Box::default(),
        }
    }

    /// The entry's spans with those of `fields` (name number from [`kept`]
    /// and range), as the loader builds them.
    pub(crate) fn with(entry: Span, fields: impl Iterator<Item = (Name, u32, u32)>) -> Spans {
        Spans {
            entry,
            fields: fields.collect(),
        }
    }

    /// Records where `field` stands; `span` is in the entry's file.
    pub(crate) fn set(&mut self, field: &'static str, span: Span) {
        if let Some(n) = number(field) {
            let mut fields = std::mem::take(&mut self.fields).into_vec();
            fields.push((n, span.start, span.end));
            self.fields = fields.into_boxed_slice();
        }
    }

    /// Makes room for `n` more fields (nothing to do: the list grows one
    /// field at a time, to its exact length).
    pub(crate) fn reserve(&mut self, _n: usize) {}

    /// Every field recorded, with its span.
    pub(crate) fn fields(&self) -> impl Iterator<Item = (&'static str, Span)> + '_ {
        self.fields
            .iter()
            .map(|&(name, start, end)| (name_of(name), self.at(start, end)))
    }

    fn at(&self, start: u32, end: u32) -> Span {
        Span {
            file: self.entry.file,
            start,
            end,
        }
    }

    /// The span of `field`'s value, else of the whole entry.
    pub(crate) fn of(&self, field: &str) -> Span {
        let n = kept(field).or_else(|| {
            let others = OTHERS.lock().ok()?;
            let i = others.iter().position(|o| *o == field)?;
            Name::try_from(KEPT.len() + i).ok()
        });
        n.and_then(|n| self.fields.iter().find(|(name, ..)| *name == n))
            .map_or(self.entry, |&(_, start, end)| self.at(start, end))
    }
}

/// A hasher for short names: FxHash's mixing, a byte at a time.
#[derive(Clone, Copy, Default)]
pub(crate) struct Fast(u64);

impl std::hash::Hasher for Fast {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(*b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }
}

impl std::hash::BuildHasher for Fast {
    type Hasher = Fast;
    fn build_hasher(&self) -> Fast {
        Fast(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every field name the cross-file checks ask a span for, as written
    /// in their sources: `spans.of("x")` and `(&e.spans, "x")`; the
    /// complaint times, asked for through a variable, by name.
    #[test]
    fn every_field_a_check_points_at_is_kept() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/check");
        let mut asked = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for marker in ["spans.of(\"", "spans, \""] {
                for (i, _) in text.match_indices(marker) {
                    let rest = &text[i + marker.len()..];
                    let name: String = rest.chars().take_while(|c| *c != '"').collect();
                    let quoted = rest[name.len()..].starts_with('"');
                    if quoted
                        && !name.is_empty()
                        && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                    {
                        asked.push(name);
                    }
                }
            }
        }
        for name in ["client", "owner", "date"] {
            assert!(
                asked.iter().any(|a| a == name),
                "{name} not found: {asked:?}"
            );
        }
        asked.extend(["received", "responded", "resolved"].map(String::from));
        let lost: Vec<&String> = asked.iter().filter(|a| kept(a).is_none()).collect();
        assert!(lost.is_empty(), "add to KEPT: {lost:?}");
    }

    #[test]
    fn spans_kept_read_back() {
        let entry = Span::new(crate::diagnostic::FileId(2), 10..90);
        let spans = Spans::with(entry, [(kept("client").unwrap(), 20, 28)].into_iter());
        assert_eq!(spans.of("client"), Span::new(entry.file, 20..28));
        assert_eq!(spans.of("summary"), entry);
        let names: Vec<&str> = spans.fields().map(|(n, _)| n).collect();
        assert_eq!(names, ["client"]);
    }
}
