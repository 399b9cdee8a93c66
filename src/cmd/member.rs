//! `clientele member add|set|leave`: the team in `team.toml` kept from the
//! command line (rules §7.1). `add` appends a `[[member]]`, `set` changes
//! one in place, `leave` sets `left` and hands the member's work over
//! (`super::handover`) in the same write, so the team file and every
//! client and month file touched are saved together or not at all.

use std::io::Write;

use chrono::NaiveDate;

use super::handover::{self, Scope};
use crate::error::Outcome;
use crate::model::Role;
use crate::options::Ctx;
use crate::t;
use crate::write::{self, Session, WriteError, entry, schema, value};

const TEAM: &str = "team.toml";

/// `member` subcommands.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) action: MemberAction,
}

#[derive(Debug, clap::Subcommand)]
pub(crate) enum MemberAction {
    /// Add a member to team.toml
    Add(AddArgs),
    /// Change a member's name, role or lead
    Set(SetArgs),
    /// A member leaves: set `left` and hand their work over
    Leave(LeaveArgs),
}

/// Flags of `member add`.
#[derive(Debug, clap::Args)]
pub(crate) struct AddArgs {
    /// The new member's id (lowercase letters, digits, `-`)
    #[arg(value_name = "ID", value_parser = crate::values::id)]
    pub(crate) id: String,
    /// The member's name
    #[arg(long, value_name = "N", value_parser = crate::values::text)]
    pub(crate) name: String,
    /// lead, manager or specialist
    #[arg(long, value_name = "ROLE", value_parser = crate::values::choice(Role::parse, Role::NAMES))]
    pub(crate) role: Role,
    /// The member's lead (a member with role lead)
    #[arg(long, value_name = "ID", value_parser = crate::values::id)]
    pub(crate) reports_to: Option<String>,
    /// The first day in the team (default today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) joined: Option<NaiveDate>,
}

/// Flags of `member set`.
#[derive(Debug, clap::Args)]
pub(crate) struct SetArgs {
    /// The member (its id)
    #[arg(value_name = "ID", value_parser = crate::values::id)]
    pub(crate) id: String,
    /// New name
    #[arg(long, value_name = "N", value_parser = crate::values::text)]
    pub(crate) name: Option<String>,
    /// New role: lead, manager or specialist
    #[arg(long, value_name = "ROLE", value_parser = crate::values::choice(Role::parse, Role::NAMES))]
    pub(crate) role: Option<Role>,
    /// New lead (a member with role lead)
    #[arg(long, value_name = "ID", value_parser = crate::values::id, conflicts_with = "no_reports_to")]
    pub(crate) reports_to: Option<String>,
    /// Remove `reports_to`
    #[arg(long)]
    pub(crate) no_reports_to: bool,
    /// Add a public SSH key their commits are signed with to `signing_keys` (the line of a `.pub` file; repeat for several)
    #[arg(long = "signing-key", value_name = "KEY", value_parser = signing_key)]
    pub(crate) signing_keys: Vec<String>,
}

/// A public SSH key in the OpenSSH form, trimmed.
fn signing_key(s: &str) -> Result<String, String> {
    ssh_key::PublicKey::from_openssh(s.trim())
        .map(|_| s.trim().to_string())
        .map_err(|e| format!("not a public SSH key ({e}): give the line of a `.pub` file, e.g. \"ssh-ed25519 AAAA… name\""))
}

/// Flags of `member leave`.
#[derive(Debug, clap::Args)]
pub(crate) struct LeaveArgs {
    /// The member who leaves
    #[arg(value_name = "ID", value_parser = crate::values::id)]
    pub(crate) id: String,
    /// The last day in the team
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) on: NaiveDate,
    /// Who takes over their clients, open deals, complaints and actions
    #[arg(long, value_name = "ID", value_parser = crate::values::id)]
    pub(crate) handover_to: Option<String>,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    match &args.action {
        MemberAction::Add(a) => write::run(ctx, out, |w| add(w, a)),
        MemberAction::Set(a) => write::run(ctx, out, |w| set(w, a)),
        MemberAction::Leave(a) => write::run(ctx, out, |w| leave(w, a)),
    }
}

/// A lead for `reports_to`: a member with role lead.
fn lead(w: &Session<'_>, id: &str) -> Result<String, WriteError> {
    let m = w.member("--reports-to", id)?;
    if m.role != Role::Lead {
        return Err(WriteError::refused(t!(
            "refuse-reports-to-lead",
            id = id,
            role = crate::i18n::word("role", m.role.as_str())
        )));
    }
    Ok(m.id.to_string())
}

fn add(w: &mut Session<'_>, a: &AddArgs) -> Result<String, WriteError> {
    if w.txn.member(&a.id).is_some() {
        return Err(WriteError::refused(t!(
            "refuse-member-exists",
            id = a.id.as_str()
        )));
    }
    let reports_to = a.reports_to.as_deref().map(|r| lead(w, r)).transpose()?;
    let joined = a.joined.unwrap_or(w.today);
    let mut doc = w.txn.edit(TEAM)?;
    let new = entry::Builder::new()
        .set("id", value::string(&a.id))
        .set("name", value::string(&a.name))
        .set("role", value::string(a.role.as_str()))
        .set("joined", value::date(joined))
        .opt("reports_to", reports_to.as_deref().map(value::string))
        .build();
    entry::append(&mut doc.doc, schema::TEAM, "member", new)?;
    w.txn.stage(TEAM, doc.render())?;
    Ok(t!(
        "write-member-added",
        id = a.id.as_str(),
        role = crate::i18n::word("role", a.role.as_str()),
        joined = joined.to_string(),
        file = w.display(TEAM).to_string()
    ))
}

fn set(w: &mut Session<'_>, a: &SetArgs) -> Result<String, WriteError> {
    w.member("ID", &a.id)?;
    let reports_to = a.reports_to.as_deref().map(|r| lead(w, r)).transpose()?;
    let mut values = Vec::new();
    values.extend(a.name.as_deref().map(|n| ("name", value::string(n))));
    values.extend(a.role.map(|r| ("role", value::string(r.as_str()))));
    values.extend(
        reports_to
            .as_deref()
            .map(|r| ("reports_to", value::string(r))),
    );
    if values.is_empty() && !a.no_reports_to && a.signing_keys.is_empty() {
        return Err(WriteError::refused(t!("refuse-nothing-to-change-member")));
    }
    let mut doc = w.txn.edit(TEAM)?;
    let Some(m) = write::entry_mut(&mut doc, "member", &a.id) else {
        return Err(WriteError::refused(t!(
            "refuse-no-member-table",
            id = a.id.as_str()
        )));
    };
    let mut changed = Vec::new();
    for (key, v) in values {
        changed.push(format!("{key} = {}", v.to_string().trim()));
        entry::set(m, schema::MEMBER, key, v);
    }
    if a.no_reports_to && m.remove("reports_to").is_some() {
        changed.push(t!("write-key-removed", key = "reports_to"));
    }
    if let Some((keys, added)) = with_keys(m, &a.signing_keys) {
        changed.push(t!("write-keys-added", key = "signing_keys", n = added));
        entry::set(m, schema::MEMBER, "signing_keys", value::str_array(&keys));
    }
    w.txn.stage(TEAM, doc.render())?;
    Ok(t!(
        "write-member-changed",
        id = a.id.as_str(),
        changes = changed.join(", "),
        file = w.display(TEAM).to_string()
    ))
}

/// The member's `signing_keys` with `new` added, and how many were new;
/// `None` when all of them are there already.
fn with_keys(m: &toml_edit::Table, new: &[String]) -> Option<(Vec<String>, usize)> {
    let mut keys: Vec<String> = m
        .get("signing_keys")
        .and_then(toml_edit::Item::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    let before = keys.len();
    for k in new {
        if !keys.contains(k) {
            keys.push(k.clone());
        }
    }
    let added = keys.len() - before;
    (added > 0).then_some((keys, added))
}

fn leave(w: &mut Session<'_>, a: &LeaveArgs) -> Result<String, WriteError> {
    let m = w.member("ID", &a.id)?;
    if let Some(left) = m.left {
        return Err(WriteError::refused(t!(
            "refuse-member-left",
            id = a.id.as_str(),
            left = left.to_string()
        )));
    }
    if a.on < m.joined {
        return Err(WriteError::refused(t!(
            "refuse-on-before-joined",
            on = a.on.to_string(),
            id = a.id.as_str(),
            joined = m.joined.to_string()
        )));
    }
    let to = match a.handover_to.as_deref() {
        Some(t) if t == a.id => {
            return Err(WriteError::refused(t!("refuse-handover-to-self")));
        }
        Some(t) => Some(taker(w, "--handover-to", t, a.on)?),
        None => None,
    };
    let scope = Scope {
        complaints: true,
        actions: true,
        reports: true,
    };
    let moved = handover::hand_over(w, &a.id, to.as_deref(), scope)?;
    if let Some(t) = &to
        && !moved.reports.is_empty()
        && w.txn.member(t).is_some_and(|m| m.role != Role::Lead)
    {
        return Err(WriteError::refused(t!(
            "refuse-handover-reports",
            reports = moved.reports.join(", "),
            id = a.id.as_str()
        )));
    }
    if to.is_none() && !moved.is_empty() {
        return Err(WriteError::refused(t!(
            "refuse-handover-needed",
            id = a.id.as_str(),
            work = moved.describe()
        )));
    }
    let mut doc = w.txn.edit(TEAM)?;
    if let Some(t) = write::entry_mut(&mut doc, "member", &a.id) {
        entry::set(t, schema::MEMBER, "left", value::date(a.on));
    }
    w.txn.stage(TEAM, doc.render())?;
    let handed = match &to {
        Some(t) => t!(
            "write-member-handed-over",
            to = t.as_str(),
            work = moved.describe()
        ),
        None => String::new(),
    };
    Ok(t!(
        "write-member-left",
        id = a.id.as_str(),
        on = a.on.to_string(),
        handed = handed
    ))
}

/// Who takes a handover: a member still in the team on `day`.
pub(crate) fn taker(
    w: &Session<'_>,
    flag: &str,
    id: &str,
    day: NaiveDate,
) -> Result<String, WriteError> {
    let m = w.member(flag, id)?;
    if m.left.is_some_and(|l| l <= day) || m.joined > day {
        return Err(WriteError::refused(t!(
            "refuse-not-in-team",
            flag = flag,
            id = id,
            day = day.to_string()
        )));
    }
    Ok(m.id.to_string())
}
