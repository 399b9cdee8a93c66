//! The terminal table: aligned columns with CJK wide characters counted as
//! two, numbers right-aligned and never wrapped, long text cut to one line
//! when the terminal is narrow; and a Markdown table for `--format md`.

use std::io::Write;

use comfy_table::{CellAlignment, ColumnConstraint, ContentArrangement, LineStyle, TableStyle};

/// Columns separated by spaces, the header underlined: easy on the eye and
/// safe on CJK terminals that draw box characters double width.
const PLAIN: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' '));
const PLAIN_ASCII: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('-').junction(' '));

use super::{Style, Table};

pub fn write_text(table: &Table, style: &Style, out: &mut dyn Write) -> std::io::Result<()> {
    if table.rows.is_empty() {
        return writeln!(out, "(nothing to show)");
    }
    let mut t = comfy_table::Table::new();
    t.load_style(if style.ascii { PLAIN_ASCII } else { PLAIN });
    if !style.color {
        t.force_no_tty();
    }
    match style.width {
        Some(w) => {
            t.set_content_arrangement(ContentArrangement::Dynamic);
            t.set_width(w);
        }
        None => {
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    let header: Vec<comfy_table::Cell> = table
        .columns
        .iter()
        .map(|c| {
            let cell = comfy_table::Cell::new(c);
            if style.color {
                cell.add_attribute(comfy_table::Attribute::Bold)
            } else {
                cell
            }
        })
        .collect();
    t.set_header(header);
    for row in &table.rows {
        let cells: Vec<comfy_table::Cell> = row
            .iter()
            .map(|c| {
                let cell = comfy_table::Cell::new(c.display());
                if c.is_number() {
                    cell.set_alignment(CellAlignment::Right)
                } else {
                    cell
                }
            })
            .collect();
        let mut r = comfy_table::Row::from(cells);
        if style.width.is_some() {
            r.max_height(1);
        }
        t.add_row(r);
    }
    // number and date columns keep their full width, so wrapping never
    // splits a number
    for (i, col) in t.column_iter_mut().enumerate() {
        let numeric = table.rows.iter().all(|r| {
            r.get(i).is_none_or(|c| {
                c.is_number()
                    || matches!(
                        c,
                        super::Cell::Empty
                            | super::Cell::Date(_)
                            | super::Cell::DateTime(_)
                            | super::Cell::Bool(_)
                    )
            })
        });
        if numeric {
            col.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
    writeln!(out, "{t}")
}

/// A GitHub-style Markdown table.
pub fn write_markdown(table: &Table, out: &mut dyn Write) -> std::io::Result<()> {
    let esc = |s: String| s.replace('|', "\\|").replace('\n', " ");
    writeln!(out, "| {} |", table.columns.join(" | "))?;
    writeln!(
        out,
        "|{}",
        table.columns.iter().map(|_| " --- |").collect::<String>()
    )?;
    for row in &table.rows {
        let cells: Vec<String> = row.iter().map(|c| esc(c.plain())).collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::Cell;
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn cjk_columns_align() {
        let mut t = Table::new(&["client", "name", "revenue"]);
        t.push(vec![
            Cell::text("hd"),
            Cell::text("華東電子有限公司"),
            Cell::Money(380000.0),
        ]);
        t.push(vec![Cell::text("ab"), Cell::text("abc"), Cell::Money(5.0)]);
        let mut buf = Vec::new();
        write_text(&t, &Style::default(), &mut buf).unwrap();
        let s = String::from_utf8(buf).unwrap();
        let widths: Vec<usize> = s
            .lines()
            .filter(|l| !l.is_empty())
            .map(|l| l.width())
            .collect();
        assert!(widths.windows(2).all(|w| w[0] == w[1]), "{s}");
        assert!(s.contains("380,000"));
    }
}
