//! `clientele event add --date D --title T --kind K --invite a,b [--cost N]
//! [--id ID]` logs an `[[event]]` in the organiser's (the writer's) month
//! file of its date and prints its id (`E-<year>-<NNN>` unless given);
//! `event attended ID a,b` records who came (rules §3.13).

use std::io::Write;

use chrono::{Datelike, NaiveDate};

use crate::error::Outcome;
use crate::model::{EventKind, MonthLog, YearMonth};
use crate::options::Ctx;
use crate::t;
use crate::write::{self, Session, WriteError, entry, schema, value};

/// `event` subcommands.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) action: EventAction,
}

#[derive(Debug, clap::Subcommand)]
pub(crate) enum EventAction {
    /// Log an event you organise; prints its id
    Add(AddArgs),
    /// Record which invited clients attended
    Attended(AttendedArgs),
}

/// Flags of `event add`.
#[derive(Debug, clap::Args)]
pub(crate) struct AddArgs {
    /// The day of the event
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) date: NaiveDate,
    /// The event's title
    #[arg(long, value_name = "T", value_parser = crate::values::text)]
    pub(crate) title: String,
    /// appreciation, seminar, open-day or other
    #[arg(long, value_name = "K", value_parser = crate::values::choice(EventKind::parse, EventKind::NAMES))]
    pub(crate) kind: EventKind,
    /// The clients invited, comma-separated
    #[arg(long, value_name = "a,b,c")]
    pub(crate) invite: String,
    /// What it cost, in the team's currency
    #[arg(long, value_name = "N", value_parser = crate::values::money)]
    pub(crate) cost: Option<f64>,
    /// The id (default `E-<year>-<NNN>`, the next number of the year)
    #[arg(long, value_name = "ID", value_parser = crate::values::entry_id)]
    pub(crate) id: Option<String>,
}

/// Flags of `event attended`.
#[derive(Debug, clap::Args)]
pub(crate) struct AttendedArgs {
    /// The event's id
    #[arg(value_name = "ID", value_parser = crate::values::entry_id)]
    pub(crate) id: String,
    /// The clients who came, comma-separated (replaces the list)
    #[arg(value_name = "a,b")]
    pub(crate) clients: String,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    match &args.action {
        EventAction::Add(a) => write::run(ctx, out, |w| add(w, a)),
        EventAction::Attended(a) => write::run(ctx, out, |w| attended(w, a)),
    }
}

/// The client ids of a comma-separated list, each with a file.
fn clients(w: &mut Session<'_>, what: &str, list: &str) -> Result<Vec<String>, WriteError> {
    let mut out: Vec<String> = Vec::new();
    for id in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        w.client(what, id)?;
        if !out.iter().any(|x| x == id) {
            out.push(id.to_string());
        }
    }
    Ok(out)
}

/// `E-<year>-<NNN>`: one more than the highest of that year.
fn next_id(logs: &[MonthLog], year: i32) -> String {
    let prefix = format!("E-{year}-");
    let n = logs
        .iter()
        .flat_map(|l| &l.events)
        .filter_map(|e| e.id.strip_prefix(&prefix)?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{:03}", n + 1)
}

fn add(w: &mut Session<'_>, a: &AddArgs) -> Result<String, WriteError> {
    let organiser = w.writer()?;
    let invited = clients(w, "--invite", &a.invite)?;
    if invited.is_empty() {
        return Err(WriteError::refused(t!("refuse-invite-empty")));
    }
    let logs = w.month_logs()?;
    let id = match &a.id {
        Some(id) => {
            if let Some(l) = logs.iter().find(|l| l.events.iter().any(|e| e.id == *id)) {
                return Err(WriteError::refused(t!(
                    "refuse-event-id-taken",
                    id = id.to_string(),
                    file = w
                        .display(&write::month_file(l.month, &l.member))
                        .to_string()
                )));
            }
            id.clone()
        }
        None => next_id(&logs, a.date.year()),
    };
    let rel = write::month_file(YearMonth::of(a.date), &organiser.id);
    let mut doc = w.txn.edit(&rel)?;
    let new = entry::Builder::new()
        .set("id", value::string(&id))
        .set("date", value::date(a.date))
        .set("title", value::string(&a.title))
        .set("kind", value::string(a.kind.as_str()))
        .set("invited", value::str_array(&invited))
        .opt("cost", a.cost.map(value::number))
        .build();
    entry::append(&mut doc.doc, schema::MONTH, "event", new)?;
    w.txn.stage(&rel, doc.render())?;
    Ok(id)
}

fn attended(w: &mut Session<'_>, a: &AttendedArgs) -> Result<String, WriteError> {
    let came = clients(w, "attended", &a.clients)?;
    let logs = w.month_logs()?;
    let Some((log, event)) = logs
        .iter()
        .find_map(|l| l.events.iter().find(|e| e.id == a.id).map(|e| (l, e)))
    else {
        return Err(WriteError::refused(t!(
            "refuse-no-event",
            id = a.id.as_str(),
            file = "months/"
        )));
    };
    if let Some(c) = came
        .iter()
        .find(|c| !event.invited.iter().any(|i| *i.0 == **c))
    {
        return Err(WriteError::refused(t!(
            "refuse-not-invited",
            client = c.to_string(),
            event = a.id.as_str(),
            invited = crate::report::research::joined(&event.invited)
        )));
    }
    let rel = write::month_file(log.month, &log.member);
    let mut doc = w.txn.edit(&rel)?;
    let Some(table) = write::entry_mut(&mut doc, "event", &a.id) else {
        return Err(WriteError::refused(t!(
            "refuse-no-event",
            id = a.id.as_str(),
            file = rel.as_str()
        )));
    };
    entry::set(table, schema::EVENT, "attended", value::str_array(&came));
    w.txn.stage(&rel, doc.render())?;
    Ok(t!(
        "write-event-attended",
        came = came.len(),
        invited = event.invited.len(),
        event = a.id.as_str(),
        file = w.display(&rel).to_string()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_count_up_per_year() {
        assert_eq!(next_id(&[], 2026), "E-2026-001");
    }
}
