//! The one error every command returns, and what a command's run ends in.
//!
//! Commands never print `error: …` nor choose an exit code: they return an
//! [`Outcome`], and `crate::run` alone prints the error (once, its causes
//! joined without repeating one) and turns it into 0, 1 or 2. This module
//! owns that mapping, and the lines a command prints on stderr while it
//! goes on ([`warn`], [`note`], [`file_error`]), so the words before them
//! are written in one place.

use std::fmt::Write as _;

use crate::t;

/// Why a command stopped.
#[derive(Debug)]
pub(crate) enum Error {
    /// The command line is wrong (exit 2).
    Usage(String),
    /// A write or an import was refused; nothing was written (exit 1).
    Refused(String),
    /// The records have `count` errors, already listed on stderr: no report
    /// (exit 1).
    RecordErrors { count: usize },
    /// Anything else that stops the run: a folder not found, a file that
    /// cannot be read or saved (exit 1).
    Failed(anyhow::Error),
}

/// How a command that ran to its end went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Status {
    /// Exit 0.
    Success,
    /// Exit 1 with no error line: `--fail-on` held, `check` found errors,
    /// `fmt --check` found files to format.
    Failure,
}

impl Status {
    /// [`Status::Failure`] when `failed`.
    pub(crate) fn failure_if(failed: bool) -> Status {
        if failed {
            Status::Failure
        } else {
            Status::Success
        }
    }
}

/// What a command returns.
pub(crate) type Outcome = Result<Status, Error>;

impl Error {
    /// A usage error (exit 2).
    pub(crate) fn usage(message: impl Into<String>) -> Error {
        Error::Usage(message.into())
    }

    /// A refusal (exit 1).
    pub(crate) fn refused(message: impl Into<String>) -> Error {
        Error::Refused(message.into())
    }

    /// The exit code this error means.
    pub(crate) fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) => 2,
            _ => 1,
        }
    }

    /// Whether this is stdout closed under us (`clientele … | head`):
    /// not an error at all.
    pub(crate) fn is_broken_pipe(&self) -> bool {
        match self {
            Error::Failed(e) => e
                .chain()
                .filter_map(|c| c.downcast_ref::<std::io::Error>())
                .any(|io| io.kind() == std::io::ErrorKind::BrokenPipe),
            _ => false,
        }
    }

    /// The text to print on stderr, without the trailing newline.
    pub(crate) fn message(&self) -> String {
        match self {
            Error::RecordErrors { .. } => self.text(),
            _ => format!("error: {}", self.text()),
        }
    }

    /// What went wrong, without the `error:` word before it.
    pub(crate) fn text(&self) -> String {
        match self {
            Error::Usage(m) | Error::Refused(m) => m.clone(),
            Error::RecordErrors { count } => t!("record-errors", n = *count),
            Error::Failed(e) => chain(e),
        }
    }
}

/// A warning on stderr while the command goes on (its own error is
/// `crate::run`'s to print). The word `warning:` stays English in every
/// language: scripts look for it.
pub(crate) fn warn(text: impl std::fmt::Display) {
    eprintln!("warning: {text}");
}

/// A note on stderr: something done on the side that the user should know.
pub(crate) fn note(text: impl std::fmt::Display) {
    eprintln!("note: {text}");
}

/// A problem with one file while the run goes on to the others
/// (`path: error: why`); the command's exit code says it failed.
pub(crate) fn file_error(path: impl std::fmt::Display, why: impl std::fmt::Display) {
    eprintln!("{path}: error: {why}");
}

/// An error and its causes joined by `: `, leaving out a cause whose text
/// its parent already holds (an OS error is printed once).
fn chain(e: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in e.chain() {
        let part = cause.to_string();
        if text.contains(&part) {
            continue;
        }
        if !text.is_empty() {
            text.push_str(": ");
        }
        let _ = write!(text, "{part}");
    }
    text
}

impl From<anyhow::Error> for Error {
    fn from(e: anyhow::Error) -> Error {
        Error::Failed(e)
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        Error::Failed(e.into())
    }
}

impl From<crate::load::LoadError> for Error {
    fn from(e: crate::load::LoadError) -> Error {
        Error::Failed(e.into())
    }
}

impl From<crate::write::WriteError> for Error {
    fn from(e: crate::write::WriteError) -> Error {
        match e {
            crate::write::WriteError::Refused(m) => Error::Refused(m),
            other => Error::Failed(other.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_os_error_is_printed_once() {
        let io = std::io::Error::other("Is a directory (os error 21)");
        let e = crate::write::WriteError::Io {
            what: "read",
            path: "a/b.toml".into(),
            source: io,
        };
        assert_eq!(
            Error::from(e).message(),
            "error: cannot read a/b.toml: Is a directory (os error 21)"
        );
    }

    /// tempfile's error: `… at path P`, whose source is the OS error.
    #[derive(Debug)]
    struct AtPath(std::io::Error);

    impl std::fmt::Display for AtPath {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "{} at path \"/r/.tmp1\"", self.0)
        }
    }

    impl std::error::Error for AtPath {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            Some(&self.0)
        }
    }

    #[test]
    fn a_nested_os_error_and_its_path_are_printed_once() {
        let os = std::io::Error::from_raw_os_error(13);
        let io = std::io::Error::new(std::io::ErrorKind::PermissionDenied, AtPath(os));
        let e = crate::write::WriteError::Io {
            what: "create a temporary file in",
            path: "/r".into(),
            source: io,
        };
        let text = Error::from(e).message();
        assert_eq!(text.matches("at path").count(), 1, "{text}");
        assert_eq!(text.matches("os error 13").count(), 1, "{text}");
    }

    #[test]
    fn exit_codes() {
        assert_eq!(Error::usage("x").exit_code(), 2);
        assert_eq!(Error::refused("x").exit_code(), 1);
        assert_eq!(Error::RecordErrors { count: 2 }.exit_code(), 1);
    }

    #[test]
    fn the_record_errors_line_counts_in_the_language() {
        let line = |count| Error::RecordErrors { count }.message();
        assert!(line(1).starts_with("1 error: no report"), "{}", line(1));
        assert!(line(2).starts_with("2 errors: no report"), "{}", line(2));
        let zh = crate::i18n::with_lang(crate::i18n::Lang::ZhHant, || line(1));
        assert!(zh.starts_with("1 個錯誤：不產生報表"), "{zh}");
    }

    #[test]
    fn refusals_follow_the_language() {
        use crate::i18n::{Lang, with_lang};
        let no_client = || Error::refused(t!("refuse-no-client", id = "acme")).message();
        assert_eq!(no_client(), "error: no client `acme` in clients/");
        assert_eq!(
            with_lang(Lang::ZhHant, no_client),
            "error: clients/ 中沒有客戶 `acme`"
        );
        assert_eq!(
            with_lang(Lang::ZhHans, no_client),
            "error: clients/ 中没有客户 `acme`"
        );
    }
}
