//! The two pages no single command prints: a client's card
//! (`/clients/<id>`: the record, its contacts with phones and emails
//! masked, deals, complaints and interactions up to D) and `/deals` (every
//! deal of every client). Both open the records like a report does, so the
//! records' errors show instead, and honour `?as_of=`.

use super::State;
use super::http::Reply;
use super::routes::error_reply;
use crate::cmd::Opened;
use crate::error::Error;
use crate::model::Client;
use crate::privacy::{mask_email, mask_phone};
use crate::render::html::{page, section_with_id, table};
use crate::render::{Cell, Table};

/// Opens the records as a report would, with the request's `--as-of`.
fn open(state: &State, flags: &[(String, String)]) -> Result<Opened, Reply> {
    let argv = super::query::argv(&["tiers"], flags).map_err(|m| Reply::text(400, m))?;
    let ctx = super::run::ctx_for(&state.base, &argv).map_err(|e| error_reply(&e))?;
    match crate::cmd::open(&ctx) {
        Ok(o) => Ok(o),
        Err(Error::RecordErrors { count }) => Err(super::routes::errors_reply(state, count)),
        Err(e) => Err(error_reply(&e)),
    }
}

/// `/clients/<id>`.
pub(crate) fn client(state: &State, id: &str, flags: &[(String, String)]) -> Result<String, Reply> {
    let o = open(state, flags)?;
    let Some(c) = o.records.clients.iter().find(|c| &*c.id == id) else {
        return Err(Reply::text(404, format!("no client `{id}`")));
    };
    let mut body = section_with_id("record", "Record", "", &table(&record(c)));
    body.push_str(&section_with_id(
        "contacts",
        "Contacts",
        "phones and emails masked",
        &table(&contacts(c)),
    ));
    body.push_str(&section_with_id(
        "deals",
        "Deals",
        "",
        &table(&deals_of(&[c])),
    ));
    body.push_str(&section_with_id(
        "complaints",
        "Complaints",
        "",
        &table(&complaints(c)),
    ));
    let mut seen = Table::new(&["date", "member", "kind", "summary", "satisfaction"]);
    for m in &o.records.months {
        for i in m
            .interactions
            .iter()
            .filter(|i| i.client == c.id && i.date <= o.today)
        {
            seen.push(vec![
                Cell::Date(i.date),
                Cell::text(m.member.to_string()),
                Cell::text(i.kind.as_str()),
                Cell::text(i.summary.clone()),
                Cell::opt(i.satisfaction, Cell::Int),
            ]);
        }
    }
    seen.rows.sort_by(|a, b| b[0].plain().cmp(&a[0].plain()));
    body.push_str(&section_with_id(
        "interactions",
        "Interactions",
        "newest first",
        &table(&seen),
    ));
    Ok(page(
        &c.name,
        &format!("{} · as of {}", c.id, o.today),
        &body,
    ))
}

fn record(c: &Client) -> Table {
    let mut t = Table::new(&["field", "value"]);
    let mut row = |k: &str, v: Cell| t.push(vec![Cell::text(k), v]);
    row("id", Cell::text(c.id.to_string()));
    row("stage", Cell::text(c.stage.as_str()));
    row("owner", Cell::text(c.owner.to_string()));
    row(
        "specialist",
        Cell::opt(c.specialist.as_ref(), |m| Cell::text(m.to_string())),
    );
    row("industry", Cell::opt(c.industry.clone(), Cell::Text));
    row("source", Cell::opt(c.source, |s| Cell::text(s.as_str())));
    row("found", Cell::Date(c.found));
    row("since", Cell::opt(c.since, Cell::Date));
    row("potential", Cell::Int(c.potential));
    row("tier", Cell::opt(c.tier, |t| Cell::text(t.as_str())));
    row("tier_reason", Cell::opt(c.tier_reason.clone(), Cell::Text));
    row("notes", Cell::opt(c.notes.clone(), Cell::Text));
    t
}

fn contacts(c: &Client) -> Table {
    let mut t = Table::new(&["name", "title", "phone", "email", "primary"]);
    for k in &c.contacts {
        t.push(vec![
            Cell::text(k.name.clone()),
            Cell::opt(k.title.clone(), Cell::Text),
            Cell::opt(k.phone.as_deref(), |p| Cell::text(mask_phone(p))),
            Cell::opt(k.email.as_deref(), |e| Cell::text(mask_email(e))),
            Cell::Bool(k.primary),
        ]);
    }
    t
}

fn complaints(c: &Client) -> Table {
    let mut t = Table::new(&[
        "id",
        "received",
        "severity",
        "summary",
        "handler",
        "responded",
        "resolved",
    ]);
    for k in &c.complaints {
        t.push(vec![
            Cell::text(k.id.clone()),
            Cell::DateTime(k.received),
            Cell::text(k.severity.as_str()),
            Cell::text(k.summary.clone()),
            Cell::text(k.handler.to_string()),
            Cell::opt(k.responded, Cell::DateTime),
            Cell::opt(k.resolved, Cell::DateTime),
        ]);
    }
    t
}

fn deals_of(clients: &[&Client]) -> Table {
    let mut t = Table::new(&[
        "client", "deal", "title", "owner", "stage", "amount", "opened", "closed",
    ]);
    for c in clients {
        for d in &c.deals {
            t.push(vec![
                Cell::text(c.id.to_string()),
                Cell::text(d.id.clone()),
                Cell::text(d.title.clone()),
                Cell::text(d.owner_or(c).to_string()),
                Cell::text(d.stage.as_str()),
                Cell::Money(d.amount),
                Cell::Date(d.opened),
                Cell::opt(d.closed, Cell::Date),
            ]);
        }
    }
    t
}

/// `/deals`: every deal opened by D, by client.
pub(crate) fn deals(state: &State, flags: &[(String, String)]) -> Result<String, Reply> {
    let o = open(state, flags)?;
    let clients: Vec<&Client> = o.records.clients.iter().collect();
    let mut t = deals_of(&clients);
    t.rows
        .retain(|r| matches!(r[6], Cell::Date(d) if d <= o.today));
    let sub = format!("{} deals · as of {}", t.rows.len(), o.today);
    Ok(page("clientele deals", &sub, &table(&t)))
}
