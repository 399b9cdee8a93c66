//! `Fields`: reads one TOML table into typed values, collecting problems.
//!
//! Every getter records the value's span, reports a wrong type, a missing
//! required field or a badly formed value as a diagnostic and returns
//! `None`, so one file yields all its problems in one pass; `finish` then
//! reports the keys nobody asked for (unknown fields), except `extra`.

use std::ops::Range;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::values::{control_warning, number, parse_hhmm, to_date, to_datetime, type_name};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::codes;
use crate::diagnostic::{Arg, Diagnostic, FileId, Msg, Span};
use crate::model::{Spans, YearMonth, spans};
use crate::msg;

mod lists;
#[cfg(test)]
mod tests;
mod unknown;

/// A reader over one table of a file.
pub(crate) struct Fields<'a, 'i> {
    file: FileId,
    what: &'static str,
    table: &'a DeTable<'i>,
    /// Every field asked for so far: name and byte range of its value,
    /// [`ABSENT`] when the table has none (only the spans of
    /// [`crate::model::spans::KEPT`] outlive the reading).
    used: Vec<(&'static str, u32, u32)>,
    /// The value [`Fields::require`] just found, for the getter it runs.
    found: Option<(&'static str, &'a Spanned<DeValue<'i>>)>,
    /// The entry's span.
    entry: Span,
    pub(crate) diags: Vec<Diagnostic>,
}

impl<'a, 'i> Fields<'a, 'i> {
    /// `what` names the entry in messages: a table header shown as
    /// written (`[[deal]]`), or the catalog id of a phrase
    /// (`diag-word-client`), shown translated.
    pub(crate) fn new(
        file: FileId,
        what: &'static str,
        table: &'a DeTable<'i>,
        span: Range<usize>,
    ) -> Self {
        Fields {
            file,
            what,
            table,
            used: Vec::with_capacity(table.len().max(16)),
            found: None,
            entry: Span::new(file, span),
            diags: Vec::new(),
        }
    }

    pub(crate) fn span(&self, range: Range<usize>) -> Span {
        Span::new(self.file, range)
    }

    pub(crate) fn entry_span(&self) -> Span {
        self.entry
    }

    /// The span of a field read so far, else of the table.
    pub(crate) fn span_of(&self, key: &str) -> Span {
        self.used
            .iter()
            .find(|&&(name, start, _)| name == key && start != ABSENT)
            .map_or(self.entry, |&(_, start, end)| Span {
                file: self.file,
                start,
                end,
            })
    }

    pub(crate) fn file(&self) -> FileId {
        self.file
    }

    /// Whether the table has `key` at all.
    pub(crate) fn has(&self, key: &str) -> bool {
        self.table.get(key).is_some()
    }

    /// Looks a key up and marks it as known.
    pub(crate) fn raw(&mut self, key: &'static str) -> Option<&'a Spanned<DeValue<'i>>> {
        let found = match self.found.take() {
            Some((k, v)) if std::ptr::eq(k, key) => Some(v),
            _ => self.table.get(key),
        };
        let Some(value) = found else {
            self.used.push((key, ABSENT, ABSENT));
            return None;
        };
        let span = Span::new(self.file, value.span());
        self.used.push((key, span.start, span.end));
        Some(value)
    }

    /// What this table is, as an argument of a message.
    fn what(&self) -> Arg {
        if self.what.starts_with("diag-") {
            Msg::new(self.what).into()
        } else {
            self.what.into()
        }
    }

    /// Reports a missing required field; `why` says why it is required.
    pub(crate) fn missing(&mut self, key: &str, why: Option<Msg>) {
        let what = self.what();
        let message = match why {
            None => msg!("diag-missing-field", key = key, what = what),
            Some(why) => msg!("diag-missing-field-why", key = key, what = what, why = why),
        };
        let d = Diagnostic::error(codes::MISSING_FIELD, self.entry, message);
        self.diags.push(d);
    }

    /// `expected`: the catalog id of the type's phrase (`diag-word-string`).
    fn wrong_type(&mut self, key: &str, value: &Spanned<DeValue<'_>>, expected: &'static str) {
        let d = Diagnostic::error(
            codes::WRONG_TYPE,
            Span::new(self.file, value.span()),
            msg!(
                "diag-wrong-type",
                key = key,
                expected = Msg::new(expected),
                found = Msg::new(type_name(value.get_ref())),
            ),
        );
        self.diags.push(d);
    }

    /// Reports a problem with a field's value (`code` from `codes`).
    pub(crate) fn error_at(&mut self, key: &'static str, code: &'static str, message: Msg) {
        let span = self.span_of(key);
        self.diags.push(Diagnostic::error(code, span, message));
    }

    /// Reports a warning about a field's value.
    pub(crate) fn warn_at(&mut self, key: &'static str, code: &'static str, message: Msg) {
        let span = self.span_of(key);
        self.diags.push(Diagnostic::warning(code, span, message));
    }

    pub(crate) fn str(&mut self, key: &'static str) -> Option<String> {
        let v = self.raw(key)?;
        match v.get_ref() {
            DeValue::String(s) => {
                self.diags
                    .extend(control_warning(key, Span::new(self.file, v.span()), s));
                Some(s.to_string())
            }
            _ => {
                self.wrong_type(key, v, "diag-word-string");
                None
            }
        }
    }

    pub(crate) fn req_str(&mut self, key: &'static str) -> Option<String> {
        self.require(key, Self::str)
    }

    /// Runs `get`, reporting the field as missing when it is absent.
    pub(crate) fn require<T>(
        &mut self,
        key: &'static str,
        get: impl FnOnce(&mut Self, &'static str) -> Option<T>,
    ) -> Option<T> {
        let Some(value) = self.table.get(key) else {
            self.used.push((key, ABSENT, ABSENT));
            self.missing(key, None);
            return None;
        };
        self.found = Some((key, value));
        let got = get(self, key);
        self.found = None;
        got
    }

    pub(crate) fn bool(&mut self, key: &'static str) -> Option<bool> {
        let v = self.raw(key)?;
        match v.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => {
                self.wrong_type(key, v, "diag-word-bool");
                None
            }
        }
    }

    pub(crate) fn int(&mut self, key: &'static str) -> Option<i64> {
        let v = self.raw(key)?;
        match v.get_ref() {
            DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) => Some(n),
                Err(_) => {
                    self.wrong_type(key, v, "diag-word-int64");
                    None
                }
            },
            _ => {
                self.wrong_type(key, v, "diag-word-integer");
                None
            }
        }
    }

    /// A number: integer or float.
    pub(crate) fn num(&mut self, key: &'static str) -> Option<f64> {
        let v = self.raw(key)?;
        let n = number(v.get_ref());
        match n {
            Some(n) if n.is_finite() => Some(n),
            Some(n) => {
                let d = Diagnostic::error(
                    codes::WRONG_TYPE,
                    Span::new(self.file, v.span()),
                    msg!("diag-not-finite", key = key, found = n),
                );
                self.diags.push(d);
                None
            }
            None => {
                self.wrong_type(key, v, "diag-word-number");
                None
            }
        }
    }

    pub(crate) fn date(&mut self, key: &'static str) -> Option<NaiveDate> {
        let v = self.raw(key)?;
        match to_date(v.get_ref()) {
            Some(d) => Some(d),
            None => {
                self.wrong_type(key, v, "diag-word-date");
                None
            }
        }
    }

    pub(crate) fn req_date(&mut self, key: &'static str) -> Option<NaiveDate> {
        self.require(key, Self::date)
    }

    pub(crate) fn datetime(&mut self, key: &'static str) -> Option<NaiveDateTime> {
        let v = self.raw(key)?;
        match to_datetime(v.get_ref()) {
            Some(d) => Some(d),
            None => {
                self.wrong_type(key, v, "diag-word-datetime");
                None
            }
        }
    }

    /// A time of day written as a string "HH:MM".
    pub(crate) fn time(&mut self, key: &'static str) -> Option<NaiveTime> {
        let v = self.raw(key)?;
        let parsed = match v.get_ref() {
            DeValue::String(s) => parse_hhmm(s),
            _ => None,
        };
        if parsed.is_none() {
            let span = Span::new(self.file, v.span());
            self.diags.push(Diagnostic::error(
                codes::BAD_VALUE,
                span,
                msg!("diag-bad-time", key = key),
            ));
        }
        parsed
    }

    /// A month written as a string "YYYY-MM".
    pub(crate) fn month(&mut self, key: &'static str) -> Option<YearMonth> {
        let v = self.raw(key)?;
        let DeValue::String(s) = v.get_ref() else {
            self.wrong_type(key, v, "diag-word-month");
            return None;
        };
        match s.parse::<YearMonth>() {
            Ok(m) => Some(m),
            Err(_) => {
                let span = Span::new(self.file, v.span());
                self.diags.push(Diagnostic::error(
                    codes::BAD_VALUE,
                    span,
                    msg!("diag-bad-month", key = key, value = s.as_ref()),
                ));
                None
            }
        }
    }

    /// A string from a closed set; reports the allowed values when wrong.
    pub(crate) fn choice<E>(
        &mut self,
        key: &'static str,
        parse: fn(&str) -> Option<E>,
        names: &[&str],
    ) -> Option<E> {
        let s = self.str(key)?;
        let parsed = parse(&s);
        if parsed.is_none() {
            self.error_at(
                key,
                codes::BAD_ENUM,
                msg!(
                    "diag-bad-enum",
                    key = key,
                    value = &s,
                    names = names.join(", ")
                ),
            );
        }
        parsed
    }

    /// Reports unknown keys (everything not read, except an `extra` table)
    /// and returns the spans and all problems of this table.
    pub(crate) fn finish(mut self, diags: &mut Vec<Diagnostic>) -> Spans {
        if !self.read_all() {
            self.unknown_keys();
        }
        diags.append(&mut self.diags);
        let kept = self
            .used
            .iter()
            .filter(|&&(_, start, _)| start != ABSENT)
            .filter_map(|&(name, start, end)| Some((spans::kept(name)?, start, end)));
        Spans::with(self.entry, kept)
    }
}

/// The start of a field asked for that the table does not have.
const ABSENT: u32 = u32::MAX;
