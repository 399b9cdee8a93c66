//! Market research notes (rules §3.12, *policy 三(一)1*): every
//! `[[research]]` dated by D, with its author, filtered and sorted by date,
//! then member. `client_notes` gives the notes about one client, for
//! `client show`.

use chrono::NaiveDate;

use crate::model::{ClientId, MemberId, Records, ResearchKind};
use crate::render::{Cell, Table};
use crate::report::period::Period;

pub(crate) const COLUMNS: &[&str] = &[
    "date", "member", "kind", "topic", "clients", "source", "summary",
];

/// One research note.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ResearchRow {
    pub(crate) date: NaiveDate,
    pub(crate) member: MemberId,
    pub(crate) kind: ResearchKind,
    pub(crate) topic: String,
    pub(crate) clients: Vec<ClientId>,
    pub(crate) source: Option<String>,
    pub(crate) summary: String,
}

/// Which notes to list; every condition given must hold.
#[derive(Clone, Debug, Default)]
pub(crate) struct Filter {
    pub(crate) kind: Option<ResearchKind>,
    /// A note naming this client.
    pub(crate) client: Option<String>,
    /// The author.
    pub(crate) member: Option<String>,
    pub(crate) period: Period,
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
pub(crate) fn rows(records: &Records, filter: &Filter, d: NaiveDate) -> Vec<ResearchRow> {
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
pub(crate) fn client_notes(records: &Records, client: &str, d: NaiveDate) -> Vec<ResearchRow> {
    let filter = Filter {
        client: Some(client.to_string()),
        ..Filter::default()
    };
    rows(records, &filter, d)
}

/// The clients of a note, joined with `;` (one cell).
pub(crate) fn joined(ids: &[ClientId]) -> String {
    let ids: Vec<&str> = ids.iter().map(|c| c.0.as_str()).collect();
    ids.join(";")
}

pub(crate) fn to_table(rows: &[ResearchRow]) -> Table {
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
