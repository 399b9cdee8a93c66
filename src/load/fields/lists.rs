//! `Fields`' getters for what a table holds more than once: arrays of
//! values and of tables, and the keys left over for `extra`.

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::DeValue;

use super::Fields;
use crate::diagnostic::Span;
use crate::load::values::to_date;

impl<'a, 'i> Fields<'a, 'i> {
    /// The elements of an array, each with its span.
    pub(crate) fn array(&mut self, key: &'static str) -> Vec<&'a Spanned<DeValue<'i>>> {
        let Some(v) = self.raw(key) else {
            return Vec::new();
        };
        match v.get_ref() {
            DeValue::Array(items) => items.iter().collect(),
            _ => {
                self.wrong_type(key, v, "diag-word-array");
                Vec::new()
            }
        }
    }

    /// An array of strings, each with its span.
    pub(crate) fn str_array(&mut self, key: &'static str) -> Vec<(String, Span)> {
        let mut out = Vec::new();
        for item in self.array(key) {
            match item.get_ref() {
                DeValue::String(s) => out.push((s.to_string(), Span::new(self.file, item.span()))),
                _ => self.wrong_type(key, item, "diag-word-string-array"),
            }
        }
        out
    }

    /// An array of dates.
    pub(crate) fn date_array(&mut self, key: &'static str) -> Vec<(NaiveDate, Span)> {
        let mut out = Vec::new();
        for item in self.array(key) {
            match to_date(item.get_ref()) {
                Some(d) => out.push((d, Span::new(self.file, item.span()))),
                None => self.wrong_type(key, item, "diag-word-date-array"),
            }
        }
        out
    }

    /// A sub-table (`[a.b]` or an inline table) read with its own `Fields`.
    pub(crate) fn table(
        &mut self,
        key: &'static str,
        what: &'static str,
    ) -> Option<Fields<'a, 'i>> {
        let v = self.raw(key)?;
        match v.get_ref() {
            DeValue::Table(t) => Some(Fields::new(self.file, what, t, v.span())),
            _ => {
                self.wrong_type(key, v, "diag-word-table");
                None
            }
        }
    }

    /// An array of tables (`[[key]]`), one `Fields` per entry.
    pub(crate) fn tables(&mut self, key: &'static str, what: &'static str) -> Vec<Fields<'a, 'i>> {
        let items = self.array(key);
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            match item.get_ref() {
                DeValue::Table(t) => out.push(Fields::new(self.file, what, t, item.span())),
                _ => self.wrong_type(key, item, "diag-word-table-array"),
            }
        }
        out
    }

    /// The keys of this table not read yet, with their spans and values.
    pub(crate) fn rest(
        &self,
    ) -> impl Iterator<Item = (&'a str, Span, &'a Spanned<DeValue<'i>>)> + '_ {
        self.table
            .iter()
            .filter(|(k, _)| {
                !self
                    .used
                    .iter()
                    .any(|(name, ..)| *name == k.get_ref().as_ref())
            })
            .map(|(k, v)| (k.get_ref().as_ref(), Span::new(self.file, k.span()), v))
    }
}
