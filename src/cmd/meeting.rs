//! `clientele meeting add --kind K --title T [--date D] [--attendees a,b]
//! [--minutes T] [--action "task;owner;due"]… [--id ID]`: appends a
//! `[[meeting]]` with its `[[meeting.action]]` items to the chair's (the
//! writer's) month file of the meeting's date. Every meeting gets an id
//! (`M-YYYY-MM-DD`, `-2` …), so `action done --meeting ID` can name it.

use std::io::Write;

use chrono::NaiveDate;

use crate::error::Outcome;
use crate::model::{MeetingKind, YearMonth};
use crate::options::Ctx;
use crate::t;
use crate::write::{self, Session, WriteError, entry, input, schema, value};

/// `meeting` subcommands.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) action: MeetingAction,
}

#[derive(Debug, clap::Subcommand)]
pub(crate) enum MeetingAction {
    /// Log a meeting you chaired
    Add(AddArgs),
}

/// Flags of `meeting add`.
#[derive(Debug, clap::Args)]
pub(crate) struct AddArgs {
    /// weekly, ad-hoc, training or client
    #[arg(long, value_name = "K", value_parser = crate::values::choice(MeetingKind::parse, MeetingKind::NAMES))]
    pub(crate) kind: MeetingKind,
    /// The meeting's title
    #[arg(long, value_name = "T", value_parser = crate::values::text)]
    pub(crate) title: String,
    /// The day (default today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) date: Option<NaiveDate>,
    /// Who attended, comma-separated member ids
    #[arg(long, value_name = "a,b")]
    pub(crate) attendees: Option<String>,
    /// The minutes
    #[arg(long, value_name = "T", value_parser = crate::values::text)]
    pub(crate) minutes: Option<String>,
    /// An action item "task;owner;due" (repeat for more)
    #[arg(long = "action", value_name = "TASK;OWNER;DUE")]
    pub(crate) actions: Vec<String>,
    /// The meeting's id (default M-YYYY-MM-DD, then -2, -3 that day; unique across month files)
    #[arg(long, value_name = "ID", value_parser = crate::values::entry_id)]
    pub(crate) id: Option<String>,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let MeetingAction::Add(a) = &args.action;
    write::run(ctx, out, |w| add(w, a))
}

fn action(w: &Session<'_>, spec: &str) -> Result<toml_edit::Table, WriteError> {
    let parts: Vec<&str> = spec.rsplitn(3, ';').collect();
    let [due, owner, task] = parts.as_slice() else {
        return Err(WriteError::refused(t!("refuse-action-spec", spec = spec)));
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
    let id = meeting_id(w, a.id.as_deref(), date, kind, &title)?;
    let rel = write::month_file(YearMonth::of(date), &chair.id);
    let mut doc = w.txn.edit(&rel)?;
    let n = actions.len();
    let new = entry::Builder::new()
        .set("id", value::string(&id))
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
    write::ordered::insert_by(&mut doc.doc, schema::MONTH, "meeting", "date", new)?;
    w.txn.stage(&rel, doc.render())?;
    Ok(crate::t!(
        "write-meeting",
        kind = crate::i18n::word("kind", kind.as_str()),
        id = id.to_string(),
        date = date.to_string(),
        n = n,
        file = w.display(&rel)
    ))
}

/// The id of the new meeting: `--id`, else `M-<date>`, then `-2`, `-3`
/// for further meetings that day (rules §7.7). Ids are unique across all
/// month files, so every month file is read. A meeting with the same
/// date, kind and title as one already written is refused.
fn meeting_id(
    w: &mut Session<'_>,
    given: Option<&str>,
    date: NaiveDate,
    kind: MeetingKind,
    title: &str,
) -> Result<String, WriteError> {
    let logs = w.month_logs()?;
    let mut used = std::collections::BTreeMap::new();
    for log in &logs {
        let rel = write::month_file(log.month, &log.member);
        for m in &log.meetings {
            if m.date == date
                && m.kind == kind
                && m.title.as_deref().map(str::trim) == Some(title.trim())
            {
                return Err(WriteError::refused(t!(
                    "refuse-meeting-title-taken",
                    file = w.display(&rel).to_string(),
                    kind = crate::i18n::word("kind", kind.as_str()),
                    title = title.trim(),
                    date = date.to_string()
                )));
            }
            if let Some(id) = &m.id {
                used.insert(id.clone(), rel.clone());
            }
        }
    }
    if let Some(id) = given {
        return match used.get(id) {
            Some(rel) => Err(WriteError::refused(t!(
                "refuse-meeting-id-taken",
                id = id.to_string(),
                file = w.display(rel).to_string()
            ))),
            None => Ok(id.to_string()),
        };
    }
    let written: std::collections::BTreeSet<String> = used.into_keys().collect();
    let unnamed = (logs.iter())
        .flat_map(|log| &log.meetings)
        .filter(|m| m.date == date && m.id.is_none())
        .count();
    Ok(free_ids(date, &written)
        .nth(unnamed)
        .unwrap_or_else(|| format!("M-{date}")))
}

/// The ids `M-<date>`, `M-<date>-2` … that no meeting has written, in
/// order (rules §7.7): the first ones name the meetings of that date
/// written without an id (`action done --meeting`), the next one is a new
/// meeting's.
pub(crate) fn free_ids(
    date: NaiveDate,
    written: &std::collections::BTreeSet<String>,
) -> impl Iterator<Item = String> + '_ {
    (1..)
        .map(move |n| match n {
            1 => format!("M-{date}"),
            n => format!("M-{date}-{n}"),
        })
        .filter(|id| !written.contains(id))
}
