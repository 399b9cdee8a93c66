//! Id newtypes and the id rules of SPEC section 1.
//!
//! Client and member ids become file names, so an id that could escape the
//! records folder is rejected here before anything builds a path from it.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_string())
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

/// `^[a-z0-9][a-z0-9-]{0,63}$`: client and member ids.
pub fn is_client_id(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

/// `^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`: deal, complaint, session, meeting ids.
pub fn is_entry_id(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && b[0].is_ascii_alphanumeric()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-'))
        && !s.contains("..")
}

/// Why `s` cannot be a client or member id, if it cannot: `Some(true)` when
/// it could escape the records folder, `Some(false)` when it only breaks the
/// pattern, `None` when it is fine.
pub fn id_problem(s: &str) -> Option<bool> {
    if s.contains("..") || s.contains(['/', '\\', '\0']) {
        Some(true)
    } else if is_client_id(s) {
        None
    } else {
        Some(false)
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
        assert_eq!(id_problem("../etc"), Some(true));
        assert_eq!(id_problem("a/b"), Some(true));
        assert_eq!(id_problem("a\\b"), Some(true));
        assert_eq!(id_problem("a\0"), Some(true));
        assert_eq!(id_problem("Abc"), Some(false));
        assert_eq!(id_problem("abc"), None);
    }
}
