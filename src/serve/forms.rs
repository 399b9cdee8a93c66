//! Writes from the browser (`--write`): a form per write command, built
//! from the command's own clap definition (field names are the CLI's flag
//! names; positional arguments go by their `--help` names in lower case),
//! posted to the command's words as a path (`/log`, `/leave/approve`; or
//! `/api/log` with a bearer token). Each runs the very command, so it goes
//! through the same write layer (validated, atomic, locked) and refuses
//! with the same messages. The writer is the signed-in member, never a
//! field; lead-only writes are 403 for others; a form without its CSRF
//! token is 403.

use std::fmt::Write as _;

use super::State;
use super::auth::Signed;
use super::http::{Reply, Request};
use super::query;
use super::run::run;
use crate::error::Error;
use crate::model::Role;
use crate::render::Format;
use crate::render::html::{esc, page};

/// The writes a browser may make: path, command words.
pub(crate) const WRITES: &[(&str, &[&str])] = &[
    ("/log", &["log"]),
    ("/plan", &["plan"]),
    ("/complaint/respond", &["complaint", "respond"]),
    ("/complaint/resolve", &["complaint", "resolve"]),
    ("/leave/request", &["leave", "request"]),
    ("/leave/approve", &["leave", "approve"]),
    ("/leave/reject", &["leave", "reject"]),
    ("/action/done", &["action", "done"]),
    ("/review", &["review"]),
    ("/clock", &["clock"]),
];

/// The write at `path` (without `/api`).
pub(crate) fn find(path: &str) -> Option<&'static [&'static str]> {
    WRITES.iter().find(|(p, _)| *p == path).map(|(_, w)| *w)
}

/// Whether only a lead may make this write: deciding on leave, or
/// reviewing someone else.
fn lead_only(words: &[&str], pairs: &[(String, String)], me: &str) -> bool {
    match words {
        ["leave", "approve" | "reject"] => true,
        ["review"] => pairs.iter().any(|(k, v)| k == "member" && v != me),
        _ => false,
    }
}

/// The form of the write `words` (`GET /log`).
pub(crate) fn form(words: &[&str], signed: &Signed, note: &str) -> Result<String, String> {
    let root = <crate::cli::Cli as clap::CommandFactory>::command();
    let cmd = query::command(&root, words)?;
    let mut s = String::new();
    if !note.is_empty() {
        let _ = writeln!(s, "<p class=\"note\">{}</p>", esc(note));
    }
    let _ = writeln!(
        s,
        "<form class=\"write\" method=\"post\" action=\"/{}\">",
        words.join("/")
    );
    let _ = writeln!(
        s,
        "<input type=\"hidden\" name=\"csrf\" value=\"{}\">",
        esc(&signed.csrf)
    );
    for a in cmd.get_arguments() {
        let name = match a.get_long() {
            Some(l) if query::WRITER.contains(&l) || l == "help" => continue,
            Some(l) => l.to_string(),
            None => query::positional_name(a).to_ascii_lowercase(),
        };
        let help = a.get_help().map(ToString::to_string).unwrap_or_default();
        let _ = write!(s, "<label>{} <small>{}</small>", esc(&name), esc(&help));
        s.push_str(&field(a, &name));
        s.push_str("</label>\n");
    }
    let _ = writeln!(
        s,
        "<button type=\"submit\">{}</button>\n</form>",
        esc(&words.join(" "))
    );
    Ok(page(
        &format!("clientele {}", words.join(" ")),
        &format!("as {}", signed.member),
        &s,
    ))
}

fn field(a: &clap::Arg, name: &str) -> String {
    let required = if a.is_required_set() { " required" } else { "" };
    if !a.get_action().takes_values() {
        return format!("<input type=\"checkbox\" name=\"{name}\" value=\"1\">");
    }
    let choices = a.get_possible_values();
    if !choices.is_empty() {
        let mut s = format!("<select name=\"{name}\"{required}><option value=\"\"></option>");
        for c in choices {
            let _ = write!(s, "<option>{}</option>", esc(c.get_name()));
        }
        s.push_str("</select>");
        return s;
    }
    let hint = a
        .get_value_names()
        .and_then(|v| v.first())
        .map(ToString::to_string)
        .unwrap_or_default();
    let kind = if hint == "YYYY-MM-DD" { "date" } else { "text" };
    format!(
        "<input type=\"{kind}\" name=\"{name}\" placeholder=\"{}\"{required}>",
        esc(&hint)
    )
}

/// A write posted by `signed` (a session's form when `form` is true,
/// else a bearer call, which has no CSRF token to show).
pub(crate) fn post(
    state: &State,
    req: &Request,
    words: &[&str],
    signed: &Signed,
    form: bool,
) -> Reply {
    let mut pairs = query::pairs(&req.body);
    if form {
        let csrf = pairs
            .iter()
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v.as_str());
        if csrf != Some(signed.csrf.as_str()) || signed.csrf.is_empty() {
            return Reply::text(
                403,
                "this form has expired or did not come from this server: reload it",
            );
        }
    }
    pairs.retain(|(k, _)| k != "csrf");
    if lead_only(words, &pairs, &signed.member) && !is_lead(state, &signed.member) {
        return Reply::text(
            403,
            format!(
                "only a lead may {}: `{}` is not one",
                words.join(" "),
                signed.member
            ),
        );
    }
    let mut argv = match query::argv_with(words, &pairs, query::WRITER) {
        Ok(a) => a,
        Err(m) => return Reply::text(400, m),
    };
    argv.insert(1, format!("--member={}", signed.member));
    let _guard = state.writing.lock();
    let before = super::commit::status(state);
    let ran = run(&state.base, &argv, Format::Table);
    let text = String::from_utf8_lossy(&ran.body).into_owned();
    let reply_text = match ran.outcome {
        Ok(_) => match super::commit::commit(state, &signed.member, &argv, &before) {
            Ok(()) => text,
            Err(e) => {
                return Reply::text(
                    500,
                    format!("{text}the write is saved, but not committed: {e}"),
                );
            }
        },
        Err(e) => return refusal(state, req, &e, (form, words, signed)),
    };
    if form {
        let note = format!("done: {}", reply_text.trim());
        match self::form(words, signed, &note) {
            Ok(html) => super::routes::finish(state, req, "en", &html),
            Err(m) => Reply::text(500, m),
        }
    } else {
        Reply::text(200, reply_text)
    }
}

/// A refused write: the form again with the CLI's message (or the text).
fn refusal(
    state: &State,
    req: &Request,
    e: &Error,
    (form, words, signed): (bool, &[&str], &Signed),
) -> Reply {
    let mut reply = super::routes::error_reply(e);
    if form && let Ok(html) = self::form(words, signed, &e.message()) {
        let status = reply.status;
        reply = super::routes::finish(state, req, "en", &html);
        reply.status = status;
    }
    reply
}

fn is_lead(state: &State, member: &str) -> bool {
    crate::cmd::open(&state.base)
        .ok()
        .and_then(|o| o.records.member(member).map(|m| m.role == Role::Lead))
        .unwrap_or(false)
}
