//! The period a work report covers: an ISO week (`2026-W47`, Monday to
//! Sunday) or a calendar month, and the period after it (for the plans).

use chrono::{Datelike, NaiveDate, Weekday};

use crate::model::YearMonth;

/// A reported period and the one after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Window {
    /// `2026-W47` or `2026-11`.
    pub(crate) label: String,
    pub(crate) from: NaiveDate,
    pub(crate) to: NaiveDate,
    pub(crate) next_label: String,
    pub(crate) next_from: NaiveDate,
    pub(crate) next_to: NaiveDate,
}

fn week_label(monday: NaiveDate) -> String {
    let w = monday.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

/// The ISO week that holds `day`.
pub(crate) fn week_of(day: NaiveDate) -> Window {
    let monday = day - chrono::TimeDelta::days(i64::from(day.weekday().num_days_from_monday()));
    let next = monday + chrono::TimeDelta::days(7);
    Window {
        label: week_label(monday),
        from: monday,
        to: monday + chrono::TimeDelta::days(6),
        next_label: week_label(next),
        next_from: next,
        next_to: next + chrono::TimeDelta::days(6),
    }
}

/// Parses `YYYY-Www` (ISO week, `W01`..`W53`) into its window.
pub(crate) fn parse_week(s: &str) -> Result<Window, String> {
    let bad = || format!("`{s}` is not an ISO week: write YYYY-Www, e.g. 2026-W47");
    let (y, w) = s.trim().split_once("-W").ok_or_else(bad)?;
    if y.len() != 4 || w.len() != 2 {
        return Err(bad());
    }
    let year: i32 = y.parse().map_err(|_| bad())?;
    let week: u32 = w.parse().map_err(|_| bad())?;
    let monday = NaiveDate::from_isoywd_opt(year, week, Weekday::Mon).ok_or_else(bad)?;
    Ok(week_of(monday))
}

/// A calendar month and the next one.
pub(crate) fn month(m: YearMonth) -> Window {
    let next = m.next();
    Window {
        label: m.to_string(),
        from: m.first_day(),
        to: m.last_day(),
        next_label: next.to_string(),
        next_from: next.first_day(),
        next_to: next.last_day(),
    }
}

impl Window {
    pub(crate) fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }

    pub(crate) fn next_contains(&self, day: NaiveDate) -> bool {
        self.next_from <= day && day <= self.next_to
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn iso_weeks() {
        // Fri 20 Nov 2026 is in 2026-W47 (16–22 Nov)
        let w = week_of(day("2026-11-20"));
        assert_eq!(
            (w.label.as_str(), w.from, w.to),
            ("2026-W47", day("2026-11-16"), day("2026-11-22"))
        );
        assert_eq!(
            (w.next_label.as_str(), w.next_from),
            ("2026-W48", day("2026-11-23"))
        );
        assert_eq!(parse_week("2026-W47").unwrap(), w);
        // 1 Jan 2027 is a Friday: ISO week 2026-W53, and the next is 2027-W01
        let w = parse_week("2026-W53").unwrap();
        assert_eq!(
            (w.from, w.next_label.as_str()),
            (day("2026-12-28"), "2027-W01")
        );
        assert_eq!(week_of(day("2027-01-01")).label, "2026-W53");
        assert!(parse_week("2027-W53").is_err());
        assert!(parse_week("2026-47").is_err());
        assert!(parse_week("2026-W7").is_err());
    }
}
