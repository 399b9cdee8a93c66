//! `clientele career set MEMBER --goal ROLE --by YYYY-MM [--plan T]
//! [--mentor ID]` sets a member's career plan (the last `[[member.career]]`
//! in team.toml, added when there is none), and `clientele rotation add
//! MEMBER --from D --to D --area T` appends a `[[member.rotation]]`
//! (rules §3.10).

use std::io::Write;

use chrono::NaiveDate;
use toml_edit::{ArrayOfTables, Item, Table};

use crate::error::Outcome;
use crate::model::YearMonth;
use crate::options::Ctx;
use crate::t;
use crate::write::{self, Session, WriteError, entry, schema, value};

/// `career` subcommands.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) action: CareerAction,
}

#[derive(Debug, clap::Subcommand)]
pub(crate) enum CareerAction {
    /// Set a member's career plan: the role aimed at and by when
    Set(SetArgs),
}

/// Flags of `career set`.
#[derive(Debug, clap::Args)]
pub(crate) struct SetArgs {
    /// The member
    #[arg(value_name = "MEMBER", value_parser = crate::values::id)]
    pub(crate) member: String,
    /// The role aimed at
    #[arg(long, value_name = "ROLE", value_parser = crate::values::text)]
    pub(crate) goal: String,
    /// By when
    #[arg(long, value_name = "YYYY-MM", value_parser = crate::values::month)]
    pub(crate) by: YearMonth,
    /// How to get there
    #[arg(long, value_name = "T", value_parser = crate::values::text)]
    pub(crate) plan: Option<String>,
    /// A member who mentors
    #[arg(long, value_name = "ID", value_parser = crate::values::id)]
    pub(crate) mentor: Option<String>,
}

/// `rotation` subcommands.
#[derive(Debug, clap::Args)]
pub(crate) struct RotationArgs {
    #[command(subcommand)]
    pub(crate) action: RotationAction,
}

#[derive(Debug, clap::Subcommand)]
pub(crate) enum RotationAction {
    /// Record a job rotation of a member
    Add(RotationAddArgs),
}

/// Flags of `rotation add`.
#[derive(Debug, clap::Args)]
pub(crate) struct RotationAddArgs {
    /// The member
    #[arg(value_name = "MEMBER", value_parser = crate::values::id)]
    pub(crate) member: String,
    /// The first day
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) from: NaiveDate,
    /// The last day
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) to: NaiveDate,
    /// Where the member rotated to
    #[arg(long, value_name = "T", value_parser = crate::values::text)]
    pub(crate) area: String,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let CareerAction::Set(a) = &args.action;
    write::run(ctx, out, |w| set(w, a))
}

pub(crate) fn run_rotation(args: &RotationArgs, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let RotationAction::Add(a) = &args.action;
    write::run(ctx, out, |w| rotate(w, a))
}

const TEAM: &str = "team.toml";

/// The `[[member]]` table of `id` in team.toml.
fn member_table<'d>(doc: &'d mut write::EditDoc, id: &str) -> Result<&'d mut Table, WriteError> {
    entry::entries_mut(doc.doc.as_table_mut(), "member")
        .and_then(|a| a.iter_mut().find(|t| entry::get_str(t, "id") == Some(id)))
        .ok_or_else(|| WriteError::refused(t!("refuse-no-member-table", id = id)))
}

/// Appends `new` as the member's last `[[member.<kind>]]`.
fn push_nested(member: &mut Table, kind: &str, new: Table) {
    match member.get_mut(kind) {
        Some(Item::ArrayOfTables(a)) => a.push(new),
        _ => {
            let mut a = ArrayOfTables::new();
            a.push(new);
            member.insert(kind, Item::ArrayOfTables(a));
        }
    }
}

fn set(w: &mut Session<'_>, a: &SetArgs) -> Result<String, WriteError> {
    let member = w.member("MEMBER", &a.member)?;
    if let Some(m) = &a.mentor {
        w.member("--mentor", m)?;
    }
    let mut doc = w.txn.edit(TEAM)?;
    let table = member_table(&mut doc, &member.id)?;
    let values = [
        ("goal", Some(value::string(&a.goal))),
        ("by", Some(value::string(&a.by.to_string()))),
        ("plan", a.plan.as_deref().map(value::string)),
        ("mentor", a.mentor.as_deref().map(value::string)),
    ];
    match entry::entries_mut(table, "career").and_then(|c| c.iter_mut().last()) {
        Some(plan) => {
            for (key, v) in values {
                if let Some(v) = v {
                    entry::set(plan, schema::CAREER, key, v);
                }
            }
        }
        None => {
            let new = values
                .into_iter()
                .fold(entry::Builder::nested(), |b, (k, v)| b.opt(k, v))
                .build();
            push_nested(table, "career", new);
        }
    }
    w.txn.stage(TEAM, doc.render())?;
    Ok(t!(
        "write-career-goal",
        member = member.id.to_string(),
        goal = a.goal.to_string(),
        by = a.by.to_string(),
        file = w.display(TEAM).to_string()
    ))
}

fn rotate(w: &mut Session<'_>, a: &RotationAddArgs) -> Result<String, WriteError> {
    let member = w.member("MEMBER", &a.member)?;
    let mut doc = w.txn.edit(TEAM)?;
    let table = member_table(&mut doc, &member.id)?;
    let new = entry::Builder::nested()
        .set("from", value::date(a.from))
        .set("to", value::date(a.to))
        .set("area", value::string(&a.area))
        .build();
    push_nested(table, "rotation", new);
    w.txn.stage(TEAM, doc.render())?;
    Ok(t!(
        "write-rotation",
        member = member.id.to_string(),
        area = a.area.as_str(),
        from = a.from.to_string(),
        to = a.to.to_string(),
        file = w.display(TEAM).to_string()
    ))
}
