//! Which path is which page or data file, and the read-only handlers.
//! A page runs its command in HTML and wraps it in the shell; a data file
//! runs it in CSV or JSON and returns the bytes untouched. When the
//! records have errors a page shows them (the `check` table) instead of
//! numbers: a wrong number is worse than none. A signed-in lead may view
//! a page with phones and emails unmasked (`?reveal=1`): each such view is
//! logged on stderr.

use std::collections::BTreeSet;

use super::State;
use super::auth::Signed;
use super::http::{HTML, Reply, Request};
use super::page::{self, Contacts, Shell};
use super::query;
use super::run::{Ran, run};
use crate::error::{Error, Status};
use crate::i18n;
use crate::render::Format;
use crate::t;

/// Pages, the command each runs and the id of its heading.
const PAGES: &[(&str, &[&str], &str)] = &[
    ("/", &["summary"], "serve-page-briefing"),
    ("/clients", &["clients"], "serve-page-clients"),
    ("/followups", &["followups"], "serve-page-followups"),
    ("/complaints", &["complaints"], "serve-page-complaints"),
    ("/pipeline", &["pipeline"], "serve-page-pipeline"),
    ("/deals", &["deals"], "serve-page-deals"),
    ("/attendance", &["attendance"], "serve-page-attendance"),
    ("/leave", &["leave"], "serve-page-leave"),
    ("/meetings", &["meetings"], "serve-page-meetings"),
    ("/kpi", &["kpi"], "serve-page-kpi"),
    ("/appraisal", &["appraisal"], "serve-page-appraisal"),
    ("/training", &["training"], "serve-page-training"),
    ("/check", &["check"], "serve-page-check"),
    ("/tiers", &["tiers"], "serve-page-tiers"),
    ("/plans", &["plans"], "serve-page-plans"),
    ("/care", &["care"], "serve-page-care"),
    ("/actions", &["actions"], "serve-page-actions"),
    ("/awards", &["awards"], "serve-page-awards"),
    ("/promotion", &["promotion"], "serve-page-promotion"),
];

/// The pages that show phones or emails (masked unless revealed).
const CONTACT_PAGES: &[&str] = &["/care", "/check"];

/// The reports with a `/<name>.csv` and `/<name>.json`.
pub(crate) const REPORTS: &[&str] = &[
    "summary",
    "check",
    "clients",
    "tiers",
    "followups",
    "plans",
    "care",
    "deals",
    "pipeline",
    "complaints",
    "attendance",
    "leave",
    "actions",
    "meetings",
    "kpi",
    "appraisal",
    "promotion",
    "awards",
    "training",
];

/// Answers a GET.
pub(crate) fn get(state: &State, req: &Request) -> Reply {
    let pairs = query::pairs(&req.query);
    match req.path.as_str() {
        "/live.js" => return Reply::new(200, "text/javascript; charset=utf-8", page::LIVE_JS),
        "/generation" => return Reply::text(200, state.changes.get().0.to_string()),
        "/favicon.ico" => return Reply::new(204, "image/x-icon", ""),
        _ => {}
    }
    // the language is the request's (`mod.rs`); `reveal` on a page is a
    // lead's view (below), on a data file a flag a link may not set
    let mut flags: Vec<_> = pairs.into_iter().filter(|(k, _)| k != "lang").collect();
    if let Some((words, format)) = data_file(state, &req.path) {
        return data(state, &words, format, &flags);
    }
    flags.retain(|(k, _)| k != "reveal");
    let signed = super::auth::session(&state.root, &state.sessions, req);
    let reveal = match revealing(state, req, signed.as_ref()) {
        Ok(r) => r,
        Err(reply) => return reply,
    };
    let page = if let Some(id) = req.path.strip_prefix("/clients/") {
        if !client_ids(state).contains(id) {
            return Reply::text(404, t!("serve-no-client", id = id));
        }
        let mut flags = flags;
        flags.push(("id".to_string(), id.to_string()));
        let title = t!("serve-page-client", id = id);
        html_of(state, &["client", "show"], &flags, reveal).map(|h| (h, Some(title), true))
    } else if let Some((path, words, id)) = PAGES.iter().find(|(p, _, _)| *p == req.path) {
        // the briefing keeps its own heading (the day and the team)
        let title = (*path != "/").then(|| i18n::tr(i18n::current(), id, &[]));
        report_page(state, path, words, &flags, reveal)
            .map(|h| (h, title, CONTACT_PAGES.contains(path)))
    } else {
        return Reply::text(404, t!("serve-no-page", path = req.path.as_str()));
    };
    let (html, title, contacts) = match page {
        Ok(p) => p,
        Err(reply) => return reply,
    };
    let contacts = match (contacts, reveal) {
        (false, _) => Contacts::None,
        (true, true) => Contacts::Revealed,
        (true, false) => Contacts::Masked {
            reveal: signed
                .as_ref()
                .filter(|s| super::forms::is_lead(state, &s.member))
                .map(|_| reveal_link(req)),
        },
    };
    finish(state, req, &html, title, contacts)
}

/// Whether the request asks to see contact data unmasked, and may: only a
/// signed-in lead, and each such view is logged on stderr.
fn revealing(state: &State, req: &Request, signed: Option<&Signed>) -> Result<bool, Reply> {
    let asked = query::pairs(&req.query)
        .iter()
        .any(|(k, v)| k == "reveal" && !matches!(v.as_str(), "0" | "false" | "off" | "no"));
    if !asked {
        return Ok(false);
    }
    match signed {
        Some(s) if super::forms::is_lead(state, &s.member) => {
            eprintln!(
                "reveal: {} {} viewed {}?{} unmasked",
                chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ"),
                s.member,
                req.path,
                req.query
            );
            Ok(true)
        }
        _ => Err(Reply::text(403, t!("serve-reveal-refused"))),
    }
}

/// The request's own page with `reveal=1` added.
fn reveal_link(req: &Request) -> String {
    match req.query.as_str() {
        "" => format!("{}?reveal=1", req.path),
        q => format!("{}?{q}&reveal=1", req.path),
    }
}

/// `/kpi.csv` → (`kpi`, CSV); `/clients/acme.json` → (`client show acme`, JSON).
fn data_file(state: &State, path: &str) -> Option<(Vec<String>, Format)> {
    let name = path.strip_prefix('/')?;
    let (stem, format) = if let Some(s) = name.strip_suffix(".csv") {
        (s, Format::Csv)
    } else {
        (name.strip_suffix(".json")?, Format::Json)
    };
    if let Some(id) = stem.strip_prefix("clients/") {
        return client_ids(state).contains(id).then(|| {
            let words = ["client", "show", id];
            (words.map(String::from).to_vec(), format)
        });
    }
    REPORTS
        .contains(&stem)
        .then(|| (vec![stem.to_string()], format))
}

fn data(state: &State, words: &[String], format: Format, pairs: &[(String, String)]) -> Reply {
    let (words, id) = match words {
        [c, s, id] => (vec![c.as_str(), s.as_str()], Some(id)),
        _ => (words.iter().map(String::as_str).collect(), None),
    };
    let mut pairs = pairs.to_vec();
    pairs.extend(id.map(|id| ("id".to_string(), id.clone())));
    let argv = match query::argv(&words, &pairs) {
        Ok(a) => a,
        Err(m) => return Reply::text(400, m),
    };
    let Ran { outcome, body } = run(&state.base, &argv, format, false);
    let content_type = match format {
        Format::Csv => "text/csv; charset=utf-8",
        _ => "application/json",
    };
    match outcome {
        Ok(_) => Reply::new(200, content_type, body),
        Err(e) => error_reply(&e),
    }
}

/// An error as a plain-text reply.
pub(crate) fn error_reply(e: &Error) -> Reply {
    let status = match e {
        Error::Usage(_) => 400,
        Error::Refused(_) => 422,
        Error::RecordErrors { .. } => 409,
        Error::Failed(_) => 500,
    };
    Reply::text(status, e.message())
}

/// A report's page; `/attendance` adds the day grid under the tally.
fn report_page(
    state: &State,
    path: &str,
    words: &[&str],
    flags: &[(String, String)],
    reveal: bool,
) -> Result<String, Reply> {
    let mut html = html_of(state, words, flags, reveal)?;
    if path == "/attendance" {
        let mut days = flags.to_vec();
        days.push(("days".to_string(), "1".to_string()));
        let grid = html_of(state, words, &days, reveal)?;
        html = html.replacen("</main>", &format!("{}</main>", main_of(&grid)), 1);
    }
    Ok(html)
}

/// Runs a command as HTML; the records' errors become the `check` page.
pub(crate) fn html_of(
    state: &State,
    words: &[&str],
    flags: &[(String, String)],
    reveal: bool,
) -> Result<String, Reply> {
    let argv = query::argv(words, flags).map_err(|m| Reply::text(400, m))?;
    let Ran { outcome, body } = run(&state.base, &argv, Format::Html, reveal);
    match outcome {
        Ok(Status::Success | Status::Failure) => Ok(String::from_utf8_lossy(&body).into_owned()),
        Err(Error::RecordErrors { count }) => Err(errors_reply(state, count)),
        Err(e) => Err(error_reply(&e)),
    }
}

/// The page shown instead of a report when the records have errors.
pub(crate) fn errors_reply(state: &State, count: usize) -> Reply {
    let check = match query::argv(&["check"], &[]) {
        Ok(argv) => run(&state.base, &argv, Format::Html, false).body,
        Err(m) => return Reply::text(500, m),
    };
    let heading = format!(
        "<div class=\"errors\"><h2>{}</h2>\n{}</div>\n",
        crate::render::html::esc(&t!("serve-errors-heading", count = count)),
        main_of(&String::from_utf8_lossy(&check))
    );
    let html = crate::render::html::page("clientele", "", &heading);
    let title = t!("serve-errors-title");
    let mut reply = finish(
        state,
        &Request::default(),
        &html,
        Some(title),
        Contacts::None,
    );
    reply.status = 409;
    reply
}

/// The content of a page's `<main>` (after its heading).
pub(crate) fn main_of(page: &str) -> &str {
    let start = page.find("<main>").map_or(0, |i| i + "<main>".len());
    let end = page.rfind("</main>").unwrap_or(page.len());
    page.get(start..end).unwrap_or("")
}

/// The shell, client links, and the reply, in the request's language.
pub(crate) fn finish(
    state: &State,
    req: &Request,
    html: &str,
    title: Option<String>,
    contacts: Contacts,
) -> Reply {
    let (generation, when) = state.changes.get();
    let signed = super::auth::session(&state.root, &state.sessions, req);
    let changed = chrono::DateTime::<chrono::Utc>::from(when)
        .format("%Y-%m-%d %H:%M:%S UTC")
        .to_string();
    let shell = Shell {
        path: &req.path,
        lang: i18n::current(),
        generation,
        changed,
        member: signed.as_ref().map(|s| s.member.as_str()),
        title,
        contacts,
    };
    let linked = page::link_ids(html, &client_ids(state));
    Reply::new(200, HTML, page::wrap(&linked, &shell))
}

/// Every client id: the file names under `clients/`.
pub(crate) fn client_ids(state: &State) -> BTreeSet<String> {
    let Ok(dir) = std::fs::read_dir(state.root.join("clients")) else {
        return BTreeSet::new();
    };
    dir.filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            name.strip_suffix(".toml").map(String::from)
        })
        .collect()
}
