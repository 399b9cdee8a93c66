//! The morning briefing as HTML: the heading, then each section with its
//! count, its first rows and the command that lists them all.

use std::fmt::Write as _;

use super::{esc, table};
use crate::render::briefing::Briefing;

/// The sections of `b` as HTML (the page shell is the caller's), in the
/// reader's language.
pub(crate) fn body(b: &Briefing) -> String {
    let lang = crate::i18n::current();
    let mut s = String::new();
    for sec in &b.sections {
        let _ = writeln!(
            s,
            "<section id=\"{}\">\n<h2>{} <span class=\"count\">({})</span></h2>",
            sec.key,
            esc(&crate::render::briefing::title(lang, sec)),
            sec.count
        );
        if !sec.rows.rows.is_empty() {
            s.push_str(&table(&sec.rows));
        }
        let more = sec.count.saturating_sub(sec.rows.rows.len());
        // the command goes where the catalog puts it, as code
        let mark = "\u{1}";
        let lead = match more {
            0 => crate::t!(lang; "html-full-list", command = mark),
            n => crate::t!(lang; "html-more", n = n, command = mark),
        };
        let code = format!("<code>{}</code>", esc(&sec.command));
        let _ = writeln!(
            s,
            "<p class=\"cmd\">{}</p>\n</section>",
            esc(&lead).replace(mark, &code)
        );
    }
    s
}

/// The whole page of a briefing without charts.
pub(crate) fn page(b: &Briefing) -> String {
    super::page(&b.heading, "", &body(b))
}
