//! The terminal table: aligned columns with CJK wide characters counted as
//! two, numbers right-aligned and never wrapped, long text cut to one line
//! when the terminal is narrow (see `fit`: ids never cut, secondary columns
//! left out with a last line saying so); and a Markdown table for
//! `--format md`. Headers and enum values are shown in the reader's
//! language (`shown`).

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
    let mut widths = vec![0u16; headers.len()];
    for (i, rows) in table.rows.chunks(CHUNK).enumerate() {
        let t = chunk(i, rows, &all);
        for (w, c) in widths.iter_mut().zip(t.column_max_content_widths()) {
            *w = (*w).max(c);
        }
    }
    let padded = |w: u16| w.saturating_add(u16::try_from(PADDING).unwrap_or(u16::MAX));
    for (i, rows) in table.rows.chunks(CHUNK).enumerate() {
        let mut t = chunk(i, rows, &all);
        for (col, w) in t.column_iter_mut().zip(&widths) {
            col.set_constraint(ColumnConstraint::Absolute(Width::Fixed(padded(*w))));
        }
        writeln!(out, "{t}")?;
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
mod tests {
    use super::super::Cell;
    use super::super::width::width;
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
    fn on_a_narrow_terminal_text_is_cut_to_one_line_but_ids_and_headers_stay_whole() {
        let style = Style {
            width: Some(50),
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
        assert!(lines[2].contains(" limin-plastics "), "{text}");
        assert!(lines[2].contains(" 台州利民… "), "{text}");
        assert!(
            lines[2].contains("2026-10-26") && lines[2].contains("25"),
            "{text}"
        );
        assert!(lines.iter().all(|l| width(l.trim_end()) <= 50), "{text}");
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
        assert!(text.contains(" limin-plastics "), "{text}");
        assert!(text.contains(" 台州利... "), "{text}");
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

    #[test]
    fn chinese_tables_translate_headers_and_words_but_not_record_text() {
        let mut t = Table::new(&["id", "status", "task", "in_advance"]);
        t.push(vec![
            Cell::text("C-1"),
            Cell::text("overdue"),
            Cell::text("open"),
            Cell::Bool(true),
        ]);
        let render = |lang| {
            crate::i18n::with_lang(lang, || {
                let mut buf = Vec::new();
                write_text(&t, &Style::default(), &mut buf).unwrap();
                write_markdown(&t, &mut buf).unwrap();
                String::from_utf8(buf).unwrap()
            })
        };
        let hant = render(Lang::ZhHant);
        assert!(hant.contains("編號") && hant.contains("狀態"), "{hant}");
        assert!(
            hant.contains(" 逾期 ") && hant.contains(" open ") && hant.contains(" 是 "),
            "{hant}"
        );
        assert!(hant.contains("| C-1 | 逾期 | open | 是 |"), "{hant}");
        let hans = render(Lang::ZhHans);
        assert!(hans.contains("编号") && hans.contains("状态"), "{hans}");
        let en = render(Lang::En);
        assert!(en.contains(" overdue ") && en.contains(" true "), "{en}");
    }

    #[test]
    fn a_terminal_of_width_zero_is_one_of_unknown_width() {
        let style = Style {
            width: Some(0),
            ..Style::default()
        };
        let mut buf = Vec::new();
        write_text(&wide_table(), &style, &mut buf).unwrap();
        let text = String::from_utf8(buf).unwrap();
        assert!(text.contains(" 台州利民塑料製品有限公司 "), "{text}");
        assert!(!text.contains('…'), "{text}");
    }

    #[test]
    fn left_out_columns_are_named_on_the_last_line() {
        let mut t = wide_table();
        t.set_secondary(&["name", "due"]);
        let style = Style {
            width: Some(30),
            ..Style::default()
        };
        let text = |lang| {
            crate::i18n::with_lang(lang, || {
                let mut buf = Vec::new();
                write_text(&t, &style, &mut buf).unwrap();
                String::from_utf8(buf).unwrap()
            })
        };
        let en = text(Lang::En);
        assert!(
            en.ends_with("2 columns not shown (name, due): --wide shows them\n"),
            "{en}"
        );
        assert!(
            en.contains(" limin-plastics ") && !en.contains("台州"),
            "{en}"
        );
        let hant = text(Lang::ZhHant);
        assert!(
            hant.ends_with("另有 2 欄未顯示（名稱、到期日），加 --wide 可全部顯示\n"),
            "{hant}"
        );
    }

    #[test]
    fn a_long_table_prints_in_chunks_the_lines_of_one_table() {
        let mut t = Table::new(&["client", "name", "stage", "days"]);
        for i in 0..(2 * CHUNK + 7) {
            let name = match i {
                1500 => "華東電子有限公司華東電子有限公司".to_string(),
                2000 => "two\nlines".to_string(),
                _ => format!("n{}", i % 13),
            };
            let days = if i == 3 {
                Cell::Empty
            } else {
                Cell::Int(i as i64 * 7)
            };
            t.push(vec![
                Cell::text(format!("c{i}")),
                Cell::text(name),
                Cell::text("customer"),
                days,
            ]);
        }
        for style in [
            Style::default(),
            Style {
                ascii: true,
                ..Style::default()
            },
        ] {
            let mut buf = Vec::new();
            write_text(&t, &style, &mut buf).unwrap();
            let lang = i18n::current();
            let headers: Vec<String> = t.columns.iter().map(|c| shown::header(lang, c)).collect();
            let cells = shown::rows(lang, &t.columns, &t.rows);
            let l = Layout {
                keep: (0..4).collect(),
                widths: Vec::new(),
            };
            let whole = comfy(&t.rows, &style, Some(&headers), &cells, &l, false);
            assert_eq!(String::from_utf8(buf).unwrap(), format!("{whole}\n"));
        }
    }
}
