//! Follow-ups (rules §3.2, 定期回訪): for every graded customer and every
//! prospect found by D, the last contact, the interval its tier allows, the
//! due date and the days overdue; and who covers when the owner is away on
//! the day to act (approved leave as of D, or no longer a member).

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::model::spans::Fast;
use crate::model::{Client, ClientId, MemberId, Records, Stage, Tier};
use crate::render::{Cell, Table};
use crate::report::clients::{events, tiers};
use crate::report::replay;
use crate::report::team::leave;

pub(crate) const COLUMNS: &[&str] = &[
    "client",
    "name",
    "stage",
    "tier",
    "owner",
    "last_contact",
    "interval",
    "due",
    "days_overdue",
    "cover",
];

/// One client's follow-up as of D.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct FollowupRow {
    pub(crate) client: ClientId,
    pub(crate) name: String,
    /// `customer` (graded) or `prospect`, as of D.
    pub(crate) stage: Stage,
    /// After the override; `None` for a prospect.
    pub(crate) tier: Option<Tier>,
    pub(crate) owner: MemberId,
    pub(crate) specialist: Option<MemberId>,
    pub(crate) last_contact: NaiveDate,
    /// Most days allowed between two contacts.
    pub(crate) interval: i64,
    pub(crate) due: NaiveDate,
    /// D − due: positive when overdue, negative = days left.
    pub(crate) days_overdue: i64,
    /// Who acts when the owner is away on the day to act (the due date, or
    /// D when already overdue): the specialist, else the owner's lead, the
    /// first of them who is not away; `None` when the owner is there.
    pub(crate) cover: Option<MemberId>,
}

impl FollowupRow {
    /// Overdue: days_overdue > 0.
    pub(crate) fn is_overdue(&self) -> bool {
        self.days_overdue > 0
    }

    /// Due in the next `n` days: 0 ≤ due − D ≤ n.
    pub(crate) fn due_within(&self, n: i64) -> bool {
        (0..=n).contains(&-self.days_overdue)
    }
}

/// Which follow-ups to list. `overdue` and `within` together list either
/// kind (what needs attention); every other condition given must hold.
#[derive(Clone, Debug, Default)]
pub(crate) struct Filter {
    pub(crate) overdue: bool,
    /// Due in the next N days.
    pub(crate) within: Option<i64>,
    pub(crate) owner: Option<String>,
    /// Owned or served (as specialist) by this member.
    pub(crate) member: Option<String>,
    pub(crate) tier: Option<Tier>,
}

impl Filter {
    fn keeps(&self, r: &FollowupRow) -> bool {
        let timing = match (self.overdue, self.within) {
            (false, None) => true,
            (true, None) => r.is_overdue(),
            (false, Some(n)) => r.due_within(n),
            (true, Some(n)) => r.is_overdue() || r.due_within(n),
        };
        timing
            && self.owner.as_deref().is_none_or(|o| *r.owner == *o)
            && self
                .member
                .as_deref()
                .is_none_or(|m| *r.owner == *m || r.specialist.as_deref() == Some(m))
            && self.tier.is_none_or(|t| r.tier == Some(t))
    }
}

/// The latest contact with each client, by client id.
pub(crate) type LastContacts<'r> = HashMap<&'r str, NaiveDate, Fast>;

/// The latest contact dated ≤ `d` with each client: an interaction by any
/// member, or attending an event (rules §3.2).
/// Hashed by client id: a million contacts at 40k clients made a sorted
/// map's string comparisons grow faster than the records.
pub(crate) fn last_interactions(records: &Records, d: NaiveDate) -> LastContacts<'_> {
    let mut last = LastContacts::with_capacity_and_hasher(records.clients.len(), Fast::default());
    let interactions = records
        .months
        .iter()
        .flat_map(|log| &log.interactions)
        .filter(|i| i.date <= d)
        .map(|i| (i.client.0.as_str(), i.date));
    for (client, date) in interactions.chain(events::attended_contacts(records, d)) {
        let e = last.entry(client).or_insert(date);
        *e = (*e).max(date);
    }
    last
}

/// Whether `member` can act on `day`: a member then, and not on leave
/// approved as of `d`.
pub(crate) fn available(records: &Records, member: &str, day: NaiveDate, d: NaiveDate) -> bool {
    records.member(member).is_some_and(|m| m.active_on(day))
        && !leave::approved(records, member, d).any(|l| l.covers(day))
}

/// Who acts for `client` on `day` when its owner cannot (see
/// [`FollowupRow::cover`]).
pub(crate) fn cover(
    records: &Records,
    client: &Client,
    day: NaiveDate,
    d: NaiveDate,
) -> Option<MemberId> {
    if available(records, &client.owner, day, d) {
        return None;
    }
    let lead = records
        .member(&client.owner)
        .and_then(|m| m.reports_to.clone());
    [client.specialist.clone(), lead]
        .into_iter()
        .flatten()
        .find(|m| *m != client.owner && available(records, m, day, d))
}

/// The follow-up of one client as of `d`, when it has one: graded
/// customers and prospects found by `d`.
fn row(
    records: &Records,
    c: &Client,
    tier: Option<Tier>,
    last: Option<NaiveDate>,
    d: NaiveDate,
) -> Option<FollowupRow> {
    if !replay::is_known(c, d) {
        return None;
    }
    let followup = &records.settings.followup;
    let (stage, start, interval) = match (replay::client_stage(c, d), tier) {
        (Stage::Customer, Some(t)) => (Stage::Customer, c.since?, followup.interval(t)),
        (Stage::Prospect, _) => (Stage::Prospect, c.found, followup.prospect),
        _ => return None,
    };
    let records_start = records.settings.team.records_start.filter(|r| *r <= d);
    let start = start.max(records_start.unwrap_or(start));
    let last_contact = last.map_or(start, |l| l.max(start));
    let due = crate::report::dates::plus_days(last_contact, u64::try_from(interval).unwrap_or(0));
    let act_on = due.max(d);
    Some(FollowupRow {
        client: c.id.clone(),
        name: c.name.clone(),
        stage,
        tier: tier.filter(|_| stage == Stage::Customer),
        owner: c.owner.clone(),
        specialist: c.specialist.clone(),
        last_contact,
        interval,
        due,
        days_overdue: (d - due).num_days(),
        cover: cover(records, c, act_on, d),
    })
}

/// The `followups` report as of `d`, sorted by due date, then client id.
pub(crate) fn followups(records: &Records, d: NaiveDate, filter: &Filter) -> Vec<FollowupRow> {
    // independent: graded and gathered on two cores
    let (tiers, last) = rayon::join(
        || tiers::tiers_as_of(records, d),
        || last_interactions(records, d),
    );
    rows_of(records, d, filter, &tiers, &last)
}

/// [`followups`] with the tiers as of `d` already graded (the briefing
/// grades once for all its sections).
pub(crate) fn followups_by(
    records: &Records,
    d: NaiveDate,
    filter: &Filter,
    tiers: &BTreeMap<ClientId, Tier>,
) -> Vec<FollowupRow> {
    rows_of(records, d, filter, tiers, &last_interactions(records, d))
}

/// One row per client the filter keeps (judged on every core, in the
/// clients' order), sorted by due date and client.
fn rows_of(
    records: &Records,
    d: NaiveDate,
    filter: &Filter,
    tiers: &BTreeMap<ClientId, Tier>,
    last: &LastContacts<'_>,
) -> Vec<FollowupRow> {
    let mut rows: Vec<FollowupRow> = records
        .clients
        .par_iter()
        .filter_map(|c| {
            let tier = tiers.get(&c.id).copied();
            row(records, c, tier, last.get(&*c.id).copied(), d)
        })
        .filter(|r| filter.keeps(r))
        .collect();
    rows.sort_by(|a, b| (a.due, &a.client).cmp(&(b.due, &b.client)));
    rows
}

pub(crate) fn to_table(rows: &[FollowupRow]) -> Table {
    let mut t = Table::new(COLUMNS);
    // left out first when a terminal is too narrow
    t.set_secondary(&["stage", "last_contact", "interval", "cover"]);
    for r in rows {
        t.push(vec![
            Cell::text(r.client.0.clone()),
            Cell::text(r.name.clone()),
            Cell::text(r.stage.as_str()),
            Cell::opt(r.tier, |t| Cell::text(t.as_str())),
            Cell::text(r.owner.0.clone()),
            Cell::Date(r.last_contact),
            Cell::Int(r.interval),
            Cell::Date(r.due),
            Cell::Int(r.days_overdue),
            Cell::opt(r.cover.as_ref(), |m| Cell::text(m.0.clone())),
        ]);
    }
    t
}

#[cfg(test)]
mod tests;
