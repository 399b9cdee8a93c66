//! `clientele training add|score`: the writing side of `training` (rules
//! §7.8). `add` appends a `[[session]]` to `training/<YYYY>.toml` of its
//! date (a session may be planned ahead); `score` records an exam score
//! (`--retake`: the retake) in the session's `[session.exam]`, found by
//! its id among the training files. A score for a session not yet held is
//! refused (rules §7.4).

use chrono::{Datelike, NaiveDate};
use toml_edit::{InlineTable, Item, Table};

use crate::model::{TrainingCategory, TrainingMethod};
use crate::t;
use crate::write::{self, EditDoc, Session, WriteError, entry, schema, value};

/// The writing subcommands of `training`.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum TrainingAction {
    /// Add a training session (held or planned)
    Add(AddArgs),
    /// Record an exam score of a session
    Score(ScoreArgs),
}

/// Flags of `training add`.
#[derive(Debug, clap::Args)]
pub(crate) struct AddArgs {
    /// The session's id, unique across all years
    #[arg(long, value_name = "ID", value_parser = crate::values::entry_id)]
    pub(crate) id: String,
    /// The day of the session
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) date: NaiveDate,
    /// What it is about
    #[arg(long, value_name = "T", value_parser = crate::values::text)]
    pub(crate) topic: String,
    /// business, sales, service, communication, teamwork or other
    #[arg(long, value_name = "C", value_parser = crate::values::choice(TrainingCategory::parse, TrainingCategory::NAMES))]
    pub(crate) category: TrainingCategory,
    /// internal, external, online or field
    #[arg(long, value_name = "M", value_parser = crate::values::choice(TrainingMethod::parse, TrainingMethod::NAMES))]
    pub(crate) method: TrainingMethod,
    /// Length in hours
    #[arg(long, value_name = "H", value_parser = crate::values::number_in(0.0, 1000.0))]
    pub(crate) hours: f64,
    /// Who gives it
    #[arg(long, value_name = "T", value_parser = crate::values::text)]
    pub(crate) trainer: Option<String>,
    /// Who attends, comma-separated member ids
    #[arg(long, value_name = "a,b")]
    pub(crate) attendees: Option<String>,
}

/// Flags of `training score`.
#[derive(Debug, clap::Args)]
pub(crate) struct ScoreArgs {
    /// The session's id
    #[arg(value_name = "SESSION", value_parser = crate::values::entry_id)]
    pub(crate) session: String,
    /// The member examined (an attendee)
    #[arg(value_name = "MEMBER", value_parser = crate::values::id)]
    pub(crate) member: String,
    /// The score, 0..100
    #[arg(value_name = "SCORE", value_parser = crate::values::score)]
    pub(crate) score: f64,
    /// The retake's score (the first score must be there)
    #[arg(long)]
    pub(crate) retake: bool,
}

pub(crate) fn run(
    action: &TrainingAction,
    ctx: &crate::options::Ctx,
    out: &mut dyn std::io::Write,
) -> crate::error::Outcome {
    match action {
        TrainingAction::Add(a) => write::run(ctx, out, |w| add(w, a)),
        TrainingAction::Score(a) => write::run(ctx, out, |w| score(w, a)),
    }
}

/// Every training file, and the one holding session `id` with its index.
fn find(w: &mut Session<'_>, id: &str) -> Result<Option<(String, usize)>, WriteError> {
    for rel in crate::load::files_in(w.txn.root(), "training")? {
        let doc = w.txn.edit(&rel)?;
        let found = (doc.doc.get("session").and_then(Item::as_array_of_tables))
            .and_then(|s| s.iter().position(|t| entry::get_str(t, "id") == Some(id)));
        if let Some(i) = found {
            return Ok(Some((rel, i)));
        }
    }
    Ok(None)
}

fn add(w: &mut Session<'_>, a: &AddArgs) -> Result<String, WriteError> {
    if let Some((rel, _)) = find(w, &a.id)? {
        return Err(WriteError::refused(t!(
            "refuse-session-id-taken",
            id = a.id.as_str(),
            file = w.display(&rel).to_string()
        )));
    }
    let mut attendees = Vec::new();
    for id in a.attendees.iter().flat_map(|s| s.split(',')).map(str::trim) {
        if !id.is_empty() {
            attendees.push(w.member("--attendees", id)?.id.0);
        }
    }
    let rel = format!("training/{}.toml", a.date.year());
    let mut doc = w.txn.edit(&rel)?;
    let new = entry::Builder::new()
        .set("id", value::string(&a.id))
        .set("date", value::date(a.date))
        .set("topic", value::string(&a.topic))
        .set("category", value::string(a.category.as_str()))
        .set("method", value::string(a.method.as_str()))
        .set("hours", value::number(a.hours))
        .opt("trainer", a.trainer.as_deref().map(value::string))
        .opt(
            "attendees",
            (!attendees.is_empty()).then(|| value::str_array(&attendees)),
        )
        .build();
    write::ordered::insert_by(&mut doc.doc, schema::TRAINING, "session", "date", new)?;
    w.txn.stage(&rel, doc.render())?;
    Ok(t!(
        "write-session-added",
        id = a.id.as_str(),
        date = a.date.to_string(),
        who = if attendees.is_empty() {
            t!("write-no-attendees")
        } else {
            t!("write-attendees", ids = attendees.join(", "))
        },
        file = w.display(&rel).to_string()
    ))
}

fn score(w: &mut Session<'_>, a: &ScoreArgs) -> Result<String, WriteError> {
    let member = w.member("MEMBER", &a.member)?.id.0;
    let Some((rel, index)) = find(w, &a.session)? else {
        return Err(WriteError::refused(t!(
            "refuse-no-session",
            id = a.session.as_str()
        )));
    };
    let today = w.today;
    let mut doc = w.txn.edit(&rel)?;
    let session = session_mut(&mut doc, index)?;
    let date = entry::get_datetime(session, "date").and_then(|d| d.parse::<NaiveDate>().ok());
    if let Some(d) = date {
        let what = t!("refuse-session-dated", session = a.session.as_str());
        super::happened::on_or_before(&what, d, today)?;
    }
    let attends = session
        .get("attendees")
        .and_then(Item::as_array)
        .is_some_and(|l| l.iter().any(|v| v.as_str() == Some(member.as_str())));
    if !attends {
        return Err(WriteError::refused(t!(
            "refuse-not-attended",
            member = member.as_str(),
            session = a.session.as_str()
        )));
    }
    let key = if a.retake { "retake" } else { "scores" };
    if let Some(old) = written(session, key, &member) {
        return Err(WriteError::refused(t!(
            "refuse-score-written",
            member = member.as_str(),
            what = if a.retake { "retake" } else { "score" },
            old = old.to_string(),
            session = a.session.as_str()
        )));
    }
    if a.retake && written(session, "scores", &member).is_none() {
        return Err(WriteError::refused(t!(
            "refuse-retake-first",
            member = member.as_str(),
            session = a.session.as_str()
        )));
    }
    put_score(session, key, &member, a.score)?;
    w.txn.stage(&rel, doc.render())?;
    Ok(t!(
        "write-session-score",
        session = a.session.as_str(),
        key = key,
        member = member.as_str(),
        score = crate::numbers::score(a.score),
        file = w.display(&rel).to_string()
    ))
}

fn session_mut(doc: &mut EditDoc, index: usize) -> Result<&mut Table, WriteError> {
    entry::entries_mut(doc.doc.as_table_mut(), "session")
        .and_then(|s| s.get_mut(index))
        .ok_or_else(|| WriteError::refused(t!("refuse-session-moved")))
}

/// The first score or the retake of `member` in a session, as written.
fn written(session: &Table, key: &str, member: &str) -> Option<String> {
    let exam = session.get("exam")?.as_table_like()?;
    let scores = exam.get(key)?.as_inline_table()?;
    scores.get(member).map(|v| v.to_string().trim().to_string())
}

/// Sets `member`'s `key` (`scores` or `retake`) in the session's
/// `[session.exam]`, each created (indented, as `fmt` writes it) when
/// missing.
fn put_score(session: &mut Table, key: &str, member: &str, score: f64) -> Result<(), WriteError> {
    let indented = |name: &str| {
        let mut k = toml_edit::Key::new(name);
        k.leaf_decor_mut().set_prefix("  ");
        k.leaf_decor_mut().set_suffix(" ");
        k
    };
    if session.get("exam").is_none() {
        let mut exam = Table::new();
        exam.decor_mut().set_prefix("  ");
        session.insert("exam", Item::Table(exam));
    }
    let Some(Item::Table(exam)) = session.get_mut("exam") else {
        return Err(WriteError::refused(t!("refuse-exam-inline")));
    };
    if exam.get(key).and_then(Item::as_inline_table).is_none() {
        exam.remove(key);
        let empty = toml_edit::Value::InlineTable(InlineTable::new());
        if exam.is_empty() {
            exam.insert_formatted(&indented(key), Item::Value(empty));
        } else {
            entry::set(exam, schema::EXAM, key, empty);
        }
    }
    let Some(scores) = exam.get_mut(key).and_then(Item::as_inline_table_mut) else {
        return Err(WriteError::refused(t!("refuse-exam-scores")));
    };
    scores.insert(member, value::number(score));
    scores.fmt();
    Ok(())
}
