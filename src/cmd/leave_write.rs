//! `clientele leave request|approve|reject`: the writing side of `leave`.
//! A request is a `[[leave]]` in the requester's month file of its first
//! day, `pending`; a lead's decision edits that entry where it lives
//! (status, `approved_by`, `decided`), so requester and lead never write
//! the same lines.

use std::io::Write;

use chrono::NaiveDate;

use crate::error::Outcome;
use crate::model::{LeaveKind, LeaveStatus, Role, YearMonth};
use crate::options::Ctx;
use crate::t;
use crate::write::{self, Session, WriteError, entry, schema, value};

/// The writing subcommands of `leave`.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum LeaveAction {
    /// Request a leave (pending until a lead decides)
    Request(RequestArgs),
    /// Approve a pending leave (a lead)
    Approve(DecideArgs),
    /// Reject a pending leave (a lead)
    Reject(DecideArgs),
}

/// Flags of `leave request`.
#[derive(Debug, clap::Args)]
pub(crate) struct RequestArgs {
    /// annual, sick, personal, marriage, maternity, bereavement or other
    #[arg(long, value_name = "K", value_parser = crate::values::choice(LeaveKind::parse, LeaveKind::NAMES))]
    pub(crate) kind: LeaveKind,
    /// The first day off
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) from: NaiveDate,
    /// The last day off
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) to: NaiveDate,
    /// Why
    #[arg(long, value_name = "T", value_parser = crate::values::text)]
    pub(crate) reason: Option<String>,
}

/// Flags of `leave approve` and `leave reject`.
#[derive(Debug, clap::Args)]
pub(crate) struct DecideArgs {
    /// Who asked for the leave (a member id)
    #[arg(value_name = "MEMBER", value_parser = crate::values::id)]
    pub(crate) requester: String,
    /// The leave's first day
    #[arg(value_name = "FROM_DATE", value_parser = crate::values::date)]
    pub(crate) from_date: NaiveDate,
    /// The deciding lead (default: --member / $CLIENTELE_MEMBER)
    #[arg(long, value_name = "LEAD", value_parser = crate::values::id)]
    pub(crate) by: Option<String>,
    /// The day of the decision (default today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) on: Option<NaiveDate>,
}

pub(crate) fn run(action: &LeaveAction, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    match action {
        LeaveAction::Request(a) => write::run(ctx, out, |w| request(w, a)),
        LeaveAction::Approve(a) => write::run(ctx, out, |w| decide(w, a, LeaveStatus::Approved)),
        LeaveAction::Reject(a) => write::run(ctx, out, |w| decide(w, a, LeaveStatus::Rejected)),
    }
}

fn request(w: &mut Session<'_>, a: &RequestArgs) -> Result<String, WriteError> {
    let who = w.writer()?;
    let (kind, from, to) = (a.kind, a.from, a.to);
    if to < from {
        return Err(WriteError::refused(t!(
            "refuse-to-before-from",
            from = from.to_string(),
            to = to.to_string()
        )));
    }
    if w.txn.records().settings.calendar.workdays_between(from, to) == 0 {
        return Err(WriteError::refused(t!(
            "refuse-no-workday",
            from = from.to_string(),
            to = to.to_string()
        )));
    }
    let reason = a.reason.clone();
    let rel = write::month_file(YearMonth::of(from), &who.id);
    let mut doc = w.txn.edit(&rel)?;
    let new = entry::Builder::new()
        .set("kind", value::string(kind.as_str()))
        .set("from", value::date(from))
        .set("to", value::date(to))
        .set("requested", value::date(w.today))
        .set("status", value::string("pending"))
        .opt("reason", reason.as_deref().map(value::string))
        .build();
    write::ordered::insert_by(&mut doc.doc, schema::MONTH, "leave", "from", new)?;
    w.txn.stage(&rel, doc.render())?;
    if kind == LeaveKind::Annual {
        warn_beyond_balance(w, &who, from, to);
    }
    Ok(crate::t!(
        "write-leave-requested",
        kind = crate::i18n::word("kind", kind.as_str()),
        member = who.id.to_string(),
        from = from.to_string(),
        to = to.to_string(),
        file = w.display(&rel)
    ))
}

/// Warns on stderr when an annual-leave request goes beyond the member's
/// balance (the write goes on: the lead decides). Reads the whole folder
/// as it stands, before this request.
fn warn_beyond_balance(
    w: &Session<'_>,
    who: &crate::model::Member,
    from: NaiveDate,
    to: NaiveDate,
) {
    // the balance needs the settings, the team and this member's own
    // month files: not the whole folder (every client file) on a write
    let own = format!("/{}.toml", who.id);
    let files: Vec<(String, Option<String>)> = ["clientele.toml", "team.toml"]
        .into_iter()
        .map(String::from)
        .chain((w.month_files().unwrap_or_default().into_iter()).filter(|f| f.ends_with(&own)))
        .map(|f| (f, None))
        .collect();
    let Ok(loaded) = crate::load::load_some(w.txn.root(), &files) else {
        return;
    };
    let Some(member) = loaded.records.member(&who.id) else {
        return;
    };
    let balance = crate::report::team::leave::balance::beyond_balance(
        &loaded.records,
        member,
        from,
        to,
        w.today,
    );
    if let Some(words) = balance {
        crate::error::warn(words);
    }
}

/// The pending `[[leave]]` of `requester` from `from` in the document.
fn pending_leave<'a>(
    doc: &'a mut write::EditDoc,
    requester: &str,
    from: chrono::NaiveDate,
    rel: &str,
) -> Result<&'a mut toml_edit::Table, WriteError> {
    let from_text = from.to_string();
    let none = || {
        WriteError::refused(t!(
            "refuse-no-leave",
            member = requester,
            from = from_text.as_str(),
            file = rel
        ))
    };
    let leaves = entry::entries_mut(doc.doc.as_table_mut(), "leave").ok_or_else(none)?;
    let mut matching: Vec<&mut toml_edit::Table> = leaves
        .iter_mut()
        .filter(|t| entry::get_datetime(t, "from").as_deref() == Some(from_text.as_str()))
        .collect();
    let pending: Vec<usize> = (0..matching.len())
        .filter(|&i| entry::get_str(matching[i], "status") == Some("pending"))
        .collect();
    match (pending.as_slice(), matching.first()) {
        ([i], _) => Ok(matching.swap_remove(*i)),
        ([], None) => Err(none()),
        ([], Some(t)) => Err(WriteError::refused(t!(
            "refuse-leave-decided",
            member = requester,
            from = from_text.as_str(),
            status = crate::i18n::word("status", entry::get_str(t, "status").unwrap_or("decided")),
            by = entry::get_str(t, "approved_by")
                .map(|b| t!("refuse-leave-decided-by", lead = b))
                .unwrap_or_default()
        ))),
        (many, _) => Err(WriteError::refused(t!(
            "refuse-leaves-pending",
            member = requester,
            n = many.len(),
            from = from_text.as_str(),
            file = rel
        ))),
    }
}

fn decide(w: &mut Session<'_>, a: &DecideArgs, status: LeaveStatus) -> Result<String, WriteError> {
    let requester = w.member("MEMBER", &a.requester)?;
    let from = a.from_date;
    let lead = match &a.by {
        Some(by) => w.member("--by", by)?,
        None => w.writer()?,
    };
    if lead.role != Role::Lead {
        return Err(WriteError::refused(t!(
            "refuse-leave-by-lead",
            id = lead.id.to_string(),
            role = crate::i18n::word("role", lead.role.as_str())
        )));
    }
    let on = a.on.unwrap_or(w.today);
    let rel = write::month_file(YearMonth::of(from), &requester.id);
    let mut doc = w.txn.edit(&rel)?;
    let leave = pending_leave(&mut doc, &requester.id, from, &rel)?;
    entry::set(
        leave,
        schema::LEAVE,
        "status",
        value::string(status.as_str()),
    );
    entry::set(leave, schema::LEAVE, "approved_by", value::string(&lead.id));
    entry::set(leave, schema::LEAVE, "decided", value::date(on));
    w.txn.stage(&rel, doc.render())?;
    Ok(crate::t!(
        "write-leave-decided",
        status = status.as_str(),
        member = requester.id.to_string(),
        from = from.to_string(),
        lead = lead.id.to_string(),
        on = on.to_string(),
        file = w.display(&rel)
    ))
}
