//! The resolved global options: records folder, "now" and D, output format
//! and style. Built once in `run` from the command line and environment;
//! the only place that reads the wall clock (once, into [`Ctx::clock`]).

use std::path::PathBuf;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::model::YearMonth;
use crate::render::{Format, Style};

/// `--as-of`: a date (now = the end of that day) or a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AsOf {
    Date(NaiveDate),
    Moment(NaiveDateTime),
}

impl AsOf {
    pub(crate) fn now(self) -> NaiveDateTime {
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
pub(crate) struct Ctx {
    /// `--records` or `$CLIENTELE_RECORDS`.
    pub(crate) records: Option<PathBuf>,
    pub(crate) cwd: PathBuf,
    pub(crate) as_of: Option<AsOf>,
    /// `--at REF`: read the records as committed at REF.
    pub(crate) at: Option<String>,
    /// The wall clock, read once when the options are built, so that every
    /// "now" of one run is the same.
    pub(crate) clock: chrono::DateTime<chrono::Utc>,
    pub(crate) format: Format,
    pub(crate) month: Option<YearMonth>,
    pub(crate) member: Option<String>,
    pub(crate) quiet: bool,
    pub(crate) reveal: bool,
    /// Reports may use the cache of parsed records (not `--no-cache`).
    pub(crate) cache: bool,
    pub(crate) style: Style,
}

impl Ctx {
    /// "Now" (naive local time in the team's zone) and D, its date.
    /// Without `--as-of` this reads the wall clock in `timezone`.
    pub(crate) fn now(&self, timezone: &str) -> (NaiveDateTime, NaiveDate) {
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
    pub(crate) fn today(&self, records: &crate::model::Records) -> NaiveDate {
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
