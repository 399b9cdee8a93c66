//! The checks a write makes on its free-form arguments before any path is
//! built from them: ids (they become file names), text that must not be
//! empty, and the date inside a compound flag (`--action TASK;OWNER;DUE`).
//! A flag holding one value is parsed by `crate::values` (exit 2) and never
//! gets here; these refusals are exit 1.

use chrono::NaiveDate;

use super::WriteError;
use crate::model::{id_problem, is_entry_id};

type R<T> = Result<T, WriteError>;

fn refuse<T>(message: String) -> R<T> {
    Err(WriteError::Refused(message))
}

/// A date inside a compound flag value, with the syntax of
/// [`crate::values::date`].
pub fn date(flag: &str, s: &str) -> R<NaiveDate> {
    crate::values::date(s).map_err(|e| WriteError::Refused(format!("{flag} {e}")))
}

/// A client or member id (these become file names).
pub fn id(what: &str, s: &str) -> R<String> {
    match id_problem(s) {
        None => Ok(s.to_string()),
        Some(true) => refuse(format!(
            "{what} `{}` could name a path outside the records folder: ids are lowercase letters, digits and `-`",
            s.escape_debug()
        )),
        Some(false) => refuse(format!(
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
    fn ids_texts_and_dates() {
        assert_eq!(
            date("--action due", "2026-02-30").unwrap_err().to_string(),
            "--action due `2026-02-30` is not a date: write YYYY-MM-DD, e.g. 2026-11-20"
        );
        assert!(
            id("CLIENT", "../x")
                .unwrap_err()
                .to_string()
                .contains("outside")
        );
        assert!(id("CLIENT", "Acme").is_err());
        assert!(entry_id("--id", "D-2026-001").is_ok());
        assert!(text("--summary", "  ").is_err());
    }
}
