//! The one refusal of a write that records something that has already
//! happened (a visit, a clock-in, a deal closed, a complaint answered …)
//! dated after today (rules §7.4): such an entry would pass `check` and
//! stay hidden from every report until its date. "Today" and "now" are
//! the session's, so `--as-of` moves them as everywhere. Plans, leave,
//! due dates and training sessions belong to the future and never come
//! here.

use chrono::{NaiveDate, NaiveDateTime};

use crate::t;
use crate::write::WriteError;

/// Refuses `day` (given by `flag`) when it is after `today`.
pub(crate) fn on_or_before(flag: &str, day: NaiveDate, today: NaiveDate) -> Result<(), WriteError> {
    if day > today {
        return Err(future(flag, &day.to_string(), &today.to_string()));
    }
    Ok(())
}

/// Refuses the moment `at` (given by `flag`) when it is after `now`.
pub(crate) fn at_or_before(
    flag: &str,
    at: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<(), WriteError> {
    if at > now {
        let fmt = "%Y-%m-%dT%H:%M";
        return Err(future(
            flag,
            &at.format(fmt).to_string(),
            &now.format(fmt).to_string(),
        ));
    }
    Ok(())
}

fn future(flag: &str, when: &str, now: &str) -> WriteError {
    WriteError::refused(t!(
        "refuse-in-the-future",
        flag = flag,
        when = when,
        now = now
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_is_allowed_tomorrow_is_not() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        assert!(on_or_before("--date", d, d).is_ok());
        let e = on_or_before("--date", d.succ_opt().unwrap(), d).unwrap_err();
        assert_eq!(
            e.to_string(),
            "--date 2026-11-21 is in the future (now is 2026-11-20): what has already happened cannot be dated later, or it would stay hidden from every report until then"
        );
        let now = d.and_hms_opt(10, 0, 0).unwrap();
        assert!(at_or_before("--at", now, now).is_ok());
        assert!(at_or_before("--at", d.and_hms_opt(10, 1, 0).unwrap(), now).is_err());
    }
}
