//! A CSV export read into records whose every field keeps its place in the
//! file (a byte range), so that a problem in a row is reported as
//! `path:line:col` like `check` reports a record file.
//!
//! RFC 4180 plus what real exports bring: CRLF, LF or mixed line ends;
//! quoted fields that span lines; `""` inside quotes; a UTF-8 byte-order
//! mark; junk lines before the header (the header is the first record that
//! holds the columns the importer needs). The `csv` crate is not used here
//! because it gives no offsets for the fields of a record. This module
//! never reads files and knows nothing of what the columns mean.

use std::ops::Range;

/// One field: its value (quotes removed, `""` made `"`) and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Field {
    pub(crate) value: String,
    pub(crate) span: Range<usize>,
}

/// One record: its fields and the range from its first byte to its last
/// (line end excluded).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Record {
    pub(crate) fields: Vec<Field>,
    pub(crate) span: Range<usize>,
}

impl Record {
    /// A blank line: one empty field.
    fn is_blank(&self) -> bool {
        self.fields.len() == 1 && self.fields[0].value.is_empty()
    }
}

/// A quoted field that never ends: where its quote opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Unterminated {
    pub(crate) at: usize,
}

/// Splits `text` into records, blank lines left out.
pub(crate) fn records(text: &str) -> Result<Vec<Record>, Unterminated> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = if text.starts_with('\u{feff}') { 3 } else { 0 };
    while i < bytes.len() {
        let start = i;
        let mut fields = Vec::new();
        loop {
            let (field, next) = field(text, i)?;
            fields.push(field);
            i = next;
            match bytes.get(i) {
                Some(b',') => i += 1,
                _ => break,
            }
        }
        let end = i;
        // the line end: LF or CRLF (a field never ends on a lone CR)
        if bytes.get(i) == Some(&b'\r') {
            i += 1;
        }
        if bytes.get(i) == Some(&b'\n') {
            i += 1;
        }
        let record = Record {
            fields,
            span: start..end,
        };
        if !record.is_blank() {
            out.push(record);
        }
    }
    Ok(out)
}

/// Whether the bytes at `i` end a line (LF or CRLF).
fn line_end(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        Some(b'\n') => true,
        Some(b'\r') => bytes.get(i + 1) == Some(&b'\n'),
        _ => false,
    }
}

/// The field starting at `i` and the index just after it.
fn field(text: &str, start: usize) -> Result<(Field, usize), Unterminated> {
    let bytes = text.as_bytes();
    let mut i = start;
    if bytes.get(i) != Some(&b'"') {
        while i < bytes.len() && bytes[i] != b',' && !line_end(bytes, i) {
            i += 1;
        }
        let value = text.get(start..i).unwrap_or("").to_string();
        return Ok((
            Field {
                value,
                span: start..i,
            },
            i,
        ));
    }
    let mut value = String::new();
    i += 1;
    let mut run = i;
    loop {
        match bytes.get(i) {
            None => return Err(Unterminated { at: start }),
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
    Ok((
        Field {
            value,
            span: start..i,
        },
        i,
    ))
}

/// A column name as compared: trimmed, lower case.
pub(crate) fn column_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// The index of the first record that has every column of `needed`
/// (compared with [`column_key`]).
pub(crate) fn header_index(records: &[Record], needed: &[&str]) -> Option<usize> {
    records.iter().position(|r| {
        let names: Vec<String> = r.fields.iter().map(|f| column_key(&f.value)).collect();
        needed.iter().all(|n| names.contains(&column_key(n)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<Vec<String>> {
        records(text)
            .unwrap()
            .into_iter()
            .map(|r| r.fields.into_iter().map(|f| f.value).collect())
            .collect()
    }

    #[test]
    fn crlf_lf_and_trailing_empty_fields() {
        assert_eq!(
            values("a,b,c\r\n1,,\r\n2,x,y\n"),
            [vec!["a", "b", "c"], vec!["1", "", ""], vec!["2", "x", "y"]]
        );
        // no final line end; a blank line in between is left out
        assert_eq!(values("a\n\nb"), [vec!["a"], vec!["b"]]);
    }

    #[test]
    fn quoted_fields_span_lines_and_escape_quotes() {
        let text = "id,text\n1,\"two\nlines, \"\"quoted\"\"\"\r\n2,x\n";
        let rs = records(text).unwrap();
        assert_eq!(rs[1].fields[1].value, "two\nlines, \"quoted\"");
        assert_eq!(
            &text[rs[1].fields[1].span.clone()],
            "\"two\nlines, \"\"quoted\"\"\""
        );
        assert_eq!(rs[2].fields[0].value, "2");
        assert_eq!(rs[2].span, text.find("2,x").unwrap()..text.len() - 1);
    }

    #[test]
    fn spans_point_into_the_text_and_skip_a_bom() {
        let text = "\u{feff}a,b\r\nxx,\"y\"\r\n";
        let rs = records(text).unwrap();
        assert_eq!(rs[0].fields[0].value, "a");
        assert_eq!(rs[0].fields[0].span, 3..4);
        assert_eq!(&text[rs[1].fields[1].span.clone()], "\"y\"");
    }

    #[test]
    fn an_unterminated_quote_is_an_error_at_the_quote() {
        assert_eq!(records("a\n\"open,1\n"), Err(Unterminated { at: 2 }));
    }

    #[test]
    fn the_header_is_found_after_junk_lines() {
        let rs =
            records("Archive:  x.zip\n  inflating: y.csv   \nDate received,Complaint ID\n1,2\n")
                .unwrap();
        assert_eq!(
            header_index(&rs, &["complaint id", "DATE RECEIVED"]),
            Some(2)
        );
        assert_eq!(header_index(&rs, &["nothing"]), None);
    }
}
