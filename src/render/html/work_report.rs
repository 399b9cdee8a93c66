//! A member's work report (`report weekly|month`) as HTML: the same
//! sections as the text form, each a heading with its count, the summary
//! lines and the items as a list.

use std::fmt::Write as _;

use super::esc;
use crate::render::work_report as weekly_render;
use crate::report::work_report::WorkReport;

/// The report's heading and period line, and its sections as HTML.
pub(crate) fn parts(r: &WorkReport, weekly: bool) -> (String, String, String) {
    let (title, period) = weekly_render::heading(crate::i18n::current(), r, weekly);
    let mut s = String::new();
    for sec in weekly_render::sections(crate::i18n::current(), r) {
        let _ = writeln!(
            s,
            "<section>\n<h2>{} <span class=\"count\">({})</span></h2>",
            esc(&sec.title),
            sec.lines.len()
        );
        for line in &sec.summary {
            let _ = writeln!(s, "<p class=\"note\">{}</p>", esc(line));
        }
        if sec.lines.is_empty() {
            let none = crate::t!("report-none");
            let _ = writeln!(s, "<p class=\"note\">{}</p>", esc(&none));
        } else {
            s.push_str("<ul class=\"items\">\n");
            for line in &sec.lines {
                let _ = writeln!(s, "<li>{}</li>", esc(line));
            }
            s.push_str("</ul>\n");
        }
        s.push_str("</section>\n");
    }
    (title, period, s)
}

/// The whole page, with `extra` (charts) after the sections.
pub(crate) fn page(r: &WorkReport, weekly: bool, extra: &str) -> String {
    let (title, period, body) = parts(r, weekly);
    super::page(&title, &period, &format!("{body}{extra}"))
}
