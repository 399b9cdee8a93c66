//! A heat map of one-letter codes: a row per member, a column per day,
//! each cell coloured by its code and showing the letter, so the grid
//! reads in grey print too.

use std::fmt::Write as _;

use super::{Chart, esc, open_svg, px, short};

const WIDTH: f64 = 640.0;
const LABEL: f64 = 120.0;

/// The colour of a code: presence greens, lateness ambers, leave blue,
/// absence red, anything else grey; an empty cell is left pale.
pub(super) fn color(code: &str) -> &'static str {
    match code {
        "P" => "#a7d7a9",
        "F" => "#7fc8a9",
        "L" | "E" | "B" => "#f2c57c",
        "V" => "#9cc3e6",
        "A" => "#e88a7d",
        "O" => "#c3a6d8",
        "" => "#f0f2f5",
        _ => "#c8ccd0",
    }
}

/// The grid; a column header shows the day of month when the column is a
/// date (`2026-11-03` → `3`).
pub(super) fn heat(c: &Chart, columns: &[String], rows: &[(String, Vec<String>)]) -> String {
    let n = columns.len().max(1) as f64;
    let cell = ((WIDTH - LABEL - 4.0) / n).min(24.0);
    let row = cell.max(14.0);
    let top = 16.0;
    let height = top + row * rows.len().max(1) as f64 + 4.0;
    let mut s = open_svg(c, WIDTH as u32, height as u32);
    s.push_str(&headers(columns, cell));
    for (i, (name, codes)) in rows.iter().enumerate() {
        let y = top + row * i as f64;
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            px(LABEL - 6.0),
            px(y + row * 0.75),
            esc(&short(name, 18))
        );
        for (j, code) in codes.iter().enumerate() {
            let x = LABEL + cell * j as f64;
            let day = columns.get(j).map_or("", String::as_str);
            let _ = write!(
                s,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" data-label=\"{}\" \
                 data-series=\"{}\" data-value=\"{}\"><title>{} {}: {}</title></rect>",
                px(x + 0.5),
                px(y + 0.5),
                px(cell - 1.0),
                px(row - 1.0),
                color(code),
                esc(name),
                esc(day),
                esc(code),
                esc(name),
                esc(day),
                esc(code)
            );
            if !code.is_empty() {
                let _ = write!(
                    s,
                    "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" style=\"font-size:9px\">{}</text>",
                    px(x + cell / 2.0),
                    px(y + row * 0.7),
                    esc(code)
                );
            }
            s.push('\n');
        }
    }
    s.push_str("</svg>\n");
    s
}

/// The column headers: the day of month when a column is a date
/// (`2026-11-03` → `3`), else the column's name.
fn headers(columns: &[String], cell: f64) -> String {
    let mut s = String::new();
    for (j, col) in columns.iter().enumerate() {
        let head = col
            .rsplit('-')
            .next()
            .map_or(col.as_str(), |d| d.trim_start_matches('0'));
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"12\" text-anchor=\"middle\" style=\"font-size:9px\">{}</text>",
            px(LABEL + cell * (j as f64 + 0.5)),
            esc(head)
        );
    }
    s
}

/// The legend under the grid: each code's colour and meaning.
pub(super) fn legend(codes: &[(String, String)], names: &[String]) -> String {
    let mut s = String::from("<p class=\"legend\">");
    for ((code, _), name) in codes.iter().zip(names) {
        let _ = write!(
            s,
            "<span><i style=\"background:{}\"></i>{}</span>",
            color(code),
            esc(name)
        );
    }
    s.push_str("</p>\n");
    s
}
