//! Client events (rules §3.13, *policy 三(二)2*: 客戶答謝會 and other
//! events): every `[[event]]` with its organiser, whom it invited, who
//! attended and the attendance rate. Like plans, events dated after D are
//! listed too (an invitation is about the future); attendance counts only
//! once the event's date is ≤ D. [`attended_contacts`] feeds follow-ups:
//! a client that attended an event was contacted on its date.

use chrono::NaiveDate;

use crate::model::{ClientId, Event, EventKind, MemberId, Records};
use crate::render::{Cell, Table};
use crate::report::period::Period;
use crate::report::research::joined;

pub const COLUMNS: &[&str] = &[
    "id",
    "date",
    "title",
    "kind",
    "organiser",
    "invited",
    "attended",
    "attendance_rate",
    "cost",
];

/// One event as of D.
#[derive(Clone, Debug, PartialEq)]
pub struct EventRow {
    pub id: String,
    pub date: NaiveDate,
    pub title: String,
    pub kind: EventKind,
    pub organiser: MemberId,
    pub invited: Vec<ClientId>,
    /// Empty while the event is after D.
    pub attended: Vec<ClientId>,
    /// attended ÷ invited, once the event is ≤ D and invited someone.
    pub attendance_rate: Option<f64>,
    pub cost: Option<f64>,
}

/// Which events to list; every condition given must hold.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub kind: Option<EventKind>,
    /// Invited or attended by this client.
    pub client: Option<String>,
    pub organiser: Option<String>,
    pub period: Period,
}

impl Filter {
    fn keeps(&self, r: &EventRow) -> bool {
        self.kind.is_none_or(|k| r.kind == k)
            && self
                .client
                .as_deref()
                .is_none_or(|c| r.invited.iter().chain(&r.attended).any(|x| **x == *c))
            && self.organiser.as_deref().is_none_or(|m| *r.organiser == *m)
            && self.period.contains(r.date)
    }
}

/// Every event with its organiser (the month file's member).
pub fn all(records: &Records) -> impl Iterator<Item = (&MemberId, &Event)> {
    records
        .months
        .iter()
        .flat_map(|log| log.events.iter().map(move |e| (&log.member, e)))
}

fn row(organiser: &MemberId, e: &Event, d: NaiveDate) -> EventRow {
    let held = e.date <= d;
    let attended = if held { e.attended.clone() } else { Vec::new() };
    let attendance_rate =
        (held && !e.invited.is_empty()).then(|| attended.len() as f64 / e.invited.len() as f64);
    EventRow {
        id: e.id.clone(),
        date: e.date,
        title: e.title.clone(),
        kind: e.kind,
        organiser: organiser.clone(),
        invited: e.invited.clone(),
        attended,
        attendance_rate,
        cost: e.cost,
    }
}

/// The events `filter` keeps, as of `d`, by date, then id.
pub fn rows(records: &Records, filter: &Filter, d: NaiveDate) -> Vec<EventRow> {
    let mut rows: Vec<EventRow> = all(records)
        .map(|(m, e)| row(m, e, d))
        .filter(|r| filter.keeps(r))
        .collect();
    rows.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    rows
}

/// (client, date) for every attendance at an event dated ≤ `d`: a contact
/// for follow-ups (rules §3.2).
pub fn attended_contacts(
    records: &Records,
    d: NaiveDate,
) -> impl Iterator<Item = (&str, NaiveDate)> {
    all(records)
        .map(|(_, e)| e)
        .filter(move |e| e.date <= d)
        .flat_map(|e| e.attended.iter().map(move |c| (c.0.as_str(), e.date)))
}

pub fn to_table(rows: &[EventRow]) -> Table {
    let mut t = Table::new(COLUMNS);
    for r in rows {
        t.push(vec![
            Cell::text(r.id.clone()),
            Cell::Date(r.date),
            Cell::text(r.title.clone()),
            Cell::text(r.kind.as_str()),
            Cell::text(r.organiser.0.clone()),
            Cell::text(joined(&r.invited)),
            Cell::text(joined(&r.attended)),
            Cell::opt(r.attendance_rate, Cell::Dec2),
            Cell::opt(r.cost, Cell::Money),
        ]);
    }
    t
}

#[cfg(test)]
mod tests;
