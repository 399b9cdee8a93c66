//! `clientele complaint open CLIENT --id ID …` appends a `[[complaint]]`
//! to a client file; `complaint respond ID` and `complaint resolve ID`
//! record the first response and the resolution on the complaint, found
//! by its id among the client files (read for that; no month file is).

use std::io::Write;

use chrono::NaiveDateTime;

use crate::error::Outcome;
use crate::model::{Channel, Severity};
use crate::options::Ctx;
use crate::t;
use crate::write::{self, Session, WriteError, entry, schema, value};

/// `complaint` subcommands.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) action: ComplaintAction,
}

#[derive(Debug, clap::Subcommand)]
pub(crate) enum ComplaintAction {
    /// Record a new complaint
    Open(OpenArgs),
    /// Record the first response to the client
    Respond(RespondArgs),
    /// Record that the complaint is resolved (and the client's rating)
    Resolve(ResolveArgs),
}

/// Flags of `complaint open`.
#[derive(Debug, clap::Args)]
pub(crate) struct OpenArgs {
    /// The client (its id)
    #[arg(value_name = "CLIENT", value_parser = crate::values::id)]
    pub(crate) client: String,
    /// The complaint's id, unique across all clients
    #[arg(long, value_name = "ID", value_parser = crate::values::entry_id)]
    pub(crate) id: String,
    /// high, medium or low
    #[arg(long, value_name = "S", value_parser = crate::values::choice(Severity::parse, Severity::NAMES))]
    pub(crate) severity: Severity,
    /// What the client complains about
    #[arg(long, value_name = "T", value_parser = crate::values::text)]
    pub(crate) summary: String,
    /// The member who handles it
    #[arg(long, value_name = "M", value_parser = crate::values::id)]
    pub(crate) handler: String,
    /// When it came in (default now)
    #[arg(long, value_name = "DATETIME", value_parser = crate::values::datetime)]
    pub(crate) received: Option<NaiveDateTime>,
    /// phone, email, visit, web or other
    #[arg(long, value_name = "C", value_parser = crate::values::choice(Channel::parse, Channel::NAMES))]
    pub(crate) channel: Option<Channel>,
    /// A department brought in to solve it (repeat for more; rules §3.3)
    #[arg(long = "department", value_name = "NAME", value_parser = crate::values::text)]
    pub(crate) departments: Vec<String>,
}

/// Flags of `complaint respond`.
#[derive(Debug, clap::Args)]
pub(crate) struct RespondArgs {
    /// The complaint's id
    #[arg(value_name = "ID", value_parser = crate::values::entry_id)]
    pub(crate) id: String,
    /// When the client was answered (default now)
    #[arg(long, value_name = "DATETIME", value_parser = crate::values::datetime)]
    pub(crate) at: Option<NaiveDateTime>,
    /// A department brought in to solve it (repeat for more; added to those
    /// already named)
    #[arg(long = "department", value_name = "NAME", value_parser = crate::values::text)]
    pub(crate) departments: Vec<String>,
}

/// Flags of `complaint resolve`.
#[derive(Debug, clap::Args)]
pub(crate) struct ResolveArgs {
    /// The complaint's id
    #[arg(value_name = "ID", value_parser = crate::values::entry_id)]
    pub(crate) id: String,
    /// When it was resolved and the result fed back (default now)
    #[arg(long, value_name = "DATETIME", value_parser = crate::values::datetime)]
    pub(crate) at: Option<NaiveDateTime>,
    /// The client's rating of the outcome, 1..5
    #[arg(long, value_name = "N", value_parser = crate::values::rating)]
    pub(crate) satisfaction: Option<i64>,
    /// Correct a complaint already resolved (its time, its rating)
    #[arg(long)]
    pub(crate) amend: bool,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    match &args.action {
        ComplaintAction::Open(a) => write::run(ctx, out, |w| open(w, a)),
        ComplaintAction::Respond(a) => write::run(ctx, out, |w| respond(w, a)),
        ComplaintAction::Resolve(a) => write::run(ctx, out, |w| resolve(w, a)),
    }
}

fn open(w: &mut Session<'_>, a: &OpenArgs) -> Result<String, WriteError> {
    let rel = w.client("client", &a.client)?;
    let id = a.id.clone();
    let severity = a.severity;
    let summary = a.summary.clone();
    let handler = w.member("--handler", &a.handler)?;
    let received = a.received.unwrap_or(w.now);
    super::happened::at_or_before("--received", received, w.now)?;
    let channel = a.channel;
    w.unique("complaint", &id)?;
    let mut doc = w.txn.edit(&rel)?;
    let new = entry::Builder::new()
        .set("id", value::string(&id))
        .set("received", value::datetime(received))
        .set("severity", value::string(severity.as_str()))
        .opt("channel", channel.map(|c| value::string(c.as_str())))
        .set("summary", value::string(&summary))
        .set("handler", value::string(&handler.id))
        .opt(
            "departments",
            (!a.departments.is_empty()).then(|| value::str_array(&a.departments)),
        )
        .build();
    write::ordered::insert_by(&mut doc.doc, schema::CLIENT, "complaint", "received", new)?;
    w.txn.stage(&rel, doc.render())?;
    Ok(crate::t!(
        "write-complaint-opened",
        id = id.as_str(),
        severity = crate::i18n::word("severity", severity.as_str()),
        client = a.client.as_str(),
        file = w.display(&rel)
    ))
}

/// Adds `new` departments to a complaint's `departments`, keeping those
/// already named (in their order) and leaving out repeats.
fn add_departments(c: &mut toml_edit::Table, new: &[String]) {
    if new.is_empty() {
        return;
    }
    let mut all: Vec<String> = c
        .get("departments")
        .and_then(toml_edit::Item::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    for d in new {
        if !all.contains(d) {
            all.push(d.clone());
        }
    }
    entry::set(c, schema::COMPLAINT, "departments", value::str_array(&all));
}

/// The client file holding complaint `id`.
fn holder(w: &mut Session<'_>, id: &str) -> Result<String, WriteError> {
    w.entry_ids("complaint")?
        .remove(id)
        .ok_or_else(|| WriteError::refused(t!("refuse-no-complaint-anywhere", id = id)))
}

fn respond(w: &mut Session<'_>, a: &RespondArgs) -> Result<String, WriteError> {
    let when = a.at.unwrap_or(w.now);
    super::happened::at_or_before("--at", when, w.now)?;
    let rel = holder(w, &a.id)?;
    let mut doc = w.txn.edit(&rel)?;
    let Some(c) = write::entry_mut(&mut doc, "complaint", &a.id) else {
        return Err(WriteError::refused(t!(
            "refuse-no-complaint",
            id = a.id.as_str(),
            file = rel.as_str()
        )));
    };
    if let Some(old) = entry::get_datetime(c, "responded") {
        return Err(WriteError::refused(t!(
            "refuse-complaint-answered",
            id = a.id.as_str(),
            old = old.to_string()
        )));
    }
    entry::set(c, schema::COMPLAINT, "responded", value::datetime(when));
    add_departments(c, &a.departments);
    w.txn.stage(&rel, doc.render())?;
    Ok(t!(
        "write-complaint-changed",
        id = a.id.as_str(),
        changes = format!("responded = {}", when.format("%Y-%m-%dT%H:%M:%S")),
        file = w.display(&rel).to_string()
    ))
}

fn resolve(w: &mut Session<'_>, a: &ResolveArgs) -> Result<String, WriteError> {
    if a.amend && a.at.is_none() && a.satisfaction.is_none() {
        return Err(WriteError::refused(t!("refuse-amend-nothing")));
    }
    let rel = holder(w, &a.id)?;
    let satisfaction = a.satisfaction;
    let when = a.at.unwrap_or(w.now);
    super::happened::at_or_before("--at", when, w.now)?;
    let mut doc = w.txn.edit(&rel)?;
    let Some(c) = write::entry_mut(&mut doc, "complaint", &a.id) else {
        return Err(WriteError::refused(t!(
            "refuse-no-complaint",
            id = a.id.as_str(),
            file = rel.as_str()
        )));
    };
    let mut changed = Vec::new();
    match entry::get_datetime(c, "resolved") {
        Some(old) if !a.amend && (a.at.is_some() || satisfaction.is_none()) => {
            return Err(WriteError::refused(t!(
                "refuse-complaint-resolved",
                id = a.id.as_str(),
                old = old.to_string()
            )));
        }
        Some(_) if a.amend && a.at.is_some() => {
            entry::set(c, schema::COMPLAINT, "resolved", value::datetime(when));
            changed.push(t!(
                "write-amended",
                change = format!("resolved = {}", when.format("%Y-%m-%dT%H:%M:%S"))
            ));
        }
        Some(_) => {}
        None if a.amend => {
            return Err(WriteError::refused(t!(
                "refuse-amend-unresolved",
                id = a.id.as_str()
            )));
        }
        None => {
            entry::set(c, schema::COMPLAINT, "resolved", value::datetime(when));
            changed.push(format!("resolved = {}", when.format("%Y-%m-%dT%H:%M:%S")));
        }
    }
    if let Some(s) = satisfaction {
        entry::set(c, schema::COMPLAINT, "satisfaction", value::int(s));
        changed.push(format!("satisfaction = {s}"));
    }
    w.txn.stage(&rel, doc.render())?;
    Ok(t!(
        "write-complaint-changed",
        id = a.id.as_str(),
        changes = changed.join(", "),
        file = w.display(&rel).to_string()
    ))
}
