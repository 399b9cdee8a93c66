//! Client tiers (rules §3.1, 客戶分級): every graded client (stage
//! `customer`, `since` ≤ D) scored on scale, potential and loyalty, with
//! its tier, the manual override and `previous`, the tier at the end of the
//! month before D's. Every input of a score is kept in [`Grade`] so any
//! number can be checked by hand.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::model::{Client, ClientId, MemberId, Records, Tier, Tiers, YearMonth};
use crate::numbers::round_to;
use crate::render::{Cell, Table};
use crate::report::{dates, replay};

pub const COLUMNS: &[&str] = &[
    "client",
    "name",
    "owner",
    "revenue",
    "scale",
    "potential",
    "loyalty",
    "score",
    "tier",
    "overridden",
    "previous",
];

/// The inputs of each score, after the rules' columns in CSV and JSON.
pub const BREAKDOWN: &[&str] = &[
    "computed",
    "tier_reason",
    "smaller_revenue",
    "graded",
    "potential_rating",
    "years",
    "won_730d",
    "since",
];

/// One graded client's score as of D, with every input.
#[derive(Clone, Debug, PartialEq)]
pub struct Grade {
    pub client: ClientId,
    /// Won deals with `closed` in (D − 365 days, D].
    pub revenue: f64,
    /// Graded clients with strictly smaller revenue.
    pub smaller_revenue: usize,
    /// Graded clients as of D (this one included).
    pub graded: usize,
    pub scale: f64,
    /// The manager's rating, 1..5, as written.
    pub potential_rating: i64,
    /// (rating − 1) × 25.
    pub potential: f64,
    /// Whole years since `since` (a 29 Feb anniversary on 28 Feb).
    pub years: i64,
    /// Won deals with `closed` in (D − 730 days, D].
    pub won_730d: usize,
    pub loyalty: f64,
    /// Unrounded; the tier is decided on the printed (one-decimal) value.
    pub score: f64,
    /// The tier the score gives.
    pub computed: Tier,
    /// The tier that counts: the manual override when there is one.
    pub tier: Tier,
    pub overridden: bool,
    pub since: NaiveDate,
}

/// Money compared in whole cents, so equal amounts summed in another order
/// still tie.
fn cents(v: f64) -> i64 {
    (round_to(v, 2) * 100.0).round() as i64
}

/// Won deals of `client` as of `d` closed in (d − days, d]: (count, sum).
fn won_within(client: &Client, d: NaiveDate, days: u64) -> (usize, f64) {
    let start = crate::report::dates::minus_days(d, days);
    client
        .deals
        .iter()
        .filter(|deal| replay::won_on(deal, d).is_some_and(|c| c > start && c <= d))
        .fold((0, 0.0), |(n, sum), deal| (n + 1, sum + deal.amount))
}

/// The score from its three parts and the `[tiers]` weights.
pub fn weighted(tiers: &Tiers, scale: f64, potential: f64, loyalty: f64) -> f64 {
    let w = &tiers.weights;
    let total = w.scale + w.potential + w.loyalty;
    if total == 0.0 {
        return 0.0;
    }
    (w.scale * scale + w.potential * potential + w.loyalty * loyalty) / total
}

/// Loyalty: 10 × min(years, 5) + 10 × min(won deals in two years, 5).
pub fn loyalty(years: i64, won_730d: usize) -> f64 {
    10.0 * years.clamp(0, 5) as f64 + 10.0 * won_730d.min(5) as f64
}

/// Every client graded as of `d`, scored, in client-id order.
pub fn grades(records: &Records, d: NaiveDate) -> Vec<Grade> {
    let tiers = &records.settings.tiers;
    let graded: Vec<(&Client, NaiveDate, f64, usize)> = records
        .clients
        .iter()
        .filter(|c| replay::is_graded(c, d))
        .filter_map(|c| {
            let since = c.since?;
            let (_, revenue) = won_within(c, d, 365);
            let (won_730d, _) = won_within(c, d, 730);
            Some((c, since, revenue, won_730d))
        })
        .collect();
    let n = graded.len();
    let mut revenues: Vec<i64> = graded.iter().map(|g| cents(g.2)).collect();
    revenues.sort_unstable();
    graded
        .iter()
        .map(|&(c, since, revenue, won_730d)| {
            // revenues are sorted: those below this one are a prefix
            let smaller = revenues.partition_point(|r| *r < cents(revenue));
            let scale = if n <= 1 {
                100.0
            } else {
                100.0 * smaller as f64 / (n - 1) as f64
            };
            let potential = (c.potential - 1) as f64 * 25.0;
            let years = dates::full_years(since, d);
            let loyalty = loyalty(years, won_730d);
            let score = weighted(tiers, scale, potential, loyalty);
            let computed = tiers.tier_of(round_to(score, 1));
            Grade {
                client: c.id.clone(),
                revenue,
                smaller_revenue: smaller,
                graded: n,
                scale,
                potential_rating: c.potential,
                potential,
                years,
                won_730d,
                loyalty,
                score,
                computed,
                tier: c.tier.unwrap_or(computed),
                overridden: c.tier.is_some(),
                since,
            }
        })
        .collect()
}

/// The tier (after override) of every client graded as of `d`.
pub fn tiers_as_of(records: &Records, d: NaiveDate) -> BTreeMap<ClientId, Tier> {
    grades(records, d)
        .into_iter()
        .map(|g| (g.client, g.tier))
        .collect()
}

/// The day `previous` is judged on: the last day of the month before D's.
pub fn previous_day(d: NaiveDate) -> NaiveDate {
    YearMonth::of(d).prev().last_day()
}

/// One row of the `tiers` report.
#[derive(Clone, Debug, PartialEq)]
pub struct TierRow {
    pub name: String,
    pub owner: MemberId,
    pub specialist: Option<MemberId>,
    pub tier_reason: Option<String>,
    pub grade: Grade,
    /// The tier at the end of the previous month; `None` when not graded then.
    pub previous: Option<Tier>,
}

impl TierRow {
    /// The tier moved since the end of the previous month (newly graded
    /// clients included).
    pub fn changed(&self) -> bool {
        self.previous != Some(self.grade.tier)
    }
}

/// Which graded clients to list; every condition given must hold.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub tier: Option<Tier>,
    pub owner: Option<String>,
    /// Owned or served (as specialist) by this member.
    pub member: Option<String>,
    /// Only clients whose tier differs from `previous`.
    pub changed: bool,
}

impl Filter {
    fn keeps(&self, c: &Client, r: &TierRow) -> bool {
        self.tier.is_none_or(|t| r.grade.tier == t)
            && self.owner.as_deref().is_none_or(|o| *c.owner == *o)
            && self.member.as_deref().is_none_or(|m| c.served_by(m))
            && (!self.changed || r.changed())
    }
}

/// The `tiers` report as of `d`: graded clients the filter keeps, sorted by
/// printed score descending, then client id.
pub fn tiers(records: &Records, d: NaiveDate, filter: &Filter) -> Vec<TierRow> {
    let before = tiers_as_of(records, previous_day(d));
    let mut rows: Vec<TierRow> = grades(records, d)
        .into_iter()
        .filter_map(|g| {
            let c = records.client(&g.client)?;
            let row = TierRow {
                name: c.name.clone(),
                owner: c.owner.clone(),
                specialist: c.specialist.clone(),
                tier_reason: c.tier_reason.clone().filter(|_| g.overridden),
                previous: before.get(&g.client).copied(),
                grade: g,
            };
            filter.keeps(c, &row).then_some(row)
        })
        .collect();
    rows.sort_by(|a, b| {
        let (sa, sb) = (round_to(a.grade.score, 1), round_to(b.grade.score, 1));
        sb.total_cmp(&sa)
            .then_with(|| a.grade.client.cmp(&b.grade.client))
    });
    rows
}

/// The rows as a table: the rules' columns, then (with `breakdown`) every
/// input of the score.
pub fn to_table(rows: &[TierRow], breakdown: bool) -> Table {
    let mut columns = COLUMNS.to_vec();
    if breakdown {
        columns.extend_from_slice(BREAKDOWN);
    }
    let mut t = Table::new(&columns);
    // left out first when a terminal is too narrow
    t.set_secondary(&["scale", "potential", "loyalty", "overridden", "previous"]);
    for r in rows {
        let g = &r.grade;
        let mut cells = vec![
            Cell::text(g.client.0.clone()),
            Cell::text(r.name.clone()),
            Cell::text(r.owner.0.clone()),
            Cell::Money(g.revenue),
            Cell::Score(g.scale),
            Cell::Score(g.potential),
            Cell::Score(g.loyalty),
            Cell::Score(g.score),
            Cell::text(g.tier.as_str()),
            Cell::Bool(g.overridden),
            Cell::opt(r.previous, |t| Cell::text(t.as_str())),
        ];
        if breakdown {
            cells.extend([
                Cell::text(g.computed.as_str()),
                Cell::opt(r.tier_reason.clone(), Cell::Text),
                Cell::Int(g.smaller_revenue as i64),
                Cell::Int(g.graded as i64),
                Cell::Int(g.potential_rating),
                Cell::Int(g.years),
                Cell::Int(g.won_730d as i64),
                Cell::Date(g.since),
            ]);
        }
        t.push(cells);
    }
    t
}

#[cfg(test)]
mod tests;
