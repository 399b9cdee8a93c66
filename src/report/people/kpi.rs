//! The monthly KPI (rules §3.4): per member the month's new clients, sales,
//! satisfaction and projects, and the weighted KPI score against the
//! targets of the member's role.
//!
//! [`rows`] is the one entry point other reports use (`appraisal`,
//! `promotion`, `summary`'s KPI leaders); it makes one pass over the
//! clients and the month's logs (see `facts`).

pub mod explain;
pub mod facts;

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};

use self::facts::Fact;
use crate::model::{Kpi, KpiTargets, Member, MemberId, Records, Role, YearMonth};
use crate::render::{Cell, Table};

pub const COLUMNS: &[&str] = &[
    "member",
    "name",
    "role",
    "new_clients",
    "sales",
    "satisfaction",
    "projects_due",
    "projects_on_time",
    "projects",
    "kpi_score",
];

/// One member's KPI for a month, as of D. Values are unrounded.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiRow {
    pub member: MemberId,
    pub name: String,
    pub role: Role,
    pub new_clients: usize,
    pub sales: f64,
    /// Mean rating; `None` when there is no rating.
    pub satisfaction: Option<f64>,
    /// How many ratings the mean is over.
    pub ratings: usize,
    pub projects_due: usize,
    pub projects_on_time: usize,
    /// on_time / due; `None` when nothing is due.
    pub projects: Option<f64>,
    /// `None` when no metric has both a target and a value.
    pub kpi_score: Option<f64>,
}

/// The four KPI metrics, in the rules' order of `[kpi] weights`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Metric {
    NewClients,
    Satisfaction,
    Sales,
    Projects,
}

impl Metric {
    pub const ALL: [Metric; 4] = [
        Metric::NewClients,
        Metric::Satisfaction,
        Metric::Sales,
        Metric::Projects,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Metric::NewClients => "new_clients",
            Metric::Satisfaction => "satisfaction",
            Metric::Sales => "sales",
            Metric::Projects => "projects",
        }
    }

    /// This metric's value in a set of targets or weights.
    pub fn of(self, t: &KpiTargets) -> Option<f64> {
        match self {
            Metric::NewClients => t.new_clients,
            Metric::Satisfaction => t.satisfaction,
            Metric::Sales => t.sales,
            Metric::Projects => t.projects,
        }
    }

    /// This metric's actual value in a row (`None`: no data).
    pub fn actual(self, row: &KpiRow) -> Option<f64> {
        match self {
            Metric::NewClients => Some(row.new_clients as f64),
            Metric::Satisfaction => row.satisfaction,
            Metric::Sales => Some(row.sales),
            Metric::Projects => row.projects,
        }
    }
}

/// How one metric enters the score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MetricScore {
    pub metric: Metric,
    pub actual: Option<f64>,
    pub target: Option<f64>,
    pub weight: f64,
    /// actual / target, before the cap.
    pub achievement: Option<f64>,
    /// min(achievement, cap): what the score uses.
    pub capped: Option<f64>,
}

impl MetricScore {
    /// Whether the metric counts: it has a target (> 0) and a value.
    pub fn counted(&self) -> bool {
        self.capped.is_some()
    }
}

/// Each metric's actual, target, weight and achievement for a role.
pub fn breakdown(row: &KpiRow, kpi: &Kpi) -> [MetricScore; 4] {
    let targets = kpi.targets.get(&row.role);
    Metric::ALL.map(|metric| {
        let actual = metric.actual(row);
        let target = targets.and_then(|t| metric.of(t)).filter(|t| *t > 0.0);
        let achievement = actual.zip(target).map(|(a, t)| a / t);
        MetricScore {
            metric,
            actual,
            target,
            weight: metric.of(&kpi.weights).unwrap_or(0.0),
            achievement,
            capped: achievement.map(|a| a.min(kpi.cap)),
        }
    })
}

/// kpi_score = 100 × Σ w·min(actual/target, cap) / Σ w over the counted
/// metrics; `None` when none counts (or their weights sum to 0).
pub fn score(parts: &[MetricScore]) -> Option<f64> {
    let counted = parts.iter().filter_map(|p| p.capped.map(|c| (p.weight, c)));
    let (sum, weights) = counted.fold((0.0, 0.0), |(s, ws), (w, c)| (s + w * c, ws + w));
    (weights > 0.0).then(|| 100.0 * sum / weights)
}

/// Whether `member` is in the KPI of `month` as of `d`: its role has a
/// target, it joined by the month's last day (and by D), and it had not
/// left before the month's first day.
pub fn is_kpi_member(member: &Member, kpi: &Kpi, month: YearMonth, d: NaiveDate) -> bool {
    kpi.targets.get(&member.role).is_some_and(KpiTargets::any)
        && member.joined <= month.last_day().min(d)
        && member.left.is_none_or(|l| l >= month.first_day())
}

/// The members in the KPI of `month`, sorted by id.
pub fn members(records: &Records, month: YearMonth, d: NaiveDate) -> Vec<&Member> {
    let kpi = &records.settings.kpi;
    let mut out: Vec<&Member> = records
        .members
        .iter()
        .filter(|m| is_kpi_member(m, kpi, month, d))
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

fn empty_row(m: &Member) -> KpiRow {
    KpiRow {
        member: m.id.clone(),
        name: m.name.clone(),
        role: m.role,
        new_clients: 0,
        sales: 0.0,
        satisfaction: None,
        ratings: 0,
        projects_due: 0,
        projects_on_time: 0,
        projects: None,
        kpi_score: None,
    }
}

/// Adds one fact to a row's running totals (`satisfaction` holds the sum
/// until [`finish`]).
fn add(row: &mut KpiRow, fact: &Fact<'_>) {
    match fact {
        Fact::NewClient { .. } => row.new_clients += 1,
        Fact::Sale { deal, .. } => row.sales += deal.amount,
        Fact::Rating { value, .. } => {
            row.satisfaction = Some(row.satisfaction.unwrap_or(0.0) + *value as f64);
            row.ratings += 1;
        }
        Fact::Project { .. } => {
            row.projects_due += 1;
            row.projects_on_time += usize::from(fact.on_time());
        }
    }
}

fn finish(row: &mut KpiRow, kpi: &Kpi) {
    row.satisfaction = row.satisfaction.map(|s| s / row.ratings as f64);
    row.projects =
        (row.projects_due > 0).then(|| row.projects_on_time as f64 / row.projects_due as f64);
    row.kpi_score = score(&breakdown(row, kpi));
}

/// The KPI of `month` as of `now` (D = `d`): one row per KPI member,
/// sorted by member id. Counts only the days of the month up to D.
///
/// Cheap enough to call for a briefing: one pass over the clients (their
/// deals and complaints) and over the month's own logs.
pub fn rows(records: &Records, month: YearMonth, now: NaiveDateTime, d: NaiveDate) -> Vec<KpiRow> {
    let mut rows: Vec<KpiRow> = members(records, month, d)
        .into_iter()
        .map(empty_row)
        .collect();
    let index: BTreeMap<MemberId, usize> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (r.member.clone(), i))
        .collect();
    facts::walk(records, month, now, d, |member, fact| {
        if let Some(&i) = index.get(member) {
            add(&mut rows[i], &fact);
        }
    });
    let kpi = &records.settings.kpi;
    for row in &mut rows {
        finish(row, kpi);
    }
    rows
}

/// The `n` best rows by printed `kpi_score` (highest first, then member
/// id); rows without a score are left out. For a "leaders so far" list.
pub fn leaders(rows: &[KpiRow], n: usize) -> Vec<&KpiRow> {
    let printed = |r: &KpiRow| r.kpi_score.map(|v| crate::numbers::round_to(v, 1));
    let mut scored: Vec<(f64, &KpiRow)> = rows
        .iter()
        .filter_map(|r| printed(r).map(|p| (p, r)))
        .collect();
    scored.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then_with(|| a.1.member.cmp(&b.1.member))
    });
    scored.into_iter().take(n).map(|(_, r)| r).collect()
}

pub fn to_table(rows: &[KpiRow]) -> Table {
    let mut t = Table::new(COLUMNS);
    // left out first when a terminal is too narrow
    t.set_secondary(&["projects_due", "projects_on_time", "satisfaction"]);
    for r in rows {
        t.push(vec![
            Cell::text(r.member.0.clone()),
            Cell::text(r.name.clone()),
            Cell::text(r.role.as_str()),
            Cell::Int(r.new_clients as i64),
            Cell::Money(r.sales),
            Cell::opt(r.satisfaction, Cell::Dec2),
            Cell::Int(r.projects_due as i64),
            Cell::Int(r.projects_on_time as i64),
            Cell::opt(r.projects, Cell::Dec2),
            Cell::opt(r.kpi_score, Cell::Score),
        ]);
    }
    t
}

#[cfg(test)]
mod tests;
