//! Charts read off report tables: each drawn figure is a cell of the
//! table (or a count of its cells), so the chart and the CSV agree by
//! construction. Pure: tables in, chart data out.

use crate::render::chart::{Chart, Kind, Value};
use crate::render::{Cell, Table};

/// The index of column `name`.
pub(crate) fn column(t: &Table, name: &str) -> Option<usize> {
    t.columns.iter().position(|c| c == name)
}

fn number(c: &Cell) -> Option<f64> {
    match c {
        Cell::Int(v) => Some(*v as f64),
        Cell::Money(v) | Cell::Score(v) | Cell::Number(v) | Cell::Dec2(v) => Some(*v),
        _ => None,
    }
}

/// The name of a series in the current language.
fn series(id: &str) -> String {
    crate::i18n::tr(crate::i18n::current(), id, &[])
}

/// A chart with its title (`chart-<key>`) and a fixed note
/// (`chart-note-<key>`) in the current language; a note made of counts
/// stays as written.
fn chart(key: &'static str, title: &str, note: &str, kind: Kind) -> Chart {
    let lang = crate::i18n::current();
    Chart {
        key,
        title: crate::i18n::tr_or(lang, &format!("chart-{key}"), title),
        note: crate::i18n::tr_or(lang, &format!("chart-note-{key}"), note),
        kind,
    }
}

/// A bar per row with a number in `value` (rows without one are left
/// out), labelled by `label`.
pub(crate) fn bars(t: &Table, label: &str, value: &str) -> Vec<Value> {
    let (Some(l), Some(v)) = (column(t, label), column(t, value)) else {
        return Vec::new();
    };
    t.rows
        .iter()
        .filter_map(|r| {
            let n = number(r.get(v)?)?;
            Some(Value::new(r.get(l)?.plain(), n, r.get(v)?.plain()))
        })
        .collect()
}

/// How many rows have each of `values` in column `name`, in that order.
pub(crate) fn counts(t: &Table, name: &str, values: &[&str]) -> Vec<Value> {
    let Some(i) = column(t, name) else {
        return Vec::new();
    };
    values
        .iter()
        .map(|v| {
            let n = t
                .rows
                .iter()
                .filter(|r| r.get(i).is_some_and(|c| c.plain() == *v))
                .count();
            Value::count(*v, n)
        })
        .collect()
}

/// KPI score per member against 100.
pub(crate) fn kpi(t: &Table) -> Chart {
    let values = bars(t, "member", "kpi_score");
    let kind = Kind::Bars {
        values,
        reference: Some(100.0),
    };
    chart(
        "kpi",
        "KPI score per member",
        "the dashed line is 100 (every target met)",
        kind,
    )
}

/// How many members got each grade.
pub(crate) fn grades(t: &Table) -> Chart {
    let values = counts(t, "grade", &["A", "B", "C", "D"]);
    chart(
        "grades",
        "Grade distribution",
        "members per appraisal grade",
        Kind::Bars {
            values,
            reference: None,
        },
    )
}

/// Clients per tier now and at the end of last month.
pub(crate) fn tiers(t: &Table) -> Chart {
    let tiers = ["A", "B", "C", "D"];
    let now = counts(t, "tier", &tiers);
    let before = counts(t, "previous", &tiers);
    let rows = tiers
        .iter()
        .zip(now.into_iter().zip(before))
        .map(|(tier, (n, b))| ((*tier).to_string(), vec![n, b]))
        .collect();
    let kind = Kind::Series {
        names: vec![series("chart-series-now"), series("chart-series-before")],
        rows,
        stacked: false,
    };
    chart(
        "tiers",
        "Tier distribution and its changes",
        &tier_changes(t),
        kind,
    )
}

/// "graded clients per tier: 2 up, 1 down, 3 newly graded" (A is up from B).
fn tier_changes(t: &Table) -> String {
    let (Some(now), Some(before)) = (column(t, "tier"), column(t, "previous")) else {
        return String::new();
    };
    let (mut up, mut down, mut new) = (0, 0, 0);
    for r in &t.rows {
        let cell = |i: usize| r.get(i).map(Cell::plain).unwrap_or_default();
        let (a, b) = (cell(now), cell(before));
        if b.is_empty() {
            new += 1;
        } else if a < b {
            up += 1;
        } else if a > b {
            down += 1;
        }
    }
    crate::t!("chart-tier-changes", up = up, down = down, new = new)
}

/// Complaints received per month: resolved on time, resolved late, open,
/// overdue (they add up to the month's complaints).
pub(crate) fn complaint_sla(t: &Table) -> Chart {
    let col = |n| column(t, n);
    let mut rows = Vec::new();
    if let (Some(m), Some(res), Some(on), Some(open), Some(over)) = (
        col("month"),
        col("resolved"),
        col("resolution_on_time"),
        col("open"),
        col("overdue"),
    ) {
        for r in &t.rows {
            let get = |i: usize| r.get(i).and_then(number).unwrap_or(0.0) as usize;
            let label = r.get(m).map(Cell::plain).unwrap_or_default();
            let late = get(res).saturating_sub(get(on));
            let parts = [get(on), late, get(open), get(over)];
            rows.push((
                label.clone(),
                parts
                    .iter()
                    .map(|n| Value::count(label.clone(), *n))
                    .collect(),
            ));
        }
    }
    let kind = Kind::Series {
        names: [
            "chart-series-on-time",
            "chart-series-late",
            "chart-series-open",
            "chart-series-overdue",
        ]
        .map(series)
        .to_vec(),
        rows,
        stacked: true,
    };
    chart(
        "complaints",
        "Complaint SLA by month received",
        "on time / late / open / overdue",
        kind,
    )
}

/// Deals per stage.
pub(crate) fn funnel(t: &Table) -> Chart {
    let kind = Kind::Bars {
        values: bars(t, "stage", "deals"),
        reference: None,
    };
    chart(
        "pipeline",
        "Pipeline funnel",
        "deals per stage; amounts in the table",
        kind,
    )
}

/// Training hours per member this year.
pub(crate) fn training(t: &Table) -> Chart {
    let kind = Kind::Bars {
        values: bars(t, "member", "hours"),
        reference: None,
    };
    chart(
        "training",
        "Training hours per member",
        "this year so far",
        kind,
    )
}

/// The attendance grid (`attendance --days`): a row per member, a column
/// per day, coloured by code.
pub(crate) fn attendance(days: &Table, legend: &[(&str, String)]) -> Chart {
    let columns = days.columns.iter().skip(2).cloned().collect();
    let rows = days
        .rows
        .iter()
        .map(|r| {
            let who = r.first().map(Cell::plain).unwrap_or_default();
            (who, r.iter().skip(2).map(Cell::plain).collect())
        })
        .collect();
    let legend = legend
        .iter()
        .map(|(c, w)| ((*c).to_string(), w.clone()))
        .collect();
    let kind = Kind::Heat {
        columns,
        rows,
        legend,
    };
    chart("attendance", "Attendance by day", "", kind)
}
