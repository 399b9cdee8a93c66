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
use super::fields::{self, Choices};
use super::http::{Reply, Request};
use super::page::Contacts;
use super::query;
use super::run::run;
use crate::error::Error;
use crate::model::{Member, Role};
use crate::render::Format;
use crate::render::html::{esc, page};
use crate::t;

/// The writes a browser may make: path, command words, title id.
pub(crate) const WRITES: &[(&str, &[&str], &str)] = &[
    ("/log", &["log"], "serve-write-log"),
    ("/plan", &["plan"], "serve-write-plan"),
    (
        "/complaint/respond",
        &["complaint", "respond"],
        "serve-write-complaint-respond",
    ),
    (
        "/complaint/resolve",
        &["complaint", "resolve"],
        "serve-write-complaint-resolve",
    ),
    (
        "/leave/request",
        &["leave", "request"],
        "serve-write-leave-request",
    ),
    (
        "/leave/approve",
        &["leave", "approve"],
        "serve-write-leave-approve",
    ),
    (
        "/leave/reject",
        &["leave", "reject"],
        "serve-write-leave-reject",
    ),
    (
        "/action/done",
        &["action", "done"],
        "serve-write-action-done",
    ),
    ("/review", &["review"], "serve-write-review"),
    ("/clock", &["clock"], "serve-write-clock"),
];

/// The write at `path` (without `/api`).
pub(crate) fn find(path: &str) -> Option<&'static [&'static str]> {
    WRITES
        .iter()
        .find(|(p, _, _)| *p == path)
        .map(|(_, w, _)| *w)
}

/// The id of the title of the write at `path`.
pub(crate) fn label_id(path: &str) -> Option<&'static str> {
    WRITES
        .iter()
        .find(|(p, _, _)| *p == path)
        .map(|(_, _, id)| *id)
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

/// The names of a write's fields: its flags but the writer's, and its
/// positional arguments by their `--help` names in lower case.
pub(crate) fn field_names(cmd: &clap::Command) -> Vec<String> {
    cmd.get_arguments()
        .filter_map(|a| match a.get_long() {
            Some(l) if query::WRITER.contains(&l) || l == "help" => None,
            Some(l) => Some(l.to_string()),
            None => Some(query::positional_name(a).to_ascii_lowercase()),
        })
        .collect()
}

/// The form of the write `words` (`GET /log`).
fn form(words: &[&str], signed: &Signed, note: &str, choices: &Choices) -> Result<String, String> {
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
    let names = field_names(cmd);
    let args = cmd.get_arguments().filter(|a| {
        a.get_long()
            .is_none_or(|l| !query::WRITER.contains(&l) && l != "help")
    });
    for (a, name) in args.zip(&names) {
        let _ = write!(s, "<label>{}", esc(&fields::label(name)));
        s.push_str(&fields::input(words, a, name, choices));
        s.push_str("</label>\n");
    }
    let _ = writeln!(
        s,
        "<button type=\"submit\">{}</button>\n</form>",
        esc(&t!("serve-form-submit"))
    );
    Ok(page(
        &format!("clientele {}", words.join(" ")),
        &t!("serve-form-as", member = signed.member.as_str()),
        &s,
    ))
}

/// The form of `words` in the shell, `note` above it.
pub(crate) fn show(
    state: &State,
    req: &Request,
    words: &[&str],
    signed: &Signed,
    note: &str,
) -> Reply {
    let choices = Choices {
        clients: super::routes::client_ids(state).into_iter().collect(),
        members: team(state)
            .into_iter()
            .filter(|m| m.left.is_none())
            .map(|m| m.id.to_string())
            .collect(),
    };
    let title = super::page::label(&format!("/{}", words.join("/")));
    match form(words, signed, note, &choices) {
        Ok(html) => super::routes::finish(state, req, &html, title, Contacts::None),
        Err(m) => Reply::text(500, m),
    }
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
            return Reply::text(403, t!("serve-csrf"));
        }
    }
    pairs.retain(|(k, _)| k != "csrf");
    if lead_only(words, &pairs, &signed.member) && !is_lead(state, &signed.member) {
        let write = words.join(" ");
        let member = signed.member.as_str();
        return Reply::text(403, t!("serve-lead-only", write = write, member = member));
    }
    let mut argv = match query::argv_with(words, &pairs, query::WRITER) {
        Ok(a) => a,
        Err(m) => return Reply::text(400, m),
    };
    argv.insert(1, format!("--member={}", signed.member));
    let _guard = state.writing.lock();
    let before = super::commit::status(state);
    let ran = run(&state.base, &argv, Format::Table, false);
    let text = String::from_utf8_lossy(&ran.body).into_owned();
    let reply_text = match ran.outcome {
        Ok(_) => match super::commit::commit(state, &signed.member, &argv, &before) {
            Ok(None) => text,
            Ok(Some(warning)) => format!("{text}{warning}\n"),
            Err(e) => {
                let e = t!("serve-not-committed", error = e);
                return Reply::text(500, format!("{text}{e}"));
            }
        },
        Err(e) => return refusal(state, req, &e, (form, words, signed)),
    };
    if form {
        let note = t!("serve-form-done", text = reply_text.trim());
        show(state, req, words, signed, &note)
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
    if form {
        let status = reply.status;
        reply = show(state, req, words, signed, &e.message());
        reply.status = status;
    }
    reply
}

/// The team as team.toml says now (read with the settings only: not the
/// whole folder).
pub(crate) fn team(state: &State) -> Vec<Member> {
    let files = ["clientele.toml", "team.toml"].map(|f| (f.to_string(), None));
    crate::load::load_some(&state.root, &files)
        .map(|l| l.records.members)
        .unwrap_or_default()
}

/// Whether `member` is a lead in team.toml.
pub(crate) fn is_lead(state: &State, member: &str) -> bool {
    team(state)
        .iter()
        .any(|m| &*m.id == member && m.role == Role::Lead)
}
