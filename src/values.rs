//! Typed parsers for flag values, the one place a flag's text becomes a
//! date, a moment, a month, a number or one of a closed set — for reports
//! and writes alike. Each is a clap value parser: a value that does not
//! parse is a usage error (exit 2) before any command runs, with one
//! wording per kind of value. Nothing here knows the records: refusals
//! that depend on them (an unknown client, a rule broken) belong to the
//! write layer.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::model::{IdProblem, Tier, YearMonth, id_problem, is_entry_id};
use crate::options::AsOf;
use crate::t;

/// What a parser returns: the value, or why the text is not one (in the
/// interface language: clap prints it after `invalid value …`).
pub(crate) type Parsed<T> = Result<T, String>;

/// A date, exactly `YYYY-MM-DD` (`2026-1-2` is refused).
pub(crate) fn date(s: &str) -> Parsed<NaiveDate> {
    let t = s.trim();
    match NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        Ok(d) if t.len() == 10 => Ok(d),
        _ => Err(t!("parse-date", value = s)),
    }
}

/// A local date-time `YYYY-MM-DDTHH:MM[:SS]`; a space may replace the `T`.
pub(crate) fn datetime(s: &str) -> Parsed<NaiveDateTime> {
    moment(s).ok_or_else(|| t!("parse-datetime", value = s))
}

fn moment(s: &str) -> Option<NaiveDateTime> {
    let t = s.trim();
    let (day, time) = t.split_once(['T', ' '])?;
    let day = date(day).ok()?;
    let time = time.trim_start();
    ["%H:%M:%S", "%H:%M"]
        .iter()
        .find_map(|f| NaiveTime::parse_from_str(time, f).ok())
        .map(|time| day.and_time(time))
}

/// `--as-of`: a date (now = the end of that day) or a date-time, with the
/// syntaxes of [`date`] and [`datetime`].
pub(crate) fn as_of(s: &str) -> Parsed<AsOf> {
    if let Ok(d) = date(s) {
        return Ok(AsOf::Date(d));
    }
    moment(s)
        .map(AsOf::Moment)
        .ok_or_else(|| t!("parse-as-of", value = s))
}

/// A month `YYYY-MM`.
pub(crate) fn month(s: &str) -> Parsed<YearMonth> {
    let s = s.trim();
    s.parse().map_err(|_| t!("parse-month", value = s))
}

/// A time of day `HH:MM`.
pub(crate) fn time(s: &str) -> Parsed<NaiveTime> {
    NaiveTime::parse_from_str(s.trim(), "%H:%M").map_err(|_| t!("parse-time", value = s))
}

/// One value of a closed set (a kind, a stage, a severity …): a parser
/// for clap from the enum's `parse` and `NAMES`.
pub(crate) fn choice<T: 'static>(
    parse: fn(&str) -> Option<T>,
    names: &'static [&'static str],
) -> impl Fn(&str) -> Parsed<T> + Clone + Send + Sync + 'static {
    move |s: &str| {
        parse(s.trim()).ok_or_else(|| t!("parse-choice", value = s, names = names.join(", ")))
    }
}

/// A tier, in either case (`a` is `A`).
pub(crate) fn tier(s: &str) -> Parsed<Tier> {
    choice(|t| Tier::parse(&t.to_ascii_uppercase()), Tier::NAMES)(s)
}

/// A whole number in `lo..=hi`.
pub(crate) fn int_in(lo: i64, hi: i64) -> impl Fn(&str) -> Parsed<i64> + Clone + Send + Sync {
    move |s: &str| match s.trim().parse::<i64>() {
        Ok(n) if (lo..=hi).contains(&n) => Ok(n),
        Ok(n) => Err(t!(
            "parse-out-of-range",
            range = format!("{lo}..{hi}"),
            found = n.to_string()
        )),
        Err(_) => Err(t!(
            "parse-whole-number",
            value = s,
            range = format!("{lo}..{hi}")
        )),
    }
}

/// A 1..5 rating.
pub(crate) fn rating(s: &str) -> Parsed<i64> {
    int_in(1, 5)(s)
}

/// A finite number in `lo..=hi`.
pub(crate) fn number_in(lo: f64, hi: f64) -> impl Fn(&str) -> Parsed<f64> + Clone + Send + Sync {
    move |s: &str| match s.trim().parse::<f64>() {
        Ok(n) if n.is_finite() && n >= lo && n <= hi => Ok(n),
        Ok(n) if n.is_finite() => Err(t!(
            "parse-out-of-range",
            range = format!("{lo}..{hi}"),
            found = n.to_string()
        )),
        _ => Err(t!("parse-number", value = s)),
    }
}

/// An amount of money: a number ≥ 0 with at most two decimals.
pub(crate) fn money(s: &str) -> Parsed<f64> {
    let n = match s.trim().parse::<f64>() {
        Ok(n) if n.is_finite() && (0.0..=1e15).contains(&n) => n,
        _ => {
            return Err(t!("parse-money", value = s));
        }
    };
    if (n * 100.0 - (n * 100.0).round()).abs() > 1e-6 {
        return Err(t!("parse-money-cents", value = s));
    }
    Ok(n)
}

/// A client or member id (these become file names).
pub(crate) fn id(s: &str) -> Parsed<String> {
    match id_problem(s) {
        None => Ok(s.to_string()),
        Some(IdProblem::Escapes) => {
            Err(t!("parse-id-escapes", value = s.escape_debug().to_string()))
        }
        Some(IdProblem::DeviceName) => Err(t!("parse-id-device", value = s)),
        Some(IdProblem::Pattern) => Err(t!("parse-id", value = s)),
    }
}

/// A deal, complaint or meeting id.
pub(crate) fn entry_id(s: &str) -> Parsed<String> {
    if is_entry_id(s) {
        Ok(s.to_string())
    } else {
        Err(t!("parse-entry-id", value = s.escape_debug().to_string()))
    }
}

/// Text that must not be empty (a summary, a title, a reason).
pub(crate) fn text(s: &str) -> Parsed<String> {
    if s.trim().is_empty() {
        return Err(t!("parse-empty"));
    }
    Ok(s.to_string())
}

/// A score 0..100.
pub(crate) fn score(s: &str) -> Parsed<f64> {
    number_in(0.0, 100.0)(s)
}

/// A length of time: a whole number and a unit, `m` (minutes), `h`
/// (hours) or `d` (days): `30m`, `4h`, `2d` (`--due-within`).
pub(crate) fn duration(s: &str) -> Parsed<chrono::TimeDelta> {
    let t = s.trim();
    let bad = || t!("parse-duration", value = s);
    let unit = t.chars().last().ok_or_else(bad)?;
    let n: i64 = t[..t.len() - unit.len_utf8()].parse().map_err(|_| bad())?;
    let minutes = match unit {
        'm' => Some(n),
        'h' => n.checked_mul(60),
        'd' => n.checked_mul(24 * 60),
        _ => None,
    };
    minutes
        .filter(|m| (0..=366 * 24 * 60).contains(m))
        .and_then(chrono::TimeDelta::try_minutes)
        .ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::InteractionKind;

    #[test]
    fn one_date_syntax() {
        assert_eq!(date("2026-11-03").unwrap().to_string(), "2026-11-03");
        assert_eq!(
            date("2026-02-30").unwrap_err(),
            "`2026-02-30` is not a date: write YYYY-MM-DD, e.g. 2026-11-20"
        );
        assert!(date("2026-1-2").is_err());
        assert!(date("2026-12-1").is_err());
    }

    #[test]
    fn date_times_take_a_t_or_a_space() {
        for s in ["2026-11-03T14:30", "2026-11-03 14:30"] {
            assert_eq!(datetime(s).unwrap().to_string(), "2026-11-03 14:30:00");
        }
        assert!(datetime("2026-11-03").is_err());
        assert!(datetime("2026-1-3T14:30").is_err());
        assert_eq!(
            as_of("2026-11-20 10:00").unwrap().now().to_string(),
            "2026-11-20 10:00:00"
        );
        assert_eq!(
            as_of("2026-11-20T14:30:05").unwrap().now().to_string(),
            "2026-11-20 14:30:05"
        );
        assert_eq!(
            as_of("2026-11-20").unwrap().now().to_string(),
            "2026-11-20 23:59:59"
        );
        for bad in ["2026-11-31", "yesterday", "2026-1-2"] {
            assert!(as_of(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn durations_in_minutes_hours_or_days() {
        assert_eq!(duration("30m").unwrap().num_minutes(), 30);
        assert_eq!(duration("4h").unwrap().num_minutes(), 240);
        assert_eq!(duration(" 2d ").unwrap().num_hours(), 48);
        for bad in ["", "h", "4", "4x", "-1h", "1.5h", "4 h", "400d", "4小時"] {
            assert!(duration(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn numbers_times_and_choices() {
        assert!(time("25:00").is_err());
        assert_eq!(time("08:58").unwrap().to_string(), "08:58:00");
        assert_eq!(rating("6").unwrap_err(), "must be 1..5, found 6");
        assert_eq!(money("1234.5").unwrap(), 1234.5);
        assert!(money("-1").is_err());
        assert!(money("1.234").is_err());
        assert!(score("100.5").is_err());
        assert_eq!(tier("b").unwrap(), Tier::B);
        assert_eq!(
            choice(InteractionKind::parse, InteractionKind::NAMES)("walk").unwrap_err(),
            "`walk` is not allowed: use one of visit, call, email, meeting, care, feedback"
        );
    }
}
