//! `clientele contact add|set|remove CLIENT …`: a client's `[[contact]]`
//! entries kept from the command line (rules §7.3). A contact is named by
//! its `name`, unique within the client; `--primary` moves the primary
//! mark to this contact.

use std::io::Write;

use chrono::NaiveDate;
use toml_edit::ArrayOfTables;

use crate::error::Outcome;
use crate::options::Ctx;
use crate::t;
use crate::write::{self, EditDoc, Session, WriteError, entry, schema, value};

/// `contact` subcommands.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) action: ContactAction,
}

#[derive(Debug, clap::Subcommand)]
pub(crate) enum ContactAction {
    /// Add a contact to a client
    Add(AddArgs),
    /// Change a contact's values
    Set(SetArgs),
    /// Remove a contact
    Remove(RemoveArgs),
}

/// The values of a contact, for `add` and `set`.
#[derive(Debug, clap::Args)]
pub(crate) struct Fields {
    /// The contact's title
    #[arg(long, value_name = "T", value_parser = crate::values::text)]
    pub(crate) title: Option<String>,
    /// Phone (confidential: masked in reports)
    #[arg(long, value_name = "P", value_parser = crate::values::text)]
    pub(crate) phone: Option<String>,
    /// Email (confidential: masked in reports)
    #[arg(long, value_name = "E", value_parser = crate::values::text)]
    pub(crate) email: Option<String>,
    /// Birthday
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) birthday: Option<NaiveDate>,
    /// The client's primary contact (the mark moves from any other)
    #[arg(long)]
    pub(crate) primary: bool,
}

/// Flags of `contact add`.
#[derive(Debug, clap::Args)]
pub(crate) struct AddArgs {
    /// The client (its id)
    #[arg(value_name = "CLIENT", value_parser = crate::values::id)]
    pub(crate) client: String,
    /// The contact's name, unique within the client
    #[arg(long, value_name = "N", value_parser = crate::values::text)]
    pub(crate) name: String,
    #[command(flatten)]
    pub(crate) fields: Fields,
}

/// Flags of `contact set`.
#[derive(Debug, clap::Args)]
pub(crate) struct SetArgs {
    /// The client (its id)
    #[arg(value_name = "CLIENT", value_parser = crate::values::id)]
    pub(crate) client: String,
    /// The contact's name as written
    #[arg(value_name = "NAME", value_parser = crate::values::text)]
    pub(crate) name: String,
    /// A new name
    #[arg(long = "name", value_name = "N", value_parser = crate::values::text)]
    pub(crate) rename: Option<String>,
    #[command(flatten)]
    pub(crate) fields: Fields,
}

/// Flags of `contact remove`.
#[derive(Debug, clap::Args)]
pub(crate) struct RemoveArgs {
    /// The client (its id)
    #[arg(value_name = "CLIENT", value_parser = crate::values::id)]
    pub(crate) client: String,
    /// The contact's name as written
    #[arg(value_name = "NAME", value_parser = crate::values::text)]
    pub(crate) name: String,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    match &args.action {
        ContactAction::Add(a) => write::run(ctx, out, |w| add(w, a)),
        ContactAction::Set(a) => write::run(ctx, out, |w| set(w, a)),
        ContactAction::Remove(a) => write::run(ctx, out, |w| remove(w, a)),
    }
}

fn contacts(doc: &mut EditDoc) -> Option<&mut ArrayOfTables> {
    entry::entries_mut(doc.doc.as_table_mut(), "contact")
}

/// The index of the contact named `name`.
fn position(doc: &mut EditDoc, name: &str) -> Option<usize> {
    contacts(doc)?
        .iter()
        .position(|c| entry::get_str(c, "name").map(str::trim) == Some(name.trim()))
}

fn no_contact(client: &str, name: &str) -> WriteError {
    WriteError::refused(t!(
        "refuse-no-contact",
        client = client.to_string(),
        name = name.to_string()
    ))
}

/// Takes the primary mark from every contact but the one at `keep`.
fn unmark_others(doc: &mut EditDoc, keep: usize) {
    for (i, c) in contacts(doc)
        .into_iter()
        .flat_map(|a| a.iter_mut())
        .enumerate()
    {
        if i != keep {
            c.remove("primary");
        }
    }
}

/// Sets the given fields on the contact at `at`; returns what changed.
fn put(doc: &mut EditDoc, at: usize, f: &Fields, rename: Option<&str>) -> Vec<String> {
    let mut values = Vec::new();
    values.extend(rename.map(|n| ("name", value::string(n))));
    values.extend(f.title.as_deref().map(|t| ("title", value::string(t))));
    values.extend(f.phone.as_deref().map(|p| ("phone", value::string(p))));
    values.extend(f.email.as_deref().map(|e| ("email", value::string(e))));
    values.extend(f.birthday.map(|b| ("birthday", value::date(b))));
    if f.primary {
        values.push(("primary", toml_edit::Value::from(true)));
        unmark_others(doc, at);
    }
    let mut changed = Vec::new();
    if let Some(c) = contacts(doc).and_then(|a| a.get_mut(at)) {
        for (key, v) in values {
            changed.push(key.to_string());
            entry::set(c, schema::CONTACT, key, v);
        }
    }
    changed
}

fn add(w: &mut Session<'_>, a: &AddArgs) -> Result<String, WriteError> {
    let rel = w.client("client", &a.client)?;
    let mut doc = w.txn.edit(&rel)?;
    if position(&mut doc, &a.name).is_some() {
        return Err(WriteError::refused(t!(
            "refuse-contact-exists",
            client = a.client.as_str(),
            name = a.name.as_str()
        )));
    }
    let new = entry::Builder::new()
        .set("name", value::string(&a.name))
        .build();
    entry::append(&mut doc.doc, schema::CLIENT, "contact", new)?;
    let at = contacts(&mut doc).map_or(0, |c| c.len().saturating_sub(1));
    put(&mut doc, at, &a.fields, None);
    w.txn.stage(&rel, doc.render())?;
    Ok(t!(
        "write-contact-added",
        name = a.name.as_str(),
        client = a.client.as_str(),
        file = w.display(&rel).to_string()
    ))
}

fn set(w: &mut Session<'_>, a: &SetArgs) -> Result<String, WriteError> {
    let rel = w.client("client", &a.client)?;
    let f = &a.fields;
    if a.rename.is_none()
        && f.title.is_none()
        && f.phone.is_none()
        && f.email.is_none()
        && f.birthday.is_none()
        && !f.primary
    {
        return Err(WriteError::refused(t!("refuse-nothing-to-change-contact")));
    }
    let mut doc = w.txn.edit(&rel)?;
    let at = position(&mut doc, &a.name).ok_or_else(|| no_contact(&a.client, &a.name))?;
    if let Some(new) = a.rename.as_deref()
        && new.trim() != a.name.trim()
        && position(&mut doc, new).is_some()
    {
        return Err(WriteError::refused(t!(
            "refuse-contact-name-taken",
            client = a.client.as_str(),
            name = new.to_string()
        )));
    }
    let changed = put(&mut doc, at, f, a.rename.as_deref());
    w.txn.stage(&rel, doc.render())?;
    Ok(t!(
        "write-contact-changed",
        name = a.name.as_str(),
        client = a.client.as_str(),
        changes = changed.join(", "),
        file = w.display(&rel).to_string()
    ))
}

fn remove(w: &mut Session<'_>, a: &RemoveArgs) -> Result<String, WriteError> {
    let rel = w.client("client", &a.client)?;
    let mut doc = w.txn.edit(&rel)?;
    let at = position(&mut doc, &a.name).ok_or_else(|| no_contact(&a.client, &a.name))?;
    if let Some(list) = contacts(&mut doc) {
        list.remove(at);
        if list.is_empty() {
            doc.doc.as_table_mut().remove("contact");
        }
    }
    w.txn.stage(&rel, doc.render())?;
    Ok(t!(
        "write-contact-removed",
        name = a.name.as_str(),
        client = a.client.as_str(),
        file = w.display(&rel).to_string()
    ))
}
