//! The terminal table: aligned columns with CJK wide characters counted as
//! two, numbers right-aligned and never wrapped, long text cut to one line
//! when the terminal is narrow; and a Markdown table for `--format md`.

use std::io::Write;

use super::escape::controls;
use super::width::{widest, width};
use comfy_table::{
    CellAlignment, ColumnConstraint, ContentArrangement, LineStyle, TableStyle, Width,
};

/// A text column is not cut below this many display columns (or its
/// header): past that the table is wider than the terminal instead.
const MIN_TEXT_WIDTH: usize = 10;
/// A cell's padding (one space each side); columns are also one space apart.
const PADDING: usize = 2;

/// Whether column `i` holds only numbers, dates and the like: those keep
/// their full width, so a number or a date is never cut.
fn is_fixed(table: &Table, i: usize) -> bool {
    table.rows.iter().all(|r| {
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
    })
}

/// The content width of each column so that the table fits `total`
/// display columns: the widest text column gives way first, one column at
/// a time, never below its header or `MIN_TEXT_WIDTH`; numbers and dates
/// keep their width. When even that does not fit, the table is wider than
/// the terminal rather than unreadable.
fn fit_widths(table: &Table, total: usize) -> Vec<usize> {
    let n = table.columns.len();
    let mut widths: Vec<usize> = (0..n)
        .map(|i| {
            let header = width(&table.columns[i]);
            let content = widest(
                table
                    .rows
                    .iter()
                    .filter_map(|r| r.get(i))
                    .map(|c| c.display()),
            );
            header.max(content)
        })
        .collect();
    let mins: Vec<usize> = (0..n)
        .map(|i| {
            if is_fixed(table, i) {
                widths[i]
            } else {
                width(&table.columns[i]).max(widths[i].min(MIN_TEXT_WIDTH))
            }
        })
        .collect();
    let overhead = (PADDING + 1) * n;
    let budget = total.saturating_sub(overhead);
    while widths.iter().sum::<usize>() > budget {
        // the widest column that can still give way
        let Some(i) = (0..n)
            .filter(|&i| widths[i] > mins[i])
            .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)))
        else {
            break;
        };
        widths[i] -= 1;
    }
    widths
}

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
    if style.ascii {
        t.set_truncation_indicator("...");
    }
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
    if let Some(w) = style.width {
        let widths = fit_widths(table, usize::from(w));
        for (col, w) in t.column_iter_mut().zip(widths) {
            let w = u16::try_from(w + PADDING).unwrap_or(u16::MAX);
            col.set_constraint(ColumnConstraint::Absolute(Width::Fixed(w)));
        }
    }
    writeln!(out, "{t}")
}

/// A GitHub-style Markdown table.
pub fn write_markdown(table: &Table, out: &mut dyn Write) -> std::io::Result<()> {
    let esc = |s: String| controls(&s).replace('|', "\\|").replace('\n', " ");
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

    fn wide_table() -> Table {
        let mut t = Table::new(&["client", "name", "due", "days"]);
        t.push(vec![
            Cell::text("limin-plastics"),
            Cell::text("台州利民塑料製品有限公司"),
            Cell::Date("2026-10-26".parse().unwrap()),
            Cell::Int(25),
        ]);
        t
    }

    #[test]
    fn a_wide_table_keeps_its_natural_widths_when_it_fits() {
        assert_eq!(fit_widths(&wide_table(), 200), [14, 24, 10, 4]);
    }

    #[test]
    fn text_gives_way_widest_first_but_numbers_and_dates_never() {
        // 4 columns: 12 of padding and gaps; 58 − 12 = 46 for content
        assert_eq!(fit_widths(&wide_table(), 58), [14, 18, 10, 4]);
        assert_eq!(fit_widths(&wide_table(), 48), [11, 11, 10, 4]);
        // never below MIN_TEXT_WIDTH or the header: wider than asked
        assert_eq!(fit_widths(&wide_table(), 20), [10, 10, 10, 4]);
    }

    #[test]
    fn on_a_narrow_terminal_text_is_cut_to_one_line_and_headers_stay_whole() {
        let style = Style {
            width: Some(48),
            ..Style::default()
        };
        let mut buf = Vec::new();
        write_text(&wide_table(), &style, &mut buf).unwrap();
        let text = String::from_utf8(buf).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert!(
            lines[0].contains("client") && lines[0].contains("days"),
            "{text}"
        );
        assert!(lines[2].contains("limin-plas…"), "{text}");
        assert!(
            lines[2].contains("2026-10-26") && lines[2].contains("25"),
            "{text}"
        );
        assert!(lines.iter().all(|l| width(l.trim_end()) <= 48), "{text}");
    }

    #[test]
    fn ascii_cuts_with_three_dots() {
        let style = Style {
            width: Some(48),
            ascii: true,
            ..Style::default()
        };
        let mut buf = Vec::new();
        write_text(&wide_table(), &style, &mut buf).unwrap();
        let text = String::from_utf8(buf).unwrap();
        assert!(text.is_ascii() || !text.contains('…'), "{text}");
        assert!(text.contains(" limin-pl... "), "{text}");
        assert!(text.contains("-------"), "{text}");
    }

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
        let widths: Vec<usize> = s.lines().filter(|l| !l.is_empty()).map(width).collect();
        assert!(widths.windows(2).all(|w| w[0] == w[1]), "{s}");
        assert!(s.contains("380,000"));
    }

    #[test]
    fn control_characters_in_record_text_are_shown_escaped() {
        let mut t = Table::new(&["name"]);
        t.push(vec![Cell::text("a\u{1b}[2Jb\u{7}")]);
        let mut buf = Vec::new();
        write_text(&t, &Style::default(), &mut buf).unwrap();
        let s = String::from_utf8(buf).unwrap();
        assert!(s.contains("a\\u{1b}[2Jb\\u{7}"), "{s}");
        assert!(!s.contains(['\u{1b}', '\u{7}']), "{s}");
        let mut buf = Vec::new();
        write_markdown(&t, &mut buf).unwrap();
        let s = String::from_utf8(buf).unwrap();
        assert!(s.contains("| a\\u{1b}[2Jb\\u{7} |"), "{s}");
    }
}
