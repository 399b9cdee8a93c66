//! The values of the quick proof (`quick.rs`): a value is printed as it
//! is written unless it is a literal or multi-line string, a quoted date
//! under a date key, or an inline table whose keys the canonical form
//! would reorder; arrays and inline tables are read on their one line.

use crate::write::canon::{Canon, DATE_KEYS, DATETIME_KEYS};
use crate::write::schema::{keys, rank};

/// Whether the value `v` of `key` (at `path`, the key last) is printed as
/// it is written.
pub(super) fn value_ok(c: &Canon, path: &[&str], key: &str, v: &str) -> Option<()> {
    let mut s = Scan { rest: v };
    s.value(c, path, key)?;
    s.rest.is_empty().then_some(())
}

/// Where a number, boolean, date or time written at the start of `s` ends.
fn scalar_end(s: &str) -> usize {
    s.find(|ch: char| !(ch.is_ascii_alphanumeric() || "+-.:_".contains(ch)))
        .unwrap_or(s.len())
}

/// A value being read, from the left.
struct Scan<'a> {
    rest: &'a str,
}

impl<'a> Scan<'a> {
    fn eat(&mut self, prefix: char) -> bool {
        match self.rest.strip_prefix(prefix) {
            Some(r) => {
                self.rest = r;
                true
            }
            None => false,
        }
    }

    fn spaces(&mut self) {
        self.rest = self.rest.trim_start_matches(' ');
    }

    fn value(&mut self, c: &Canon, path: &[&str], key: &str) -> Option<()> {
        if self.eat('"') {
            let s = self.string()?;
            let date = DATE_KEYS.contains(&key) && crate::values::date(s).is_ok();
            let moment = DATETIME_KEYS.contains(&key) && crate::values::datetime(s).is_ok();
            let unsure =
                (DATE_KEYS.contains(&key) || DATETIME_KEYS.contains(&key)) && s.contains('\\');
            return (!date && !moment && !unsure).then_some(());
        }
        if self.eat('[') {
            return self.list(c, path);
        }
        if self.eat('{') {
            return self.inline(c, path);
        }
        let end = scalar_end(self.rest);
        // a date-time written with a space runs on to its time
        let end = match self.rest[end..].strip_prefix(' ') {
            Some(t) if end == 10 && t.starts_with(|ch: char| ch.is_ascii_digit()) => {
                end + 1 + scalar_end(t)
            }
            _ => end,
        };
        (end > 0).then(|| self.rest = &self.rest[end..])
    }

    /// A basic string after its opening quote: its raw content.
    fn string(&mut self) -> Option<&'a str> {
        let bytes = self.rest.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\\' => i += 2,
                b'"' => {
                    let s = &self.rest[..i];
                    self.rest = &self.rest[i + 1..];
                    return Some(s);
                }
                _ => i += 1,
            }
        }
        None
    }

    /// An array after its `[`: strings, scalars and arrays, one line.
    fn list(&mut self, c: &Canon, path: &[&str]) -> Option<()> {
        loop {
            self.spaces();
            if self.eat(']') {
                return Some(());
            }
            if self.rest.starts_with('{') {
                return None;
            }
            self.value(c, path, "")?;
            self.spaces();
            if !self.eat(',') {
                self.spaces();
                return self.eat(']').then_some(());
            }
        }
    }

    /// An inline table after its `{`: bare keys in the schema's order.
    fn inline(&mut self, c: &Canon, path: &[&str]) -> Option<()> {
        let order = keys(c.kind, path);
        let mut last = 0;
        loop {
            self.spaces();
            if self.eat('}') {
                return Some(());
            }
            let end = self
                .rest
                .find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '_' || ch == '-'))?;
            let key = &self.rest[..end];
            self.rest = &self.rest[end..];
            let r = rank(order, key);
            if key.is_empty() || r < last {
                return None;
            }
            last = r;
            self.spaces();
            if !self.eat('=') {
                return None;
            }
            self.spaces();
            let mut sub = path.to_vec();
            sub.push(key);
            self.value(c, &sub, key)?;
            self.spaces();
            if !self.eat(',') {
                self.spaces();
                return self.eat('}').then_some(());
            }
        }
    }
}
