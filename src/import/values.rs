//! Reading the values of an export's cells: dates, amounts, whole numbers.
//! A value that cannot be read is an `E0802` at its cell; a date written
//! the way a spreadsheet rewrites it (`2017/3/1`) is read, with a warning.

use chrono::NaiveDate;

use super::problems::Problems;
use super::table::Cell;
use crate::diagnostic::codes;
use crate::msg;

/// Owned text of a cell and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Text {
    pub(crate) text: String,
    pub(crate) span: crate::diagnostic::Span,
}

impl From<Cell<'_>> for Text {
    fn from(c: Cell<'_>) -> Text {
        Text {
            text: c.text.to_string(),
            span: c.span,
        }
    }
}

/// A date `YYYY-MM-DD` (or `YYYY/M/D`, with a warning); `what` names the
/// column in the message.
pub(crate) fn date(cell: Cell<'_>, what: &str, p: &mut Problems) -> Option<NaiveDate> {
    let t = cell.text;
    if t.len() == 10
        && let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d")
    {
        return Some(d);
    }
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y/%m/%d") {
        p.warning(
            codes::IMPORT_READ_AS,
            "import-kind-slash-dates",
            cell.span,
            msg!("import-date-read-as", what = what, text = t, date = d),
        );
        return Some(d);
    }
    p.error(
        codes::IMPORT_VALUE,
        "import-kind-not-dates",
        cell.span,
        msg!("import-not-a-date", what = what, text = t),
    );
    None
}

/// An amount of money: a number ≥ 0, rounded to the cent.
pub(crate) fn money(cell: Cell<'_>, what: &str, p: &mut Problems) -> Option<f64> {
    match cell.text.replace(',', "").parse::<f64>() {
        Ok(n) if n.is_finite() && n >= 0.0 => Some((n * 100.0).round() / 100.0),
        _ => {
            p.error(
                codes::IMPORT_VALUE,
                "import-kind-not-amounts",
                cell.span,
                msg!("import-not-an-amount", what = what, text = cell.text),
            );
            None
        }
    }
}

/// A TOML value for free text that may be a number (`1996`, `1100.04`):
/// a number when it reads as one, else the text.
pub(crate) fn loose(text: &str) -> toml_edit::Value {
    let b = text.as_bytes();
    if b.len() > 1 && b[0] == b'0' && b[1].is_ascii_digit() {
        // a leading zero is part of a code (a ZIP), not of a number
        return crate::write::value::string(text);
    }
    if let Ok(i) = text.parse::<i64>() {
        return toml_edit::Value::from(i);
    }
    match text.parse::<f64>() {
        Ok(f) if f.is_finite() && !text.contains(['e', 'E', 'n', 'N', 'i', 'I']) => {
            toml_edit::Value::from(f)
        }
        _ => crate::write::value::string(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{FileId, Span};

    fn cell(text: &str) -> Cell<'_> {
        Cell {
            text,
            span: Span::new(FileId(0), 0..text.len()),
        }
    }

    #[test]
    fn dates() {
        let mut p = Problems::default();
        assert_eq!(
            date(cell("2017-03-01"), "close_date", &mut p)
                .unwrap()
                .to_string(),
            "2017-03-01"
        );
        assert_eq!(p.list.len(), 0);
        assert_eq!(
            date(cell("2020/3/18"), "Date received", &mut p)
                .unwrap()
                .to_string(),
            "2020-03-18"
        );
        assert_eq!(p.warnings(), 1);
        assert!(date(cell("2017-02-30"), "close_date", &mut p).is_none());
        assert!(date(cell("1/3/2017"), "close_date", &mut p).is_none());
        assert_eq!(p.errors(), 2);
        assert_eq!(
            p.list[1].diag.message.en(),
            "close_date `2017-02-30` is not a date: write YYYY-MM-DD, e.g. 2017-03-01"
        );
    }

    #[test]
    fn amounts_and_loose_values() {
        let mut p = Problems::default();
        assert_eq!(money(cell("4514"), "close_value", &mut p), Some(4514.0));
        assert_eq!(money(cell("1,054.5"), "close_value", &mut p), Some(1054.5));
        assert_eq!(money(cell("-1"), "close_value", &mut p), None);
        assert_eq!(money(cell("n/a"), "close_value", &mut p), None);
        assert_eq!(p.errors(), 2);
        assert_eq!(loose("1996").to_string(), "1996");
        assert_eq!(loose("4269.9").to_string(), "4269.9");
        assert_eq!(loose("Philipines").to_string(), "\"Philipines\"");
        assert_eq!(loose("NaN").to_string(), "\"NaN\"");
        assert_eq!(loose("00725").to_string(), "\"00725\"");
        assert_eq!(loose("0.5").to_string(), "0.5");
    }
}
