//! Market research notes (rules §3.12, *policy 三(一)1*): every
//! `[[research]]` dated by D, with its author, filtered and sorted by date,
//! then member. `client_notes` gives the notes about one client, for
//! `client show`.

use chrono::NaiveDate;

use crate::model::{ClientId, MemberId, Records, ResearchKind};
use crate::render::{Cell, Table};
use crate::report::period::Period;

pub const COLUMNS: &[&str] = &[
    "date", "member", "kind", "topic", "clients", "source", "summary",
];

/// One research note.
#[derive(Clone, Debug, PartialEq)]
pub struct ResearchRow {
    pub date: NaiveDate,
    pub member: MemberId,
    pub kind: ResearchKind,
    pub topic: String,
    pub clients: Vec<ClientId>,
    pub source: Option<String>,
    pub summary: String,
}

/// Which notes to list; every condition given must hold.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub kind: Option<ResearchKind>,
    /// A note naming this client.
    pub client: Option<String>,
    /// The author.
    pub member: Option<String>,
    pub period: Period,
}

impl Filter {
    fn keeps(&self, r: &ResearchRow) -> bool {
        self.kind.is_none_or(|k| r.kind == k)
            && self
                .client
                .as_deref()
                .is_none_or(|c| r.clients.iter().any(|x| **x == *c))
            && self.member.as_deref().is_none_or(|m| *r.member == *m)
            && self.period.contains(r.date)
    }
}

/// The notes dated ≤ `d` that `filter` keeps, by date, then member.
pub fn rows(records: &Records, filter: &Filter, d: NaiveDate) -> Vec<ResearchRow> {
    let mut rows: Vec<ResearchRow> = records
        .months
        .iter()
        .flat_map(|log| log.research.iter().map(move |n| (log, n)))
        .filter(|(_, n)| n.date <= d)
        .map(|(log, n)| ResearchRow {
            date: n.date,
            member: log.member.clone(),
            kind: n.kind,
            topic: n.topic.clone(),
            clients: n.clients.clone(),
            source: n.source.clone(),
            summary: n.summary.clone(),
        })
        .filter(|r| filter.keeps(r))
        .collect();
    rows.sort_by(|a, b| (a.date, &a.member).cmp(&(b.date, &b.member)));
    rows
}

/// The notes about `client` dated ≤ `d`, oldest first (for `client show`).
pub fn client_notes(records: &Records, client: &str, d: NaiveDate) -> Vec<ResearchRow> {
    let filter = Filter {
        client: Some(client.to_string()),
        ..Filter::default()
    };
    rows(records, &filter, d)
}

/// The clients of a note, joined with `;` (one cell).
pub fn joined(ids: &[ClientId]) -> String {
    let ids: Vec<&str> = ids.iter().map(|c| c.0.as_str()).collect();
    ids.join(";")
}

pub fn to_table(rows: &[ResearchRow]) -> Table {
    let mut t = Table::new(COLUMNS);
    for r in rows {
        t.push(vec![
            Cell::Date(r.date),
            Cell::text(r.member.0.clone()),
            Cell::text(r.kind.as_str()),
            Cell::text(r.topic.clone()),
            Cell::text(joined(&r.clients)),
            Cell::opt(r.source.clone(), Cell::text),
            Cell::text(r.summary.clone()),
        ]);
    }
    t
}

#[cfg(test)]
mod tests;
