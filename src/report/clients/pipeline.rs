//! The deal pipeline (rules §4): deals opened by D, counted by their
//! stage as of D (a deal closed after D is still in negotiation), with the
//! amounts, the conversion won / (won + lost) and the mean days from
//! `opened` to `closed` over won and lost deals; overall or per owner.
//! Every stage is listed, with zeros; conversion and days to close are the
//! group's own, printed on each of its rows.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::model::{DealStage, MemberId, Records};
use crate::render::{Cell, Table};
use crate::report::period::Period;
use crate::report::replay;

pub const COLUMNS: &[&str] = &[
    "stage",
    "deals",
    "amount",
    "conversion",
    "avg_days_to_close",
];

/// One stage of one group (all deals, or one owner's).
#[derive(Clone, Debug, PartialEq)]
pub struct StageRow {
    /// With `--by owner`: the deals' owner.
    pub owner: Option<MemberId>,
    pub stage: DealStage,
    pub deals: usize,
    pub amount: f64,
    /// won / (won + lost) of the group; `None` when nothing is closed.
    pub conversion: Option<f64>,
    /// Mean closed − opened over the group's won and lost deals.
    pub avg_days_to_close: Option<f64>,
}

/// Which deals to count and how to group them.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// By the day a deal was `opened`.
    pub period: Period,
    /// Only deals this member owns (a deal's owner defaults to its client's).
    pub owner: Option<String>,
    /// One group per owner instead of one overall.
    pub by_owner: bool,
}

/// A deal as of D: owner, stage, amount, days to close when closed.
struct Seen {
    owner: MemberId,
    stage: DealStage,
    amount: f64,
    days: Option<i64>,
}

fn seen(records: &Records, d: NaiveDate, filter: &Filter) -> Vec<Seen> {
    records
        .clients
        .iter()
        .flat_map(|c| c.deals.iter().map(move |deal| (c, deal)))
        .filter(|(_, deal)| filter.period.contains(deal.opened))
        .filter_map(|(c, deal)| {
            let stage = replay::deal_stage(deal, d)?;
            let owner = deal.owner_or(c).clone();
            let days = replay::deal_closed(deal, d).map(|x| (x - deal.opened).num_days());
            Some(Seen {
                owner,
                stage,
                amount: deal.amount,
                days,
            })
        })
        .filter(|s| filter.owner.as_deref().is_none_or(|o| *s.owner == *o))
        .collect()
}

/// The rows of one group, every stage from lead to lost.
fn group(owner: Option<&MemberId>, deals: &[&Seen]) -> Vec<StageRow> {
    let count = |st: DealStage| deals.iter().filter(|s| s.stage == st).count();
    let (won, lost) = (count(DealStage::Won), count(DealStage::Lost));
    let conversion = (won + lost > 0).then(|| won as f64 / (won + lost) as f64);
    let closed: Vec<i64> = deals.iter().filter_map(|s| s.days).collect();
    let avg = (!closed.is_empty()).then(|| closed.iter().sum::<i64>() as f64 / closed.len() as f64);
    DealStage::ALL
        .iter()
        .map(|&stage| {
            let of_stage = deals.iter().filter(|s| s.stage == stage);
            StageRow {
                owner: owner.cloned(),
                stage,
                deals: of_stage.clone().count(),
                amount: of_stage.map(|s| s.amount).sum(),
                conversion,
                avg_days_to_close: avg,
            }
        })
        .collect()
}

/// The `pipeline` report as of `d`: six rows (lead → lost), or six per
/// owner sorted by owner id with `by_owner`.
pub fn pipeline(records: &Records, d: NaiveDate, filter: &Filter) -> Vec<StageRow> {
    let all = seen(records, d, filter);
    if !filter.by_owner {
        return group(None, &all.iter().collect::<Vec<_>>());
    }
    let owners: BTreeSet<&MemberId> = all.iter().map(|s| &s.owner).collect();
    owners
        .into_iter()
        .flat_map(|o| {
            let mine: Vec<&Seen> = all.iter().filter(|s| s.owner == *o).collect();
            group(Some(o), &mine)
        })
        .collect()
}

/// The rows as a table; `owner` first with `by_owner`.
pub fn to_table(rows: &[StageRow], by_owner: bool) -> Table {
    let mut columns = Vec::new();
    if by_owner {
        columns.push("owner");
    }
    columns.extend_from_slice(COLUMNS);
    let mut t = Table::new(&columns);
    for r in rows {
        let mut cells = Vec::new();
        if by_owner {
            cells.push(Cell::opt(r.owner.as_ref(), |o| Cell::text(o.0.clone())));
        }
        cells.extend([
            Cell::text(r.stage.as_str()),
            Cell::Int(r.deals as i64),
            Cell::Money(r.amount),
            Cell::opt(r.conversion, Cell::Dec2),
            Cell::opt(r.avg_days_to_close, Cell::Score),
        ]);
        t.push(cells);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testkit::*;

    const D: &str = "2026-11-20";

    /// acme (owner amy): won 100 in 10 days, lost 40 in 20 days, a proposal
    /// of 30, a won deal closed after D (negotiation as of D), a lead opened
    /// after D (not counted). bolt (owner amy, one deal owned by sam): won
    /// 60.5 in 31 days by sam, qualified 5.
    fn sample() -> Records {
        let mut acme = customer("acme", "2020-01-01", 3);
        acme.deals = vec![
            deal(
                "a1",
                DealStage::Won,
                100.0,
                "2026-10-01",
                Some("2026-10-11"),
            ),
            deal(
                "a2",
                DealStage::Lost,
                40.0,
                "2026-09-01",
                Some("2026-09-21"),
            ),
            deal("a3", DealStage::Proposal, 30.0, "2026-11-02", None),
            deal("a4", DealStage::Won, 70.0, "2026-10-15", Some("2026-11-25")),
            deal("a5", DealStage::Lead, 9.0, "2026-11-21", None),
        ];
        let mut bolt = customer("bolt", "2020-01-01", 3);
        let mut b1 = deal("b1", DealStage::Won, 60.5, "2026-08-01", Some("2026-09-01"));
        b1.owner = Some(MemberId::from("sam"));
        bolt.deals = vec![
            b1,
            deal("b2", DealStage::Qualified, 5.0, "2026-11-10", None),
        ];
        records(team(), vec![acme, bolt], Vec::new())
    }

    fn brief(rows: &[StageRow]) -> Vec<String> {
        to_table(rows, rows.iter().any(|r| r.owner.is_some()))
            .rows
            .iter()
            .map(|r| r.iter().map(|c| c.plain()).collect::<Vec<_>>().join(","))
            .collect()
    }

    #[test]
    fn every_stage_with_conversion_and_days_to_close() {
        let rows = pipeline(&sample(), day(D), &Filter::default());
        // won 2 of 3 closed: 0.67; days (10 + 20 + 31) / 3 = 20.3
        assert_eq!(
            brief(&rows),
            [
                "lead,0,0,0.67,20.3",
                "qualified,1,5,0.67,20.3",
                "proposal,1,30,0.67,20.3",
                "negotiation,1,70,0.67,20.3",
                "won,2,160.50,0.67,20.3",
                "lost,1,40,0.67,20.3",
            ]
        );
    }

    #[test]
    fn by_owner_and_by_month_opened() {
        let by_owner = Filter {
            by_owner: true,
            ..Filter::default()
        };
        let rows = pipeline(&sample(), day(D), &by_owner);
        // amy: won 1 of 2 closed, (10 + 20) / 2 = 15; sam: 1 of 1, 31 days
        assert_eq!(
            brief(&rows),
            [
                "amy,lead,0,0,0.50,15.0",
                "amy,qualified,1,5,0.50,15.0",
                "amy,proposal,1,30,0.50,15.0",
                "amy,negotiation,1,70,0.50,15.0",
                "amy,won,1,100,0.50,15.0",
                "amy,lost,1,40,0.50,15.0",
                "sam,lead,0,0,1.00,31.0",
                "sam,qualified,0,0,1.00,31.0",
                "sam,proposal,0,0,1.00,31.0",
                "sam,negotiation,0,0,1.00,31.0",
                "sam,won,1,60.50,1.00,31.0",
                "sam,lost,0,0,1.00,31.0",
            ]
        );
        // opened in November: a3 and b2 (a5 is after D); nothing closed
        let nov = Filter {
            period: Period::month("2026-11".parse().unwrap()),
            ..Filter::default()
        };
        assert_eq!(
            brief(&pipeline(&sample(), day(D), &nov)),
            [
                "lead,0,0,,",
                "qualified,1,5,,",
                "proposal,1,30,,",
                "negotiation,0,0,,",
                "won,0,0,,",
                "lost,0,0,,",
            ]
        );
        // after a4 closed on 25 Nov: won 3 of 4; (10 + 20 + 31 + 41) / 4
        let later = pipeline(&sample(), day("2026-11-30"), &Filter::default());
        assert_eq!(brief(&later)[4], "won,3,230.50,0.75,25.5");
        let sam = Filter {
            owner: Some("sam".into()),
            ..Filter::default()
        };
        assert_eq!(pipeline(&sample(), day(D), &sam)[4].deals, 1);
    }
}
