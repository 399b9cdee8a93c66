//! The deal list (rules §3.15): every deal opened by D at its stage as of
//! D, with its delivery project's status. Pure: D comes in as an argument.

use chrono::NaiveDate;

use crate::model::{Client, ClientId, Deal, DealStage, MemberId, Records};
use crate::render::{Cell, Table};
use crate::report::period::Period;
use crate::report::replay;

/// The CSV columns, in order.
pub const COLUMNS: &[&str] = &[
    "client",
    "id",
    "title",
    "owner",
    "stage",
    "amount",
    "opened",
    "closed",
    "due",
    "delivered",
    "status",
];

/// Where a deal stands as of D (rules §3.15).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DealStatus {
    /// Neither won nor lost.
    Open,
    /// Won, with no due date and not delivered.
    Won,
    Lost,
    /// Won, due on or after D, not delivered.
    Delivering,
    /// Won, due before D, not delivered.
    Late,
    /// Won and delivered by D.
    Delivered,
}

impl DealStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DealStatus::Open => "open",
            DealStatus::Won => "won",
            DealStatus::Lost => "lost",
            DealStatus::Delivering => "delivering",
            DealStatus::Late => "late",
            DealStatus::Delivered => "delivered",
        }
    }
}

/// One deal as of D.
#[derive(Clone, Debug, PartialEq)]
pub struct DealRow {
    pub client: ClientId,
    pub id: String,
    pub title: String,
    /// The deal's own owner, else its client's.
    pub owner: MemberId,
    pub stage: DealStage,
    pub amount: f64,
    pub opened: NaiveDate,
    /// Once won or lost as of D.
    pub closed: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    /// Once ≤ D.
    pub delivered: Option<NaiveDate>,
    pub status: DealStatus,
}

/// Which deals to list; every condition given must hold.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Status `open` only.
    pub open: bool,
    /// Status `late` only.
    pub late: bool,
    pub owner: Option<String>,
    /// Any of these stages as of D; empty: every stage.
    pub stages: Vec<DealStage>,
    pub client: Option<String>,
    /// By the day the deal was opened.
    pub period: Period,
}

impl Filter {
    fn keeps(&self, r: &DealRow) -> bool {
        (!self.open || r.status == DealStatus::Open)
            && (!self.late || r.status == DealStatus::Late)
            && self.owner.as_deref().is_none_or(|o| *r.owner == *o)
            && (self.stages.is_empty() || self.stages.contains(&r.stage))
            && self.client.as_deref().is_none_or(|c| *r.client == *c)
            && self.period.contains(r.opened)
    }
}

/// The status of a deal at `stage` as of `d` (rules §3.15).
pub fn status(deal: &Deal, stage: DealStage, d: NaiveDate) -> DealStatus {
    match stage {
        DealStage::Lost => DealStatus::Lost,
        DealStage::Won if replay::delivered(deal, d).is_some() => DealStatus::Delivered,
        DealStage::Won => match deal.due {
            Some(due) if due < d => DealStatus::Late,
            Some(_) => DealStatus::Delivering,
            None => DealStatus::Won,
        },
        _ => DealStatus::Open,
    }
}

/// One deal of `client` as of `d`; `None` when opened after `d`.
pub fn row(client: &Client, deal: &Deal, d: NaiveDate) -> Option<DealRow> {
    let stage = replay::deal_stage(deal, d)?;
    Some(DealRow {
        client: client.id.clone(),
        id: deal.id.clone(),
        title: deal.title.clone(),
        owner: deal.owner_or(client).clone(),
        stage,
        amount: deal.amount,
        opened: deal.opened,
        closed: replay::deal_closed(deal, d),
        due: deal.due,
        delivered: replay::delivered(deal, d),
        status: status(deal, stage, d),
    })
}

/// The `deals` report as of `d`, sorted by opened, then id.
pub fn deals(records: &Records, d: NaiveDate, filter: &Filter) -> Vec<DealRow> {
    let mut rows: Vec<DealRow> = records
        .clients
        .iter()
        .flat_map(|c| c.deals.iter().filter_map(move |x| row(c, x, d)))
        .filter(|r| filter.keeps(r))
        .collect();
    rows.sort_by(|a, b| (a.opened, &a.id).cmp(&(b.opened, &b.id)));
    rows
}

/// The rows as a table with [`COLUMNS`].
pub fn to_table(rows: &[DealRow]) -> Table {
    let mut t = Table::new(COLUMNS);
    for r in rows {
        t.push(vec![
            Cell::text(r.client.0.clone()),
            Cell::text(r.id.clone()),
            Cell::text(r.title.clone()),
            Cell::text(r.owner.0.clone()),
            Cell::text(r.stage.as_str()),
            Cell::Money(r.amount),
            Cell::Date(r.opened),
            Cell::opt(r.closed, Cell::Date),
            Cell::opt(r.due, Cell::Date),
            Cell::opt(r.delivered, Cell::Date),
            Cell::text(r.status.as_str()),
        ]);
    }
    t
}

#[cfg(test)]
mod tests;
