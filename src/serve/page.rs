//! The server's page shell around a report's own HTML page (the one
//! `--format html` writes): a navigation bar, the time the folder last
//! changed, the page's language, client ids linked to their cards, and
//! `/live.js` (the only script: it reloads the page when the folder
//! changes; every page works without it).

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::render::html::esc;

/// The navigation bar: path and label.
pub(crate) const NAV: &[(&str, &str)] = &[
    ("/", "Briefing"),
    ("/clients", "Clients"),
    ("/followups", "Follow-ups"),
    ("/complaints", "Complaints"),
    ("/pipeline", "Pipeline"),
    ("/deals", "Deals"),
    ("/attendance", "Attendance"),
    ("/leave", "Leave"),
    ("/meetings", "Meetings"),
    ("/kpi", "KPI"),
    ("/appraisal", "Appraisal"),
    ("/training", "Training"),
    ("/check", "Check"),
];

/// The forms linked for a signed-in member.
const WRITE_NAV: &[(&str, &str)] = &[
    ("/log", "log"),
    ("/plan", "plan"),
    ("/clock", "clock"),
    ("/leave/request", "leave"),
    ("/leave/approve", "approve"),
];

/// What the shell adds to a page.
pub(crate) struct Shell<'a> {
    /// The request path, to mark the current link.
    pub(crate) path: &'a str,
    /// The page's language (`en`, `zh-Hant`…).
    pub(crate) lang: &'a str,
    /// The folder's generation and last change, as text.
    pub(crate) generation: u64,
    pub(crate) changed: String,
    /// The signed-in member: named in the nav bar, with links to the forms.
    pub(crate) member: Option<&'a str>,
}

/// The shell's own style, added to the page's.
const CSS: &str = "nav.site{background:#102a43;padding:.3rem .6rem;display:flex;flex-wrap:wrap;gap:.1rem .8rem}\
nav.site a{color:#f0f4f8;text-decoration:none;font-size:.9rem}\
nav.site a[aria-current]{font-weight:700;text-decoration:underline}\
nav.site .who{color:#bcccdc;margin-left:auto;font-size:.85rem}\
p.live{color:var(--dim);font-size:.8rem;margin:.2rem 0}\
.errors{border-left:4px solid #cf1124;padding-left:.6rem}\
form.write{display:grid;gap:.4rem;max-width:28rem}\
form.write label{display:grid;font-size:.9rem}\
form.write input,form.write select,form.write textarea{font:inherit;padding:.3rem;max-width:100%}\
td a{color:inherit}";

/// Wraps `page` (a whole page from `html::page`) in the shell.
pub(crate) fn wrap(page: &str, shell: &Shell) -> String {
    let mut nav = String::from("<nav class=\"site\">");
    for (href, label) in NAV {
        let current = if *href == shell.path {
            " aria-current=\"page\""
        } else {
            ""
        };
        let _ = write!(nav, "<a href=\"{href}\"{current}>{label}</a>");
    }
    if let Some(m) = shell.member {
        let _ = write!(nav, "<span class=\"who\">{}:", esc(m));
        for (href, label) in WRITE_NAV {
            let _ = write!(nav, " <a href=\"{href}\">{label}</a>");
        }
        nav.push_str("</span>");
    }
    nav.push_str("</nav>\n");
    let live = format!(
        "<p class=\"live\">records last changed {}</p>\n",
        esc(&shell.changed)
    );
    let head = format!(
        "<meta name=\"generation\" content=\"{}\">\n<link rel=\"icon\" href=\"data:,\">\n<script src=\"/live.js\" defer></script>\n</head>",
        shell.generation
    );
    page.replacen(
        "<html lang=\"zh-Hant\">",
        &format!("<html lang=\"{}\">", esc(shell.lang)),
        1,
    )
    .replacen("</style>", &format!("{CSS}</style>"), 1)
    .replacen("</head>", &head, 1)
    .replacen("<main>", &format!("{nav}<main>\n{live}"), 1)
}

/// The live-reload script: asks `/generation` every two seconds and
/// reloads when the folder changed since the page was made.
pub(crate) const LIVE_JS: &str = r#""use strict";
(function () {
  const meta = document.querySelector('meta[name="generation"]');
  if (!meta || !window.fetch) return;
  const seen = meta.getAttribute("content");
  setInterval(function () {
    fetch("/generation", {cache: "no-store"}).then(function (r) { return r.ok ? r.text() : seen; })
      .then(function (g) { if (g.trim() !== seen) location.reload(); })
      .catch(function () {});
  }, 2000);
})();
"#;

/// Links every table cell that holds exactly a client id to its card.
pub(crate) fn link_ids(page: &str, clients: &BTreeSet<String>) -> String {
    let mut out = String::with_capacity(page.len() + 1024);
    let mut rest = page;
    while let Some(at) = rest.find("<td>") {
        let (before, after) = rest.split_at(at + 4);
        out.push_str(before);
        rest = after;
        if let Some(end) = rest.find("</td>") {
            let text = &rest[..end];
            if clients.contains(text) {
                let _ = write!(out, "<a href=\"/clients/{text}\">{text}</a>");
                rest = &rest[end..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The page's language: `?lang=`, else the first of the browser's
/// `Accept-Language` we have, else the folder's. (The catalogs come with
/// the language issue; until then this only sets the page's `lang`.)
pub(crate) fn language(query: Option<&str>, accept: Option<&str>, folder: &str) -> String {
    const KNOWN: &[&str] = &["en", "zh-Hant", "zh-TW", "zh"];
    let known = |tag: &str| {
        KNOWN
            .iter()
            .find(|k| k.eq_ignore_ascii_case(tag))
            .map(|k| (*k).to_string())
    };
    if let Some(q) = query.and_then(known) {
        return q;
    }
    let from_accept = accept
        .into_iter()
        .flat_map(|a| a.split(','))
        .find_map(|part| {
            let tag = part.split(';').next().unwrap_or("").trim();
            known(tag).or_else(|| known(tag.split('-').next().unwrap_or("")))
        });
    from_accept.unwrap_or_else(|| folder.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_ids_in_cells_link_to_their_cards() {
        let ids: BTreeSet<String> = ["acme".to_string()].into();
        let html = "<tr><td>acme</td><td>acme-x</td><td class=\"num\">3</td></tr>";
        assert_eq!(
            link_ids(html, &ids),
            "<tr><td><a href=\"/clients/acme\">acme</a></td><td>acme-x</td><td class=\"num\">3</td></tr>"
        );
    }

    #[test]
    fn language_from_query_then_browser_then_folder() {
        assert_eq!(language(Some("en"), Some("zh-TW"), "zh-Hant"), "en");
        assert_eq!(language(None, Some("fr, zh-TW;q=0.8"), "en"), "zh-TW");
        assert_eq!(language(None, Some("fr"), "en"), "en");
        assert_eq!(language(Some("xx"), None, "zh-Hant"), "zh-Hant");
    }
}
