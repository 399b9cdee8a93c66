//! `Cell`: one typed value of a report row, printed per rules §4.

use chrono::{NaiveDate, NaiveDateTime};

use super::escape;
use crate::numbers;

/// One value in a row. The variant decides how it prints.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Cell {
    /// An empty cell in CSV, `null` in JSON.
    Empty,
    Int(i64),
    /// An integer when whole, else two decimals.
    Money(f64),
    /// One decimal (`75.0`).
    Score(f64),
    /// A quantity such as hours: as few decimals as it needs, at most two
    /// (`12`, `12.5`, `12.25`).
    Number(f64),
    /// Two decimals (satisfaction, `projects`).
    Dec2(f64),
    Bool(bool),
    Date(NaiveDate),
    DateTime(NaiveDateTime),
    Text(String),
}

impl Cell {
    pub(crate) fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    /// `Some(v)` as `f(v)`, `None` as empty.
    pub(crate) fn opt<T>(v: Option<T>, f: impl FnOnce(T) -> Cell) -> Cell {
        v.map_or(Cell::Empty, f)
    }

    pub(crate) fn is_number(&self) -> bool {
        matches!(
            self,
            Cell::Int(_) | Cell::Money(_) | Cell::Score(_) | Cell::Number(_) | Cell::Dec2(_)
        )
    }

    /// The plain text of the cell, as in CSV (no thousands separators).
    pub(crate) fn plain(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Int(v) => v.to_string(),
            Cell::Money(v) => numbers::money(*v),
            Cell::Score(v) => numbers::score(*v),
            Cell::Number(v) => numbers::number(*v),
            Cell::Dec2(v) => numbers::dec2(*v),
            Cell::Bool(b) => b.to_string(),
            Cell::Date(d) => d.format("%Y-%m-%d").to_string(),
            Cell::DateTime(d) => d.format("%Y-%m-%dT%H:%M:%S").to_string(),
            Cell::Text(s) => s.clone(),
        }
    }

    /// The text shown in a terminal table (money grouped by thousands,
    /// date-times without seconds).
    pub(crate) fn display(&self) -> String {
        match self {
            Cell::Money(v) => numbers::money_grouped(*v),
            Cell::DateTime(d) => d.format("%Y-%m-%d %H:%M").to_string(),
            Cell::Empty => "-".to_string(),
            Cell::Text(s) => escape::controls(s).into_owned(),
            other => other.plain(),
        }
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::Text(s)
    }
}
