//! `YearMonth`: a calendar month such as `2026-11` (month folders, periods).

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Months, NaiveDate};

/// A calendar month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct YearMonth {
    pub(crate) year: i32,
    pub(crate) month: u32,
}

impl YearMonth {
    pub(crate) fn new(year: i32, month: u32) -> Option<YearMonth> {
        ((1..=12).contains(&month) && (1..=9999).contains(&year))
            .then_some(YearMonth { year, month })
    }

    pub(crate) fn of(date: NaiveDate) -> YearMonth {
        YearMonth {
            year: date.year(),
            month: date.month(),
        }
    }

    pub(crate) fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or(NaiveDate::MIN)
    }

    pub(crate) fn last_day(self) -> NaiveDate {
        self.next().first_day().pred_opt().unwrap_or(NaiveDate::MAX)
    }

    pub(crate) fn next(self) -> YearMonth {
        YearMonth::of(self.first_day() + Months::new(1))
    }

    pub(crate) fn prev(self) -> YearMonth {
        YearMonth::of(self.first_day() - Months::new(1))
    }

    pub(crate) fn contains(self, date: NaiveDate) -> bool {
        YearMonth::of(date) == self
    }

    /// Every day of the month, in order.
    pub(crate) fn days(self) -> impl Iterator<Item = NaiveDate> {
        self.first_day()
            .iter_days()
            .take_while(move |d| YearMonth::of(*d) == self)
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl FromStr for YearMonth {
    type Err = String;

    /// Parses exactly `YYYY-MM`.
    fn from_str(s: &str) -> Result<YearMonth, String> {
        let bad = || format!("`{s}` is not a month: write YYYY-MM, e.g. 2026-11");
        let (y, m) = s.split_once('-').ok_or_else(bad)?;
        if y.len() != 4 || m.len() != 2 || !y.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let year = y.parse().map_err(|_| bad())?;
        let month = m.parse().map_err(|_| bad())?;
        YearMonth::new(year, month).ok_or_else(bad)
    }
}

impl serde::Serialize for YearMonth {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_bounds() {
        let m: YearMonth = "2024-02".parse().unwrap();
        assert_eq!(m.last_day(), NaiveDate::from_ymd_opt(2024, 2, 29).unwrap());
        assert_eq!(m.days().count(), 29);
        assert_eq!(m.prev().to_string(), "2024-01");
        assert_eq!(
            "2024-12".parse::<YearMonth>().unwrap().next().to_string(),
            "2025-01"
        );
        assert!("2024-13".parse::<YearMonth>().is_err());
        assert!("2024-1".parse::<YearMonth>().is_err());
        assert!("24-01".parse::<YearMonth>().is_err());
    }
}
