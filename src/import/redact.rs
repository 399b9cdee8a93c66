//! What a quoted line of an input file shows: only what the import keeps.
//!
//! A problem quotes the line it points at, and the line is shown with
//! every cell the import does not keep replaced by [`DROPPED`]: the cells
//! of the columns it drops (a complaint's narrative, its ZIP code …),
//! every cell of a line before the header, and every cell of a record it
//! does not read as a row (a wrong number of fields, a quote that never
//! ends) unless it keeps every column. The header and the separators show
//! as they are; a file whose header was not found shows no cell. The file is walked from its start
//! the way `sheet` splits records, so that a field spanning lines is known
//! on each of its lines; a line waits for the end of its record (the
//! record's number of fields) before it is shown.

use std::ops::Range;

use super::sheet::State;

/// What a cell the import does not keep shows.
pub(crate) const DROPPED: &str = "…";

/// The fields of a file the import keeps, known once its header is found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Kept {
    /// Where the header record starts.
    pub(crate) header: usize,
    /// The header's number of fields.
    pub(crate) width: usize,
    /// The indices of the fields kept.
    pub(crate) fields: Vec<usize>,
}

/// A part of a shown line: its bytes in the line, its text in the shown
/// line, and whether it is a dropped cell.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Part {
    raw: Range<usize>,
    shown: Range<usize>,
    dropped: bool,
}

/// A line a problem points at, as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    /// 1-based.
    pub(crate) number: usize,
    /// Where it starts in the file.
    pub(crate) start: usize,
    /// The 1-based character column, in the file, of the offset it was
    /// found for.
    pub(crate) column: usize,
    /// Its text as shown: line end left out, bytes that are not UTF-8
    /// replaced, the cells not kept shown as [`DROPPED`].
    pub(crate) text: String,
    parts: Vec<Part>,
}

impl Line {
    /// A line with no text (at the very end of a file).
    pub(crate) fn empty(number: usize, start: usize) -> Line {
        Line {
            number,
            start,
            column: 1,
            text: String::new(),
            parts: Vec::new(),
        }
    }

    /// The bytes of `text` that show the file's bytes `span`: a dropped
    /// cell's whole [`DROPPED`] when the span is inside one.
    pub(crate) fn marked(&self, span: Range<usize>) -> Range<usize> {
        self.shown_at(span.start, false)..self.shown_at(span.end, true)
    }

    fn shown_at(&self, offset: usize, end: bool) -> usize {
        let within = offset.saturating_sub(self.start);
        let Some(p) = self.parts.iter().find(|p| within < p.raw.end) else {
            return self.text.len();
        };
        let inside = within.saturating_sub(p.raw.start);
        if !p.dropped {
            (p.shown.start + inside).min(p.shown.end)
        } else if end && inside > 0 {
            p.shown.end
        } else {
            p.shown.start
        }
    }
}

/// One run of a line's bytes: a field's (by index) or separators'.
type Run = (Range<usize>, Option<usize>);

/// A line read again that waits for the end of its record.
struct Waiting {
    number: usize,
    start: usize,
    bytes: Vec<u8>,
    runs: Vec<Run>,
    offsets: Vec<usize>,
}

/// A file walked line by line, as `sheet` splits it into records.
pub(crate) struct Walk<'a> {
    kept: Option<&'a Kept>,
    state: State,
    /// Where the next byte is in the file.
    at: usize,
    /// Where the record being read starts, and the index of its field.
    record: usize,
    field: usize,
    waiting: Vec<Waiting>,
}

impl<'a> Walk<'a> {
    pub(crate) fn new(kept: Option<&'a Kept>) -> Walk<'a> {
        Walk {
            kept,
            state: State::default(),
            at: 0,
            record: 0,
            field: 0,
            waiting: Vec::new(),
        }
    }

    /// Feeds the next line, `number`, line end included; it is held when
    /// problems point at `offsets` in it. The lines held whose record
    /// ended with it, as shown, by offset.
    pub(crate) fn line(
        &mut self,
        number: usize,
        bytes: &[u8],
        offsets: Vec<usize>,
    ) -> Vec<(usize, Line)> {
        let start = self.at;
        let mut runs: Vec<Run> = Vec::new();
        let mut skip = 0;
        if start == 0 && bytes.starts_with(b"\xef\xbb\xbf") {
            runs.push((0..3, None));
            (skip, self.record) = (3, 3);
        }
        let mut ended = false;
        for (k, &b) in bytes.iter().enumerate().skip(skip) {
            let sep = self.state != State::Quoted && matches!(b, b',' | b'\n');
            if sep && self.state == State::FieldStart {
                // an empty field: shown too when it is dropped
                runs.push((k..k, Some(self.field)));
            }
            let tag = (!sep).then_some(self.field);
            match runs.last_mut() {
                Some((r, t)) if *t == tag => r.end = k + 1,
                _ => runs.push((k..k + 1, tag)),
            }
            self.state = self.state.after(b);
            if sep && b == b',' {
                self.field += 1;
            }
            ended |= sep && b == b'\n';
        }
        self.at += bytes.len();
        if !offsets.is_empty() {
            self.waiting.push(Waiting {
                number,
                start,
                bytes: bytes.to_vec(),
                runs,
                offsets,
            });
        }
        if !ended {
            return Vec::new();
        }
        let shown = self.finish(true);
        (self.record, self.field) = (self.at, 0);
        shown
    }

    /// The end of what is read: the lines still held, as shown.
    pub(crate) fn end(mut self) -> Vec<(usize, Line)> {
        let complete = self.state != State::Quoted;
        self.finish(complete)
    }

    /// Shows the lines held, of a record that is `complete` (ended outside
    /// quotes).
    fn finish(&mut self, complete: bool) -> Vec<(usize, Line)> {
        let count = self.field + 1;
        let (record, kept) = (self.record, self.kept);
        let shown = |tag: Option<usize>| match (tag, kept) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(i), Some(k)) => {
                let every = (0..k.width).all(|f| k.fields.contains(&f));
                let row = complete && count == k.width && k.fields.contains(&i);
                record == k.header || (record > k.header && (every || row))
            }
        };
        std::mem::take(&mut self.waiting)
            .into_iter()
            .flat_map(|w| show(w, &shown))
            .collect()
    }
}

/// A line held, shown once its record is known: one [`Line`] per offset.
fn show(w: Waiting, shown: &dyn Fn(Option<usize>) -> bool) -> Vec<(usize, Line)> {
    let mut len = w.bytes.len();
    while len > 0 && matches!(w.bytes.get(len - 1), Some(b'\n' | b'\r')) {
        len -= 1;
    }
    let raw = |r: Range<usize>| String::from_utf8_lossy(w.bytes.get(r).unwrap_or_default());
    let mut text = String::new();
    let mut parts = Vec::new();
    for (r, tag) in &w.runs {
        let dropped = !shown(*tag);
        let r = r.start.min(len)..r.end.min(len);
        // an empty dropped cell shows too, not a trimmed line end
        if r.is_empty() && !((dropped && r.start < len) || (tag.is_some() && r.start == len)) {
            continue;
        }
        let from = text.len();
        if dropped {
            text.push_str(DROPPED);
        } else {
            text.push_str(&raw(r.clone()));
        }
        parts.push(Part {
            raw: r,
            shown: from..text.len(),
            dropped,
        });
    }
    w.offsets
        .iter()
        .map(|&o| {
            let within = o.saturating_sub(w.start).min(len);
            let line = Line {
                number: w.number,
                start: w.start,
                column: raw(0..within).chars().count() + 1,
                text: text.clone(),
                parts: parts.clone(),
            };
            (o, line)
        })
        .collect()
}

#[cfg(test)]
mod tests;
