//! The server's page shell around a report's own HTML page (the one
//! `--format html` writes): a navigation bar, the time the folder last
//! changed, the page's language, client ids linked to their cards, and
//! `/live.js` (the only script: it reloads the page when the folder
//! changes; every page works without it).

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::i18n::{self, Lang};
use crate::render::html::esc;
use crate::t;

/// The navigation bar: path and the id of its label.
pub(crate) const NAV: &[(&str, &str)] = &[
    ("/", "serve-page-briefing"),
    ("/clients", "serve-page-clients"),
    ("/followups", "serve-page-followups"),
    ("/complaints", "serve-page-complaints"),
    ("/pipeline", "serve-page-pipeline"),
    ("/deals", "serve-page-deals"),
    ("/attendance", "serve-page-attendance"),
    ("/leave", "serve-page-leave"),
    ("/meetings", "serve-page-meetings"),
    ("/kpi", "serve-page-kpi"),
    ("/appraisal", "serve-page-appraisal"),
    ("/training", "serve-page-training"),
    ("/check", "serve-page-check"),
];

/// The forms linked for a signed-in member.
const WRITE_NAV: &[&str] = &[
    "/log",
    "/plan",
    "/clock",
    "/leave/request",
    "/leave/approve",
];

/// What a page says about the phones and emails on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Contacts {
    /// None on the page.
    None,
    /// Masked; a signed-in lead gets a link to the same page revealed.
    Masked { reveal: Option<String> },
    /// Shown unmasked (a lead's logged view).
    Revealed,
}

/// What the shell adds to a page.
pub(crate) struct Shell<'a> {
    /// The request path, to mark the current link.
    pub(crate) path: &'a str,
    /// The page's language.
    pub(crate) lang: Lang,
    /// The folder's generation and last change, as text.
    pub(crate) generation: u64,
    pub(crate) changed: String,
    /// The signed-in member: named in the nav bar, with links to the forms.
    pub(crate) member: Option<&'a str>,
    /// The page's own heading (and tab title), in the page's language.
    pub(crate) title: Option<String>,
    pub(crate) contacts: Contacts,
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

/// The label of a path of [`NAV`] or of a write, in the current language.
pub(crate) fn label(path: &str) -> Option<String> {
    let id = NAV.iter().find(|(p, _)| *p == path).map(|(_, id)| *id);
    let id = id.or_else(|| super::forms::label_id(path))?;
    Some(i18n::tr(i18n::current(), id, &[]))
}

fn nav(shell: &Shell) -> String {
    let mut nav = String::from("<nav class=\"site\">");
    for (href, _) in NAV {
        let current = if *href == shell.path {
            " aria-current=\"page\""
        } else {
            ""
        };
        let text = label(href).unwrap_or_default();
        let _ = write!(nav, "<a href=\"{href}\"{current}>{}</a>", esc(&text));
    }
    if let Some(m) = shell.member {
        let _ = write!(
            nav,
            "<span class=\"who\">{}",
            esc(&t!("serve-signed-in", member = m))
        );
        for href in WRITE_NAV {
            let text = label(href).unwrap_or_default();
            let _ = write!(nav, " <a href=\"{href}\">{}</a>", esc(&text));
        }
        nav.push_str("</span>");
    }
    nav.push_str("</nav>\n");
    nav
}

/// The line about the page's contact data.
fn contacts_note(c: &Contacts) -> String {
    match c {
        Contacts::None => String::new(),
        Contacts::Masked { reveal: None } => {
            format!("<p class=\"note\">{}</p>\n", esc(&t!("serve-masked")))
        }
        Contacts::Masked { reveal: Some(href) } => format!(
            "<p class=\"note\">{} <a href=\"{}\">{}</a></p>\n",
            esc(&t!("serve-masked")),
            esc(href),
            esc(&t!("serve-reveal"))
        ),
        Contacts::Revealed => format!(
            "<p class=\"note\"><strong>{}</strong></p>\n",
            esc(&t!("serve-revealed"))
        ),
    }
}

/// Wraps `page` (a whole page from `html::page`) in the shell.
pub(crate) fn wrap(page: &str, shell: &Shell) -> String {
    let live = format!(
        "<p class=\"live\">{}</p>\n{}",
        esc(&t!("serve-live", when = shell.changed.as_str())),
        contacts_note(&shell.contacts)
    );
    let head = format!(
        "<meta name=\"generation\" content=\"{}\">\n<link rel=\"icon\" href=\"data:,\">\n<script src=\"/live.js\" defer></script>\n</head>",
        shell.generation
    );
    let mut page = page
        .replacen(
            "<html lang=\"zh-Hant\">",
            &format!("<html lang=\"{}\">", shell.lang.tag()),
            1,
        )
        .replacen("</style>", &format!("{CSS}</style>"), 1)
        .replacen("</head>", &head, 1)
        .replacen("<main>", &format!("{}<main>\n{live}", nav(shell)), 1);
    if let Some(title) = &shell.title {
        page = retitle(&page, title);
    }
    page
}

/// The page with `title` as its tab title and first heading.
fn retitle(page: &str, title: &str) -> String {
    let mut out = page.to_string();
    for (open, close) in [("<title>", "</title>"), ("<h1>", "</h1>")] {
        if let Some(at) = out.find(open)
            && let Some(len) = out[at..].find(close)
        {
            out.replace_range(at + open.len()..at + len, &esc(title));
        }
    }
    out
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
/// `Accept-Language` we have (`zh-TW` is Traditional, `zh-CN` and `zh`
/// Simplified, `en-GB` English), else the folder's `lang` setting, else
/// English.
pub(crate) fn language(query: Option<&str>, accept: Option<&str>, folder: Option<&str>) -> Lang {
    let known = |tag: &str| {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        Lang::parse(tag).or_else(|| primary.eq_ignore_ascii_case("en").then_some(Lang::En))
    };
    query
        .and_then(known)
        .or_else(|| {
            accept
                .into_iter()
                .flat_map(|a| a.split(','))
                .find_map(|part| known(part.split(';').next().unwrap_or("").trim()))
        })
        .or_else(|| folder.and_then(Lang::parse))
        .unwrap_or_default()
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
        assert_eq!(
            language(Some("en"), Some("zh-TW"), Some("zh-Hant")),
            Lang::En
        );
        assert_eq!(language(None, Some("fr, zh-TW;q=0.8"), None), Lang::ZhHant);
        assert_eq!(language(None, Some("zh-CN,zh;q=0.9"), None), Lang::ZhHans);
        assert_eq!(
            language(None, Some("en-GB,zh-TW;q=0.5"), Some("zh-Hans")),
            Lang::En
        );
        assert_eq!(language(None, Some("fr"), Some("zh-Hans")), Lang::ZhHans);
        assert_eq!(language(Some("xx"), None, Some("zh-Hant")), Lang::ZhHant);
        assert_eq!(language(None, None, None), Lang::En);
    }
}
