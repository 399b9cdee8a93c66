//! The morning briefing as HTML: the heading, then each section with its
//! count, its first rows and the command that lists them all.

use std::fmt::Write as _;

use super::{esc, table};
use crate::render::briefing::Briefing;

/// The sections of `b` as HTML (the page shell is the caller's).
pub(crate) fn body(b: &Briefing) -> String {
    let mut s = String::new();
    for sec in &b.sections {
        let _ = writeln!(
            s,
            "<section id=\"{}\">\n<h2>{} <span class=\"count\">({})</span></h2>",
            sec.key,
            esc(sec.title),
            sec.count
        );
        if !sec.rows.rows.is_empty() {
            s.push_str(&table(&sec.rows));
        }
        let more = sec.count.saturating_sub(sec.rows.rows.len());
        let lead = if more > 0 {
            format!("… and {more} more: ")
        } else {
            "Full list: ".to_string()
        };
        let _ = writeln!(
            s,
            "<p class=\"cmd\">{lead}<code>{}</code></p>\n</section>",
            esc(&sec.command)
        );
    }
    s
}

/// The whole page of a briefing without charts.
pub(crate) fn page(b: &Briefing) -> String {
    super::page(&b.heading, "", &body(b))
}
