//! The checks a write makes on values that did not come through a flag's
//! own parser — the writer from `$CLIENTELE_MEMBER`, the parts of a
//! compound flag (`--action TASK;OWNER;DUE`) — with the syntax of
//! `crate::values`. A flag holding one value is parsed there (exit 2) and
//! never gets here; these refusals are exit 1.

use chrono::NaiveDate;

use super::WriteError;

type R<T> = Result<T, WriteError>;

/// A date inside a compound flag value, with the syntax of
/// `crate::values::date`.
pub(crate) fn date(flag: &str, s: &str) -> R<NaiveDate> {
    crate::values::date(s).map_err(|e| WriteError::Refused(format!("{flag} {e}")))
}

/// A client or member id that did not come through a flag's parser (the
/// writer from `$CLIENTELE_MEMBER`), with the syntax of
/// `crate::values::id`.
pub(crate) fn id(what: &str, s: &str) -> R<String> {
    crate::values::id(s).map_err(|e| WriteError::Refused(format!("{what} {e}")))
}

/// Text inside a compound value that must not be empty.
pub(crate) fn text(flag: &str, s: &str) -> R<String> {
    crate::values::text(s).map_err(|e| WriteError::Refused(format!("{flag} {e}")))
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
        assert!(
            id("CLIENT", "nul")
                .unwrap_err()
                .to_string()
                .contains("device name on Windows")
        );
        assert!(text("--summary", "  ").is_err());
    }
}
