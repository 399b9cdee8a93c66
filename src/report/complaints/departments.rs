//! Complaints by department (rules §3.3, *policy 三(二)3 and 四(四)3*:
//! 協調相關部門): for each department named in a listed complaint's
//! `departments`, how many complaints it was brought into, how many of
//! those were resolved within both deadlines (status `resolved`) and their
//! mean satisfaction. A complaint with several departments counts in each;
//! one with none counts in none. Built from the rows of `complaints`, so
//! the same filters and "now" apply.

use std::collections::BTreeMap;

use super::ComplaintRow;
use crate::model::ComplaintStatus;
use crate::render::{Cell, Table};

pub const COLUMNS: &[&str] = &["department", "received", "resolved_on_time", "satisfaction"];

/// One department's complaints.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DepartmentRow {
    pub department: String,
    pub received: usize,
    /// Resolved within both deadlines.
    pub resolved_on_time: usize,
    pub rated: usize,
    pub satisfaction_sum: i64,
}

impl DepartmentRow {
    /// The mean rating of the rated complaints.
    pub fn satisfaction(&self) -> Option<f64> {
        (self.rated > 0).then(|| self.satisfaction_sum as f64 / self.rated as f64)
    }
}

/// Keeps the complaints brought into `department` (`--department`).
pub fn keep_department(rows: &mut Vec<ComplaintRow>, department: &str) {
    rows.retain(|r| r.departments.iter().any(|d| d == department));
}

/// One row per department, by name.
pub fn by_department(rows: &[ComplaintRow]) -> Vec<DepartmentRow> {
    let mut out: BTreeMap<&str, DepartmentRow> = BTreeMap::new();
    for r in rows {
        for d in &r.departments {
            let e = out.entry(d).or_insert_with(|| DepartmentRow {
                department: d.clone(),
                ..DepartmentRow::default()
            });
            e.received += 1;
            e.resolved_on_time += usize::from(r.status == ComplaintStatus::Resolved);
            if let Some(s) = r.satisfaction {
                e.rated += 1;
                e.satisfaction_sum += s;
            }
        }
    }
    out.into_values().collect()
}

pub fn to_table(rows: &[DepartmentRow]) -> Table {
    let mut t = Table::new(COLUMNS);
    for r in rows {
        t.push(vec![
            Cell::text(r.department.clone()),
            Cell::Int(r.received as i64),
            Cell::Int(r.resolved_on_time as i64),
            Cell::opt(r.satisfaction(), Cell::Dec2),
        ]);
    }
    t
}

#[cfg(test)]
mod tests;
