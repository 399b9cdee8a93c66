//! One client on one screen (`client show`, rules §3.16): its profile,
//! contacts, tier with the score breakdown, follow-up, open deals and
//! delivery projects, complaints with both deadlines, visit plans, the last
//! ten interactions, the care dates of the coming year and the research
//! notes about the client (issue 13) — each section
//! the corresponding report's rows narrowed to the client, so the numbers
//! are the reports' own. Pure: D and "now" come in as arguments.
//!
//! A new section is one more entry in [`card`]: a key, a title and a table.

use chrono::{NaiveDate, NaiveDateTime};

use crate::model::{Client, Records};
use crate::privacy::{mask_email, mask_phone};
use crate::render::{Cell, Section, Table};
use crate::report::clients::deals::{self, DealStatus};
use crate::report::clients::{care, followups, list, plans, tiers};
use crate::report::complaints;

/// How many interactions the card shows, latest first.
pub(crate) const LAST_INTERACTIONS: usize = 10;
/// The care window of the card, in days from D.
pub(crate) const CARE_DAYS: u32 = 365;

/// The card of `client` as of `now`: its sections in order. Phones and
/// emails are masked unless `reveal`.
pub(crate) fn card(
    records: &Records,
    client: &Client,
    now: NaiveDateTime,
    reveal: bool,
) -> Vec<Section> {
    let d = now.date();
    vec![
        Section::one("client", "Client", profile(records, client, now)),
        Section::many("contacts", "Contacts", contacts(client, reveal)),
        Section::one("tier", "Tier and score", tier(records, client, d)),
        Section::one("followup", "Follow-up", followup(records, client, d)),
        Section::many(
            "deals",
            "Open deals and delivery projects",
            open_deals(client, d),
        ),
        Section::many(
            "complaints",
            "Complaints",
            client_complaints(records, client, now),
        ),
        Section::many("plans", "Visit plans", client_plans(records, client, d)),
        Section::many(
            "interactions",
            "Last interactions",
            interactions(records, client, d),
        ),
        Section::many(
            "care",
            "Care dates (next 365 days)",
            care_dates(records, client, d, reveal),
        ),
        Section::many("research", "Research notes", research(records, client, d)),
    ]
}

/// The research notes about the client dated ≤ `d` (rules §3.12).
fn research(records: &Records, client: &Client, d: NaiveDate) -> Table {
    let notes = crate::report::research::client_notes(records, &client.id, d);
    crate::report::research::to_table(&notes)
}

fn profile(records: &Records, client: &Client, now: NaiveDateTime) -> Table {
    let filter = list::Filter::default();
    let rows: Vec<list::ClientRow> = list::clients(records, now, &filter)
        .into_iter()
        .filter(|r| r.client == client.id)
        .collect();
    let mut t = list::to_table(&rows);
    t.columns.push("notes".into());
    if let Some(row) = t.rows.first_mut() {
        row.push(Cell::opt(client.notes.clone(), Cell::Text));
    }
    t
}

fn contacts(client: &Client, reveal: bool) -> Table {
    let mut t = Table::new(&["name", "title", "phone", "email", "birthday", "primary"]);
    let shown = |v: &Option<String>, mask: fn(&str) -> String| {
        v.as_deref()
            .map(|x| if reveal { x.to_string() } else { mask(x) })
    };
    for c in &client.contacts {
        t.push(vec![
            Cell::text(c.name.clone()),
            Cell::opt(c.title.clone(), Cell::Text),
            Cell::opt(shown(&c.phone, mask_phone), Cell::Text),
            Cell::opt(shown(&c.email, mask_email), Cell::Text),
            Cell::opt(c.birthday, Cell::Date),
            Cell::Bool(c.primary),
        ]);
    }
    t
}

fn tier(records: &Records, client: &Client, d: NaiveDate) -> Table {
    let rows: Vec<tiers::TierRow> = tiers::tiers(records, d, &tiers::Filter::default())
        .into_iter()
        .filter(|r| r.grade.client == client.id)
        .collect();
    tiers::to_table(&rows, true)
}

fn followup(records: &Records, client: &Client, d: NaiveDate) -> Table {
    let rows: Vec<followups::FollowupRow> =
        followups::followups(records, d, &followups::Filter::default())
            .into_iter()
            .filter(|r| r.client == client.id)
            .collect();
    followups::to_table(&rows)
}

fn open_deals(client: &Client, d: NaiveDate) -> Table {
    let mut rows: Vec<deals::DealRow> = client
        .deals
        .iter()
        .filter_map(|x| deals::row(client, x, d))
        .filter(|r| {
            matches!(
                r.status,
                DealStatus::Open | DealStatus::Delivering | DealStatus::Late
            )
        })
        .collect();
    rows.sort_by(|a, b| (a.opened, &a.id).cmp(&(b.opened, &b.id)));
    deals::to_table(&rows)
}

fn client_complaints(records: &Records, client: &Client, now: NaiveDateTime) -> Table {
    let rows: Vec<complaints::ComplaintRow> =
        complaints::complaints(records, now, &complaints::Filter::default())
            .into_iter()
            .filter(|r| r.client == client.id)
            .collect();
    complaints::to_table(&rows)
}

fn client_plans(records: &Records, client: &Client, d: NaiveDate) -> Table {
    let filter = plans::Filter {
        client: Some(client.id.to_string()),
        ..plans::Filter::default()
    };
    plans::to_table(&plans::plans(records, d, &filter))
}

/// The last [`LAST_INTERACTIONS`] interactions dated ≤ `d`, latest first
/// (then by member, then as written).
fn interactions(records: &Records, client: &Client, d: NaiveDate) -> Table {
    let mut all: Vec<_> = records
        .months
        .iter()
        .flat_map(|log| log.interactions.iter().map(move |i| (&log.member, i)))
        .filter(|(_, i)| i.client == client.id && i.date <= d)
        .collect();
    all.sort_by(|a, b| (b.1.date, a.0).cmp(&(a.1.date, b.0)));
    let mut t = Table::new(&["date", "member", "kind", "summary", "satisfaction"]);
    for (member, i) in all.into_iter().take(LAST_INTERACTIONS) {
        t.push(vec![
            Cell::Date(i.date),
            Cell::text(member.0.clone()),
            Cell::text(i.kind.as_str()),
            Cell::text(&*i.summary),
            Cell::opt(i.satisfaction.map(i64::from), Cell::Int),
        ]);
    }
    t
}

fn care_dates(records: &Records, client: &Client, d: NaiveDate, reveal: bool) -> Table {
    let rows: Vec<care::CareRow> = care::care(records, d, CARE_DAYS)
        .into_iter()
        .filter(|r| r.client == client.id)
        .collect();
    care::to_table(&rows, reveal)
}

#[cfg(test)]
mod tests;
