//! Client care (rules §3.8, 客戶關懷): in the window [D, D + N], birthdays of
//! contacts of customers and prospects, anniversaries of customers' `since`
//! (one year or more) and the occasions of `clientele.toml` for every
//! customer. A 29 February date falls on 28 February in other years.
//! Customers are those graded as of D; prospects include a customer whose
//! `since` is after D. Upcoming events list each invited client (rules
//! §3.13).

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::model::{Client, ClientId, Contact, MemberId, Records, Stage, Tier};
use crate::privacy::mask_phone;
use crate::render::{Cell, Table};
use crate::report::clients::{events, tiers};
use crate::report::{dates, replay};

pub const COLUMNS: &[&str] = &[
    "date", "client", "contact", "occasion", "owner", "days", "years", "tier", "phone",
];

/// The default window: the next 14 days.
pub const DEFAULT_WITHIN: u32 = 14;

/// What is celebrated.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Occasion {
    Birthday,
    Anniversary,
    /// A `[[care.occasion]]` by its name.
    Named(String),
    /// An upcoming `[[event]]` the client is invited to, by its title
    /// (rules §3.13).
    Event(String),
}

impl Occasion {
    /// As in the `occasion` column.
    pub fn as_str(&self) -> &str {
        match self {
            Occasion::Birthday => "birthday",
            Occasion::Anniversary => "anniversary",
            Occasion::Named(n) | Occasion::Event(n) => n,
        }
    }

    /// The kind, for `--kind`: birthday, anniversary, occasion or event.
    pub fn kind(&self) -> &'static str {
        match self {
            Occasion::Birthday => "birthday",
            Occasion::Anniversary => "anniversary",
            Occasion::Named(_) => "occasion",
            Occasion::Event(_) => "event",
        }
    }
}

/// One greeting to send.
#[derive(Clone, Debug, PartialEq)]
pub struct CareRow {
    pub date: NaiveDate,
    pub client: ClientId,
    pub client_name: String,
    /// The contact whose birthday it is; for anniversaries and occasions the
    /// primary (else first) contact; `None` when the client has none.
    pub contact: Option<String>,
    pub occasion: Occasion,
    pub owner: MemberId,
    pub specialist: Option<MemberId>,
    /// date − D.
    pub days: i64,
    /// Years of cooperation for an anniversary, the age for a birthday.
    pub years: Option<i64>,
    /// The client's tier as of D; `None` for a prospect.
    pub tier: Option<Tier>,
    /// The contact's phone, unmasked (the renderer masks it).
    pub phone: Option<String>,
}

/// `date`'s day and month in every year of `from ..= to` that lands there.
fn yearly_in(date: NaiveDate, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    (from.year()..=to.year())
        .filter_map(|y| dates::in_year(date, y))
        .filter(|x| from <= *x && *x <= to && *x > date)
        .collect()
}

struct Ctx<'a> {
    d: NaiveDate,
    tiers: &'a BTreeMap<ClientId, Tier>,
}

fn row(
    ctx: &Ctx,
    c: &Client,
    date: NaiveDate,
    contact: Option<&Contact>,
    occasion: Occasion,
    years: Option<i64>,
) -> CareRow {
    CareRow {
        date,
        client: c.id.clone(),
        client_name: c.name.clone(),
        contact: contact.map(|k| k.name.clone()),
        occasion,
        owner: c.owner.clone(),
        specialist: c.specialist.clone(),
        days: (date - ctx.d).num_days(),
        years,
        tier: ctx.tiers.get(&c.id).copied(),
        phone: contact.and_then(|k| k.phone.clone()),
    }
}

fn client_rows(records: &Records, ctx: &Ctx, c: &Client, to: NaiveDate) -> Vec<CareRow> {
    let d = ctx.d;
    let mut rows = Vec::new();
    if !replay::is_known(c, d) {
        return rows;
    }
    let customer = replay::is_graded(c, d);
    if customer || replay::client_stage(c, d) == Stage::Prospect {
        for k in &c.contacts {
            for b in k.birthday.iter().flat_map(|b| yearly_in(*b, d, to)) {
                let age = k.birthday.map(|x| i64::from(b.year() - x.year()));
                rows.push(row(ctx, c, b, Some(k), Occasion::Birthday, age));
            }
        }
    }
    if !customer {
        return rows;
    }
    let primary = c.primary_contact();
    if let Some(since) = c.since {
        for a in yearly_in(since, d, to) {
            let years = i64::from(a.year() - since.year());
            rows.push(row(ctx, c, a, primary, Occasion::Anniversary, Some(years)));
        }
    }
    for o in &records.settings.occasions {
        if d <= o.date && o.date <= to {
            let named = Occasion::Named(o.name.clone());
            rows.push(row(ctx, c, o.date, primary, named, None));
        }
    }
    rows
}

/// The events in the window for each client invited and known as of D.
fn event_rows(records: &Records, ctx: &Ctx, to: NaiveDate) -> Vec<CareRow> {
    let mut rows = Vec::new();
    for (_, e) in events::all(records).filter(|(_, e)| ctx.d <= e.date && e.date <= to) {
        for c in e.invited.iter().filter_map(|id| records.client(id)) {
            if replay::is_known(c, ctx.d) {
                let occasion = Occasion::Event(e.title.clone());
                rows.push(row(ctx, c, e.date, c.primary_contact(), occasion, None));
            }
        }
    }
    rows
}

/// Grade A and B clients first on a date (rules §3.8), then the rest.
fn priority(r: &CareRow) -> u8 {
    u8::from(!matches!(r.tier, Some(Tier::A | Tier::B)))
}

/// Every greeting in [d, d + within_days], sorted by date, grade A and B
/// clients first, then client id, then birthday, anniversary, occasion.
pub fn care(records: &Records, d: NaiveDate, within_days: u32) -> Vec<CareRow> {
    care_by(records, d, within_days, &tiers::tiers_as_of(records, d))
}

/// [`care`] with the tiers as of `d` already graded.
pub fn care_by(
    records: &Records,
    d: NaiveDate,
    within_days: u32,
    tiers: &BTreeMap<ClientId, Tier>,
) -> Vec<CareRow> {
    let to = crate::report::dates::plus_days(d, u64::from(within_days));
    let ctx = Ctx { d, tiers };
    let mut rows: Vec<CareRow> = records
        .clients
        .iter()
        .flat_map(|c| client_rows(records, &ctx, c, to))
        .chain(event_rows(records, &ctx, to))
        .collect();
    rows.sort_by(|a, b| {
        (a.date, priority(a), &a.client, &a.occasion, &a.contact).cmp(&(
            b.date,
            priority(b),
            &b.client,
            &b.occasion,
            &b.contact,
        ))
    });
    rows
}

/// Which greetings to list; every condition given must hold.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub owner: Option<String>,
    /// Owned or served (as specialist) by this member.
    pub member: Option<String>,
    /// `birthday`, `anniversary` or `occasion`.
    pub kind: Option<String>,
}

impl Filter {
    pub fn keeps(&self, r: &CareRow) -> bool {
        self.owner.as_deref().is_none_or(|o| *r.owner == *o)
            && self
                .member
                .as_deref()
                .is_none_or(|m| *r.owner == *m || r.specialist.as_deref() == Some(m))
            && self.kind.as_deref().is_none_or(|k| r.occasion.kind() == k)
    }
}

/// The rows as a table; phones masked unless `reveal`.
pub fn to_table(rows: &[CareRow], reveal: bool) -> Table {
    let mut t = Table::new(COLUMNS);
    // left out first when a terminal is too narrow
    t.set_secondary(&["years", "tier", "phone"]);
    for r in rows {
        let phone = r
            .phone
            .as_deref()
            .map(|p| if reveal { p.to_string() } else { mask_phone(p) });
        t.push(vec![
            Cell::Date(r.date),
            Cell::text(r.client.0.clone()),
            Cell::opt(r.contact.clone(), Cell::Text),
            Cell::text(r.occasion.as_str()),
            Cell::text(r.owner.0.clone()),
            Cell::Int(r.days),
            Cell::opt(r.years, Cell::Int),
            Cell::opt(r.tier, |t| Cell::text(t.as_str())),
            Cell::opt(phone, Cell::Text),
        ]);
    }
    t
}

#[cfg(test)]
mod tests;
