//! A compact binary form for the cache: the [`Codec`] trait and its forms
//! for numbers (LEB128 varints), strings (length and UTF-8 bytes),
//! options, lists, dates, spans and diagnostics; the records' own types
//! are in `model`. A span's file is not stored: it is the file being read
//! ([`Reader::file`]), whose number may differ from one load to the next.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, OnceLock, PoisonError};

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

use crate::diagnostic::{FileId, Span};

/// Reads values back from bytes written by [`Codec::put`].
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    /// The file the values come from: every span read points into it.
    pub(crate) file: FileId,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8], file: FileId) -> Reader<'a> {
        Reader { bytes, file }
    }

    /// How many bytes are left to read.
    pub(crate) fn rest(&self) -> usize {
        self.bytes.len()
    }

    /// Whether every byte was read.
    pub(crate) fn is_done(&self) -> bool {
        self.bytes.is_empty()
    }

    pub(crate) fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = self.bytes.split_at_checked(n)?;
        self.bytes = rest;
        Some(head)
    }

    fn byte(&mut self) -> Option<u8> {
        self.take(1).map(|b| b[0])
    }
}

/// A value that can be written to and read back from the cache.
pub(crate) trait Codec: Sized {
    fn put(&self, out: &mut Vec<u8>);
    fn get(r: &mut Reader<'_>) -> Option<Self>;
}

impl Codec for u64 {
    fn put(&self, out: &mut Vec<u8>) {
        let mut v = *self;
        while v >= 0x80 {
            out.push((v as u8) | 0x80);
            v >>= 7;
        }
        out.push(v as u8);
    }
    fn get(r: &mut Reader<'_>) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = r.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(v);
            }
        }
        None
    }
}

impl Codec for i64 {
    fn put(&self, out: &mut Vec<u8>) {
        (((*self << 1) ^ (*self >> 63)) as u64).put(out);
    }
    fn get(r: &mut Reader<'_>) -> Option<i64> {
        let v = u64::get(r)?;
        Some(((v >> 1) as i64) ^ -((v & 1) as i64))
    }
}

/// Small numbers through the varint of `u64` / `i64`.
macro_rules! via {
    ($($ty:ty => $wide:ty),*) => {$(
        impl Codec for $ty {
            fn put(&self, out: &mut Vec<u8>) {
                <$wide>::from(*self).put(out);
            }
            fn get(r: &mut Reader<'_>) -> Option<$ty> {
                <$ty>::try_from(<$wide>::get(r)?).ok()
            }
        }
    )*};
}
via!(u32 => u64, i32 => i64, u8 => u64);

impl Codec for usize {
    fn put(&self, out: &mut Vec<u8>) {
        (*self as u64).put(out);
    }
    fn get(r: &mut Reader<'_>) -> Option<usize> {
        usize::try_from(u64::get(r)?).ok()
    }
}

impl Codec for bool {
    fn put(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn get(r: &mut Reader<'_>) -> Option<bool> {
        match r.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl Codec for f64 {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn get(r: &mut Reader<'_>) -> Option<f64> {
        Some(f64::from_le_bytes(r.take(8)?.try_into().ok()?))
    }
}

impl Codec for String {
    fn put(&self, out: &mut Vec<u8>) {
        self.len().put(out);
        out.extend_from_slice(self.as_bytes());
    }
    fn get(r: &mut Reader<'_>) -> Option<String> {
        let n = usize::get(r)?;
        std::str::from_utf8(r.take(n)?).ok().map(str::to_string)
    }
}

impl Codec for Box<str> {
    fn put(&self, out: &mut Vec<u8>) {
        self.len().put(out);
        out.extend_from_slice(self.as_bytes());
    }
    fn get(r: &mut Reader<'_>) -> Option<Box<str>> {
        let n = usize::get(r)?;
        std::str::from_utf8(r.take(n)?).ok().map(Box::from)
    }
}

impl<T: Codec> Codec for Option<T> {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(v) => {
                out.push(1);
                v.put(out);
            }
        }
    }
    fn get(r: &mut Reader<'_>) -> Option<Option<T>> {
        match r.byte()? {
            0 => Some(None),
            1 => T::get(r).map(Some),
            _ => None,
        }
    }
}

impl<T: Codec> Codec for Vec<T> {
    fn put(&self, out: &mut Vec<u8>) {
        self.len().put(out);
        self.iter().for_each(|v| v.put(out));
    }
    fn get(r: &mut Reader<'_>) -> Option<Vec<T>> {
        let n = usize::get(r)?;
        // never trust a count for more room than the bytes left could fill
        let mut v = Vec::with_capacity(n.min(r.bytes.len()));
        for _ in 0..n {
            v.push(T::get(r)?);
        }
        Some(v)
    }
}

/// A name the program holds as `&'static str` (a field, a code): each
/// distinct name read is kept once for the life of the process.
fn intern(name: &str) -> &'static str {
    thread_local! {
        static LOCAL: RefCell<HashMap<String, &'static str>> = RefCell::new(HashMap::new());
    }
    static ALL: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    if let Some(s) = LOCAL.with(|l| l.borrow().get(name).copied()) {
        return s;
    }
    let all = ALL.get_or_init(|| Mutex::new(HashSet::new()));
    let mut all = all.lock().unwrap_or_else(PoisonError::into_inner);
    let s = match all.get(name) {
        Some(s) => *s,
        None => {
            let s: &'static str = Box::leak(name.to_string().into_boxed_str());
            all.insert(s);
            s
        }
    };
    LOCAL.with(|l| l.borrow_mut().insert(name.to_string(), s));
    s
}

impl Codec for &'static str {
    fn put(&self, out: &mut Vec<u8>) {
        self.len().put(out);
        out.extend_from_slice(self.as_bytes());
    }
    fn get(r: &mut Reader<'_>) -> Option<&'static str> {
        let n = usize::get(r)?;
        std::str::from_utf8(r.take(n)?).ok().map(intern)
    }
}

impl Codec for NaiveDate {
    fn put(&self, out: &mut Vec<u8>) {
        self.num_days_from_ce().put(out);
    }
    fn get(r: &mut Reader<'_>) -> Option<NaiveDate> {
        NaiveDate::from_num_days_from_ce_opt(i32::get(r)?)
    }
}

impl Codec for NaiveTime {
    fn put(&self, out: &mut Vec<u8>) {
        self.num_seconds_from_midnight().put(out);
        self.nanosecond().put(out);
    }
    fn get(r: &mut Reader<'_>) -> Option<NaiveTime> {
        NaiveTime::from_num_seconds_from_midnight_opt(u32::get(r)?, u32::get(r)?)
    }
}

impl Codec for NaiveDateTime {
    fn put(&self, out: &mut Vec<u8>) {
        self.date().put(out);
        self.time().put(out);
    }
    fn get(r: &mut Reader<'_>) -> Option<NaiveDateTime> {
        Some(NaiveDateTime::new(NaiveDate::get(r)?, NaiveTime::get(r)?))
    }
}

impl Codec for FileId {
    fn put(&self, _: &mut Vec<u8>) {}
    fn get(r: &mut Reader<'_>) -> Option<FileId> {
        Some(r.file)
    }
}

impl Codec for Span {
    fn put(&self, out: &mut Vec<u8>) {
        self.start.put(out);
        self.end.put(out);
    }
    fn get(r: &mut Reader<'_>) -> Option<Span> {
        Some(Span {
            file: r.file,
            start: u32::get(r)?,
            end: u32::get(r)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round<T: Codec + std::fmt::Debug + PartialEq>(v: T) {
        let mut out = Vec::new();
        v.put(&mut out);
        let mut r = Reader::new(&out, FileId(7));
        assert_eq!(T::get(&mut r), Some(v));
        assert!(r.is_done());
    }

    #[test]
    fn values_read_back_as_written() {
        round(0u64);
        round(u64::MAX);
        round(i64::MIN);
        round(-3i64);
        round(1.5f64);
        round(Some("華東".to_string()));
        round(vec![true, false]);
        round(NaiveDate::from_ymd_opt(2026, 11, 20));
        round(Span {
            file: FileId(7),
            start: 3,
            end: 9,
        });
    }

    #[test]
    fn truncated_or_wrong_bytes_read_as_none() {
        let mut out = Vec::new();
        "a long enough string".to_string().put(&mut out);
        let mut r = Reader::new(&out[..out.len() - 1], FileId(0));
        assert_eq!(String::get(&mut r), None);
        let mut r = Reader::new(&[2], FileId(0));
        assert_eq!(bool::get(&mut r), None);
        // a count far beyond the bytes left
        let mut r = Reader::new(&[0xff, 0xff, 0x7f], FileId(0));
        assert_eq!(Vec::<u64>::get(&mut r), None);
    }

    #[test]
    fn spans_read_back_with_known_and_unknown_field_names() {
        let at = |start, end| Span {
            file: FileId(3),
            start,
            end,
        };
        let mut spans = crate::model::Spans::new(at(10, 90));
        spans.set("client", at(20, 28));
        spans.set("not-a-known-field", at(30, 31));
        let mut out = Vec::new();
        spans.put(&mut out);
        let mut r = Reader::new(&out, FileId(3));
        let back = crate::model::Spans::get(&mut r).unwrap();
        assert!(r.is_done());
        assert_eq!(back.of("client"), at(20, 28));
        assert_eq!(back.of("not-a-known-field"), at(30, 31));
        assert_eq!(back.of("summary"), at(10, 90));
        // read as another file, the spans point into it
        let mut r = Reader::new(&out, FileId(8));
        let again = crate::model::Spans::get(&mut r).unwrap();
        assert_eq!(again.of("client").file, FileId(8));
    }
}
