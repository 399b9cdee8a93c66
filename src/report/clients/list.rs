//! The client list (rules §3.14): every client found by D, of every stage,
//! with its tier, last contact and what is still open; `--stage
//! lead,prospect` is the key-prospect list (重點開發客戶名單), sorted by
//! potential. Pure: D and "now" come in as arguments.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};

use crate::model::{Client, ClientId, DealStage, MemberId, Records, Source, Stage, Tier};
use crate::render::{Cell, Table};
use crate::report::clients::{followups, tiers};
use crate::report::replay;

/// The CSV columns, in order.
pub(crate) const COLUMNS: &[&str] = &[
    "client",
    "name",
    "stage",
    "tier",
    "owner",
    "specialist",
    "source",
    "industry",
    "potential",
    "found",
    "since",
    "last_contact",
    "open_deals",
    "open_complaints",
];

/// One client as of D.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ClientRow {
    pub(crate) client: ClientId,
    pub(crate) name: String,
    /// As of D (rules §3.0): a customer signed after D is a prospect.
    pub(crate) stage: Stage,
    /// Graded clients only, after the override (rules §3.1).
    pub(crate) tier: Option<Tier>,
    pub(crate) owner: MemberId,
    pub(crate) specialist: Option<MemberId>,
    pub(crate) source: Option<Source>,
    pub(crate) industry: Option<String>,
    pub(crate) potential: i64,
    pub(crate) found: NaiveDate,
    /// Once it is ≤ D.
    pub(crate) since: Option<NaiveDate>,
    /// The latest interaction with the client dated ≤ D, by any member.
    pub(crate) last_contact: Option<NaiveDate>,
    /// Deals opened ≤ D and neither won nor lost as of D.
    pub(crate) open_deals: usize,
    /// Complaints received by now and not resolved as of now.
    pub(crate) open_complaints: usize,
}

/// Which clients to list; every condition given must hold.
#[derive(Clone, Debug, Default)]
pub(crate) struct Filter {
    /// Any of these stages (as of D); empty: every stage.
    pub(crate) stages: Vec<Stage>,
    pub(crate) owner: Option<String>,
    /// Owned or served (the global `--member`).
    pub(crate) member: Option<String>,
    pub(crate) source: Option<Source>,
    /// Compared without regard to case.
    pub(crate) industry: Option<String>,
    pub(crate) tier: Option<Tier>,
}

impl Filter {
    fn keeps(&self, r: &ClientRow) -> bool {
        (self.stages.is_empty() || self.stages.contains(&r.stage))
            && self.owner.as_deref().is_none_or(|o| *r.owner == *o)
            && self
                .member
                .as_deref()
                .is_none_or(|m| *r.owner == *m || r.specialist.as_deref() == Some(m))
            && self.source.is_none_or(|s| r.source == Some(s))
            && self.industry.as_deref().is_none_or(|i| {
                r.industry
                    .as_deref()
                    .is_some_and(|x| x.to_lowercase() == i.to_lowercase())
            })
            && self.tier.is_none_or(|t| r.tier == Some(t))
    }

    /// Only leads and prospects asked for: the key-prospect list.
    pub(crate) fn is_prospect_list(&self) -> bool {
        !self.stages.is_empty()
            && self
                .stages
                .iter()
                .all(|s| matches!(s, Stage::Lead | Stage::Prospect))
    }
}

/// Open deals (rules §3.0: as of D) of one client.
pub(crate) fn open_deals(c: &Client, d: NaiveDate) -> usize {
    c.deals
        .iter()
        .filter_map(|x| replay::deal_stage(x, d))
        .filter(|s| !matches!(s, DealStage::Won | DealStage::Lost))
        .count()
}

/// Complaints of one client received by `now` and not resolved as of now.
pub(crate) fn open_complaints(c: &Client, now: NaiveDateTime) -> usize {
    c.complaints
        .iter()
        .filter_map(|k| replay::complaint(k, now))
        .filter(|k| k.resolved.is_none())
        .count()
}

fn row(
    c: &Client,
    tiers: &BTreeMap<ClientId, Tier>,
    last: &followups::LastContacts<'_>,
    now: NaiveDateTime,
) -> ClientRow {
    let d = now.date();
    ClientRow {
        client: c.id.clone(),
        name: c.name.clone(),
        stage: replay::client_stage(c, d),
        tier: tiers.get(&c.id).copied(),
        owner: c.owner.clone(),
        specialist: c.specialist.clone(),
        source: c.source,
        industry: c.industry.clone(),
        potential: c.potential,
        found: c.found,
        since: c.since.filter(|s| *s <= d),
        last_contact: last.get(&*c.id.0).copied(),
        open_deals: open_deals(c, d),
        open_complaints: open_complaints(c, now),
    }
}

/// The `clients` report as of `now`: sorted by client id; the key-prospect
/// list by potential (high first), then found, then id.
pub(crate) fn clients(records: &Records, now: NaiveDateTime, filter: &Filter) -> Vec<ClientRow> {
    let d = now.date();
    let tiers = tiers::tiers_as_of(records, d);
    let last = followups::last_interactions(records, d);
    let mut rows: Vec<ClientRow> = records
        .clients
        .iter()
        .filter(|c| replay::is_known(c, d))
        .map(|c| row(c, &tiers, &last, now))
        .filter(|r| filter.keeps(r))
        .collect();
    if filter.is_prospect_list() {
        rows.sort_by(|a, b| {
            (b.potential, a.found, &a.client).cmp(&(a.potential, b.found, &b.client))
        });
    } else {
        rows.sort_by(|a, b| a.client.cmp(&b.client));
    }
    rows
}

/// The rows as a table with [`COLUMNS`].
pub(crate) fn to_table(rows: &[ClientRow]) -> Table {
    let mut t = Table::new(COLUMNS);
    for r in rows {
        t.push(vec![
            Cell::text(r.client.0.clone()),
            Cell::text(r.name.clone()),
            Cell::text(r.stage.as_str()),
            Cell::opt(r.tier, |x| Cell::text(x.as_str())),
            Cell::text(r.owner.0.clone()),
            Cell::opt(r.specialist.as_ref(), |m| Cell::text(m.0.clone())),
            Cell::opt(r.source, |s| Cell::text(s.as_str())),
            Cell::opt(r.industry.clone(), Cell::Text),
            Cell::Int(r.potential),
            Cell::Date(r.found),
            Cell::opt(r.since, Cell::Date),
            Cell::opt(r.last_contact, Cell::Date),
            Cell::Int(r.open_deals as i64),
            Cell::Int(r.open_complaints as i64),
        ]);
    }
    t
}

#[cfg(test)]
mod tests;
