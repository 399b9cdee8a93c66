//! CSV output: a header even without rows, LF line ends, an optional BOM,
//! and no text cell that a spreadsheet would run as a formula.

use std::io::Write;

use super::escape::no_nul;
use super::{Cell, Table};

/// Prefixes `'` to text that starts with `=`, `+`, `-`, `@`, tab or CR.
pub(crate) fn escape_formula(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// The io error inside a csv error, so a closed pipe stays a closed pipe
/// (and `main` exits quietly) rather than becoming an opaque error.
fn io_error(e: csv::Error) -> std::io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => std::io::Error::other(format!("{other:?}")),
    }
}

pub(crate) fn write_csv(table: &Table, bom: bool, out: &mut dyn Write) -> std::io::Result<()> {
    if bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out);
    w.write_record(&table.columns).map_err(io_error)?;
    for row in &table.rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| match c {
                Cell::Text(s) => no_nul(&escape_formula(s)).into_owned(),
                other => other.plain(),
            })
            .collect();
        w.write_record(&cells).map_err(io_error)?;
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    /// A pipe whose reader has gone.
    struct Closed;

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
    }

    #[test]
    fn a_closed_pipe_stays_a_broken_pipe() {
        let mut t = Table::new(&["a"]);
        for i in 0..10_000 {
            t.push(vec![Cell::Int(i)]);
        }
        let e = write_csv(&t, false, &mut Closed).unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe);
    }

    use super::*;

    #[test]
    fn header_without_rows_and_formula_escape() {
        let mut t = Table::new(&["a", "b"]);
        let mut buf = Vec::new();
        write_csv(&t, false, &mut buf).unwrap();
        assert_eq!(String::from_utf8(buf).unwrap(), "a,b\n");
        t.push(vec![Cell::text("=SUM(A1)"), Cell::Int(-3)]);
        t.push(vec![Cell::text("x,y"), Cell::Money(1.5)]);
        let mut buf = Vec::new();
        write_csv(&t, true, &mut buf).unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "\u{feff}a,b\n'=SUM(A1),-3\n\"x,y\",1.50\n"
        );
    }

    #[test]
    fn csv_never_carries_nul() {
        let mut t = Table::new(&["a"]);
        t.push(vec![Cell::text("x\0y")]);
        let mut buf = Vec::new();
        write_csv(&t, false, &mut buf).unwrap();
        assert_eq!(String::from_utf8(buf).unwrap(), "a\nx\\u{0}y\n");
    }
}
