//! Where each field of one entry stands in its file.

use crate::diagnostic::Span;

/// The span of an entry (its table) and of each field the loader read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spans {
    pub entry: Span,
    fields: Vec<(&'static str, Span)>,
}

impl Spans {
    pub fn new(entry: Span) -> Spans {
        Spans {
            entry,
            fields: Vec::new(),
        }
    }

    pub fn set(&mut self, field: &'static str, span: Span) {
        self.fields.push((field, span));
    }

    /// The span of `field`'s value, else of the whole entry.
    pub fn of(&self, field: &str) -> Span {
        self.fields
            .iter()
            .find(|(name, _)| *name == field)
            .map_or(self.entry, |(_, s)| *s)
    }
}
