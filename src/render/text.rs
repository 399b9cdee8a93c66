//! The terminal table: aligned columns with CJK wide characters counted as
//! two, numbers right-aligned and never wrapped, long text cut to one line
//! when the terminal is narrow (see `fit`: ids never cut, secondary columns
//! left out with a last line saying so); and a Markdown table for
//! `--format md`. Headers and enum values are shown in the reader's
//! language (`shown`).

use rayon::prelude::*;
use std::io::Write;

use super::escape::controls;
use super::fit::{Layout, PADDING, layout};
use super::shown;
use super::{Style, Table};
use crate::i18n::{self, Lang};
use comfy_table::{
    CellAlignment, ColumnConstraint, ContentArrangement, LineStyle, TableStyle, Width,
};

/// Columns separated by spaces, the header underlined: easy on the eye and
/// safe on CJK terminals that draw box characters double width.
const PLAIN: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' '));
const PLAIN_ASCII: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('-').junction(' '));

/// The terminal's width, when it is known: a terminal that reports 0
/// columns is treated as one of unknown width (nothing is cut).
pub(crate) fn known_width(style: &Style) -> Option<usize> {
    style.width.map(usize::from).filter(|w| *w > 0)
}

pub(crate) fn write_text(table: &Table, style: &Style, out: &mut dyn Write) -> std::io::Result<()> {
    let lang = i18n::current();
    if table.rows.is_empty() {
        return writeln!(out, "{}", crate::t!(lang; "table-empty"));
    }
    let headers: Vec<String> = table
        .columns
        .iter()
        .map(|c| shown::header(lang, c))
        .collect();
    let Some(width) = known_width(style) else {
        return write_unfitted(table, style, &headers, out);
    };
    let cells = shown::rows(lang, &table.columns, &table.rows);
    let l = layout(table, &headers, &cells, Some(width));
    let t = comfy(&table.rows, style, Some(&headers), &cells, &l, true);
    writeln!(out, "{t}")?;
    dropped_note(lang, &headers, &l, out)
}

/// Rows rendered at a time when the table is not fitted to a terminal.
const CHUNK: usize = 1024;

/// A table at its natural width (not a terminal, or one of unknown
/// width), printed [`CHUNK`] rows at a time so that a long list never
/// holds every row's text at once: a first pass takes each column's width
/// from comfy over every chunk, the second prints each chunk with its
/// columns fixed to those widths (the header with the first), which are
/// the very lines one comfy table of every row would print.
fn write_unfitted(
    table: &Table,
    style: &Style,
    headers: &[String],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let lang = i18n::current();
    let all = Layout {
        keep: (0..headers.len()).collect(),
        widths: Vec::new(),
    };
    let chunk = |i: usize, rows: &[Vec<super::Cell>], l: &Layout| {
        let cells = shown::rows(lang, &table.columns, rows);
        comfy(rows, style, (i == 0).then_some(headers), &cells, l, false)
    };
    // both passes lay chunks out on every core; chunks are printed in order,
    // as many at a time as there are cores
    let widths = table
        .rows
        .par_chunks(CHUNK)
        .enumerate()
        .map(|(i, rows)| chunk(i, rows, &all).column_max_content_widths())
        .reduce(
            || vec![0u16; headers.len()],
            |a, b| a.iter().zip(&b).map(|(x, y)| *x.max(y)).collect(),
        );
    let padded = |w: u16| w.saturating_add(u16::try_from(PADDING).unwrap_or(u16::MAX));
    let chunks: Vec<(usize, &[Vec<super::Cell>])> = table.rows.chunks(CHUNK).enumerate().collect();
    for group in chunks.chunks(rayon::current_num_threads().max(1)) {
        let texts: Vec<String> = group
            .par_iter()
            .map(|&(i, rows)| {
                let mut t = chunk(i, rows, &all);
                for (col, w) in t.column_iter_mut().zip(&widths) {
                    col.set_constraint(ColumnConstraint::Absolute(Width::Fixed(padded(*w))));
                }
                t.to_string()
            })
            .collect();
        for text in texts {
            writeln!(out, "{text}")?;
        }
    }
    Ok(())
}

/// The comfy table of the `l.keep` columns of `rows` (under `headers`,
/// when given), cut to `l.widths` when `fit`.
fn comfy(
    rows: &[Vec<super::Cell>],
    style: &Style,
    headers: Option<&[String]>,
    cells: &[Vec<String>],
    l: &Layout,
    fit: bool,
) -> comfy_table::Table {
    let mut t = comfy_table::Table::new();
    t.load_style(if style.ascii { PLAIN_ASCII } else { PLAIN });
    if style.ascii {
        t.set_truncation_indicator("...");
    }
    if !style.color {
        t.force_no_tty();
    }
    t.set_content_arrangement(if fit {
        ContentArrangement::Dynamic
    } else {
        ContentArrangement::Disabled
    });
    if let Some(headers) = headers {
        let header = l.keep.iter().map(|&i| {
            let cell = comfy_table::Cell::new(&headers[i]);
            if style.color {
                cell.add_attribute(comfy_table::Attribute::Bold)
            } else {
                cell
            }
        });
        t.set_header(header.collect::<Vec<_>>());
    }
    for (row, shown) in rows.iter().zip(cells) {
        let cells = l.keep.iter().map(|&i| {
            let cell = comfy_table::Cell::new(shown.get(i).map_or("", String::as_str));
            match row.get(i).is_some_and(super::Cell::is_number) {
                true => cell.set_alignment(CellAlignment::Right),
                false => cell,
            }
        });
        let mut r = comfy_table::Row::from(cells.collect::<Vec<_>>());
        if fit {
            r.max_height(1);
        }
        t.add_row(r);
    }
    if fit {
        for (col, w) in t.column_iter_mut().zip(&l.widths) {
            let w = u16::try_from(w + PADDING).unwrap_or(u16::MAX);
            col.set_constraint(ColumnConstraint::Absolute(Width::Fixed(w)));
        }
    }
    t
}

/// The last line of a table that left columns out: which, and `--wide`.
fn dropped_note(
    lang: Lang,
    headers: &[String],
    l: &Layout,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let dropped = l.dropped(headers.len());
    if dropped.is_empty() {
        return Ok(());
    }
    let names: Vec<&str> = dropped.iter().map(|&i| headers[i].as_str()).collect();
    let sep = crate::t!(lang; "list-separator");
    let note = crate::t!(lang; "table-dropped", count = names.len(), columns = names.join(&sep));
    writeln!(out, "{note}")
}

/// A GitHub-style Markdown table.
pub(crate) fn write_markdown(table: &Table, out: &mut dyn Write) -> std::io::Result<()> {
    let lang = i18n::current();
    let esc = |s: String| controls(&s).replace('|', "\\|").replace('\n', " ");
    let headers: Vec<String> = table
        .columns
        .iter()
        .map(|c| esc(shown::header(lang, c)))
        .collect();
    writeln!(out, "| {} |", headers.join(" | "))?;
    writeln!(
        out,
        "|{}",
        table.columns.iter().map(|_| " --- |").collect::<String>()
    )?;
    for row in &table.rows {
        let cells: Vec<String> = row
            .iter()
            .zip(&table.columns)
            .map(|(c, col)| esc(shown::plain(lang, col, c)))
            .collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
