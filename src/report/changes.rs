//! What a change to the records does to the reports (`clientele diff`):
//! the same reports on the records before and after, as of the same day,
//! compared row by row — follow-ups newly overdue or no longer overdue,
//! tier moves, complaint status changes, KPI and appraisal changes,
//! attendance tallies per member and month, leave requests and annual-leave
//! balances, deals (stage and amount) and the pipeline's totals by stage —
//! and the `check` problems that appear or go.
//!
//! Pure: both sides come loaded and checked; nothing here reads files.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use crate::diagnostic::Diagnostic;
use crate::load::Loaded;
use crate::model::{Records, YearMonth};
use crate::render::{Cell, Table};
use crate::report::clients::pipeline::{self, By};
use crate::report::clients::{deals, followups, tiers};
use crate::report::complaints;
use crate::report::people::{appraisal, kpi};
use crate::report::team::attendance;
use crate::report::team::leave::{self, balance};

/// The columns of the diff, fixed for scripts.
pub(crate) const COLUMNS: &[&str] = &["area", "item", "field", "old", "new"];

/// One value of a report that the change moves; an empty side means the
/// row (or problem) is not there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Effect {
    pub(crate) area: &'static str,
    pub(crate) item: String,
    pub(crate) field: String,
    pub(crate) old: String,
    pub(crate) new: String,
}

impl Effect {
    /// A `check` error that the change brings.
    pub(crate) fn is_new_error(&self) -> bool {
        self.area == "check" && self.old.is_empty() && self.field.starts_with("error")
    }
}

/// When the reports are judged: now, today, and the month of KPI and
/// appraisal.
#[derive(Clone, Copy, Debug)]
pub(crate) struct When {
    pub(crate) now: NaiveDateTime,
    pub(crate) today: NaiveDate,
    pub(crate) month: YearMonth,
}

/// The effects of going from `before` to `after`, area by area.
pub(crate) fn effects(before: &Loaded, after: &Loaded, when: When) -> Vec<Effect> {
    let mut out = Vec::new();
    let months = attendance_months(before, after, when);
    let sides = [before, after].map(|l| reports(l, when, &months));
    for (i, (area, key, watched)) in AREAS.iter().enumerate() {
        compare(area, &sides[0][i], &sides[1][i], key, watched, &mut out);
    }
    out.extend(problems(before, after));
    out
}

/// Each area: its name, the columns that name a row, the columns watched.
const AREAS: [(&str, &[&str], &[&str]); 10] = [
    ("overdue follow-up", &["client"], &["due"]),
    ("tier", &["client"], &["tier"]),
    ("complaint", &["id"], &["status"]),
    ("kpi", &["member"], &["kpi_score"]),
    ("appraisal", &["member"], &["final", "grade", "bonus"]),
    (
        "attendance",
        &["member", "month"],
        &["late", "early", "absent", "leave_days", "missing_out"],
    ),
    ("leave", &["member", "kind", "from"], &["status", "days"]),
    (
        "leave balance",
        &["member", "year"],
        &["taken", "approved_ahead", "pending", "left"],
    ),
    ("deal", &["client", "id"], &["stage", "amount"]),
    ("pipeline", &["stage"], &["deals", "amount"]),
];

/// The reports of one side, in the order of [`AREAS`].
fn reports(side: &Loaded, w: When, months: &[YearMonth]) -> [Table; 10] {
    let r = &side.records;
    let overdue = followups::Filter {
        overdue: true,
        ..Default::default()
    };
    [
        followups::to_table(&followups::followups(r, w.today, &overdue)),
        tiers::to_table(&tiers::tiers(r, w.today, &tiers::Filter::default()), false),
        complaints::to_table(&complaints::complaints(r, w.now, &Default::default())),
        kpi::to_table(&kpi::rows(r, w.month, w.now, w.today)),
        appraisal::to_table(&appraisal::rows(r, w.month, w.now, w.today)),
        attendance_table(r, w.today, months),
        leave::to_table(&leave::leaves(r, w.today, &Default::default())),
        balance_table(r, w.today),
        deals::to_table(&deals::deals(r, w.today, &Default::default())),
        pipeline::to_table(
            &pipeline::pipeline(r, w.today, &Default::default()),
            By::All,
        ),
    ]
}

/// The months whose attendance the diff compares: every month, up to
/// today's, that has a month file on either side.
fn attendance_months(before: &Loaded, after: &Loaded, w: When) -> Vec<YearMonth> {
    let last = YearMonth::of(w.today);
    let months: BTreeSet<YearMonth> = [before, after]
        .iter()
        .flat_map(|l| l.records.months_until(last).map(|m| m.month))
        .collect();
    months.into_iter().collect()
}

/// The attendance tally of each month, with a `month` column.
fn attendance_table(r: &Records, today: NaiveDate, months: &[YearMonth]) -> Table {
    let mut columns = vec!["month"];
    columns.extend_from_slice(attendance::COLUMNS);
    let mut t = Table::new(&columns);
    for &month in months {
        let opts = attendance::Options {
            month,
            d: today,
            d_settled: false,
            member: None,
        };
        let tally = attendance::to_table(&attendance::attendance(r, &opts));
        for row in tally.rows {
            t.push(
                std::iter::once(Cell::text(month.to_string()))
                    .chain(row)
                    .collect(),
            );
        }
    }
    t
}

/// The annual-leave balances of today's year, with a `year` column.
fn balance_table(r: &Records, today: NaiveDate) -> Table {
    let mut columns = vec!["year"];
    columns.extend_from_slice(balance::COLUMNS);
    let mut t = Table::new(&columns);
    let year = today.year();
    for row in balance::to_table(&balance::balances(r, year, today, None)).rows {
        t.push(std::iter::once(Cell::Int(year.into())).chain(row).collect());
    }
    t
}

/// The watched values of rows named alike that differ, rows of `after`
/// first in its order, then rows only `before` has.
fn compare(
    area: &'static str,
    before: &Table,
    after: &Table,
    key: &[&str],
    watched: &[&str],
    out: &mut Vec<Effect>,
) {
    let old = by_key(before, key, watched);
    let new = by_key(after, key, watched);
    let names = new
        .iter()
        .chain(old.iter().filter(|(k, _)| !new.contains_key(*k)));
    for (item, _) in names {
        for (i, field) in watched.iter().enumerate() {
            let value = |side: &BTreeMap<String, Vec<String>>| {
                side.get(item).map(|v| v[i].clone()).unwrap_or_default()
            };
            let (was, is) = (value(&old), value(&new));
            if was != is {
                out.push(Effect {
                    area,
                    item: item.clone(),
                    field: (*field).to_string(),
                    old: was,
                    new: is,
                });
            }
        }
    }
}

/// Each row's watched values as printed, by the row's name (its key
/// columns joined by spaces).
fn by_key(t: &Table, key: &[&str], watched: &[&str]) -> BTreeMap<String, Vec<String>> {
    let cols = |names: &[&str]| -> Option<Vec<usize>> {
        names
            .iter()
            .map(|name| t.columns.iter().position(|c| c == name))
            .collect()
    };
    let (Some(keys), Some(cols)) = (cols(key), cols(watched)) else {
        return BTreeMap::new();
    };
    t.rows
        .iter()
        .map(|row| {
            let cell = |i: &usize| row.get(*i).map(Cell::plain).unwrap_or_default();
            let name: Vec<String> = keys.iter().map(cell).collect();
            (name.join(" "), cols.iter().map(cell).collect())
        })
        .collect()
}

/// The `check` problems that appear or go, named by file, severity, code
/// and message (not by line: lines move when text is added above).
fn problems(before: &Loaded, after: &Loaded) -> Vec<Effect> {
    let named = |side: &Loaded| -> Vec<(String, String, String)> {
        side.diagnostics
            .iter()
            .map(|d: &Diagnostic| {
                let file = side
                    .records
                    .sources
                    .get(d.span.file)
                    .map_or("", |f| f.rel.as_str());
                (
                    file.to_string(),
                    format!("{} {}", d.severity.as_str(), d.code),
                    d.message.en(),
                )
            })
            .collect()
    };
    let (old, new) = (named(before), named(after));
    let old_set: HashSet<_> = old.iter().collect();
    let new_set: HashSet<_> = new.iter().collect();
    let appeared = new
        .iter()
        .filter(|p| !old_set.contains(p))
        .map(|p| (p, false));
    let gone = old
        .iter()
        .filter(|p| !new_set.contains(p))
        .map(|p| (p, true));
    appeared
        .chain(gone)
        .map(|((file, what, message), gone)| Effect {
            area: "check",
            item: file.clone(),
            field: what.clone(),
            old: if gone { message.clone() } else { String::new() },
            new: if gone { String::new() } else { message.clone() },
        })
        .collect()
}

/// The effects as a table of [`COLUMNS`].
pub(crate) fn to_table(effects: &[Effect]) -> Table {
    let mut t = Table::new(COLUMNS);
    for e in effects {
        t.push(vec![
            Cell::text(e.area),
            Cell::text(e.item.clone()),
            Cell::text(e.field.clone()),
            Cell::text(e.old.clone()),
            Cell::text(e.new.clone()),
        ]);
    }
    t
}
