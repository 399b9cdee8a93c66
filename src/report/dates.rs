//! Calendar helpers the client reports share: a yearly date (birthday,
//! anniversary) moved to another year, with 29 February falling on
//! 28 February in other years (rules §3.1 and 3.8), and whole years between
//! two dates by that rule; and date arithmetic that never panics.

use chrono::{Datelike, Days, NaiveDate};

/// `d` plus `n` days, the last date chrono knows when that is beyond it.
pub fn plus_days(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_add_days(Days::new(n)).unwrap_or(NaiveDate::MAX)
}

/// `d` minus `n` days, the first date chrono knows when that is before it.
pub fn minus_days(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_sub_days(Days::new(n)).unwrap_or(NaiveDate::MIN)
}

/// `date`'s day and month in `year`; 29 February becomes 28 February when
/// `year` is not a leap year. `None` only outside chrono's range.
pub fn in_year(date: NaiveDate, year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, date.month(), date.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, date.month(), date.day().saturating_sub(1)))
}

/// Whole years from `since` to `d` (rules §3.1): `d.year − since.year`, minus
/// one when `d` is before since's anniversary in `d`'s year. Negative when
/// `d` is before `since`.
pub fn full_years(since: NaiveDate, d: NaiveDate) -> i64 {
    let years = i64::from(d.year() - since.year());
    match in_year(since, d.year()) {
        Some(anniversary) if d < anniversary => years - 1,
        _ => years,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn arithmetic_saturates_instead_of_panicking() {
        assert_eq!(plus_days(day("9999-12-31"), u64::MAX), NaiveDate::MAX);
        assert_eq!(minus_days(day("0001-01-01"), u64::MAX), NaiveDate::MIN);
        assert_eq!(plus_days(day("2026-11-20"), 11), day("2026-12-01"));
    }

    #[test]
    fn feb_29_falls_on_feb_28_in_other_years() {
        assert_eq!(in_year(day("2024-02-29"), 2025), Some(day("2025-02-28")));
        assert_eq!(in_year(day("2024-02-29"), 2028), Some(day("2028-02-29")));
        assert_eq!(in_year(day("2023-02-28"), 2024), Some(day("2024-02-28")));
        assert_eq!(in_year(day("1990-12-31"), 2026), Some(day("2026-12-31")));
    }

    #[test]
    fn years_count_the_anniversary_day_itself() {
        // signed 15 Jun 2021: 4 years on 14 Jun 2026, 5 on 15 Jun
        assert_eq!(full_years(day("2021-06-15"), day("2026-06-14")), 4);
        assert_eq!(full_years(day("2021-06-15"), day("2026-06-15")), 5);
        // a 29 Feb signing: its anniversary in 2025 is 28 Feb
        assert_eq!(full_years(day("2024-02-29"), day("2025-02-27")), 0);
        assert_eq!(full_years(day("2024-02-29"), day("2025-02-28")), 1);
        assert_eq!(full_years(day("2024-02-29"), day("2028-02-28")), 3);
        assert_eq!(full_years(day("2024-02-29"), day("2028-02-29")), 4);
        // before since: negative
        assert_eq!(full_years(day("2026-12-01"), day("2026-11-20")), -1);
    }
}
