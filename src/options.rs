//! The resolved global options: records folder, "now" and D, output format
//! and style. Built once in `run` from the command line and environment;
//! the only place that reads the wall clock (once, into [`Ctx::clock`]).

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

/// Everything a command needs from the global options.
#[derive(Clone, Debug)]
pub struct Ctx {
    /// `--records` or `$CLIENTELE_RECORDS`.
    pub records: Option<PathBuf>,
    pub cwd: PathBuf,
    pub as_of: Option<AsOf>,
    /// `--at REF`: read the records as committed at REF.
    pub at: Option<String>,
    /// The wall clock, read once when the options are built, so that every
    /// "now" of one run is the same.
    pub clock: chrono::DateTime<chrono::Utc>,
    pub format: Format,
    pub month: Option<YearMonth>,
    pub member: Option<String>,
    pub quiet: bool,
    pub reveal: bool,
    /// Reports may use the cache of parsed records (not `--no-cache`).
    pub cache: bool,
    pub style: Style,
}

impl Ctx {
    /// "Now" (naive local time in the team's zone) and D, its date.
    /// Without `--as-of` this reads the wall clock in `timezone`.
    pub fn now(&self, timezone: &str) -> (NaiveDateTime, NaiveDate) {
        let now = match self.as_of {
            Some(a) => a.now(),
            None => {
                let utc = self.clock;
                match timezone.parse::<chrono_tz::Tz>() {
                    Ok(tz) => utc.with_timezone(&tz).naive_local(),
                    Err(_) => utc.naive_utc(),
                }
            }
        };
        let now = now.with_nanosecond_zero();
        (now, now.date())
    }

    /// Today (D) in the team's time zone of `records` (or `--as-of`).
    pub fn today(&self, records: &crate::model::Records) -> NaiveDate {
        self.now(&records.settings.team.timezone).1
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
