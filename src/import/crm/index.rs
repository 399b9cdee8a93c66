//! The accounts by name key, in key order: each key's text in one buffer
//! and, for each, its account's place in `Crm::accounts` (12 bytes an
//! account where a map of owned keys took some 100). A key is found by a
//! binary search; an account listed twice is an error, the last one kept.

use super::super::problems::Problems;
use super::super::text::name_key;
use super::read::Account;
use crate::diagnostic::codes;
use crate::msg;

/// The accounts by name key.
#[derive(Debug, Default)]
pub(crate) struct Index {
    keys: String,
    /// The key's start and end in `keys`, and the account's place; sorted
    /// by key.
    entries: Vec<(u32, u32, u32)>,
}

impl Index {
    /// The index of `accounts` (one listed twice is an error).
    pub(crate) fn new(accounts: &[Account], p: &mut Problems) -> Index {
        let mut keys = String::new();
        let mut entries = Vec::with_capacity(accounts.len());
        for (i, a) in accounts.iter().enumerate() {
            let start = keys.len();
            keys.push_str(&name_key(a.name()));
            let (Ok(s), Ok(e), Ok(i)) = (
                u32::try_from(start),
                u32::try_from(keys.len()),
                u32::try_from(i),
            ) else {
                keys.truncate(start);
                continue;
            };
            entries.push((s, e, i));
        }
        let text = |k: &(u32, u32, u32)| keys.get(k.0 as usize..k.1 as usize).unwrap_or("");
        // stable: the accounts of one key stay in their order
        entries.sort_by(|a, b| text(a).cmp(text(b)));
        let mut twice: Vec<u32> = entries
            .windows(2)
            .filter(|w| w.first().map(text) == w.get(1).map(text))
            .filter_map(|w| w.get(1).map(|e| e.2))
            .collect();
        twice.sort_unstable();
        for i in twice {
            if let Some(a) = accounts.get(i as usize) {
                p.error(
                    codes::IMPORT_VALUE,
                    "import-kind-twice",
                    a.name_at(),
                    msg!("import-account-twice", account = a.name()),
                );
            }
        }
        // the last of a key is kept
        let mut kept: Vec<(u32, u32, u32)> = Vec::with_capacity(entries.len());
        for e in entries {
            match kept.last_mut() {
                Some(last) if text(last) == text(&e) => *last = e,
                _ => kept.push(e),
            }
        }
        kept.shrink_to_fit();
        keys.shrink_to_fit();
        Index {
            keys,
            entries: kept,
        }
    }

    /// How many keys.
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    fn key(&self, e: &(u32, u32, u32)) -> &str {
        self.keys.get(e.0 as usize..e.1 as usize).unwrap_or("")
    }

    /// The position of `key` in key order.
    pub(crate) fn find(&self, key: &str) -> Option<usize> {
        self.entries.binary_search_by(|e| self.key(e).cmp(key)).ok()
    }

    /// The account's place in `Crm::accounts` of each key, in key order.
    pub(crate) fn places(&self) -> impl Iterator<Item = usize> + '_ {
        self.entries.iter().map(|e| e.2 as usize)
    }

    /// The account's place of the key at `pos`.
    pub(crate) fn place(&self, pos: usize) -> Option<usize> {
        self.entries.get(pos).map(|e| e.2 as usize)
    }
}
