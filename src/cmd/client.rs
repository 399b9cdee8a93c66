//! `clientele client add ID --name NAME --owner MEMBER …`: creates
//! `clients/ID.toml` with the client's profile. Refuses an id already
//! taken, a name another client has (unless `--same-name`), an owner or
//! specialist not in the team, a stage that needs `since` without it.
//! `client set` and `client handover` are in `super::client_set`.

use std::io::Write;

use chrono::NaiveDate;

use crate::error::Outcome;
use crate::model::{Source, Stage};
use crate::options::Ctx;
use crate::t;
use crate::write::{self, WriteError, entry, value};

/// `client` subcommands.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) action: ClientAction,
}

#[derive(Debug, clap::Subcommand)]
pub(crate) enum ClientAction {
    /// Create clients/ID.toml
    Add(AddArgs),
    /// One client on one screen: profile, contacts, tier, follow-up, deals,
    /// complaints, plans, interactions, care dates
    Show(super::client_show::ShowArgs),
    /// Change a client's profile
    Set(super::client_set::SetArgs),
    /// Move every client and open deal of one member to another
    Handover(super::client_set::HandoverArgs),
}

/// Flags of `client add`.
#[derive(Debug, clap::Args)]
pub(crate) struct AddArgs {
    /// The new client's id (lowercase letters, digits, `-`): its file name
    #[arg(value_name = "ID", value_parser = crate::values::id)]
    pub(crate) id: String,
    /// The client's name
    #[arg(long, value_name = "NAME", value_parser = crate::values::text)]
    pub(crate) name: String,
    /// The account manager (a member id)
    #[arg(long, value_name = "MEMBER", value_parser = crate::values::id)]
    pub(crate) owner: String,
    /// lead, prospect, customer, dormant or lost
    #[arg(long, value_name = "STAGE", default_value = "lead", value_parser = crate::values::choice(Stage::parse, Stage::NAMES))]
    pub(crate) stage: Stage,
    /// web, trade-show, referral, directory, cold-call or other
    #[arg(long, value_name = "S", value_parser = crate::values::choice(Source::parse, Source::NAMES))]
    pub(crate) source: Option<Source>,
    /// Cooperation potential, 1..5
    #[arg(long, value_name = "N", default_value = "3", value_parser = crate::values::int_in(1, 5))]
    pub(crate) potential: i64,
    /// The day the lead was first recorded (default today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) found: Option<NaiveDate>,
    /// The date of the first signed contract (required for customer and dormant)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) since: Option<NaiveDate>,
    /// The account specialist (a member id)
    #[arg(long, value_name = "M", value_parser = crate::values::id)]
    pub(crate) specialist: Option<String>,
    /// The client's industry
    #[arg(long, value_name = "I", value_parser = crate::values::text)]
    pub(crate) industry: Option<String>,
    /// Free notes
    #[arg(long, value_name = "TEXT", value_parser = crate::values::text)]
    pub(crate) notes: Option<String>,
    /// Allow a name another client already has
    #[arg(long)]
    pub(crate) same_name: bool,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    match &args.action {
        ClientAction::Add(a) => add(a, ctx, out),
        ClientAction::Show(s) => super::client_show::run(s, ctx, out),
        ClientAction::Set(a) => write::run(ctx, out, |w| super::client_set::set(w, a)),
        ClientAction::Handover(a) => write::run(ctx, out, |w| super::client_set::hand_over(w, a)),
    }
}

/// Refuses a name another client already has (trimmed, in any case).
fn same_name(w: &mut write::Session<'_>, name: &str) -> Result<(), WriteError> {
    let files: Vec<(String, Option<String>)> =
        w.all_clients()?.into_iter().map(|f| (f, None)).collect();
    let loaded = crate::load::load_some(w.txn.root(), &files)?;
    let key = crate::check::name_key;
    match loaded
        .records
        .clients
        .iter()
        .find(|c| key(&c.name) == key(name))
    {
        Some(c) => Err(WriteError::refused(t!(
            "refuse-client-name-taken",
            id = c.id.to_string(),
            name = c.name.as_str()
        ))),
        None => Ok(()),
    }
}

fn add(a: &AddArgs, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    write::run(ctx, out, |w| {
        let id = a.id.clone();
        let rel = write::client_file(&id);
        if w.txn.read(&rel)?.is_some() {
            return Err(WriteError::refused(t!(
                "refuse-client-exists",
                id = id.to_string(),
                file = w.display(&rel).to_string()
            )));
        }
        let name = a.name.clone();
        if !a.same_name {
            same_name(w, &name)?;
        }
        let owner = w.member("--owner", &a.owner)?;
        let specialist = a
            .specialist
            .as_deref()
            .map(|s| w.member("--specialist", s))
            .transpose()?;
        let stage = a.stage;
        let source = a.source;
        let potential = a.potential;
        let found = a.found.unwrap_or(w.today);
        let since = a.since;
        if matches!(stage, Stage::Customer | Stage::Dormant) && since.is_none() {
            return Err(WriteError::refused(t!(
                "refuse-stage-needs-since-flag",
                stage = crate::i18n::word("stage", stage.as_str())
            )));
        }
        if let Some(s) = since
            && s < found
        {
            return Err(WriteError::refused(t!(
                "refuse-since-before-found",
                since = s.to_string(),
                found = found.to_string()
            )));
        }
        let (industry, notes) = (&a.industry, &a.notes);
        let table = entry::Builder::new()
            .set("id", value::string(&id))
            .set("name", value::string(&name))
            .set("stage", value::string(stage.as_str()))
            .set("owner", value::string(&owner.id))
            .opt("specialist", specialist.map(|s| value::string(&s.id)))
            .opt("industry", industry.as_deref().map(value::string))
            .opt("source", source.map(|s| value::string(s.as_str())))
            .set("found", value::date(found))
            .opt("since", since.map(value::date))
            .set("potential", value::int(potential))
            .opt("notes", notes.as_deref().map(value::string))
            .build();
        let mut doc = write::EditDoc::new();
        *doc.doc.as_table_mut() = table;
        w.txn.stage(&rel, doc.render())?;
        Ok(crate::t!(
            "write-client-added",
            id = id.as_str(),
            file = w.display(&rel)
        ))
    })
}
