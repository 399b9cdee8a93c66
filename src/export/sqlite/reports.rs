//! The report tables: each report as of D becomes `report_<name>` with
//! the CSV's columns, typed by the cells (INTEGER, REAL or TEXT) and
//! holding the CSV's figures (a score shown as 75.6 is 75.6 here too).

use rusqlite::types::Value;
use rusqlite::{Transaction, params_from_iter};

use crate::render::{Cell, Table};

/// The SQL type of column `i`: that of its first non-empty cell.
fn column_type(t: &Table, i: usize) -> &'static str {
    let first = t
        .rows
        .iter()
        .filter_map(|r| r.get(i))
        .find(|c| **c != Cell::Empty);
    match first {
        Some(Cell::Int(_) | Cell::Bool(_)) => "INTEGER",
        Some(c) if c.is_number() => "REAL",
        _ => "TEXT",
    }
}

fn value(c: &Cell) -> Value {
    match c {
        Cell::Empty => Value::Null,
        Cell::Int(v) => Value::Integer(*v),
        Cell::Bool(b) => Value::Integer(i64::from(*b)),
        c if c.is_number() => Value::Real(crate::render::xlsx::figure(c)),
        other => Value::Text(other.plain()),
    }
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Creates `report_<name>` and fills it with the rows of `t`; indexes the
/// `member` and `client` columns when there are.
pub(super) fn insert(tx: &Transaction, name: &str, t: &Table) -> rusqlite::Result<()> {
    let table = format!("report_{name}");
    let columns: Vec<String> = t
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{} {}", quote(c), column_type(t, i)))
        .collect();
    tx.execute_batch(&format!(
        "CREATE TABLE {} ({});",
        quote(&table),
        columns.join(", ")
    ))?;
    for key in ["member", "client"] {
        if t.columns.iter().any(|c| c == key) {
            tx.execute_batch(&format!(
                "CREATE INDEX {} ON {}({key});",
                quote(&format!("{table}_{key}")),
                quote(&table)
            ))?;
        }
    }
    let marks: Vec<String> = (1..=t.columns.len()).map(|i| format!("?{i}")).collect();
    let sql = format!(
        "INSERT INTO {} VALUES ({})",
        quote(&table),
        marks.join(", ")
    );
    let mut insert = tx.prepare(&sql)?;
    for row in &t.rows {
        insert.execute(params_from_iter(row.iter().map(value)))?;
    }
    Ok(())
}
