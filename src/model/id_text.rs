//! [`IdText`]: the text of a client or member id, kept inside the value
//! when it is short (almost every id) instead of in an allocation of its
//! own. A large folder holds a client id in each of its hundreds of
//! thousands of interactions.
//!
//! It behaves as the `str` it holds: compared, ordered and hashed as that
//! `str` (so a map keyed by ids is looked up by `&str`), shown as it.

use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

/// The longest id kept inline, in bytes.
const INLINE: usize = 14;

/// An id's text (see the module doc). 16 bytes, where a `String` takes 24
/// and an allocation.
#[derive(Clone)]
pub(crate) struct IdText(Repr);

#[derive(Clone)]
enum Repr {
    /// Length and bytes (a whole `str` of at most [`INLINE`] bytes).
    Inline(u8, [u8; INLINE]),
    /// A longer id.
    Heap(Box<Box<str>>),
}

impl IdText {
    pub(crate) fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Inline(len, bytes) => {
                let bytes = bytes.get(..usize::from(*len)).unwrap_or_default();
                // always whole: the bytes of a `str` of at most INLINE bytes
                std::str::from_utf8(bytes).unwrap_or_default()
            }
            Repr::Heap(s) => s,
        }
    }
}

impl From<&str> for IdText {
    fn from(s: &str) -> IdText {
        match u8::try_from(s.len()) {
            Ok(len) if s.len() <= INLINE => {
                let mut bytes = [0; INLINE];
                bytes[..s.len()].copy_from_slice(s.as_bytes());
                IdText(Repr::Inline(len, bytes))
            }
            _ => IdText(Repr::Heap(Box::new(Box::from(s)))),
        }
    }
}

impl From<String> for IdText {
    fn from(s: String) -> IdText {
        IdText::from(s.as_str())
    }
}

impl From<IdText> for String {
    fn from(id: IdText) -> String {
        id.as_str().to_string()
    }
}

impl Default for IdText {
    fn default() -> IdText {
        IdText::from("")
    }
}

impl Deref for IdText {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for IdText {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for IdText {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for IdText {
    fn eq(&self, other: &IdText) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for IdText {}

impl PartialEq<str> for IdText {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for IdText {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialOrd for IdText {
    fn partial_cmp(&self, other: &IdText) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for IdText {
    fn cmp(&self, other: &IdText) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for IdText {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl fmt::Debug for IdText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for IdText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for IdText {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn short_and_long_ids_read_back_and_behave_as_their_text() {
        assert_eq!(std::mem::size_of::<IdText>(), 16);
        for s in [
            "",
            "a",
            "c00115",
            "hd-electronics",
            "hd-electronics-1",
            &"x".repeat(64),
        ] {
            let id = IdText::from(s);
            assert_eq!(id.as_str(), s);
            assert_eq!(id, IdText::from(s.to_string()));
            assert_eq!(format!("{id}"), s);
            assert_eq!(format!("{id:?}"), format!("{s:?}"));
            let map: HashMap<IdText, usize> = [(id.clone(), 1)].into();
            assert_eq!(map.get(s), Some(&1));
        }
        let mut ids: Vec<IdText> = ["b", "a-very-long-client-id", "a"].map(IdText::from).into();
        ids.sort();
        assert_eq!(
            ids.iter().map(|i| i.as_str()).collect::<Vec<_>>(),
            ["a", "a-very-long-client-id", "b"]
        );
    }
}
