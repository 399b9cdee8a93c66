//! Reading the values of a write command's flags. Every bad value — a date
//! that is not a date, a rating out of range, a kind not in the list, an
//! id that breaks the id rules — is refused with a message naming the
//! flag and what it accepts (exit 1: a write refused), before any path is
//! built from it.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::WriteError;
use crate::model::{IdProblem, YearMonth, id_problem, is_entry_id};

type R<T> = Result<T, WriteError>;

fn refuse<T>(message: String) -> R<T> {
    Err(WriteError::Refused(message))
}

/// A date `YYYY-MM-DD`.
pub fn date(flag: &str, s: &str) -> R<NaiveDate> {
    let t = s.trim();
    match NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        Ok(d) if t.len() == 10 => Ok(d),
        _ => refuse(format!(
            "{flag} `{s}` is not a date: write YYYY-MM-DD, e.g. 2026-11-20"
        )),
    }
}

/// A date, or `default` when the flag is absent.
pub fn date_or(flag: &str, s: Option<&str>, default: NaiveDate) -> R<NaiveDate> {
    s.map_or(Ok(default), |s| date(flag, s))
}

/// A local date-time `YYYY-MM-DDTHH:MM[:SS]` (a space may replace the `T`).
pub fn datetime(flag: &str, s: &str) -> R<NaiveDateTime> {
    let t = s.trim().replacen(' ', "T", 1);
    for fmt in ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M"] {
        if let Ok(m) = NaiveDateTime::parse_from_str(&t, fmt) {
            return Ok(m);
        }
    }
    refuse(format!(
        "{flag} `{s}` is not a date-time: write YYYY-MM-DDTHH:MM, e.g. 2026-11-20T14:30"
    ))
}

/// A time of day `HH:MM`.
pub fn time(flag: &str, s: &str) -> R<NaiveTime> {
    match NaiveTime::parse_from_str(s.trim(), "%H:%M") {
        Ok(t) => Ok(t),
        Err(_) => refuse(format!(
            "{flag} `{s}` is not a time: write HH:MM, e.g. 09:00"
        )),
    }
}

/// A month `YYYY-MM`.
pub fn month(flag: &str, s: &str) -> R<YearMonth> {
    s.trim()
        .parse()
        .map_err(|e: String| WriteError::Refused(format!("{flag}: {e}")))
}

/// An integer in `lo..=hi`.
pub fn int_in(flag: &str, s: &str, lo: i64, hi: i64) -> R<i64> {
    match s.trim().parse::<i64>() {
        Ok(n) if (lo..=hi).contains(&n) => Ok(n),
        Ok(n) => refuse(format!("{flag} must be {lo}..{hi}, found {n}")),
        Err(_) => refuse(format!(
            "{flag} `{s}` is not a whole number: give {lo}..{hi}"
        )),
    }
}

/// A 1..5 rating.
pub fn rating(flag: &str, s: &str) -> R<i64> {
    int_in(flag, s, 1, 5)
}

/// A finite number in `lo..=hi`.
pub fn number_in(flag: &str, s: &str, lo: f64, hi: f64) -> R<f64> {
    match s.trim().parse::<f64>() {
        Ok(n) if n.is_finite() && n >= lo && n <= hi => Ok(n),
        Ok(n) if n.is_finite() => refuse(format!("{flag} must be {lo}..{hi}, found {n}")),
        _ => refuse(format!("{flag} `{s}` is not a number")),
    }
}

/// An amount of money: a number ≥ 0 with at most two decimals.
pub fn money(flag: &str, s: &str) -> R<f64> {
    let n = number_in(flag, s, 0.0, 1e15)?;
    if (n * 100.0 - (n * 100.0).round()).abs() > 1e-6 {
        return refuse(format!(
            "{flag} {s} has more than two decimals: money is kept to the cent"
        ));
    }
    Ok(n)
}

/// One value of a closed set (a kind, a stage, a severity …).
pub fn choice<E>(flag: &str, s: &str, parse: fn(&str) -> Option<E>, names: &[&str]) -> R<E> {
    match parse(s.trim()) {
        Some(e) => Ok(e),
        None => refuse(format!(
            "{flag} `{s}` is not allowed: use one of {}",
            names.join(", ")
        )),
    }
}

/// A client or member id (these become file names).
pub fn id(what: &str, s: &str) -> R<String> {
    match id_problem(s) {
        None => Ok(s.to_string()),
        Some(IdProblem::Escapes) => refuse(format!(
            "{what} `{}` could name a path outside the records folder: ids are lowercase letters, digits and `-`",
            s.escape_debug()
        )),
        Some(IdProblem::DeviceName) => refuse(format!(
            "{what} `{s}` is a device name on Windows, where a file {s}.toml cannot be made: choose another id"
        )),
        Some(IdProblem::Pattern) => refuse(format!(
            "{what} `{s}` is not a valid id: use lowercase letters, digits and `-` (at most 64, not starting with `-`)"
        )),
    }
}

/// A deal, complaint or meeting id.
pub fn entry_id(what: &str, s: &str) -> R<String> {
    if is_entry_id(s) {
        Ok(s.to_string())
    } else {
        refuse(format!(
            "{what} `{}` is not a valid id: use letters, digits, `.`, `_` and `-` (at most 64, starting with a letter or digit)",
            s.escape_debug()
        ))
    }
}

/// Text that must not be empty (a summary, a title, a reason).
pub fn text(flag: &str, s: &str) -> R<String> {
    if s.trim().is_empty() {
        return refuse(format!("{flag} must not be empty"));
    }
    Ok(s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_refusals() {
        assert_eq!(
            date("--date", "2026-11-03").unwrap().to_string(),
            "2026-11-03"
        );
        let e = date("--date", "2026-02-30").unwrap_err().to_string();
        assert_eq!(
            e,
            "--date `2026-02-30` is not a date: write YYYY-MM-DD, e.g. 2026-11-20"
        );
        assert!(date("--date", "2026-1-3").is_err());
        assert_eq!(
            datetime("--at", "2026-11-03 14:30").unwrap().to_string(),
            "2026-11-03 14:30:00"
        );
        assert!(time("--in", "25:00").is_err());
        assert_eq!(time("--in", "08:58").unwrap().to_string(), "08:58:00");
        assert_eq!(
            rating("--satisfaction", "6").unwrap_err().to_string(),
            "--satisfaction must be 1..5, found 6"
        );
        assert_eq!(money("--amount", "1234.5").unwrap(), 1234.5);
        assert!(money("--amount", "-1").is_err());
        assert!(money("--amount", "1.234").is_err());
        assert!(
            id("CLIENT", "../x")
                .unwrap_err()
                .to_string()
                .contains("outside")
        );
        assert!(id("CLIENT", "Acme").is_err());
        assert!(
            id("CLIENT", "nul")
                .unwrap_err()
                .to_string()
                .contains("device name on Windows")
        );
        assert!(entry_id("--id", "D-2026-001").is_ok());
        assert!(text("--summary", "  ").is_err());
        assert_eq!(
            choice(
                "--kind",
                "walk",
                crate::model::InteractionKind::parse,
                crate::model::InteractionKind::NAMES
            )
            .unwrap_err()
            .to_string(),
            "--kind `walk` is not allowed: use one of visit, call, email, meeting, care, feedback"
        );
    }
}
