//! The texts of the pipeline's rows, held once: every opportunity id one
//! after the other in one buffer, and each agent, product and account name
//! once however many rows name it. A row holds 4-byte handles ([`Sym`])
//! and the places of its cells as 2-byte offsets ([`At`]), so that 400,000
//! opportunities take 64 bytes each instead of an owned string and a
//! span per cell (docs/import.md, "Memory").

use std::collections::HashMap;
use std::num::NonZeroU32;

use crate::diagnostic::{FileId, Span};

/// A text of the table (its number, plus one: `Option<Sym>` is 4 bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Sym(NonZeroU32);

/// A cell's place in its row: byte offsets from the row's start. A cell
/// more than 64 KB into its row (no export has such rows) is placed at
/// the row's start.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct At {
    start: u16,
    end: u16,
}

impl At {
    pub(crate) fn of(span: Span, row: u32) -> At {
        let off = |n: u32| u16::try_from(n.checked_sub(row)?).ok();
        match (off(span.start), off(span.end)) {
            (Some(start), Some(end)) => At { start, end },
            _ => At::default(),
        }
    }

    pub(crate) fn in_file(self, file: FileId, row: u32) -> Span {
        Span {
            file,
            start: row.saturating_add(u32::from(self.start)),
            end: row.saturating_add(u32::from(self.end)),
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
        let n = u32::try_from(self.ends.len() + 1).unwrap_or(u32::MAX);
        let sym = Sym(NonZeroU32::new(n).unwrap_or(NonZeroU32::MAX));
        self.text.push_str(s);
        self.ends
            .push(u32::try_from(self.text.len()).unwrap_or(u32::MAX));
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
        let i = sym.0.get() as usize - 1;
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
mod tests;
