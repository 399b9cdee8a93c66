//! The resolved global options: records folder, "now" and D, output format
//! and style. Built once in `run` from the command line and environment;
//! the only place that reads the wall clock.

use std::path::PathBuf;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::model::YearMonth;
use crate::render::{Format, Style};

/// `--as-of`: a date (now = the end of that day) or a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AsOf {
    Date(NaiveDate),
    Moment(NaiveDateTime),
}

impl AsOf {
    pub fn now(self) -> NaiveDateTime {
        match self {
            AsOf::Date(d) => {
                d.and_time(NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN))
            }
            AsOf::Moment(m) => m,
        }
    }
}

/// Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`.
pub fn parse_as_of(s: &str) -> Result<AsOf, String> {
    let s = s.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        && s.len() == 10
    {
        return Ok(AsOf::Date(d));
    }
    for fmt in ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M"] {
        if let Ok(m) = NaiveDateTime::parse_from_str(s, fmt) {
            return Ok(AsOf::Moment(m));
        }
    }
    Err(format!(
        "`{s}` is not a date (2026-11-20) or a date-time (2026-11-20T14:30)"
    ))
}

/// Parses `YYYY-MM` for `--month` and other month flags.
pub fn parse_month(s: &str) -> Result<YearMonth, String> {
    s.parse()
}

/// Parses a `YYYY-MM-DD` date flag.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date: write YYYY-MM-DD, e.g. 2026-11-20"))
}

/// Everything a command needs from the global options.
#[derive(Clone, Debug)]
pub struct Ctx {
    /// `--records` or `$CLIENTELE_RECORDS`.
    pub records: Option<PathBuf>,
    pub cwd: PathBuf,
    pub as_of: Option<AsOf>,
    pub format: Format,
    pub month: Option<YearMonth>,
    pub member: Option<String>,
    pub quiet: bool,
    pub reveal: bool,
    pub style: Style,
}

impl Ctx {
    /// "Now" (naive local time in the team's zone) and D, its date.
    /// Without `--as-of` this reads the wall clock in `timezone`.
    pub fn now(&self, timezone: &str) -> (NaiveDateTime, NaiveDate) {
        let now = match self.as_of {
            Some(a) => a.now(),
            None => {
                let utc = chrono::Utc::now();
                match timezone.parse::<chrono_tz::Tz>() {
                    Ok(tz) => utc.with_timezone(&tz).naive_local(),
                    Err(_) => utc.naive_utc(),
                }
            }
        };
        let now = now.with_nanosecond_zero();
        (now, now.date())
    }
}

trait NoNanos {
    fn with_nanosecond_zero(self) -> Self;
}

impl NoNanos for NaiveDateTime {
    fn with_nanosecond_zero(self) -> Self {
        use chrono::Timelike;
        self.with_nanosecond(0).unwrap_or(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_of_forms() {
        assert_eq!(
            parse_as_of("2026-11-20").unwrap().now().to_string(),
            "2026-11-20 23:59:59"
        );
        assert_eq!(
            parse_as_of("2026-11-20T14:30").unwrap().now().to_string(),
            "2026-11-20 14:30:00"
        );
        assert_eq!(
            parse_as_of("2026-11-20T14:30:05")
                .unwrap()
                .now()
                .to_string(),
            "2026-11-20 14:30:05"
        );
        assert!(parse_as_of("2026-11-31").is_err());
        assert!(parse_as_of("yesterday").is_err());
        assert!(parse_as_of("2026-1-2").is_err());
    }
}
