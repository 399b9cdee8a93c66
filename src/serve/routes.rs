//! Which path is which page or data file, and the read-only handlers.
//! A page runs its command in HTML and wraps it in the shell; a data file
//! runs it in CSV or JSON and returns the bytes untouched. When the
//! records have errors a page shows them (the `check` table) instead of
//! numbers: a wrong number is worse than none.

use std::collections::BTreeSet;

use super::State;
use super::http::{HTML, Reply, Request};
use super::page::{self, Shell};
use super::query;
use super::run::{Ran, run};
use crate::error::{Error, Status};
use crate::render::Format;

/// Pages and the command each runs.
const PAGES: &[(&str, &[&str])] = &[
    ("/", &["summary"]),
    ("/clients", &["tiers"]),
    ("/followups", &["followups"]),
    ("/complaints", &["complaints"]),
    ("/pipeline", &["pipeline"]),
    ("/attendance", &["attendance"]),
    ("/leave", &["leave"]),
    ("/meetings", &["meetings"]),
    ("/kpi", &["kpi"]),
    ("/appraisal", &["appraisal"]),
    ("/training", &["training"]),
    ("/check", &["check"]),
    ("/tiers", &["tiers"]),
    ("/plans", &["plans"]),
    ("/care", &["care"]),
    ("/actions", &["actions"]),
    ("/awards", &["awards"]),
    ("/promotion", &["promotion"]),
];

/// The reports with a `/<name>.csv` and `/<name>.json`.
pub(crate) const REPORTS: &[&str] = &[
    "summary",
    "check",
    "tiers",
    "followups",
    "plans",
    "care",
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
    if let Some((name, format)) = data_file(&req.path) {
        return data(state, name, format, &pairs);
    }
    let lang = page::language(
        pairs
            .iter()
            .find(|(k, _)| k == "lang")
            .map(|(_, v)| v.as_str()),
        req.header("accept-language"),
        "en",
    );
    let flags: Vec<_> = pairs.into_iter().filter(|(k, _)| k != "lang").collect();
    let body = if let Some(id) = req.path.strip_prefix("/clients/") {
        super::card::client(state, id, &flags)
    } else if req.path == "/deals" {
        super::card::deals(state, &flags)
    } else if let Some((_, words)) = PAGES.iter().find(|(p, _)| *p == req.path) {
        report_page(state, req.path.as_str(), words, &flags)
    } else {
        return Reply::text(404, format!("no page {}", req.path));
    };
    match body {
        Ok(html) => finish(state, req, &lang, &html),
        Err(reply) => reply,
    }
}

/// `/kpi.csv` → (`kpi`, CSV).
fn data_file(path: &str) -> Option<(&str, Format)> {
    let name = path.strip_prefix('/')?;
    let (stem, format) = if let Some(s) = name.strip_suffix(".csv") {
        (s, Format::Csv)
    } else {
        (name.strip_suffix(".json")?, Format::Json)
    };
    REPORTS.contains(&stem).then_some((stem, format))
}

fn data(state: &State, name: &str, format: Format, pairs: &[(String, String)]) -> Reply {
    let argv = match query::argv(&[name], pairs) {
        Ok(a) => a,
        Err(m) => return Reply::text(400, m),
    };
    let Ran { outcome, body } = run(&state.base, &argv, format);
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
) -> Result<String, Reply> {
    let mut html = html_of(state, words, flags)?;
    if path == "/attendance" {
        let mut days = flags.to_vec();
        days.push(("days".to_string(), "1".to_string()));
        let grid = html_of(state, words, &days)?;
        html = html.replacen("</main>", &format!("{}</main>", main_of(&grid)), 1);
    }
    Ok(html)
}

/// Runs a command as HTML; the records' errors become the `check` page.
pub(crate) fn html_of(
    state: &State,
    words: &[&str],
    flags: &[(String, String)],
) -> Result<String, Reply> {
    let argv = query::argv(words, flags).map_err(|m| Reply::text(400, m))?;
    let Ran { outcome, body } = run(&state.base, &argv, Format::Html);
    match outcome {
        Ok(Status::Success | Status::Failure) => Ok(String::from_utf8_lossy(&body).into_owned()),
        Err(Error::RecordErrors { count }) => Err(errors_reply(state, count)),
        Err(e) => Err(error_reply(&e)),
    }
}

/// The page shown instead of a report when the records have errors.
pub(crate) fn errors_reply(state: &State, count: usize) -> Reply {
    match errors_page(state, count) {
        Ok(html) => {
            let mut reply = finish(state, &Request::default(), "en", &html);
            reply.status = 409;
            reply
        }
        Err(reply) => reply,
    }
}

fn errors_page(state: &State, count: usize) -> Result<String, Reply> {
    let argv = query::argv(&["check"], &[]).map_err(|m| Reply::text(500, m))?;
    let Ran { body, .. } = run(&state.base, &argv, Format::Html);
    let check = String::from_utf8_lossy(&body);
    let heading = format!(
        "<div class=\"errors\"><h2>The records have {count} error{}: no numbers until they are fixed</h2>\n{}</div>\n",
        if count == 1 { "" } else { "s" },
        main_of(&check)
    );
    Ok(crate::render::html::page("clientele", "", &heading))
}

/// The content of a page's `<main>` (after its heading).
pub(crate) fn main_of(page: &str) -> &str {
    let start = page.find("<main>").map_or(0, |i| i + "<main>".len());
    let end = page.rfind("</main>").unwrap_or(page.len());
    page.get(start..end).unwrap_or("")
}

/// The shell, client links, and the reply.
pub(crate) fn finish(state: &State, req: &Request, lang: &str, html: &str) -> Reply {
    let (generation, when) = state.changes.get();
    let signed = if state.write {
        super::auth::session(&state.root, &state.sessions, req)
    } else {
        None
    };
    let changed = chrono::DateTime::<chrono::Utc>::from(when)
        .format("%Y-%m-%d %H:%M:%S UTC")
        .to_string();
    let shell = Shell {
        path: &req.path,
        lang,
        generation,
        changed,
        member: signed.as_ref().map(|s| s.member.as_str()),
    };
    let linked = page::link_ids(html, &client_ids(state));
    Reply::new(200, HTML, page::wrap(&linked, &shell))
}

/// Every client id: the file names under `clients/`.
fn client_ids(state: &State) -> BTreeSet<String> {
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
