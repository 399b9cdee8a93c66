//! One input file of an import, read as a stream into a compact table of
//! the columns the importer keeps: its header found, its rows checked for
//! the header's field count, and of each row only the kept cells — their
//! trimmed text, one after the other in one buffer, and where each is in
//! the file. The columns an import drops (a complaint's narrative) are
//! never held. Problems with the file itself (not UTF-8, an unterminated
//! quote, no header, a row with the wrong number of fields) are reported
//! here, and only once the whole file is read, so that a file that cannot
//! be read gives that one problem; what the values mean is left to the
//! importers. Where the header is and which fields are kept is told to
//! the `Inputs`, so that a quoted line shows only those (`redact`).

use super::inputs::{InFile, Inputs};
use super::problems::Problems;
use super::redact::Kept;
use super::sheet::{self, Record, Stop};
use crate::diagnostic::{FileId, Span, codes};
use crate::msg;

/// The columns an importer keeps.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Keep<'a> {
    /// Every column (a small map file whose columns are not known before).
    All,
    /// These (compared with [`sheet::column_key`]), when the header has them.
    Only(&'a [&'a str]),
}

/// One kept cell: its trimmed text in the table's buffer, and where the
/// field is in the file.
#[derive(Clone, Copy, Debug)]
struct Slot {
    text: (u32, u32),
    span: (u32, u32),
}

/// A read input file: the kept columns of its header and of every row.
#[derive(Debug)]
pub(crate) struct Input {
    pub(crate) file: FileId,
    /// The kept columns' names, trimmed and lower-cased.
    columns: Vec<String>,
    /// Where each kept column is in the header's fields.
    at: Vec<usize>,
    /// The header's number of fields.
    width: usize,
    text: String,
    /// The header's kept cells, then each row's.
    cells: Vec<Slot>,
    /// Where each row starts.
    starts: Vec<u32>,
}

/// One cell: its text, trimmed (also of non-breaking spaces), and where it is.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cell<'a> {
    pub(crate) text: &'a str,
    pub(crate) span: Span,
}

/// One data row of an input (`index` 0 is the header).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Row<'a> {
    input: &'a Input,
    index: usize,
}

fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl<'a> Row<'a> {
    fn slot(&self, col: Option<usize>) -> Option<Slot> {
        let col = col.filter(|c| *c < self.input.columns.len())?;
        let n = self.input.columns.len();
        self.input.cells.get(self.index * n + col).copied()
    }

    fn span(&self, s: Slot) -> Span {
        Span::new(self.input.file, s.span.0 as usize..s.span.1 as usize)
    }

    /// The cell of column `col` when it is not empty.
    pub(crate) fn cell(&self, col: Option<usize>) -> Option<Cell<'a>> {
        let s = self.slot(col)?;
        let text = self
            .input
            .text
            .get(s.text.0 as usize..s.text.1 as usize)
            .unwrap_or("");
        (!text.is_empty()).then(|| Cell {
            text,
            span: self.span(s),
        })
    }

    /// Where the column's cell is, also when it is empty (for "missing").
    pub(crate) fn at(&self, col: Option<usize>) -> Span {
        match self.slot(col) {
            Some(s) => self.span(s),
            None => self.start(),
        }
    }

    /// The index of a kept column by name (see [`Input::col`]).
    pub(crate) fn col(&self, name: &str) -> Option<usize> {
        self.input.col(name)
    }

    /// The start of the row.
    pub(crate) fn start(&self) -> Span {
        let s = self.input.starts.get(self.index).copied().unwrap_or(0) as usize;
        Span::new(self.input.file, s..s)
    }
}

impl Input {
    /// An empty table of the kept columns of `header`.
    fn new(file: FileId, header: &Record, keep: Keep<'_>) -> Input {
        let keys: Vec<String> = (0..header.len())
            .map(|i| sheet::column_key(header.value(i)))
            .collect();
        let at: Vec<usize> = match keep {
            Keep::All => (0..keys.len()).collect(),
            Keep::Only(names) => {
                let mut at: Vec<usize> = names
                    .iter()
                    .filter_map(|n| keys.iter().position(|k| *k == sheet::column_key(n)))
                    .collect();
                at.sort_unstable();
                at.dedup();
                at
            }
        };
        let mut input = Input {
            file,
            columns: at.iter().map(|&i| keys[i].clone()).collect(),
            at,
            width: keys.len(),
            text: String::new(),
            cells: Vec::new(),
            starts: Vec::new(),
        };
        input.push(header);
        input
    }

    /// Keeps the kept cells of `r`.
    fn push(&mut self, r: &Record) {
        self.starts.push(offset(r.span.start));
        for &i in &self.at {
            let from = offset(self.text.len());
            self.text.push_str(r.value(i).trim());
            let span = r.span(i);
            self.cells.push(Slot {
                text: (from, offset(self.text.len())),
                span: (offset(span.start), offset(span.end)),
            });
        }
    }

    /// Forgets every row, keeping the header.
    fn clear_rows(&mut self) {
        self.starts.truncate(1);
        self.cells.truncate(self.columns.len());
        let end = self.cells.last().map_or(0, |c| c.text.1 as usize);
        self.text.truncate(end);
    }

    /// The index of a kept column by name (trimmed, any case).
    pub(crate) fn col(&self, name: &str) -> Option<usize> {
        let key = sheet::column_key(name);
        self.columns.iter().position(|c| *c == key)
    }

    /// The kept columns' names, trimmed and lower-cased.
    pub(crate) fn columns(&self) -> &[String] {
        &self.columns
    }

    /// The header's cell of a kept column, as written.
    pub(crate) fn header_cell(&self, col: usize) -> Option<Cell<'_>> {
        Row {
            input: self,
            index: 0,
        }
        .cell(Some(col))
    }

    pub(crate) fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        (1..self.starts.len()).map(move |index| Row { input: self, index })
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.starts.len() - 1
    }
}

/// What becomes of the rows read: kept in the table, or each handed on
/// as it is read and then forgotten.
type Each<'f> = Option<&'f mut dyn FnMut(Row<'_>)>;

/// Reads the records from `reader`: the header (the first record with the
/// `needed` columns), then the rows with its number of fields (the others
/// reported in `p`); `None` when there is no header.
fn scan<R: std::io::BufRead>(
    reader: &mut sheet::Reader<R>,
    file: FileId,
    needed: &[&str],
    keep: Keep<'_>,
    p: &mut Problems,
    kept: &mut Option<Kept>,
    mut each: Each<'_>,
) -> Result<Option<Input>, Stop> {
    let mut rec = Record::default();
    let mut junk: Option<(Span, usize)> = None;
    loop {
        if !reader.next(&mut rec)? {
            return Ok(None);
        }
        if sheet::is_header(&rec, needed) {
            break;
        }
        junk.get_or_insert((Span::new(file, rec.span.clone()), 0)).1 += 1;
    }
    if let Some((first, n)) = junk {
        let m = if n == 1 {
            msg!("import-junk-line")
        } else {
            msg!("import-junk-lines", n = n)
        };
        p.warning(codes::IMPORT_SKIPPED, "import-kind-junk", first, m);
    }
    let mut input = Input::new(file, &rec, keep);
    *kept = Some(Kept {
        header: rec.span.start,
        width: input.width,
        fields: input.at.clone(),
    });
    while reader.next(&mut rec)? {
        if rec.len() == input.width {
            input.push(&rec);
            if let Some(f) = each.as_mut() {
                f(Row {
                    input: &input,
                    index: 1,
                });
                input.clear_rows();
            }
        } else {
            let at = rec.span.start;
            p.error(
                codes::IMPORT_CSV,
                "import-kind-field-count",
                Span::new(file, at..at),
                msg!(
                    "import-field-count",
                    found = rec.len(),
                    header = input.width
                ),
            );
        }
    }
    Ok(Some(input))
}

/// Registers `file` in `inputs` and reads it as a stream; `needed` are the
/// columns that find the header, `keep` those kept. `None` when nothing
/// can be read from it (the problem is reported).
pub(crate) fn read(
    inputs: &mut Inputs,
    file: InFile,
    needed: &[&str],
    keep: Keep<'_>,
    p: &mut Problems,
) -> Option<Input> {
    read_rows(inputs, file, needed, keep, p, None)
}

/// Like [`read`], but hands each row to `each` as it is read and keeps
/// none of them: the table returned holds only the header. When it is
/// `None`, what `each` was given is to be thrown away (the file could
/// not be read to its end; the problem is reported).
pub(crate) fn stream(
    inputs: &mut Inputs,
    file: InFile,
    needed: &[&str],
    keep: Keep<'_>,
    p: &mut Problems,
    each: &mut dyn FnMut(Row<'_>),
) -> Option<Input> {
    read_rows(inputs, file, needed, keep, p, Some(each))
}

fn read_rows(
    inputs: &mut Inputs,
    file: InFile,
    needed: &[&str],
    keep: Keep<'_>,
    p: &mut Problems,
    each: Each<'_>,
) -> Option<Input> {
    let shown = file.shown.clone();
    let id = inputs.add(file);
    let mut found = Problems::default();
    let mut kept = None;
    let (result, read) = match inputs.stream(id) {
        Ok(stream) => {
            let mut reader = sheet::Reader::new(stream);
            let result = scan(&mut reader, id, needed, keep, &mut found, &mut kept, each);
            (result, reader.read_so_far())
        }
        Err(error) => (Err(Stop::Io { at: 0, error }), (0, 0)),
    };
    inputs.set_read(id, read);
    if let Some(kept) = kept {
        inputs.set_kept(id, kept);
    }
    let (at, message) = match result {
        Ok(Some(input)) => {
            p.list.extend(found.list);
            return Some(input);
        }
        Ok(None) => (
            0..0,
            msg!(
                "import-no-header",
                file = shown,
                columns = needed.join(", ")
            ),
        ),
        Err(Stop::NotUtf8 { at }) => (at..at + 1, msg!("import-not-utf8", file = shown)),
        Err(Stop::Unterminated { at }) => (at..at + 1, msg!("import-open-quote")),
        Err(Stop::Io { at, error }) => (
            at..at,
            msg!("import-cannot-read", file = shown, error = error),
        ),
    };
    p.error(
        codes::IMPORT_CSV,
        "import-kind-unreadable",
        Span::new(id, at),
        message,
    );
    None
}

#[cfg(test)]
mod tests;
