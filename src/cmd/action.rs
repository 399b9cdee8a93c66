//! `clientele action done MEETING_DATE TASK_NUMBER [--on D] [--meeting ID]`:
//! marks a meeting's action item done, in the chair's month file where the
//! meeting lives. The meeting is looked for in the month files of its
//! month only; when two meetings share the date, `--meeting ID` says which
//! (a meeting written without an id answers to its place that day,
//! `M-YYYY-MM-DD-2`, rules §7.7).

use std::io::Write;

use chrono::NaiveDate;

use crate::error::Outcome;
use crate::model::YearMonth;
use crate::options::Ctx;
use crate::t;
use crate::write::{self, Session, WriteError, entry, schema, value};

/// `action` subcommands.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) action: ActionAction,
}

#[derive(Debug, clap::Subcommand)]
pub(crate) enum ActionAction {
    /// Mark an action item of a meeting done
    Done(DoneArgs),
}

/// Flags of `action done`.
#[derive(Debug, clap::Args)]
pub(crate) struct DoneArgs {
    /// The meeting's date
    #[arg(value_name = "MEETING_DATE", value_parser = crate::values::date)]
    pub(crate) meeting_date: NaiveDate,
    /// The item's number in the meeting, counting from 1 in the order of the file
    #[arg(value_name = "TASK_NUMBER", value_parser = crate::values::int_in(1, 10_000))]
    pub(crate) task: i64,
    /// The day it was done (default today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) on: Option<NaiveDate>,
    /// The meeting's id, when two meetings share the date
    #[arg(long, value_name = "ID", value_parser = crate::values::entry_id)]
    pub(crate) meeting: Option<String>,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let ActionAction::Done(a) = &args.action;
    write::run(ctx, out, |w| done(w, a))
}

/// A meeting found: its file, its index among the file's meetings, a label.
struct Found {
    rel: String,
    index: usize,
    label: String,
    /// The meeting's written id.
    id: Option<String>,
    /// For a meeting written without an id: the name `--meeting` takes.
    answers_to: Option<String>,
}

/// Gives each meeting written without an id the name it answers to (the
/// first free ids of the date, in order, as `meeting add` leaves them) and
/// puts the id or that name in its label.
fn name_the_unnamed(all: &mut [Found], date: NaiveDate) {
    let written: std::collections::BTreeSet<String> =
        all.iter().filter_map(|f| f.id.clone()).collect();
    let mut free = super::meeting::free_ids(date, &written);
    for f in all.iter_mut() {
        match &f.id {
            Some(i) => f.label.push_str(&format!(" (id {i})")),
            None => {
                f.answers_to = free.next();
                let name = f.answers_to.as_deref().unwrap_or("");
                f.label.push_str(&format!(" (no id; --meeting {name})"));
            }
        }
    }
}

/// Every meeting dated `date` in the month folder's files (in path order,
/// then file order), with its written id; and the files not searched.
fn meetings_on(
    w: &mut Session<'_>,
    date: NaiveDate,
    folder: &str,
) -> Result<(Vec<Found>, Vec<String>), WriteError> {
    let mut all = Vec::new();
    let mut broken = Vec::new();
    for rel in crate::load::files_in(w.txn.root(), folder)? {
        let Ok(doc) = w.txn.edit(&rel) else {
            broken.push(rel);
            continue;
        };
        let Some(meetings) = doc.doc.get("meeting").and_then(|m| m.as_array_of_tables()) else {
            continue;
        };
        let chair = rel
            .rsplit('/')
            .next()
            .unwrap_or("")
            .trim_end_matches(".toml");
        for (index, m) in meetings.iter().enumerate() {
            if entry::get_datetime(m, "date") != Some(date.to_string()) {
                continue;
            }
            let m_id = entry::get_str(m, "id").map(str::to_string);
            let title = entry::get_str(m, "title").unwrap_or("meeting");
            let label = format!("{chair}'s {title}");
            all.push(Found {
                rel: rel.clone(),
                index,
                label,
                id: m_id,
                answers_to: None,
            });
        }
    }
    Ok((all, broken))
}

/// The meeting on `date` that `--meeting ID` names (or the only one): by
/// its written id, else, for a meeting without one, by its place
/// ([`by_place`]).
fn find(w: &mut Session<'_>, date: NaiveDate, id: Option<&str>) -> Result<Found, WriteError> {
    let folder = format!("months/{}", YearMonth::of(date));
    let (mut all, broken) = meetings_on(w, date, &folder)?;
    name_the_unnamed(&mut all, date);
    let written = |i: &str| all.iter().any(|f| f.id.as_deref() == Some(i));
    let mut found: Vec<Found> = match id {
        None => all,
        Some(i) if written(i) => (all.into_iter())
            .filter(|f| f.id.as_deref() == Some(i))
            .collect(),
        Some(i) => (all.into_iter())
            .filter(|f| f.answers_to.as_deref() == Some(i))
            .collect(),
    };
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(WriteError::refused(t!(
            "refuse-no-meeting",
            date = date.to_string(),
            with = id
                .map(|i| t!("refuse-meeting-with-id", id = i))
                .unwrap_or_default(),
            folder = w.display(&folder).to_string(),
            broken = if broken.is_empty() {
                String::new()
            } else {
                t!("refuse-meetings-not-searched", files = broken.join(", "))
            }
        ))),
        n => Err(WriteError::refused(t!(
            "refuse-meetings-on-day",
            n = n,
            date = date.to_string(),
            found = found
                .iter()
                .map(|f| f.label.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

fn done(w: &mut Session<'_>, a: &DoneArgs) -> Result<String, WriteError> {
    let (date, number) = (a.meeting_date, a.task);
    let on = a.on.unwrap_or(w.today);
    super::happened::on_or_before("--on", on, w.today)?;
    let id = a.meeting.clone();
    let found = find(w, date, id.as_deref())?;
    let mut doc = w.txn.edit(&found.rel)?;
    let meeting = entry::entries_mut(doc.doc.as_table_mut(), "meeting")
        .and_then(|m| m.get_mut(found.index))
        .ok_or_else(|| WriteError::refused(t!("refuse-meeting-moved", date = date.to_string())))?;
    let count = entry::entries_mut(meeting, "action").map_or(0, |a| a.len());
    let item = usize::try_from(number - 1)
        .ok()
        .and_then(|i| entry::entries_mut(meeting, "action")?.get_mut(i));
    let Some(item) = item else {
        return Err(WriteError::refused(t!(
            "refuse-no-action-item",
            meeting = found.label.as_str(),
            count = count,
            number = number
        )));
    };
    if let Some(old) = entry::get_datetime(item, "done") {
        return Err(WriteError::refused(t!(
            "refuse-action-done",
            number = number,
            meeting = found.label.as_str(),
            old = old.to_string()
        )));
    }
    let task = entry::get_str(item, "task").unwrap_or("").to_string();
    entry::set(item, schema::ACTION, "done", value::date(on));
    w.txn.stage(&found.rel, doc.render())?;
    Ok(crate::t!(
        "write-action-done",
        on = on.to_string(),
        task = task.as_str(),
        number = number,
        meeting = found.label.as_str(),
        file = w.display(&found.rel)
    ))
}
