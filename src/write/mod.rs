//! Writing records: edit a TOML document in place (toml_edit), re-check the
//! new text, save atomically under a sidecar lock.
//!
//! A write flows: [`Txn::begin`] takes the folder's lock and reads the
//! settings and the team → the command reads the one file it changes
//! ([`Txn::read`]), parses it into an [`EditDoc`], appends an entry
//! ([`entry::append`]) or sets values ([`entry::set`]) → [`Txn::stage`] the
//! new text → [`Txn::check`] re-parses the staged text with the project's
//! loader together with the few files the checks need and compares the
//! errors with those before the change → [`Txn::commit`] saves every
//! staged file atomically. [`save_checked`] is that end (check, refuse or
//! save) for every write command ([`run`], the [`Session`]) and `import`. Nothing here decides what a command means; the
//! commands in `crate::cmd` build the entries.
//!
//! A write of many new files (an import) keeps them on disk as they are
//! made ([`spill`]) and re-checks them a batch at a time; a large file's
//! original text is let go while its new one is checked (`txn::large`).
//!
//! `canon` is the canonical form of rules §5 (`clientele fmt`); it
//! shares the key orders of [`schema`].

pub(crate) mod atomic;
mod boundary;
pub(crate) mod canon;
pub(crate) mod doc;
pub(crate) mod endings;
pub(crate) mod entry;
mod faults;
pub(crate) mod input;
pub(crate) mod journal;
pub(crate) mod lock;
pub(crate) mod ordered;
pub(crate) mod same_records;
pub(crate) mod schema;
pub(crate) mod session;
pub(crate) mod spill;
pub(crate) mod txn;
pub(crate) mod value;

pub(crate) use doc::EditDoc;
pub(crate) use session::{Session, client_file, entry_mut, month_file, run, save_checked};
#[cfg(test)]
pub(crate) use session::{test_ctx, test_folder};
pub(crate) use txn::{Checked, Txn};

/// What stops a write. Every variant leaves the records untouched.
#[derive(Debug, thiserror::Error)]
pub(crate) enum WriteError {
    /// The input breaks a rule; the message says which and how to fix it.
    #[error("{0}")]
    Refused(String),
    #[error("cannot {what} {}: {source}", path.display())]
    Io {
        what: &'static str,
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Load(#[from] crate::load::LoadError),
}

impl WriteError {
    pub(crate) fn refused(message: impl Into<String>) -> WriteError {
        WriteError::Refused(message.into())
    }
}

/// The error of an I/O step of a write (`cannot <what> <path>: …`), for
/// `map_err`.
pub(crate) fn io(
    what: &'static str,
    path: &std::path::Path,
) -> impl FnOnce(std::io::Error) -> WriteError + use<> {
    let path = path.to_path_buf();
    move |source| WriteError::Io { what, path, source }
}
