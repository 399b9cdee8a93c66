//! JSON output: an array of objects with the CSV's keys, in column order.

use std::io::Write;

use serde_json::{Map, Value};

use super::{Cell, Table};
use crate::numbers;

fn value(cell: &Cell) -> Value {
    match cell {
        Cell::Empty => Value::Null,
        Cell::Int(v) => Value::from(*v),
        // both print at most two decimals, an integer when whole
        Cell::Money(v) | Cell::Number(v) => {
            let r = numbers::round_to(*v, 2);
            if r.fract() == 0.0 && r.abs() < 1e15 {
                Value::from(r as i64)
            } else {
                Value::from(r)
            }
        }
        Cell::Score(v) => Value::from(numbers::round_to(*v, 1)),
        Cell::Dec2(v) => Value::from(numbers::round_to(*v, 2)),
        Cell::Bool(b) => Value::Bool(*b),
        Cell::Date(_) | Cell::DateTime(_) | Cell::Text(_) => Value::String(cell.plain()),
    }
}

/// The table as a JSON array of objects.
pub(crate) fn to_json(table: &Table) -> Value {
    let rows = table
        .rows
        .iter()
        .map(|row| {
            let obj: Map<String, Value> = table
                .columns
                .iter()
                .zip(row)
                .map(|(k, c)| (k.clone(), value(c)))
                .collect();
            Value::Object(obj)
        })
        .collect();
    Value::Array(rows)
}

pub(crate) fn write_json(table: &Table, out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &to_json(table))?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_values_in_column_order() {
        let mut t = Table::new(&["z", "a", "s", "m"]);
        t.push(vec![
            Cell::Empty,
            Cell::text("x"),
            Cell::Score(74.94999999999999),
            Cell::Money(5.0),
        ]);
        let v = to_json(&t);
        assert_eq!(v.to_string(), r#"[{"z":null,"a":"x","s":75.0,"m":5}]"#);
    }
}
