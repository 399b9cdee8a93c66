//! Where the fields of one entry stand in its file, kept compact: the
//! fields share the entry's file, each field's name is a one-byte number,
//! and up to three fields are kept inside the entry (16-bit offsets from
//! its start), more on the heap in a list exactly as long as the fields.
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
    Name::try_from(KEPT.len() + i).ok().filter(|n| *n != NONE)
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
    fields: Fields,
}

/// How many fields' spans fit in the entry itself.
const INLINE: usize = 3;
/// An unused place of [`Fields::Inline`].
const NONE: Name = Name::MAX;

/// The fields' spans: up to [`INLINE`] of them inside the entry (as
/// offsets from the entry's start and lengths, when both fit in 16 bits),
/// more on the heap. Most entries keep two or three (an interaction its
/// `date` and `client`), so most entries allocate nothing for them.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Fields {
    /// Names ([`NONE`] past the last) and (offset from the entry's start,
    /// length) of each.
    Inline([Name; INLINE], [(u16, u16); INLINE]),
    /// Name and absolute byte range of each.
    Heap(Box<Box<[(Name, u32, u32)]>>),
}

impl Default for Fields {
    fn default() -> Fields {
        Fields::Inline([NONE; INLINE], [(0, 0); INLINE])
    }
}

impl Fields {
    /// Every field as (name, start, end), in the order recorded.
    fn each(&self, entry_start: u32) -> Vec<(Name, u32, u32)> {
        match self {
            Fields::Inline(names, at) => names
                .iter()
                .zip(at)
                .take_while(|(n, _)| **n != NONE)
                .map(|(&n, &(off, len))| {
                    let start = entry_start + u32::from(off);
                    (n, start, start + u32::from(len))
                })
                .collect(),
            Fields::Heap(all) => all.to_vec(),
        }
    }

    /// The range of field `n`, if recorded.
    fn find(&self, entry_start: u32, n: Name) -> Option<(u32, u32)> {
        match self {
            Fields::Inline(names, at) => {
                let i = names.iter().position(|name| *name == n && n != NONE)?;
                let (off, len) = at[i];
                let start = entry_start + u32::from(off);
                Some((start, start + u32::from(len)))
            }
            Fields::Heap(all) => all
                .iter()
                .find(|(name, ..)| *name == n)
                .map(|&(_, start, end)| (start, end)),
        }
    }

    /// `all` (name, start, end), inline when they fit.
    fn from_all(entry_start: u32, all: Vec<(Name, u32, u32)>) -> Fields {
        let mut names = [NONE; INLINE];
        let mut at = [(0, 0); INLINE];
        let fits = all.len() <= INLINE
            && all.iter().zip(names.iter_mut().zip(at.iter_mut())).all(
                |(&(n, start, end), (name, place))| {
                    let off = start.checked_sub(entry_start).map(u16::try_from);
                    let len = end.checked_sub(start).map(u16::try_from);
                    match (off, len) {
                        (Some(Ok(off)), Some(Ok(len))) if n != NONE => {
                            *name = n;
                            *place = (off, len);
                            true
                        }
                        _ => false,
                    }
                },
            );
        if fits {
            Fields::Inline(names, at)
        } else {
            Fields::Heap(Box::new(all.into_boxed_slice()))
        }
    }
}

impl Spans {
    pub(crate) fn new(entry: Span) -> Spans {
        Spans {
            entry,
            fields: Fields::default(),
        }
    }

    /// The entry's spans with those of `fields` (name number from [`kept`]
    /// and range), as the loader builds them.
    pub(crate) fn with(entry: Span, fields: impl Iterator<Item = (Name, u32, u32)>) -> Spans {
        Spans {
            entry,
            fields: Fields::from_all(entry.start, fields.collect()),
        }
    }

    /// Records where `field` stands; `span` is in the entry's file.
    pub(crate) fn set(&mut self, field: &'static str, span: Span) {
        if let Some(n) = number(field) {
            let mut all = self.fields.each(self.entry.start);
            all.push((n, span.start, span.end));
            self.fields = Fields::from_all(self.entry.start, all);
        }
    }

    /// Makes room for `n` more fields (nothing to do: the list grows one
    /// field at a time, to its exact length).
    pub(crate) fn reserve(&mut self, _n: usize) {}

    /// Every field recorded, with its span.
    pub(crate) fn fields(&self) -> impl Iterator<Item = (&'static str, Span)> + '_ {
        self.fields
            .each(self.entry.start)
            .into_iter()
            .map(|(name, start, end)| (name_of(name), self.at(start, end)))
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
        n.and_then(|n| self.fields.find(self.entry.start, n))
            .map_or(self.entry, |(start, end)| self.at(start, end))
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
        // every source of the checks, their submodules' folders included
        for entry in walkdir::WalkDir::new(dir) {
            let entry = entry.unwrap();
            if !entry.file_type().is_file() {
                continue;
            }
            let text = std::fs::read_to_string(entry.path()).unwrap();
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

    #[test]
    fn spans_stay_small_and_read_back_inline_or_on_the_heap() {
        assert!(std::mem::size_of::<Spans>() <= 32);
        let entry = Span::new(crate::diagnostic::FileId(1), 100..70_000);
        let names = ["client", "date", "owner", "of"];
        let at = [(110, 118), (120, 130), (69_000, 69_010), (140, 141)];
        for n in 0..=names.len() {
            let mut spans = Spans::new(entry);
            for i in 0..n {
                spans.set(names[i], Span::new(entry.file, at[i].0..at[i].1));
            }
            let built = Spans::with(
                entry,
                (0..n).map(|i| (kept(names[i]).unwrap(), at[i].0 as u32, at[i].1 as u32)),
            );
            assert_eq!(spans, built);
            for i in 0..names.len() {
                let want = match i < n {
                    true => Span::new(entry.file, at[i].0..at[i].1),
                    false => entry,
                };
                assert_eq!(spans.of(names[i]), want, "{n} {i}");
            }
            let listed: Vec<&str> = spans.fields().map(|(name, _)| name).collect();
            assert_eq!(listed, names[..n]);
        }
        let before = Span::new(entry.file, 10..20);
        let mut spans = Spans::new(entry);
        spans.set("client", before);
        assert_eq!(spans.of("client"), before);
    }
}
