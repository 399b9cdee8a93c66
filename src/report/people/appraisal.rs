//! The monthly appraisal (rules §3.5): for each member in the KPI of M its
//! KPI score, self, lead and peer reviews, the weighted final score, grade,
//! rank and bonus, and when the result was fed back; `--missing`, who
//! still owes or awaits a review.

pub mod feedback;
pub mod history;
pub mod missing;
pub mod reviews;

use chrono::{NaiveDate, NaiveDateTime};

use crate::model::{Appraisal, MemberId, Records, Tier, YearMonth};
use crate::numbers::round_to;
use crate::render::{Cell, Table};
use crate::report::people::kpi;

pub const COLUMNS: &[&str] = &[
    "member",
    "name",
    "kpi_score",
    "self",
    "lead",
    "peer",
    "final",
    "grade",
    "rank",
    "bonus",
    "fed_back",
];

/// One member's appraisal of a month, as of D. Scores are unrounded.
#[derive(Clone, Debug, PartialEq)]
pub struct AppraisalRow {
    pub member: MemberId,
    pub name: String,
    pub kpi_score: Option<f64>,
    pub own: Option<f64>,
    pub lead: Option<f64>,
    pub peer: Option<f64>,
    pub final_score: Option<f64>,
    pub grade: Option<Tier>,
    pub rank: Option<usize>,
    pub bonus: Option<f64>,
    /// When the result was fed back to the member (rules §3.9).
    pub fed_back: Option<NaiveDate>,
}

/// final = Σ w·component / Σ w over the components present; `None` when
/// none is (or their weights sum to 0).
pub fn final_score(a: &Appraisal, kpi: Option<f64>, c: &reviews::Components) -> Option<f64> {
    let parts = [
        (a.w_kpi, kpi),
        (a.w_lead, c.lead),
        (a.w_self, c.own),
        (a.w_peer, c.peer),
    ];
    let present = parts.iter().filter_map(|(w, v)| v.map(|v| (*w, v)));
    let (sum, weights) = present.fold((0.0, 0.0), |(s, ws), (w, v)| (s + w * v, ws + w));
    (weights > 0.0).then(|| sum / weights)
}

/// rank = 1 + the number of strictly higher *printed* finals (ties share a
/// rank: 1, 1, 3); `None` without a final.
pub fn ranks(finals: &[Option<f64>]) -> Vec<Option<usize>> {
    let printed: Vec<Option<f64>> = finals.iter().map(|f| f.map(|v| round_to(v, 1))).collect();
    printed
        .iter()
        .map(|me| {
            me.map(|me| {
                1 + printed
                    .iter()
                    .flatten()
                    .filter(|other| **other > me)
                    .count()
            })
        })
        .collect()
}

/// The appraisal of `month` as of `now` / `d`, sorted by rank, then member
/// (members without a final last).
pub fn rows(
    records: &Records,
    month: YearMonth,
    now: NaiveDateTime,
    d: NaiveDate,
) -> Vec<AppraisalRow> {
    let settings = &records.settings.appraisal;
    let comps = reviews::by_member(records, month, d);
    let mut rows: Vec<AppraisalRow> = kpi::rows(records, month, now, d)
        .into_iter()
        .map(|k| {
            let c = comps.get(&k.member).copied().unwrap_or_default();
            let fed_back = feedback::fed_back(records, &k.member, month, d);
            let final_score = final_score(settings, k.kpi_score, &c);
            let grade = final_score.map(|f| settings.grade_of(round_to(f, 1)));
            let base = records.member(&k.member).and_then(|m| m.base_bonus);
            let bonus = grade
                .and_then(|g| settings.bonus.get(&g).copied())
                .zip(base)
                .map(|(mult, base)| base * mult);
            AppraisalRow {
                member: k.member,
                name: k.name,
                kpi_score: k.kpi_score,
                own: c.own,
                lead: c.lead,
                peer: c.peer,
                final_score,
                grade,
                rank: None,
                bonus,
                fed_back,
            }
        })
        .collect();
    let finals: Vec<Option<f64>> = rows.iter().map(|r| r.final_score).collect();
    for (row, rank) in rows.iter_mut().zip(ranks(&finals)) {
        row.rank = rank;
    }
    rows.sort_by(|a, b| {
        (a.rank.is_none(), a.rank, &a.member).cmp(&(b.rank.is_none(), b.rank, &b.member))
    });
    rows
}

/// The cells of a row in [`COLUMNS`] order.
pub fn cells(r: &AppraisalRow) -> Vec<Cell> {
    vec![
        Cell::text(r.member.0.clone()),
        Cell::text(r.name.clone()),
        Cell::opt(r.kpi_score, Cell::Score),
        Cell::opt(r.own, Cell::Score),
        Cell::opt(r.lead, Cell::Score),
        Cell::opt(r.peer, Cell::Score),
        Cell::opt(r.final_score, Cell::Score),
        Cell::opt(r.grade, |g| Cell::text(g.as_str())),
        Cell::opt(r.rank, |n| Cell::Int(n as i64)),
        Cell::opt(r.bonus, Cell::Money),
        Cell::opt(r.fed_back, Cell::Date),
    ]
}

pub fn to_table(rows: &[AppraisalRow]) -> Table {
    let mut t = Table::new(COLUMNS);
    // left out first when a terminal is too narrow
    t.set_secondary(&["self", "lead", "peer"]);
    for r in rows {
        t.push(cells(r));
    }
    t
}

#[cfg(test)]
mod tests;
