//! The deal pipeline (rules §4): deals opened by D, counted by their
//! stage as of D (a deal closed after D is still in negotiation), with the
//! amounts, the conversion won / (won + lost) and the mean days from
//! `opened` to `closed` over won and lost deals; overall, per owner or per
//! the client's lead source. A period counts won and lost deals by the day
//! they were closed, the others by the day they were opened. Every stage is
//! listed, with zeros; conversion and days to close are the group's own,
//! printed on each of its rows.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::model::{DealStage, MemberId, Records};
use crate::render::{Cell, Table};
use crate::report::period::Period;
use crate::report::replay;

pub(crate) const COLUMNS: &[&str] = &[
    "stage",
    "deals",
    "amount",
    "conversion",
    "avg_days_to_close",
];

/// How the deals are grouped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum By {
    /// One group of every deal.
    #[default]
    All,
    /// One group per deal owner.
    Owner,
    /// One group per lead source of the deal's client (empty: none given).
    Source,
}

impl By {
    /// The group's column name, when there are groups.
    pub(crate) fn column(self) -> Option<&'static str> {
        match self {
            By::All => None,
            By::Owner => Some("owner"),
            By::Source => Some("source"),
        }
    }
}

/// One stage of one group (all deals, one owner's or one source's).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct StageRow {
    /// With `--by owner` the deals' owner, with `--by source` the clients'
    /// lead source (empty when none is given).
    pub(crate) group: Option<String>,
    pub(crate) stage: DealStage,
    pub(crate) deals: usize,
    pub(crate) amount: f64,
    /// won / (won + lost) of the group; `None` when nothing is closed.
    pub(crate) conversion: Option<f64>,
    /// Mean closed − opened over the group's won and lost deals.
    pub(crate) avg_days_to_close: Option<f64>,
}

/// Which deals to count and how to group them.
#[derive(Clone, Debug, Default)]
pub(crate) struct Filter {
    /// Won and lost deals by the day they were closed (as of D), the
    /// others by the day they were opened.
    pub(crate) period: Period,
    /// Only deals this member owns (a deal's owner defaults to its client's).
    pub(crate) owner: Option<String>,
    pub(crate) by: By,
}

/// A deal as of D: owner, stage, amount, days to close when closed.
struct Seen {
    owner: MemberId,
    source: String,
    stage: DealStage,
    amount: f64,
    days: Option<i64>,
}

fn seen(records: &Records, d: NaiveDate, filter: &Filter) -> Vec<Seen> {
    records
        .clients
        .iter()
        .flat_map(|c| c.deals.iter().map(move |deal| (c, deal)))
        .filter_map(|(c, deal)| {
            let stage = replay::deal_stage(deal, d)?;
            let closed = replay::deal_closed(deal, d);
            if !filter.period.contains(closed.unwrap_or(deal.opened)) {
                return None;
            }
            let owner = deal.owner_or(c).clone();
            let days = closed.map(|x| (x - deal.opened).num_days());
            Some(Seen {
                owner,
                source: c.source.map(|s| s.as_str().to_string()).unwrap_or_default(),
                stage,
                amount: deal.amount,
                days,
            })
        })
        .filter(|s| filter.owner.as_deref().is_none_or(|o| *s.owner == *o))
        .collect()
}

/// The rows of one group, every stage from lead to lost.
fn group(key: Option<&str>, deals: &[&Seen]) -> Vec<StageRow> {
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
                group: key.map(str::to_string),
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
/// group sorted by the group's key (owner id, or source; no source first).
pub(crate) fn pipeline(records: &Records, d: NaiveDate, filter: &Filter) -> Vec<StageRow> {
    let all = seen(records, d, filter);
    let key = |s: &Seen| -> String {
        match filter.by {
            By::Source => s.source.clone(),
            _ => s.owner.to_string(),
        }
    };
    if filter.by == By::All {
        return group(None, &all.iter().collect::<Vec<_>>());
    }
    let keys: BTreeSet<String> = all.iter().map(key).collect();
    keys.into_iter()
        .flat_map(|k| {
            let mine: Vec<&Seen> = all.iter().filter(|s| key(s) == k).collect();
            group(Some(&k), &mine)
        })
        .collect()
}

/// The rows as a table; the group's column first when grouped.
pub(crate) fn to_table(rows: &[StageRow], by: By) -> Table {
    let mut columns = Vec::new();
    columns.extend(by.column());
    columns.extend_from_slice(COLUMNS);
    let mut t = Table::new(&columns);
    for r in rows {
        let mut cells = Vec::new();
        if by != By::All {
            cells.push(Cell::opt(
                r.group.clone().filter(|g| !g.is_empty()),
                Cell::Text,
            ));
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
        let by = if rows.iter().any(|r| r.group.is_some()) {
            By::Owner
        } else {
            By::All
        };
        to_table(rows, by)
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
            by: By::Owner,
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

    #[test]
    fn a_period_counts_closed_deals_when_closed_and_open_ones_when_opened() {
        // October: a1, opened and won in October; a4, opened in October and
        // in negotiation as of D (its close on 25 Nov is not known yet)
        let oct = Filter {
            period: Period::month("2026-10".parse().unwrap()),
            ..Filter::default()
        };
        let rows = pipeline(&sample(), day(D), &oct);
        assert_eq!(brief(&rows)[3], "negotiation,1,70,1.00,10.0");
        assert_eq!(brief(&rows)[4], "won,1,100,1.00,10.0");
        // September: a2 lost and b1 won, both closed then though opened
        // before (b1 in August)
        let sep = Filter {
            period: Period::month("2026-09".parse().unwrap()),
            ..Filter::default()
        };
        let rows = pipeline(&sample(), day(D), &sep);
        assert_eq!(brief(&rows)[4], "won,1,60.50,0.50,25.5");
        assert_eq!(brief(&rows)[5], "lost,1,40,0.50,25.5");
        // as of 30 Nov, a4 is won on 25 Nov: it moves to November
        let nov = Filter {
            period: Period::month("2026-11".parse().unwrap()),
            ..Filter::default()
        };
        let rows = pipeline(&sample(), day("2026-11-30"), &nov);
        assert_eq!(brief(&rows)[4], "won,1,70,1.00,41.0");
    }

    #[test]
    fn by_source_groups_by_the_clients_lead_source() {
        let mut r = sample();
        r.clients[0].source = Some(crate::model::Source::Referral);
        let by = Filter {
            by: By::Source,
            ..Filter::default()
        };
        let rows = pipeline(&r, day(D), &by);
        let t = to_table(&rows, By::Source);
        assert_eq!(t.columns[0], "source");
        // bolt has no source: its group (empty) sorts first
        let firsts: Vec<String> = t.rows.iter().map(|r| r[0].plain()).collect();
        assert_eq!(firsts[0], "");
        assert_eq!(firsts[6], "referral");
        assert_eq!(t.rows[10][2].plain(), "1");
    }
}
