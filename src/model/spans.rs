//! Where each field of one entry stands in its file, kept compact: the
//! fields share the entry's file, and the list is cut to its length once
//! the entry is read.

use crate::diagnostic::Span;

/// The span of an entry (its table) and of each field the loader read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spans {
    pub entry: Span,
    /// Each field's name and byte range, in the entry's file.
    fields: Vec<(&'static str, u32, u32)>,
}

impl Spans {
    pub fn new(entry: Span) -> Spans {
        Spans {
            entry,
            fields: Vec::new(),
        }
    }

    /// Records where `field` stands; `span` is in the entry's file.
    pub fn set(&mut self, field: &'static str, span: Span) {
        self.fields.push((field, span.start, span.end));
    }

    /// Makes room for `n` more fields.
    pub fn reserve(&mut self, n: usize) {
        self.fields.reserve_exact(n);
    }

    /// Frees the room kept for more fields (once the entry is read).
    pub fn shrink(&mut self) {
        self.fields.shrink_to_fit();
    }

    /// Every field recorded, with its span.
    pub fn fields(&self) -> impl Iterator<Item = (&'static str, Span)> + '_ {
        self.fields.iter().map(|&(name, start, end)| {
            (
                name,
                Span {
                    file: self.entry.file,
                    start,
                    end,
                },
            )
        })
    }

    /// The span of `field`'s value, else of the whole entry.
    pub fn of(&self, field: &str) -> Span {
        self.fields.iter().find(|(name, ..)| *name == field).map_or(
            self.entry,
            |&(_, start, end)| Span {
                file: self.entry.file,
                start,
                end,
            },
        )
    }
}
