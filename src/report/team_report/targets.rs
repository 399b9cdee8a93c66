//! The team's totals against its targets (rules §3.11, *policy 二(二)1*:
//! 制定團隊工作計劃和目標): new clients, sales, satisfaction and the share
//! of complaints resolved within both deadlines, each with the target of
//! the month (`[[team_target]]`) and the percentage reached.

use chrono::{NaiveDate, NaiveDateTime};

use crate::model::{ComplaintStatus, Records, YearMonth, target_for};
use crate::render::{Cell, Table};
use crate::report::complaints::ComplaintRow;
use crate::report::people::kpi::facts::{self, Fact};

/// One metric: its value, target and the percentage of the target.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetLine {
    pub metric: &'static str,
    pub actual: Option<f64>,
    pub target: Option<f64>,
}

impl TargetLine {
    /// actual ÷ target × 100, when both are known.
    pub fn percent(&self) -> Option<f64> {
        let (a, t) = (self.actual?, self.target?);
        (t > 0.0).then(|| a / t * 100.0)
    }
}

/// The team's totals of `month` as of now / D: clients signed (each once),
/// sales won, the mean of every rating the KPI counts (rules §3.4), and
/// complaints received in the month resolved within both deadlines ÷
/// complaints received (`complaints` the month's rows).
pub fn lines(
    records: &Records,
    month: YearMonth,
    complaints: &[ComplaintRow],
    now: NaiveDateTime,
    d: NaiveDate,
) -> Vec<TargetLine> {
    let mut clients = std::collections::BTreeSet::new();
    let mut deals = std::collections::BTreeSet::new();
    let (mut sales, mut ratings, mut sum) = (0.0, 0usize, 0i64);
    facts::walk(records, month, now, d, |_, fact| match fact {
        Fact::NewClient { client, .. } => {
            clients.insert(&client.id);
        }
        Fact::Sale { client, deal, .. } => {
            if deals.insert((&client.id, &deal.id)) {
                sales += deal.amount;
            }
        }
        Fact::Rating { value, .. } => {
            ratings += 1;
            sum += value;
        }
        Fact::Project { .. } => {}
    });
    let on_time = complaints
        .iter()
        .filter(|c| c.status == ComplaintStatus::Resolved)
        .count();
    let share = (!complaints.is_empty()).then(|| on_time as f64 / complaints.len() as f64);
    let target = target_for(&records.settings.team_targets, month);
    let t = |f: fn(&crate::model::TeamTarget) -> Option<f64>| target.and_then(f);
    vec![
        TargetLine {
            metric: "new_clients",
            actual: Some(clients.len() as f64),
            target: t(|x| x.new_clients),
        },
        TargetLine {
            metric: "sales",
            actual: Some(sales),
            target: t(|x| x.sales),
        },
        TargetLine {
            metric: "satisfaction",
            actual: (ratings > 0).then(|| sum as f64 / ratings as f64),
            target: t(|x| x.satisfaction),
        },
        TargetLine {
            metric: "complaints_on_time",
            actual: share,
            target: t(|x| x.complaints_on_time),
        },
    ]
}

pub fn to_table(lines: &[TargetLine]) -> Table {
    let mut t = Table::new(&["metric", "actual", "target", "percent"]);
    for l in lines {
        let cell = |v: Option<f64>| match l.metric {
            "new_clients" | "sales" => Cell::opt(v, Cell::Money),
            _ => Cell::opt(v, Cell::Dec2),
        };
        t.push(vec![
            Cell::text(l.metric),
            cell(l.actual),
            cell(l.target),
            Cell::opt(l.percent(), Cell::Score),
        ]);
    }
    t
}
