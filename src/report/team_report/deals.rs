//! The deal sections of the team report (rules §3.11): deals opened, won
//! and lost in the month, the three largest wins, projects (won deals with
//! a `due`) delivered late or not at all, and projects due next month.

use chrono::NaiveDate;

use crate::model::{ClientId, DealStage, MemberId, Records, YearMonth};
use crate::render::{Cell, Table};
use crate::report::replay;

/// One deal, as the team report lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct DealLine {
    pub client: ClientId,
    pub id: String,
    pub owner: MemberId,
    pub amount: f64,
    /// `closed` for wins, `due` for projects.
    pub date: NaiveDate,
    /// For projects: delivered as of D.
    pub delivered: Option<NaiveDate>,
}

/// Counts and amounts of the deals opened, won and lost in the month.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DealCounts {
    pub opened: (usize, f64),
    pub won: (usize, f64),
    pub lost: (usize, f64),
}

fn all(records: &Records) -> impl Iterator<Item = (&crate::model::Client, &crate::model::Deal)> {
    records
        .clients
        .iter()
        .flat_map(|c| c.deals.iter().map(move |d| (c, d)))
}

fn line(
    c: &crate::model::Client,
    d: &crate::model::Deal,
    date: NaiveDate,
    day: NaiveDate,
) -> DealLine {
    DealLine {
        client: c.id.clone(),
        id: d.id.clone(),
        owner: d.owner_or(c).clone(),
        amount: d.amount,
        date,
        delivered: replay::delivered(d, day),
    }
}

/// Deals opened in `month` (by D), and won or lost with `closed` in it
/// (as of D).
pub fn counts(records: &Records, month: YearMonth, d: NaiveDate) -> DealCounts {
    let mut out = DealCounts::default();
    let inside = |x: NaiveDate| month.contains(x) && x <= d;
    for (_, deal) in all(records) {
        let add = |slot: &mut (usize, f64)| {
            slot.0 += 1;
            slot.1 += deal.amount;
        };
        if inside(deal.opened) {
            add(&mut out.opened);
        }
        match (replay::deal_stage(deal, d), replay::deal_closed(deal, d)) {
            (Some(DealStage::Won), Some(x)) if inside(x) => add(&mut out.won),
            (Some(DealStage::Lost), Some(x)) if inside(x) => add(&mut out.lost),
            _ => {}
        }
    }
    out
}

/// The `n` largest deals won in `month`, largest first (then by id).
pub fn largest_wins(records: &Records, month: YearMonth, d: NaiveDate, n: usize) -> Vec<DealLine> {
    let mut wins: Vec<DealLine> = all(records)
        .filter_map(|(c, deal)| {
            let closed = replay::won_on(deal, d).filter(|x| month.contains(*x))?;
            Some(line(c, deal, closed, d))
        })
        .collect();
    wins.sort_by(|a, b| b.amount.total_cmp(&a.amount).then(a.id.cmp(&b.id)));
    wins.truncate(n);
    wins
}

/// Won deals due in `month`: with `late`, those due by D and not delivered
/// on time (rules §3.4's projects that miss); without, all of them. By
/// due date, then id.
pub fn projects(records: &Records, month: YearMonth, d: NaiveDate, late: bool) -> Vec<DealLine> {
    let mut out: Vec<DealLine> = all(records)
        .filter(|(_, deal)| replay::deal_stage(deal, d) == Some(DealStage::Won))
        .filter_map(|(c, deal)| {
            let due = deal.due.filter(|x| month.contains(*x))?;
            let l = line(c, deal, due, d);
            let missed = due <= d && l.delivered.is_none_or(|x| x > due);
            (!late || missed).then_some(l)
        })
        .collect();
    out.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    out
}

pub fn counts_table(c: &DealCounts) -> Table {
    let mut t = Table::new(&["deals", "count", "amount"]);
    for (what, (n, amount)) in [("opened", c.opened), ("won", c.won), ("lost", c.lost)] {
        t.push(vec![
            Cell::text(what),
            Cell::Int(n as i64),
            Cell::Money(amount),
        ]);
    }
    t
}

/// `date` is named `date_column` (`closed` or `due`).
pub fn lines_table(rows: &[DealLine], date_column: &str) -> Table {
    let mut t = Table::new(&[
        "client",
        "deal",
        "owner",
        "amount",
        date_column,
        "delivered",
    ]);
    for r in rows {
        t.push(vec![
            Cell::text(r.client.0.clone()),
            Cell::text(r.id.clone()),
            Cell::text(r.owner.0.clone()),
            Cell::Money(r.amount),
            Cell::Date(r.date),
            Cell::opt(r.delivered, Cell::Date),
        ]);
    }
    t
}
