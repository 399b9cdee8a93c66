//! `clientele meeting add --kind K --title T [--date D] [--attendees a,b]
//! [--minutes T] [--action "task;owner;due"]… [--id ID]`: appends a
//! `[[meeting]]` with its `[[meeting.action]]` items to the chair's (the
//! writer's) month file of the meeting's date.

use std::io::Write;

use chrono::NaiveDate;

use crate::error::Outcome;
use crate::model::{MeetingKind, YearMonth};
use crate::options::Ctx;
use crate::write::{self, Session, WriteError, entry, input, schema, value};

/// `meeting` subcommands.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: MeetingAction,
}

#[derive(Debug, clap::Subcommand)]
pub enum MeetingAction {
    /// Log a meeting you chaired
    #[command(after_help = "Example:
  clientele meeting add --kind weekly --title '週例會' --attendees zhang-min,li-wei,wang-fang \\
      --minutes '回顧本週' --action '整理續約方案;li-wei;2026-11-27' --member zhang-min")]
    Add(AddArgs),
}

/// Flags of `meeting add`.
#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// weekly, ad-hoc, training or client
    #[arg(long, value_name = "K", value_parser = crate::values::choice(MeetingKind::parse, MeetingKind::NAMES))]
    pub kind: MeetingKind,
    /// The meeting's title
    #[arg(long, value_name = "T", value_parser = crate::values::text)]
    pub title: String,
    /// The day (default today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub date: Option<NaiveDate>,
    /// Who attended, comma-separated member ids
    #[arg(long, value_name = "a,b")]
    pub attendees: Option<String>,
    /// The minutes
    #[arg(long, value_name = "T", value_parser = crate::values::text)]
    pub minutes: Option<String>,
    /// An action item "task;owner;due" (repeat for more)
    #[arg(long = "action", value_name = "TASK;OWNER;DUE")]
    pub actions: Vec<String>,
    /// An id, to tell two meetings of one day apart (unique across month files)
    #[arg(long, value_name = "ID", value_parser = crate::values::entry_id)]
    pub id: Option<String>,
}

pub fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let MeetingAction::Add(a) = &args.action;
    write::run(ctx, out, |w| add(w, a))
}

fn action(w: &Session<'_>, spec: &str) -> Result<toml_edit::Table, WriteError> {
    let parts: Vec<&str> = spec.rsplitn(3, ';').collect();
    let [due, owner, task] = parts.as_slice() else {
        return Err(WriteError::refused(format!(
            "--action `{spec}` is not \"task;owner;due\" (e.g. \"整理方案;li-wei;2026-11-27\")"
        )));
    };
    let task = input::text("--action task", task)?;
    let owner = w.member("--action owner", owner.trim())?;
    let due = input::date("--action due", due)?;
    Ok(entry::Builder::nested()
        .set("task", value::string(task.trim()))
        .set("owner", value::string(&owner.id))
        .set("due", value::date(due))
        .build())
}

fn add(w: &mut Session<'_>, a: &AddArgs) -> Result<String, WriteError> {
    let chair = w.writer()?;
    let kind = a.kind;
    let title = a.title.clone();
    let date = a.date.unwrap_or(w.today);
    let mut attendees = Vec::new();
    for id in a.attendees.iter().flat_map(|s| s.split(',')) {
        let id = id.trim();
        if !id.is_empty() {
            attendees.push(w.member("--attendees", id)?.id.0);
        }
    }
    let minutes = a.minutes.clone();
    let actions = a
        .actions
        .iter()
        .map(|s| action(w, s))
        .collect::<Result<Vec<_>, _>>()?;
    let id = a.id.clone();
    if let Some(id) = &id {
        unique_meeting(w, id)?;
    }
    let rel = write::month_file(YearMonth::of(date), &chair.id);
    let mut doc = w.txn.edit(&rel)?;
    let n = actions.len();
    let new = entry::Builder::new()
        .opt("id", id.as_deref().map(value::string))
        .set("date", value::date(date))
        .set("kind", value::string(kind.as_str()))
        .set("title", value::string(&title))
        .opt(
            "attendees",
            (!attendees.is_empty()).then(|| value::str_array(&attendees)),
        )
        .opt("minutes", minutes.as_deref().map(value::string))
        .children("action", actions)
        .build();
    entry::append(&mut doc.doc, schema::MONTH, "meeting", new)?;
    w.txn.stage(&rel, doc.render())?;
    Ok(format!(
        "logged {kind} meeting on {date} with {n} action items in {}",
        w.display(&rel)
    ))
}

/// Meeting ids are unique across all month files: with `--id` (only then)
/// every month file is read.
fn unique_meeting(w: &mut Session<'_>, id: &str) -> Result<(), WriteError> {
    for log in &w.month_logs()? {
        if log.meetings.iter().any(|m| m.id.as_deref() == Some(id)) {
            return Err(WriteError::refused(format!(
                "meeting id `{id}` is already used in {}: choose another id",
                w.display(&write::month_file(log.month, &log.member))
            )));
        }
    }
    Ok(())
}
