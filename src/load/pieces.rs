//! Reading a large client file in pieces: the TOML parser holds arrays of
//! tokens and events about seventeen times the text it parses, so a client
//! file of many complaints (an import's) is parsed a piece at a time, each
//! piece's complaints read into records before the next is parsed.
//!
//! The file is cut before lines that are exactly `[[complaint]]`: the head
//! before the first holds the client's own fields (and its contacts and
//! deals), every piece after it complaints only. Each piece is parsed on
//! its own, its spans moved by the piece's offset, so the records and the
//! diagnostics are those of parsing the whole file. That holds only when
//! every cut is where the whole file's parser would start a complaint: a
//! piece that does not parse (a cut inside a multi-line string or array
//! leaves one piece unclosed), a head that has a `complaint` key already,
//! a piece that holds anything but complaints (a `[[deal]]` after them):
//! the file is parsed whole instead, so its diagnostics stay exactly those.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use super::assemble::Parsed;
use super::client::{self, COMPLAINT};
use super::fields::Fields;
use crate::diagnostic::{Diagnostic, FileId};
use crate::model::Complaint;

/// A client file larger than this is read in pieces.
const LARGE: usize = 256 * 1024;

/// About how much text one piece holds (it ends at the next cut after).
const PIECE: usize = 64 * 1024;

/// The client file `text` read in pieces, when it is large and can be;
/// `None` when it must be parsed whole.
pub(crate) fn client(id: FileId, stem: &str, text: &str) -> Option<(Parsed, Vec<Diagnostic>)> {
    if text.len() <= LARGE {
        return None;
    }
    in_pieces(id, stem, text, PIECE)
}

/// The client file `text` read in pieces of about `piece` bytes; `None`
/// when one of the pieces shows that the cuts are not safe.
pub(crate) fn in_pieces(
    id: FileId,
    stem: &str,
    text: &str,
    piece: usize,
) -> Option<(Parsed, Vec<Diagnostic>)> {
    let (cuts, entries) = cuts(text, piece);
    let first = *cuts.first()?;
    let head = DeTable::parse(text.get(..first)?).ok()?;
    if head.get_ref().contains_key("complaint") {
        return None;
    }
    let mut diags = Vec::new();
    let mut safe = true;
    let f = Fields::new(id, "diag-word-client-file", head.get_ref(), head.span());
    let read = client::read_with(f, stem, &mut diags, |f, diags| {
        // asked for, as the whole file's reading asks (the head has none)
        f.array("complaint");
        // room for every complaint at once: a list grown by doubling held
        // up to twice the records, and once more while made exact
        let mut out = Vec::with_capacity(entries);
        let ends = cuts.iter().skip(1).copied().chain([text.len()]);
        for (start, end) in cuts.iter().copied().zip(ends) {
            if read_piece(id, text, start..end, diags, &mut out).is_none() {
                safe = false;
                break;
            }
        }
        // exact already, unless a `[[complaint]]` line was inside a string
        super::exact(out)
    });
    if !safe {
        return None;
    }
    let parsed = match read {
        Some(c) => Parsed::Client(Box::new(c)),
        None => Parsed::Nothing,
    };
    Some((parsed, diags))
}

/// Where the pieces start: before a line that is `[[complaint]]` (trailing
/// spaces and the line's end aside), the first such line and then the first
/// one at least `piece` bytes after the last cut; and how many such lines
/// there are (as many as complaints, unless some are inside strings).
fn cuts(text: &str, piece: usize) -> (Vec<usize>, usize) {
    let mut cuts: Vec<usize> = Vec::new();
    let mut entries = 0;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_end_matches([' ', '\t', '\r', '\n']) == COMPLAINT {
            entries += 1;
            if cuts.last().is_none_or(|&last| at - last >= piece) {
                cuts.push(at);
            }
        }
        at += line.len();
    }
    (cuts, entries)
}

/// Reads the complaints of the piece of `text` at `range` into `out`;
/// `None` when the piece does not parse or holds anything else.
fn read_piece(
    id: FileId,
    text: &str,
    range: Range<usize>,
    diags: &mut Vec<Diagnostic>,
    out: &mut Vec<Complaint>,
) -> Option<()> {
    let by = range.start;
    for entry in complaints(text, range)? {
        let entry = moved(entry, by);
        let DeValue::Table(t) = entry.get_ref() else {
            return None;
        };
        let fields = Fields::new(id, COMPLAINT, t, entry.span());
        out.extend(client::complaint(fields, diags));
    }
    Some(())
}

/// The complaints of the piece of `text` at `range`, spans as in the
/// piece; `None` when it does not parse or holds anything else.
fn complaints(text: &str, range: Range<usize>) -> Option<DeArray<'_>> {
    let mut table = DeTable::parse(text.get(range)?).ok()?.into_inner();
    if table.len() != 1 {
        return None;
    }
    match table.remove("complaint")?.into_inner() {
        DeValue::Array(entries) => Some(entries),
        _ => None,
    }
}

/// Where the last complaints of the client file `text` begin: a line
/// `[[complaint]]` after which the file holds complaints only, found
/// parsing the file in pieces (each let go before the next) as the
/// loader does; `None` when the pieces do not show it.
pub(crate) fn last_complaints(text: &str) -> Option<usize> {
    let (cuts, _) = cuts(text, PIECE);
    let head = DeTable::parse(text.get(..*cuts.first()?)?).ok()?;
    if head.get_ref().contains_key("complaint") {
        return None;
    }
    drop(head);
    let ends = cuts.iter().skip(1).copied().chain([text.len()]);
    for (start, end) in cuts.iter().copied().zip(ends) {
        complaints(text, start..end)?;
    }
    cuts.last().copied()
}

/// `value` with its spans, and those of everything in it, moved by `by`.
fn moved<'i>(value: Spanned<DeValue<'i>>, by: usize) -> Spanned<DeValue<'i>> {
    let span = value.span();
    let value = match value.into_inner() {
        DeValue::Array(items) => DeValue::Array(items.into_iter().map(|v| moved(v, by)).collect()),
        DeValue::Table(table) => {
            let mut out = DeTable::new();
            for (key, v) in table {
                let at = key.span();
                out.insert(
                    Spanned::new(at.start + by..at.end + by, key.into_inner()),
                    moved(v, by),
                );
            }
            DeValue::Table(out)
        }
        other => other,
    };
    Spanned::new(span.start + by..span.end + by, value)
}

#[cfg(test)]
mod tests;
