//! `awards --totals` and the awards footer: per member, how many awards of
//! each kind and how much money — the policy's incentives: bonuses,
//! special-contribution awards, honours, certificates.

use crate::model::{AwardKind, MemberId};
use crate::render::{Cell, Table};
use crate::report::people::awards::AwardRow;

pub(crate) const TOTAL_COLUMNS: &[&str] = &[
    "member",
    "name",
    "awards",
    "bonus",
    "bonus_amount",
    "special",
    "special_amount",
    "honour",
    "certificate",
    "amount",
];

/// One member's awards summed up.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Totals {
    pub(crate) member: MemberId,
    pub(crate) name: String,
    /// How many of each kind, in `AwardKind::ALL` order.
    pub(crate) count: [usize; 4],
    /// The amounts of each kind.
    pub(crate) amount: [f64; 4],
}

impl Totals {
    fn add(&mut self, r: &AwardRow) {
        let i = AwardKind::ALL
            .iter()
            .position(|k| *k == r.kind)
            .unwrap_or(0);
        self.count[i] += 1;
        self.amount[i] += r.amount.unwrap_or(0.0);
    }

    pub(crate) fn awards(&self) -> usize {
        self.count.iter().sum()
    }

    pub(crate) fn total(&self) -> f64 {
        self.amount.iter().sum()
    }
}

/// Per member (sorted by id), and the team's grand total.
pub(crate) fn totals(rows: &[AwardRow]) -> (Vec<Totals>, Totals) {
    let mut by: std::collections::BTreeMap<&MemberId, Totals> = Default::default();
    let mut all = Totals::default();
    for r in rows {
        by.entry(&r.member)
            .or_insert_with(|| Totals {
                member: r.member.clone(),
                name: r.name.clone(),
                ..Totals::default()
            })
            .add(r);
        all.add(r);
    }
    (by.into_values().collect(), all)
}

pub(crate) fn totals_table(rows: &[Totals]) -> Table {
    let mut t = Table::new(TOTAL_COLUMNS);
    for r in rows {
        t.push(vec![
            Cell::text(r.member.0.clone()),
            Cell::text(r.name.clone()),
            Cell::Int(r.awards() as i64),
            Cell::Int(r.count[0] as i64),
            Cell::Money(r.amount[0]),
            Cell::Int(r.count[1] as i64),
            Cell::Money(r.amount[1]),
            Cell::Int(r.count[2] as i64),
            Cell::Int(r.count[3] as i64),
            Cell::Money(r.total()),
        ]);
    }
    t
}

/// The one-line footer under the table: the team's totals.
pub(crate) fn footer(all: &Totals) -> String {
    let money = crate::numbers::money_grouped;
    format!(
        "{} awards: bonus {} ({}), special {} ({}), honour {}, certificate {}; total {}",
        all.awards(),
        all.count[0],
        money(all.amount[0]),
        all.count[1],
        money(all.amount[1]),
        all.count[2],
        all.count[3],
        money(all.total()),
    )
}
