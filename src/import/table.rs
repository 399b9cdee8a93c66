//! One input file of an import: its text registered in the import's
//! [`SourceMap`] (so problems render with the line and a caret), its header
//! found, its columns looked up by name, its rows checked for the header's
//! field count. Problems with the file itself (not UTF-8, an unterminated
//! quote, no header, a row with the wrong number of fields) are reported
//! here; what the values mean is left to the importers.

use super::problems::Problems;
use super::sheet::{self, Record};
use crate::diagnostic::{FileId, SourceFile, SourceMap, Span, codes};

/// A read input file.
#[derive(Debug)]
pub(crate) struct Input {
    pub(crate) file: FileId,
    header: Record,
    columns: Vec<String>,
    rows: Vec<Record>,
}

/// One cell: its text, trimmed (also of non-breaking spaces), and where it is.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cell<'a> {
    pub(crate) text: &'a str,
    pub(crate) span: Span,
}

/// One data row of an input.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Row<'a> {
    input: &'a Input,
    record: &'a Record,
}

impl<'a> Row<'a> {
    /// The cell of column `col` when it is not empty.
    pub(crate) fn cell(&self, col: Option<usize>) -> Option<Cell<'a>> {
        let f = self.record.fields.get(col?)?;
        let text = f.value.trim();
        (!text.is_empty()).then(|| Cell {
            text,
            span: Span::new(self.input.file, f.span.clone()),
        })
    }

    /// Where the column's cell is, also when it is empty (for "missing").
    pub(crate) fn at(&self, col: Option<usize>) -> Span {
        match col.and_then(|c| self.record.fields.get(c)) {
            Some(f) => Span::new(self.input.file, f.span.clone()),
            None => self.start(),
        }
    }

    /// The start of the row.
    pub(crate) fn start(&self) -> Span {
        let s = self.record.span.start;
        Span::new(self.input.file, s..s)
    }
}

impl Input {
    /// The index of a column by name (trimmed, any case).
    pub(crate) fn col(&self, name: &str) -> Option<usize> {
        let key = sheet::column_key(name);
        self.columns.iter().position(|c| *c == key)
    }

    /// The header's column names, trimmed and lower-cased.
    pub(crate) fn columns(&self) -> &[String] {
        &self.columns
    }

    /// The header's cell of a column, as written.
    pub(crate) fn header_cell(&self, col: usize) -> Option<Cell<'_>> {
        Row {
            input: self,
            record: &self.header,
        }
        .cell(Some(col))
    }

    pub(crate) fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.rows.iter().map(move |record| Row {
            input: self,
            record,
        })
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.rows.len()
    }
}

/// Registers `bytes` as the file `shown`; `None` when it is not UTF-8.
fn register(
    sources: &mut SourceMap,
    shown: &str,
    bytes: Vec<u8>,
    p: &mut Problems,
) -> Option<FileId> {
    let (text, bad_at) = match String::from_utf8(bytes) {
        Ok(t) => (t, None),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            (String::from_utf8_lossy(e.as_bytes()).into_owned(), Some(at))
        }
    };
    let file = sources.add(SourceFile::new(shown.to_string(), text));
    match bad_at {
        None => Some(file),
        Some(at) => {
            p.error(
                codes::IMPORT_CSV,
                "unreadable files",
                Span::new(file, at..at + 1),
                format!("{shown} is not UTF-8 text: save the export as UTF-8 (CSV UTF-8 in a spreadsheet)"),
            );
            None
        }
    }
}

/// The records from the header on: the header, and the rows with its
/// number of fields (the others reported).
fn table(file: FileId, records: Vec<Record>, header: usize, p: &mut Problems) -> Option<Input> {
    if header > 0 {
        let first = records[0].span.clone();
        let lines = if header == 1 {
            "1 line before the header is".to_string()
        } else {
            format!("{header} lines before the header are")
        };
        p.warning(
            codes::IMPORT_SKIPPED,
            "lines before the header",
            Span::new(file, first),
            format!("{lines} not data: skipped"),
        );
    }
    let mut records = records.into_iter().skip(header);
    let header = records.next()?;
    let columns: Vec<String> = header
        .fields
        .iter()
        .map(|f| sheet::column_key(&f.value))
        .collect();
    let mut rows = Vec::new();
    for r in records {
        if r.fields.len() == columns.len() {
            rows.push(r);
        } else {
            let at = r.span.start;
            p.error(
                codes::IMPORT_CSV,
                "rows with the wrong number of fields",
                Span::new(file, at..at),
                format!(
                    "this row has {} fields, the header has {}: the row is not read",
                    r.fields.len(),
                    columns.len()
                ),
            );
        }
    }
    Some(Input {
        file,
        header,
        columns,
        rows,
    })
}

/// Registers `bytes` as the file `shown` and reads it; `needed` are the
/// columns that find the header. `None` when nothing can be read from it
/// (the problem is reported).
pub(crate) fn read(
    sources: &mut SourceMap,
    shown: &str,
    bytes: Vec<u8>,
    needed: &[&str],
    p: &mut Problems,
) -> Option<Input> {
    let file = register(sources, shown, bytes, p)?;
    let text = sources.get(file).map_or("", |f| f.text());
    let records = match sheet::records(text) {
        Ok(r) => r,
        Err(u) => {
            let at = Span::new(file, u.at..u.at + 1);
            p.error(
                codes::IMPORT_CSV,
                "unreadable files",
                at,
                "this quoted field never ends: a `\"` is missing".to_string(),
            );
            return None;
        }
    };
    let Some(header) = sheet::header_index(&records, needed) else {
        p.error(
            codes::IMPORT_CSV,
            "unreadable files",
            Span::new(file, 0..0),
            format!(
                "{shown} has no header line with the columns {}",
                needed.join(", ")
            ),
        );
        return None;
    };
    table(file, records, header, p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(bytes: &[u8]) -> (Option<usize>, Vec<String>) {
        let mut sources = SourceMap::new(std::path::Path::new(""));
        let mut p = Problems::default();
        let input = read(
            &mut sources,
            "x.csv",
            bytes.to_vec(),
            &["id", "name"],
            &mut p,
        );
        let m = p
            .list
            .iter()
            .map(|x| {
                let (line, col) = sources.line_col(x.diag.span);
                format!("{line}:{col}: {}", x.diag.message.en())
            })
            .collect();
        (input.map(|i| i.len()), m)
    }

    #[test]
    fn what_stops_a_file_and_what_stops_a_row() {
        assert_eq!(
            problems(b"id,name\n1,caf\xe9\n"),
            (None, vec!["2:6: x.csv is not UTF-8 text: save the export as UTF-8 (CSV UTF-8 in a spreadsheet)".to_string()])
        );
        assert_eq!(
            problems(b"id,name\n1,\"open\n"),
            (
                None,
                vec!["2:3: this quoted field never ends: a `\"` is missing".to_string()]
            )
        );
        assert_eq!(
            problems(b"a,b\n1,2\n"),
            (
                None,
                vec!["1:1: x.csv has no header line with the columns id, name".to_string()]
            )
        );
        assert_eq!(
            problems(b"junk\nName,ID,extra\n1,a,x\n2,b\n3,c,y\n"),
            (
                Some(2),
                vec![
                    "1:1: 1 line before the header is not data: skipped".to_string(),
                    "4:1: this row has 2 fields, the header has 3: the row is not read".to_string(),
                ]
            )
        );
    }

    #[test]
    fn cells_are_trimmed_and_found_by_column_name() {
        let mut sources = SourceMap::new(std::path::Path::new(""));
        let mut p = Problems::default();
        let input = read(
            &mut sources,
            "x.csv",
            b" ID ,Name\r\n 7 ,\xc2\xa0Anna\xc2\xa0\r\n8,\r\n".to_vec(),
            &["id", "name"],
            &mut p,
        )
        .unwrap();
        let rows: Vec<(Option<&str>, Option<&str>)> = input
            .rows()
            .map(|r| {
                (
                    r.cell(input.col("id")).map(|c| c.text),
                    r.cell(input.col("NAME")).map(|c| c.text),
                )
            })
            .collect();
        assert_eq!(rows, [(Some("7"), Some("Anna")), (Some("8"), None)]);
        assert_eq!(input.header_cell(0).unwrap().text, "ID");
        assert_eq!(input.col("missing"), None);
    }
}
