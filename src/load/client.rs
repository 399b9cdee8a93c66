//! Reads a `clients/<id>.toml` file into a [`Client`], with the rules that
//! concern one client file alone (required-by-stage fields, ranges, date
//! order inside an entry).

use super::fields::Fields;
use super::ids;
use super::ranges::{self, rating};
use crate::diagnostic::{Diagnostic, codes};
use crate::model::{
    Channel, Client, ClientId, Complaint, Contact, Deal, DealStage, Severity, Source, Stage, Tier,
};
use crate::msg;

/// Reports two dates (or date-times) out of order.
pub(crate) fn order<T: PartialOrd + std::fmt::Display>(
    f: &mut Fields<'_, '_>,
    early: (&str, Option<T>),
    late: (&'static str, Option<T>),
) {
    if let ((a, Some(x)), (b, Some(y))) = (early, late)
        && y < x
    {
        f.error_at(
            b,
            codes::DATE_ORDER,
            msg!(
                "diag-date-order",
                late = b,
                late_value = y,
                early = a,
                early_value = x
            ),
        );
    }
}

/// Reads a client file whose stem is `stem`; `None` when a field the model
/// needs is missing or bad (the diagnostics say which).
pub(crate) fn read(f: Fields<'_, '_>, stem: &str, diags: &mut Vec<Diagnostic>) -> Option<Client> {
    read_with(f, stem, diags, |f, diags| {
        entries(f, "complaint", COMPLAINT, complaint, diags)
    })
}

/// How a complaint entry is named in messages.
pub(crate) const COMPLAINT: &str = "[[complaint]]";

/// As [`read`], with the complaints read by `complaints` in their place
/// (after the deals, before the file's own problems): a large file's are
/// read piece by piece (`super::pieces`).
pub(crate) fn read_with<'a, 'i>(
    mut f: Fields<'a, 'i>,
    stem: &str,
    diags: &mut Vec<Diagnostic>,
    complaints: impl FnOnce(&mut Fields<'a, 'i>, &mut Vec<Diagnostic>) -> Vec<Complaint>,
) -> Option<Client> {
    let id = client_id(&mut f, stem);
    let name = f.req_str("name");
    let stage = f.require("stage", |f, k| f.choice(k, Stage::parse, Stage::NAMES));
    let owner = ids::req_member(&mut f, "owner");
    let specialist = ids::member(&mut f, "specialist");
    let industry = f.str("industry");
    let source = f.choice("source", Source::parse, Source::NAMES);
    let found = f.req_date("found");
    let since = f.date("since");
    let potential = f.require("potential", potential);
    let tier = f.choice("tier", Tier::parse, Tier::NAMES);
    let tier_reason = f.str("tier_reason");
    let notes = f.str("notes");
    since_when_signed(&mut f, stage);
    order(&mut f, ("found", found), ("since", since));
    if tier.is_some() && tier_reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
        f.error_at(
            "tier",
            codes::OVERRIDE_NO_REASON,
            msg!("diag-tier-no-reason"),
        );
    }
    let contacts: Vec<Contact> = entries(&mut f, "contact", "[[contact]]", contact, diags);
    let deals = entries(&mut f, "deal", "[[deal]]", deal, diags);
    let complaints = complaints(&mut f, diags);
    if stage == Some(Stage::Customer) && contacts.is_empty() && !f.has("contact") {
        let d = Diagnostic::warning(
            codes::NO_CONTACT,
            f.span_of("stage"),
            msg!("diag-no-contact"),
        );
        f.diags.push(d);
    }
    let spans = f.finish(diags);
    Some(Client {
        id: ClientId::from(id?),
        name: name?,
        stage: stage?,
        owner: owner?,
        specialist,
        industry,
        source,
        found: found?,
        since,
        potential: potential?,
        tier,
        tier_reason,
        notes,
        contacts,
        deals,
        complaints,
        spans,
    })
}

/// The entries of the array of tables `key`, each read by `read`.
fn entries<T>(
    f: &mut Fields<'_, '_>,
    key: &'static str,
    what: &'static str,
    read: fn(Fields<'_, '_>, &mut Vec<Diagnostic>) -> Option<T>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<T> {
    let out: Vec<T> = f
        .tables(key, what)
        .into_iter()
        .filter_map(|e| read(e, diags))
        .collect();
    // collected in place, the list would keep the room of the tables read
    super::exact(out)
}

/// The client's id, which must be the file's stem.
fn client_id(f: &mut Fields<'_, '_>, stem: &str) -> Option<String> {
    let id = f.require("id", |f, k| {
        let s = f.str(k)?;
        ids::check_client_style(f, k, s)
    });
    if let Some(id) = &id
        && id != stem
    {
        f.error_at(
            "id",
            codes::ID_NOT_STEM,
            msg!("diag-id-not-stem", id = id, stem = stem),
        );
    }
    id
}

/// `potential`, 1..5 (kept even when out of range, as reported).
fn potential(f: &mut Fields<'_, '_>, key: &'static str) -> Option<i64> {
    let v = f.int(key)?;
    ranges::one_to_five(f, key, v);
    Some(v)
}

/// A client at a stage that needs `since` must say it.
fn since_when_signed(f: &mut Fields<'_, '_>, stage: Option<Stage>) {
    if stage.is_some_and(Stage::needs_since) && !f.has("since") {
        let why = msg!("diag-why-since", stage = stage.map_or("", |s| s.as_str()));
        let span = f.span_of("stage");
        f.diags.push(Diagnostic::error(
            codes::MISSING_FIELD,
            span,
            msg!(
                "diag-missing-field-why",
                key = "since",
                what = crate::diagnostic::Msg::new("diag-word-client-file"),
                why = why,
            ),
        ));
    }
}

fn contact(mut c: Fields<'_, '_>, diags: &mut Vec<Diagnostic>) -> Option<Contact> {
    let name = c.req_str("name");
    let title = c.str("title");
    let phone = c.str("phone");
    let email = c.str("email");
    let birthday = c.date("birthday");
    let primary = c.bool("primary").unwrap_or(false);
    let spans = c.finish(diags);
    Some(Contact {
        name: name?,
        title,
        phone,
        email,
        birthday,
        primary,
        spans,
    })
}

fn deal(mut d: Fields<'_, '_>, diags: &mut Vec<Diagnostic>) -> Option<Deal> {
    let id = ids::req_entry_id(&mut d, "id");
    let title = d.req_str("title");
    let owner = ids::member(&mut d, "owner");
    let stage = d.require("stage", |d, k| {
        d.choice(k, DealStage::parse, DealStage::NAMES)
    });
    let amount = d.require("amount", Fields::num);
    let opened = d.req_date("opened");
    let closed = d.date("closed");
    let due = d.date("due");
    let delivered = d.date("delivered");
    ranges::not_negative(&mut d, "amount", amount);
    if matches!(stage, Some(DealStage::Won | DealStage::Lost)) && !d.has("closed") {
        let why = msg!("diag-why-stage", stage = stage.map_or("", |s| s.as_str()));
        d.missing("closed", Some(why));
    }
    order(&mut d, ("opened", opened), ("closed", closed));
    order(&mut d, ("closed", closed), ("delivered", delivered));
    let spans = d.finish(diags);
    Some(Deal {
        id: id?,
        title: title?,
        owner,
        stage: stage?,
        amount: amount?,
        opened: opened?,
        closed,
        due,
        delivered,
        spans,
    })
}

pub(crate) fn complaint(mut c: Fields<'_, '_>, diags: &mut Vec<Diagnostic>) -> Option<Complaint> {
    let id = ids::req_entry_id(&mut c, "id");
    let received = c.require("received", Fields::datetime);
    let severity = c.require("severity", |c, k| {
        c.choice(k, Severity::parse, Severity::NAMES)
    });
    let channel = c.choice("channel", Channel::parse, Channel::NAMES);
    let summary = c.req_str("summary");
    let handler = ids::req_member(&mut c, "handler");
    let responded = c.datetime("responded");
    let resolved = c.datetime("resolved");
    let satisfaction = rating(&mut c, "satisfaction");
    let departments = c
        .str_array("departments")
        .into_iter()
        .map(|(s, _)| s)
        .collect();
    order(&mut c, ("received", received), ("responded", responded));
    order(&mut c, ("responded", responded), ("resolved", resolved));
    if responded.is_none() {
        order(&mut c, ("received", received), ("resolved", resolved));
    }
    let spans = c.finish(diags);
    Some(Complaint {
        id: id?,
        received: received?,
        severity: severity?,
        channel,
        summary: summary?,
        handler: handler?,
        responded,
        resolved,
        satisfaction,
        departments,
        spans,
    })
}
