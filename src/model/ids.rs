//! Id newtypes and the id rules of rules §1.
//!
//! Client and member ids become file names, so an id that could escape the
//! records folder is rejected here before anything builds a path from it,
//! and so is a Windows device name (`con`, `nul`, `com1` …): `con.toml`
//! cannot be created or opened on Windows.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

use super::IdText;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
        #[serde(transparent)]
        pub(crate) struct $name(pub IdText);

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                self.0.as_str()
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                self.0.as_str()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.0.as_str())
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(IdText::from(s))
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                $name(IdText::from(s))
            }
        }
    };
}

id_type!(
    /// A client id: the stem of `clients/<id>.toml`.
    ClientId
);
id_type!(
    /// A member id: as in `team.toml`, and the stem of a month file.
    MemberId
);

/// `^[a-z0-9][a-z0-9-]{0,63}$`, and not a Windows device name: client and
/// member ids.
pub(crate) fn is_client_id(s: &str) -> bool {
    id_problem(s).is_none()
}

/// Whether `s` only has the shape of a client or member id.
fn client_id_shape(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

/// The device names Windows reserves in every folder, with any extension:
/// a file `con.toml` or `lpt1.toml` cannot be made there.
pub(crate) const DEVICE_NAMES: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Whether `s` is a Windows device name, in any case.
pub(crate) fn is_device_name(s: &str) -> bool {
    DEVICE_NAMES.iter().any(|d| d.eq_ignore_ascii_case(s))
}

/// `^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`: deal, complaint, session, meeting ids.
pub(crate) fn is_entry_id(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && b[0].is_ascii_alphanumeric()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-'))
        && !s.contains("..")
}

/// Why a string cannot be a client or member id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum IdProblem {
    /// It could name a path outside the records folder (`..`, `/`, `\`, NUL).
    Escapes,
    /// It breaks the pattern `^[a-z0-9][a-z0-9-]{0,63}$`.
    Pattern,
    /// It is a Windows device name ([`DEVICE_NAMES`]).
    DeviceName,
}

/// Why `s` cannot be a client or member id, if it cannot.
pub(crate) fn id_problem(s: &str) -> Option<IdProblem> {
    if s.contains("..") || s.contains(['/', '\\', '\0']) {
        Some(IdProblem::Escapes)
    } else if !client_id_shape(s) {
        Some(IdProblem::Pattern)
    } else if is_device_name(s) {
        Some(IdProblem::DeviceName)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_ids() {
        assert!(is_client_id("hd-electronics"));
        assert!(is_client_id("0a"));
        assert!(!is_client_id("-a"));
        assert!(!is_client_id("A"));
        assert!(!is_client_id(""));
        assert!(!is_client_id(&"a".repeat(65)));
        assert!(is_client_id(&"a".repeat(64)));
        assert!(!is_client_id("華東"));
    }

    #[test]
    fn entry_ids() {
        assert!(is_entry_id("D-2026-014"));
        assert!(is_entry_id("T_1.2"));
        assert!(!is_entry_id(".x"));
        assert!(!is_entry_id("a/b"));
        assert!(!is_entry_id("a..b"));
    }

    #[test]
    fn escaping_ids() {
        assert_eq!(id_problem("../etc"), Some(IdProblem::Escapes));
        assert_eq!(id_problem("a/b"), Some(IdProblem::Escapes));
        assert_eq!(id_problem("a\\b"), Some(IdProblem::Escapes));
        assert_eq!(id_problem("a\0"), Some(IdProblem::Escapes));
        assert_eq!(id_problem("Abc"), Some(IdProblem::Pattern));
        assert_eq!(id_problem("abc"), None);
    }

    #[test]
    fn windows_device_names_are_no_ids() {
        for name in ["con", "prn", "aux", "nul", "com1", "com9", "lpt1", "lpt9"] {
            assert_eq!(id_problem(name), Some(IdProblem::DeviceName), "{name}");
            assert!(!is_client_id(name));
        }
        for name in ["com", "com0", "com10", "lpt", "console", "con-1", "nul2"] {
            assert_eq!(id_problem(name), None, "{name}");
        }
        assert!(is_device_name("CON"));
    }
}
