//! Excel workbooks (`--format xlsx`), through `rust_xlsxwriter`: a sheet
//! per table, typed cells (numbers as numbers, dates as dates, money with
//! two decimals), a bold frozen header row (in the reader's language) with
//! a filter, and column widths measured in display columns, so Chinese
//! text fits.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use rust_xlsxwriter::{ExcelDateTime, Format as XFormat, Workbook, Worksheet, XlsxError};
use unicode_width::UnicodeWidthStr;

use super::{Cell, Table};

/// The number formats of each kind of cell.
struct Formats {
    header: XFormat,
    int: XFormat,
    money: XFormat,
    score: XFormat,
    dec2: XFormat,
    date: XFormat,
    datetime: XFormat,
}

impl Formats {
    fn new() -> Formats {
        let num = |f: &str| XFormat::new().set_num_format(f);
        Formats {
            header: XFormat::new().set_bold().set_background_color("F5F7FA"),
            int: num("0"),
            money: num("#,##0.00"),
            score: num("0.0"),
            dec2: num("0.00"),
            date: num("yyyy-mm-dd"),
            datetime: num("yyyy-mm-dd hh:mm"),
        }
    }
}

fn io(e: XlsxError) -> std::io::Error {
    std::io::Error::other(format!("cannot write the workbook: {e}"))
}

/// A workbook with one sheet per `(name, table)`, in order, as bytes.
pub(crate) fn workbook(sheets: &[(&str, &Table)]) -> std::io::Result<Vec<u8>> {
    let mut wb = Workbook::new();
    let formats = Formats::new();
    let mut used: Vec<String> = Vec::new();
    for (name, table) in sheets {
        let name = sheet_name(name, &used);
        used.push(name.clone());
        let ws = wb.add_worksheet();
        ws.set_name(name).map_err(io)?;
        fill(ws, table, &formats).map_err(io)?;
    }
    if sheets.is_empty() {
        wb.add_worksheet();
    }
    wb.save_to_buffer().map_err(io)
}

/// Writes one table into its sheet: the headers in the reader's language
/// (`col-<name>`), the cells as they are (numbers stay numbers, words as in
/// the CSV).
fn fill(ws: &mut Worksheet, t: &Table, f: &Formats) -> Result<(), XlsxError> {
    let lang = crate::i18n::current();
    for (c, name) in t.columns.iter().enumerate() {
        ws.write_string_with_format(0, col(c), super::shown::header(lang, name), &f.header)?;
    }
    for (r, row) in t.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
        for (c, cell) in row.iter().enumerate() {
            write_cell(ws, r, col(c), cell, f)?;
        }
    }
    ws.set_freeze_panes(1, 0)?;
    if !t.columns.is_empty() {
        let last_row = u32::try_from(t.rows.len()).unwrap_or(u32::MAX);
        ws.autofilter(0, 0, last_row, col(t.columns.len() - 1))?;
    }
    for (c, width) in widths(t).into_iter().enumerate() {
        ws.set_column_width(col(c), width)?;
    }
    Ok(())
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

fn write_cell(
    ws: &mut Worksheet,
    r: u32,
    c: u16,
    cell: &Cell,
    f: &Formats,
) -> Result<(), XlsxError> {
    let format = match cell {
        Cell::Int(_) => Some(&f.int),
        Cell::Money(_) => Some(&f.money),
        Cell::Score(_) => Some(&f.score),
        Cell::Dec2(_) => Some(&f.dec2),
        _ => None,
    };
    match cell {
        Cell::Empty => {}
        c_ if c_.is_number() => {
            let v = figure(c_);
            match format {
                Some(format) => ws.write_number_with_format(r, c, v, format)?,
                None => ws.write_number(r, c, v)?,
            };
        }
        Cell::Bool(b) => {
            ws.write_boolean(r, c, *b)?;
        }
        Cell::Date(d) => {
            ws.write_datetime_with_format(r, c, excel_date(*d)?, &f.date)?;
        }
        Cell::DateTime(d) => {
            ws.write_datetime_with_format(r, c, excel_datetime(*d)?, &f.datetime)?;
        }
        other => {
            ws.write_string(r, c, other.plain())?;
        }
    }
    Ok(())
}

/// A number as the CSV prints it (a score rounded to one decimal is that
/// decimal in the cell too, not the unrounded value behind it).
pub(crate) fn figure(c: &Cell) -> f64 {
    c.plain().parse().unwrap_or(0.0)
}

fn excel_date(d: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    let year = u16::try_from(d.year()).unwrap_or(1900);
    ExcelDateTime::from_ymd(year, d.month() as u8, d.day() as u8)
}

fn excel_datetime(d: NaiveDateTime) -> Result<ExcelDateTime, XlsxError> {
    excel_date(d.date())?.and_hms(d.hour() as u16, d.minute() as u8, d.second())
}

/// Each column's width in Excel units: the widest text shown (a CJK
/// character counts two), plus a margin, between 6 and 60.
fn widths(t: &Table) -> Vec<f64> {
    (0..t.columns.len())
        .map(|i| {
            let cells = t.rows.iter().filter_map(|r| r.get(i)).map(|c| match c {
                Cell::Money(v) => crate::numbers::money_grouped(*v).width() + 3,
                Cell::DateTime(_) => 16,
                other => other.plain().width(),
            });
            let header = super::shown::header(crate::i18n::current(), &t.columns[i]);
            let widest = cells.chain([header.width()]).max().unwrap_or(6);
            (widest as f64 + 2.0).clamp(6.0, 60.0)
        })
        .collect()
}

/// A valid, unique sheet name: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(name: &str, used: &[String]) -> String {
    let clean: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .take(28)
        .collect();
    let clean = if clean.trim().is_empty() {
        "report".to_string()
    } else {
        clean
    };
    let mut candidate = clean.clone();
    let mut n = 2;
    while used.iter().any(|u| u.eq_ignore_ascii_case(&candidate)) {
        candidate = format!("{clean} {n}");
        n += 1;
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_valid_and_unique() {
        let used = vec!["kpi".to_string()];
        assert_eq!(sheet_name("KPI", &used), "KPI 2");
        assert_eq!(sheet_name("a/b:c", &[]), "a-b-c");
        assert_eq!(sheet_name(&"x".repeat(40), &[]).len(), 28);
        assert_eq!(sheet_name(" ", &[]), "report");
    }

    #[test]
    fn chinese_columns_are_wider() {
        let mut t = Table::new(&["name"]);
        t.push(vec![Cell::text("台州利民塑料製品有限公司")]);
        assert_eq!(widths(&t), [26.0]);
    }

    #[test]
    fn a_workbook_is_a_zip() {
        let mut t = Table::new(&["d"]);
        t.push(vec![Cell::Date("2026-11-20".parse().unwrap())]);
        let bytes = workbook(&[("d", &t)]).unwrap();
        assert_eq!(&bytes[..2], b"PK");
    }
}
