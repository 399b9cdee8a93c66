//! A CSV export read as a stream, one record at a time, each field keeping
//! its place in the file (a byte range), so that a problem in a row is
//! reported as `path:line:col` like `check` reports a record file.
//!
//! RFC 4180 plus what real exports bring: CRLF, LF or mixed line ends;
//! quoted fields that span lines; `""` inside quotes; a UTF-8 byte-order
//! mark; junk lines before the header (the header is the first record that
//! holds the columns the importer needs). The `csv` crate is not used here
//! because it gives no offsets for the fields of a record. Only the record
//! being read is held (its buffers reused from one record to the next);
//! the bytes read are counted and digested, so that a second reading (to
//! quote a line) can tell the file changed. This module knows nothing of
//! what the columns mean and does no I/O but through the reader it is given.

use std::hash::Hasher;
use std::io::BufRead;
use std::ops::Range;

/// One record: its fields' values (quotes removed, `""` made `"`) one
/// after the other in `values`, where each field is in the file, and the
/// range from its first byte to its last (line end excluded). Reused.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Record {
    values: String,
    fields: Vec<(Range<usize>, Range<usize>)>,
    pub(crate) span: Range<usize>,
}

impl Record {
    /// How many fields.
    pub(crate) fn len(&self) -> usize {
        self.fields.len()
    }

    /// The value of field `i` (empty when there is none).
    pub(crate) fn value(&self, i: usize) -> &str {
        self.fields
            .get(i)
            .and_then(|(v, _)| self.values.get(v.clone()))
            .unwrap_or("")
    }

    /// Where field `i` is in the file.
    pub(crate) fn span(&self, i: usize) -> Range<usize> {
        self.fields.get(i).map_or(0..0, |(_, s)| s.clone())
    }

    /// A blank line: one empty field.
    fn is_blank(&self) -> bool {
        self.fields.len() == 1 && self.value(0).is_empty()
    }
}

/// Why a file cannot be read on.
#[derive(Debug)]
pub(crate) enum Stop {
    /// A quoted field that never ends: where its quote opens.
    Unterminated { at: usize },
    /// The first byte that is not UTF-8.
    NotUtf8 { at: usize },
    /// The file could not be read at `at`.
    Io { at: usize, error: std::io::Error },
}

/// Where a record's raw bytes stand while they are read: whether the line
/// end just read is inside a quoted field, and where that field opened.
#[derive(Clone, Copy, Debug, Default)]
struct Scan {
    state: State,
    open_at: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum State {
    #[default]
    FieldStart,
    Plain,
    Quoted,
    QuoteSeen,
}

impl Scan {
    /// Feeds the bytes `bytes`, the first of which is at `at` in the record.
    fn feed(&mut self, bytes: &[u8], at: usize) {
        for (k, &b) in bytes.iter().enumerate() {
            self.state = match (self.state, b) {
                (State::FieldStart, b'"') => {
                    self.open_at = at + k;
                    State::Quoted
                }
                (State::Quoted, b'"') => State::QuoteSeen,
                (State::Quoted, _) | (State::QuoteSeen, b'"') => State::Quoted,
                (_, b',' | b'\n') => State::FieldStart,
                _ => State::Plain,
            };
        }
    }
}

/// Reads the records of one file from `src`.
pub(crate) struct Reader<R> {
    src: R,
    raw: Vec<u8>,
    /// Bytes read so far, and their digest.
    read: usize,
    hasher: std::collections::hash_map::DefaultHasher,
}

impl<R: BufRead> Reader<R> {
    pub(crate) fn new(src: R) -> Reader<R> {
        Reader {
            src,
            raw: Vec::new(),
            read: 0,
            hasher: Default::default(),
        }
    }

    /// How many bytes were read, and their digest.
    pub(crate) fn read_so_far(&self) -> (usize, u64) {
        (self.read, self.hasher.finish())
    }

    /// Reads the next record that is not a blank line into `rec`; `false`
    /// at the end of the file.
    pub(crate) fn next(&mut self, rec: &mut Record) -> Result<bool, Stop> {
        loop {
            let Some(start) = self.fill()? else {
                return Ok(false);
            };
            split(&self.raw, start, rec)?;
            if !rec.is_blank() {
                return Ok(true);
            }
        }
    }

    /// Reads one record's raw bytes, line by line until a line end outside
    /// quotes, into `raw`; where they start in the file, `None` at its end.
    fn fill(&mut self) -> Result<Option<usize>, Stop> {
        self.raw.clear();
        let mut start = self.read;
        let mut scan = Scan::default();
        loop {
            let from = self.raw.len();
            let n = self
                .src
                .read_until(b'\n', &mut self.raw)
                .map_err(|error| Stop::Io {
                    at: self.read,
                    error,
                })?;
            if n == 0 {
                break;
            }
            self.hasher.write(&self.raw[from..]);
            let mut from = from;
            if self.read == 0 && self.raw.starts_with(b"\xef\xbb\xbf") {
                self.raw.drain(..3);
                start = 3;
            }
            self.read += n;
            from = from.min(self.raw.len());
            if let Err(e) = std::str::from_utf8(&self.raw[from..]) {
                return Err(Stop::NotUtf8 {
                    at: start + from + e.valid_up_to(),
                });
            }
            scan.feed(&self.raw[from..], from);
            if scan.state != State::Quoted {
                return Ok(Some(start));
            }
        }
        if scan.state == State::Quoted {
            return Err(Stop::Unterminated {
                at: start + scan.open_at,
            });
        }
        Ok((!self.raw.is_empty()).then_some(start))
    }
}

/// Splits one record's raw bytes (`start` where they are in the file)
/// into `rec`.
fn split(raw: &[u8], start: usize, rec: &mut Record) -> Result<(), Stop> {
    let text = std::str::from_utf8(raw).map_err(|e| Stop::NotUtf8 {
        at: start + e.valid_up_to(),
    })?;
    rec.values.clear();
    rec.fields.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    loop {
        let from = rec.values.len();
        let (span, next) =
            field(text, i, &mut rec.values).map_err(|at| Stop::Unterminated { at: start + at })?;
        let at = start + span.start..start + span.end;
        rec.fields.push((from..rec.values.len(), at));
        i = next;
        match bytes.get(i) {
            Some(b',') => i += 1,
            _ => break,
        }
    }
    rec.span = start..start + i;
    Ok(())
}

/// Whether the bytes at `i` end a line (LF or CRLF).
fn line_end(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        Some(b'\n') => true,
        Some(b'\r') => bytes.get(i + 1) == Some(&b'\n'),
        _ => false,
    }
}

/// The field starting at `start`: its value pushed onto `value`; where it
/// is and the index just after it, or where an unterminated quote opens.
fn field(text: &str, start: usize, value: &mut String) -> Result<(Range<usize>, usize), usize> {
    let bytes = text.as_bytes();
    let mut i = start;
    if bytes.get(i) != Some(&b'"') {
        while i < bytes.len() && bytes[i] != b',' && !line_end(bytes, i) {
            i += 1;
        }
        value.push_str(text.get(start..i).unwrap_or(""));
        return Ok((start..i, i));
    }
    i += 1;
    let mut run = i;
    loop {
        match bytes.get(i) {
            None => return Err(start),
            Some(b'"') if bytes.get(i + 1) == Some(&b'"') => {
                value.push_str(text.get(run..=i).unwrap_or(""));
                i += 2;
                run = i;
            }
            Some(b'"') => {
                value.push_str(text.get(run..i).unwrap_or(""));
                i += 1;
                break;
            }
            Some(_) => i += 1,
        }
    }
    // text after the closing quote (`"a"b`) is kept, as spreadsheets do
    let rest = i;
    while i < bytes.len() && bytes[i] != b',' && !line_end(bytes, i) {
        i += 1;
    }
    value.push_str(text.get(rest..i).unwrap_or(""));
    Ok((start..i, i))
}

/// A column name as compared: trimmed, lower case.
pub(crate) fn column_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// Whether `record` has every column of `needed` (compared with
/// [`column_key`]): whether it is the header.
pub(crate) fn is_header(record: &Record, needed: &[&str]) -> bool {
    let names: Vec<String> = (0..record.len())
        .map(|i| column_key(record.value(i)))
        .collect();
    needed.iter().all(|n| names.contains(&column_key(n)))
}

#[cfg(test)]
mod tests;
