//! HTML output: one self-contained page per report (`--format html`).
//!
//! A page has its CSS inline and its charts as inline SVG; it loads no
//! script, font, style sheet or image from anywhere, so it can be mailed,
//! opened from disk or printed. Tables scroll inside their own box, so the
//! page is never wider than a phone's screen; `@page` sets A4 for print.
//! This module owns the page shell, escaping and tables; `briefing` and
//! `work_report` lay out the two text reports; charts are
//! `crate::render::chart`'s.

pub(crate) mod briefing;
mod style;
pub(crate) mod work_report;

use std::fmt::Write as _;

use super::{Cell, Table, shown};

/// Escapes text for an HTML element or a quoted attribute.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// A whole page: `title` as the tab title and heading, `subtitle` under
/// it, then `body` (already HTML).
pub(crate) fn page(title: &str, subtitle: &str, body: &str) -> String {
    let mut s = String::with_capacity(body.len() + 4096);
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        crate::i18n::current().tag()
    );
    s.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    s.push_str("<meta name=\"generator\" content=\"clientele\">\n");
    let _ = writeln!(s, "<title>{}</title>", esc(title));
    let _ = writeln!(s, "<style>{}</style>\n</head>\n<body>\n<main>", style::CSS);
    let _ = writeln!(s, "<h1>{}</h1>", esc(title));
    if !subtitle.is_empty() {
        let _ = writeln!(s, "<p class=\"sub\">{}</p>", esc(subtitle));
    }
    s.push_str(body);
    s.push_str("</main>\n</body>\n</html>\n");
    s
}

/// The page for one report table (what `Table::write` gives every report).
pub(crate) fn table_page(t: &Table, title: &str) -> String {
    let rows = crate::t!("html-rows", n = t.rows.len());
    page(&format!("clientele {title}"), &rows, &table(t))
}

/// A table in its scrolling box. Headers, enum words and yes/no are in
/// the reader's language, as in a terminal table (`render::shown`);
/// numbers are right-aligned; other cells' text is the CSV's (date-times
/// without the `T`), so the page and the CSV show the same figures.
pub(crate) fn table(t: &Table) -> String {
    let lang = crate::i18n::current();
    let mut s = String::from("<div class=\"scroll\"><table>\n<thead><tr>");
    for c in &t.columns {
        let _ = write!(s, "<th scope=\"col\">{}</th>", esc(&shown::header(lang, c)));
    }
    s.push_str("</tr></thead>\n<tbody>\n");
    for row in &t.rows {
        s.push_str("<tr>");
        for (c, column) in row.iter().zip(&t.columns) {
            s.push_str(&cell(lang, column, c));
        }
        s.push_str("</tr>\n");
    }
    if t.rows.is_empty() {
        let _ = writeln!(
            s,
            "<tr><td class=\"none\" colspan=\"{}\">{}</td></tr>",
            t.columns.len().max(1),
            esc(&crate::t!(lang; "report-none"))
        );
    }
    s.push_str("</tbody></table></div>\n");
    s
}

fn cell(lang: crate::i18n::Lang, column: &str, c: &Cell) -> String {
    match c {
        Cell::Empty => "<td></td>".to_string(),
        Cell::Date(d) => format!("<td><time>{d}</time></td>"),
        Cell::DateTime(_) => format!(
            "<td><time datetime=\"{}\">{}</time></td>",
            c.plain(),
            esc(&c.display())
        ),
        c if c.is_number() => format!("<td class=\"num\">{}</td>", c.plain()),
        other => format!("<td>{}</td>", esc(&shown::plain(lang, column, other))),
    }
}

/// A titled section holding `inner` HTML; `id` names it for links.
pub(crate) fn section_with_id(id: &str, title: &str, note: &str, inner: &str) -> String {
    let mut s = format!("<section id=\"{}\">\n<h2>{}</h2>\n", esc(id), esc(title));
    if !note.is_empty() {
        let _ = writeln!(s, "<p class=\"note\">{}</p>", esc(note));
    }
    s.push_str(inner);
    s.push_str("</section>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }

    #[test]
    fn table_cells_show_the_csv_figures() {
        let mut t = Table::new(&["who", "amount", "at"]);
        t.push(vec![
            Cell::text("<b>"),
            Cell::Money(1_280_000.0),
            Cell::DateTime("2026-11-17T14:20:00".parse().unwrap()),
        ]);
        let html = table(&t);
        assert!(html.contains("<td>&lt;b&gt;</td>"), "{html}");
        assert!(html.contains("<td class=\"num\">1280000</td>"), "{html}");
        assert!(html.contains("datetime=\"2026-11-17T14:20:00\">2026-11-17 14:20<"));
    }

    #[test]
    fn a_page_fetches_nothing() {
        let p = table_page(&Table::new(&["a"]), "kpi");
        assert!(p.starts_with("<!DOCTYPE html>"));
        assert!(!p.contains("http"), "{p}");
        assert!(!p.contains("<script"));
        assert!(p.contains("(none)"));
    }
}
