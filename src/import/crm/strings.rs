//! The texts of the pipeline's rows, held once: every opportunity id one
//! after the other in one buffer, and each agent, product and account name
//! once however many rows name it. A row holds 4-byte handles ([`Sym`])
//! and the places of its cells as byte offsets ([`At`]), so that 400,000
//! opportunities take a few dozen bytes each instead of an owned string
//! and a span per cell (docs/import.md, "Memory").

use std::collections::HashMap;

use crate::diagnostic::{FileId, Span};

/// A text of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Sym(u32);

/// A cell's place in its file: a span without the file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct At {
    start: u32,
    end: u32,
}

impl At {
    pub(crate) fn of(span: Span) -> At {
        At {
            start: span.start,
            end: span.end,
        }
    }

    pub(crate) fn in_file(self, file: FileId) -> Span {
        Span {
            file,
            start: self.start,
            end: self.end,
        }
    }
}

/// The texts, one after the other; the names among them also by text.
#[derive(Debug, Default)]
pub(crate) struct Strings {
    text: String,
    /// Where each text ends in `text`.
    ends: Vec<u32>,
    names: HashMap<Box<str>, Sym>,
}

impl Strings {
    /// Adds a text named once (an id): not looked up again.
    pub(crate) fn push(&mut self, s: &str) -> Sym {
        let sym = Sym(u32::try_from(self.ends.len()).unwrap_or(u32::MAX));
        self.text.push_str(s);
        self.ends.push(u32::try_from(self.text.len()).unwrap_or(u32::MAX));
        sym
    }

    /// A name, held once however often it is given.
    pub(crate) fn intern(&mut self, s: &str) -> Sym {
        if let Some(sym) = self.names.get(s) {
            return *sym;
        }
        let sym = self.push(s);
        self.names.insert(s.into(), sym);
        sym
    }

    pub(crate) fn get(&self, sym: Sym) -> &str {
        let i = sym.0 as usize;
        let start = match i {
            0 => 0,
            _ => self.ends.get(i - 1).copied().unwrap_or(0) as usize,
        };
        let end = self.ends.get(i).copied().unwrap_or(0) as usize;
        self.text.get(start..end).unwrap_or("")
    }

    /// Lets go of the spare room the buffers grew.
    pub(crate) fn shrink(&mut self) {
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_held_once_ids_each_time() {
        let mut s = Strings::default();
        let a = s.intern("Acme");
        let d = s.push("D1");
        assert_eq!(s.intern("Acme"), a);
        assert_ne!(s.push("D1"), d);
        assert_eq!((s.get(a), s.get(d)), ("Acme", "D1"));
        let e = s.push("");
        assert_eq!(s.get(e), "");
    }
}
