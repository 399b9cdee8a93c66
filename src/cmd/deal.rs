//! `clientele deal add CLIENT --id ID …` appends a `[[deal]]` to a client
//! file (after its last deal; the first one after the contacts);
//! `clientele deal set CLIENT ID …` changes a deal's values in place.
//! A new deal id must be unique across all client files (read for that);
//! no month file is read. A deal set to `won` makes its client, when a
//! lead or prospect, a customer (rules §7.5) unless `--keep-stage`; a
//! `closed` or `delivered` date after today is refused (rules §7.4).

use std::io::Write;

use chrono::NaiveDate;
use toml_edit::Table;

use super::happened;
use crate::error::Outcome;
use crate::model::DealStage;
use crate::model::Stage;
use crate::options::Ctx;
use crate::t;
use crate::write::{self, EditDoc, Session, WriteError, entry, schema, value};

/// `deal` subcommands.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) action: DealAction,
}

#[derive(Debug, clap::Subcommand)]
pub(crate) enum DealAction {
    /// Add a deal to a client
    Add(AddArgs),
    /// Change a deal: stage, amount, dates
    Set(SetArgs),
}

/// Flags of `deal add`.
#[derive(Debug, clap::Args)]
pub(crate) struct AddArgs {
    /// The client (its id)
    #[arg(value_name = "CLIENT", value_parser = crate::values::id)]
    pub(crate) client: String,
    /// The deal's id, unique across all clients
    #[arg(long, value_name = "ID", value_parser = crate::values::entry_id)]
    pub(crate) id: String,
    /// What the deal is
    #[arg(long, value_name = "T", value_parser = crate::values::text)]
    pub(crate) title: String,
    /// Expected amount (signed amount once won)
    #[arg(long, value_name = "N", value_parser = crate::values::money)]
    pub(crate) amount: f64,
    /// lead, qualified, proposal, negotiation, won or lost
    #[arg(long, value_name = "S", default_value = "lead", value_parser = crate::values::choice(DealStage::parse, DealStage::NAMES))]
    pub(crate) stage: DealStage,
    /// The day it was opened (default today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) opened: Option<NaiveDate>,
    /// The deal's owner when not the client's owner
    #[arg(long, value_name = "M", value_parser = crate::values::id)]
    pub(crate) owner: Option<String>,
    /// The day it was won or lost (default today for those stages)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) closed: Option<NaiveDate>,
    /// Delivery due date (won deals)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) due: Option<NaiveDate>,
    /// With --stage won: leave the client's stage as it is
    #[arg(long)]
    pub(crate) keep_stage: bool,
}

/// Flags of `deal set`.
#[derive(Debug, clap::Args)]
pub(crate) struct SetArgs {
    /// The client (its id)
    #[arg(value_name = "CLIENT", value_parser = crate::values::id)]
    pub(crate) client: String,
    /// The deal's id
    #[arg(value_name = "ID", value_parser = crate::values::entry_id)]
    pub(crate) id: String,
    /// New stage; won or lost sets `closed` to today unless given or present
    #[arg(long, value_name = "S", value_parser = crate::values::choice(DealStage::parse, DealStage::NAMES))]
    pub(crate) stage: Option<DealStage>,
    /// New amount
    #[arg(long, value_name = "N", value_parser = crate::values::money)]
    pub(crate) amount: Option<f64>,
    /// The day it was won or lost
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) closed: Option<NaiveDate>,
    /// Delivery due date
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) due: Option<NaiveDate>,
    /// Delivery done
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) delivered: Option<NaiveDate>,
    /// With --stage won: leave the client's stage as it is
    #[arg(long)]
    pub(crate) keep_stage: bool,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    match &args.action {
        DealAction::Add(a) => write::run(ctx, out, |w| add(w, a)),
        DealAction::Set(a) => write::run(ctx, out, |w| set(w, a)),
    }
}

fn add(w: &mut Session<'_>, a: &AddArgs) -> Result<String, WriteError> {
    let rel = w.client("client", &a.client)?;
    let id = a.id.clone();
    let title = a.title.clone();
    let amount = a.amount;
    let stage = a.stage;
    let opened = a.opened.unwrap_or(w.today);
    let owner = a
        .owner
        .as_deref()
        .map(|o| w.member("--owner", o))
        .transpose()?;
    let mut closed = a.closed;
    if closed.is_none() && matches!(stage, DealStage::Won | DealStage::Lost) {
        closed = Some(w.today.max(opened));
    }
    let due = a.due;
    if let Some(c) = a.closed {
        happened::on_or_before("--closed", c, w.today)?;
    }
    w.unique("deal", &id)?;
    let mut doc = w.txn.edit(&rel)?;
    let new = entry::Builder::new()
        .set("id", value::string(&id))
        .set("title", value::string(&title))
        .opt("owner", owner.map(|o| value::string(&o.id)))
        .set("stage", value::string(stage.as_str()))
        .set("amount", value::number(amount))
        .set("opened", value::date(opened))
        .opt("closed", closed.map(value::date))
        .opt("due", due.map(value::date))
        .build();
    write::ordered::insert_by(&mut doc.doc, schema::CLIENT, "deal", "opened", new)?;
    let customer = match (stage, closed) {
        (DealStage::Won, Some(closed)) if !a.keep_stage => make_customer(&mut doc, closed),
        _ => None,
    };
    w.txn.stage(&rel, doc.render())?;
    Ok(crate::t!(
        "write-deal-added",
        id = id.as_str(),
        stage = crate::i18n::word("stage", stage.as_str()),
        client = a.client.as_str(),
        file = w.display(&rel),
        customer = customer.unwrap_or_default()
    ))
}

fn set(w: &mut Session<'_>, a: &SetArgs) -> Result<String, WriteError> {
    let rel = w.client("client", &a.client)?;
    let (stage, amount, closed, due, delivered) = (a.stage, a.amount, a.closed, a.due, a.delivered);
    let today = w.today;
    something_to_set(a, today)?;
    let mut doc = w.txn.edit(&rel)?;
    let Some(deal) = write::entry_mut(&mut doc, "deal", &a.id) else {
        return Err(WriteError::refused(t!(
            "refuse-no-deal",
            client = a.client.as_str(),
            id = a.id.as_str(),
            file = w.display(&rel).to_string()
        )));
    };
    let mut changed = Vec::new();
    let mut put = |deal: &mut Table, key: &str, v: toml_edit::Value| {
        changed.push(format!("{key} = {}", v.to_string().trim()));
        entry::set(deal, schema::DEAL, key, v);
    };
    if let Some(s) = stage {
        put(deal, "stage", value::string(s.as_str()));
        if matches!(s, DealStage::Won | DealStage::Lost)
            && closed.is_none()
            && !deal.contains_key("closed")
        {
            put(deal, "closed", value::date(today));
        }
    }
    if let Some(n) = amount {
        put(deal, "amount", value::number(n));
    }
    for (key, d) in [("closed", closed), ("due", due), ("delivered", delivered)] {
        if let Some(d) = d {
            put(deal, key, value::date(d));
        }
    }
    let closed = entry::get_datetime(deal, "closed").and_then(|d| d.parse().ok());
    let customer = match (stage, closed) {
        (Some(DealStage::Won), Some(closed)) if !a.keep_stage => make_customer(&mut doc, closed),
        _ => None,
    };
    w.txn.stage(&rel, doc.render())?;
    Ok(t!(
        "write-deal-changed",
        id = a.id.as_str(),
        client = a.client.as_str(),
        changes = changed.join(", "),
        file = w.display(&rel).to_string(),
        customer = customer.unwrap_or_default()
    ))
}

/// Refuses a `deal set` with nothing to change, or with a `closed` or
/// `delivered` date after today (rules §7.4).
fn something_to_set(a: &SetArgs, today: NaiveDate) -> Result<(), WriteError> {
    if a.stage.is_none()
        && a.amount.is_none()
        && a.closed.is_none()
        && a.due.is_none()
        && a.delivered.is_none()
    {
        return Err(WriteError::refused(t!("refuse-nothing-to-change-deal")));
    }
    for (flag, d) in [("--closed", a.closed), ("--delivered", a.delivered)] {
        if let Some(d) = d {
            happened::on_or_before(flag, d, today)?;
        }
    }
    Ok(())
}

/// A won deal makes a lead or prospect a customer, since the deal's
/// `closed` when the client has no `since` (rules §7.5). Returns the line
/// that says so.
fn make_customer(doc: &mut EditDoc, closed: NaiveDate) -> Option<String> {
    let client = doc.doc.as_table_mut();
    let stage = entry::get_str(client, "stage").and_then(Stage::parse)?;
    if !matches!(stage, Stage::Lead | Stage::Prospect) {
        return None;
    }
    entry::set(client, schema::CLIENT, "stage", value::string("customer"));
    let since = if client.contains_key("since") {
        String::new()
    } else {
        entry::set(client, schema::CLIENT, "since", value::date(closed));
        t!("write-customer-since", date = closed.to_string())
    };
    let stage = crate::i18n::word("stage", stage.as_str());
    Some(format!(
        "\n{}",
        t!("write-now-customer", stage = stage, since = since)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_deal_id_reads_every_client_file_and_no_month_file() {
        let tmp = write::test_folder();
        let ctx = write::test_ctx(tmp.path(), None);
        let mut w = Session::open(&ctx).unwrap();
        let args = AddArgs {
            client: "bolt".into(),
            id: "D-9".into(),
            title: "t".into(),
            amount: 1.0,
            stage: DealStage::Lead,
            opened: None,
            owner: None,
            closed: None,
            due: None,
            keep_stage: false,
        };
        add(&mut w, &args).unwrap();
        assert_eq!(
            w.txn.check_files(),
            [
                "clientele.toml",
                "clients/acme.toml",
                "clients/bolt.toml",
                "team.toml"
            ]
        );
    }
}
