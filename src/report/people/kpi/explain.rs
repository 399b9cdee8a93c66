//! `kpi --explain MEMBER`: what one member's KPI counted, so the member
//! can check the result (the policy wants results fed back and
//! understood). Two tables: how each metric enters the score, and every
//! client, deal, rating and project that was counted.

use chrono::{NaiveDate, NaiveDateTime};

use super::facts::{self, Fact, Rated};
use crate::model::{Records, YearMonth};
use crate::render::{Cell, Table};
use crate::report::people::kpi::{self, KpiRow, Metric, MetricScore};

pub(crate) const ITEM_COLUMNS: &[&str] = &["metric", "date", "client", "ref", "value", "note"];
pub(crate) const SCORE_COLUMNS: &[&str] = &[
    "metric",
    "actual",
    "target",
    "achievement",
    "capped",
    "weight",
    "points",
];

/// One counted fact, as a member reads it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Item {
    pub(crate) metric: Metric,
    pub(crate) date: NaiveDate,
    pub(crate) client: String,
    /// The deal or complaint id, or the interaction's kind.
    pub(crate) reference: String,
    pub(crate) value: Cell,
    pub(crate) note: String,
}

/// One member's KPI row, its score breakdown and the counted facts.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Explained {
    pub(crate) row: KpiRow,
    pub(crate) parts: [MetricScore; 4],
    pub(crate) items: Vec<Item>,
}

fn item(fact: &Fact<'_>) -> Item {
    let date = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    match *fact {
        Fact::NewClient { client, as_ } => Item {
            metric: Metric::NewClients,
            date: client.since.unwrap_or(client.found),
            client: client.id.to_string(),
            reference: String::new(),
            value: Cell::Int(1),
            note: format!("{} (as {})", client.name, as_.as_str()),
        },
        Fact::Sale {
            client,
            deal,
            closed,
        } => Item {
            metric: Metric::Sales,
            date: closed,
            client: client.id.to_string(),
            reference: deal.id.clone(),
            value: Cell::Money(deal.amount),
            note: deal.title.clone(),
        },
        Fact::Rating {
            date: day,
            value,
            from,
        } => {
            let (client, reference, note) = match from {
                Rated::Interaction(i) => (
                    i.client.to_string(),
                    i.kind.to_string(),
                    i.summary.to_string(),
                ),
                Rated::Complaint(c, x) => (c.id.to_string(), x.id.clone(), x.summary.clone()),
            };
            Item {
                metric: Metric::Satisfaction,
                date: day,
                client,
                reference,
                value: Cell::Int(value),
                note,
            }
        }
        Fact::Project {
            client,
            deal,
            due,
            delivered,
        } => Item {
            metric: Metric::Projects,
            date: due,
            client: client.id.to_string(),
            reference: deal.id.clone(),
            value: Cell::Int(i64::from(fact.on_time())),
            note: match delivered {
                Some(x) if fact.on_time() => format!("delivered {}, on time", date(x)),
                Some(x) => format!("delivered {}, late", date(x)),
                None => "not delivered".to_string(),
            },
        },
    }
}

/// What `member`'s KPI of `month` counted as of `now` / `d`; `None` when
/// the member is not in that month's KPI.
pub(crate) fn explain(
    records: &Records,
    member: &str,
    month: YearMonth,
    now: NaiveDateTime,
    d: NaiveDate,
) -> Option<Explained> {
    let row = kpi::rows(records, month, now, d)
        .into_iter()
        .find(|r| *r.member == *member)?;
    let mut items = Vec::new();
    facts::walk(records, month, now, d, |m, fact| {
        if **m == *member {
            items.push(item(&fact));
        }
    });
    let order = |m: Metric| Metric::ALL.iter().position(|x| *x == m);
    items.sort_by(|a, b| {
        (order(a.metric), a.date, &a.client, &a.reference).cmp(&(
            order(b.metric),
            b.date,
            &b.client,
            &b.reference,
        ))
    });
    let parts = kpi::breakdown(&row, &records.settings.kpi);
    Some(Explained { row, parts, items })
}

pub(crate) fn items_table(items: &[Item]) -> Table {
    let mut t = Table::new(ITEM_COLUMNS);
    for i in items {
        t.push(vec![
            Cell::text(i.metric.as_str()),
            Cell::Date(i.date),
            Cell::text(i.client.clone()),
            Cell::text(i.reference.clone()),
            i.value.clone(),
            Cell::text(i.note.clone()),
        ]);
    }
    t
}

/// A metric's value printed as its KPI column prints it.
fn value_cell(metric: Metric, v: f64) -> Cell {
    match metric {
        Metric::NewClients => Cell::Int(v.round() as i64),
        Metric::Sales => Cell::Money(v),
        Metric::Satisfaction | Metric::Projects => Cell::Dec2(v),
    }
}

/// How each metric enters the score; `points` = its share of the score
/// (100 × w × capped / Σ w over the counted metrics).
pub(crate) fn score_table(parts: &[MetricScore]) -> Table {
    let weights: f64 = parts.iter().filter(|p| p.counted()).map(|p| p.weight).sum();
    let mut t = Table::new(SCORE_COLUMNS);
    for p in parts {
        let points = p
            .capped
            .filter(|_| weights > 0.0)
            .map(|c| 100.0 * p.weight * c / weights);
        t.push(vec![
            Cell::text(p.metric.as_str()),
            Cell::opt(p.actual, |v| value_cell(p.metric, v)),
            Cell::opt(p.target, |v| value_cell(p.metric, v)),
            Cell::opt(p.achievement, Cell::Dec2),
            Cell::opt(p.capped, Cell::Dec2),
            Cell::Dec2(p.weight),
            Cell::opt(points, Cell::Score),
        ]);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testkit::october::kpi_team as team;
    use crate::report::testkit::{day, end_of};

    #[test]
    fn lists_what_amy_was_counted() {
        let recs = team("2026-11-20");
        let oct = "2026-10".parse().unwrap();
        let e = explain(&recs, "amy", oct, end_of("2026-11-20"), day("2026-11-20")).unwrap();
        let lines: Vec<String> = e
            .items
            .iter()
            .map(|i| {
                format!(
                    "{} {} {} {} {} {}",
                    i.metric.as_str(),
                    i.date,
                    i.client,
                    i.reference,
                    i.value.plain(),
                    i.note
                )
            })
            .collect();
        assert_eq!(
            lines,
            [
                "new_clients 2026-10-20 acme  1 Acme (as owner)",
                "satisfaction 2026-10-05 acme visit 5 v",
                "satisfaction 2026-10-12 acme C1 3 s",
                "satisfaction 2026-10-29 acme call 4 c",
                "sales 2026-10-10 acme D1 300000 first order",
                "sales 2026-10-28 acme D2 400000 second order",
                "projects 2026-10-25 acme D1 1 delivered 2026-10-24, on time",
                "projects 2026-10-30 acme D3 0 delivered 2026-11-02, late",
            ]
        );
        // points: new .125, satisfaction .2222, sales .42, projects .075 (×100)
        let t = score_table(&e.parts);
        let points: Vec<String> = t.rows.iter().map(|r| r[6].plain()).collect();
        assert_eq!(points, ["12.5", "22.2", "42.0", "7.5"]);
        assert_eq!(t.rows[2][3].plain(), "1.40");
        assert_eq!(t.rows[2][4].plain(), "1.20");
        // not in October's KPI
        assert!(explain(&recs, "boss", oct, end_of("2026-11-20"), day("2026-11-20")).is_none());
    }
}
