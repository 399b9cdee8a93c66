//! A diagnostic's message or hint as a catalog id and its arguments
//! ([`Msg`]), turned into text only when it is shown, in the language of
//! the output: the reader's language for the text and Markdown rendering,
//! English for CSV and JSON (what scripts read never changes).
//!
//! The messages live in `locales/<lang>/diagnostics.ftl`. Their ids:
//! - `diag-<what>` for a message, `diag-<what>-help` for its hint
//!   (`diag-unknown-field`, `diag-unknown-field-help`);
//! - `diag-word-<what>` for a phrase put inside another message (a type
//!   name such as "a string", a kind of id such as "deal"), and
//!   `diag-ref-<what>` for the kind of a reference ("deal owner");
//! - `diag-why-<what>` for why a missing field is required, and
//!   `diag-fact-<what>` for a dated fact (`check/future.rs`).
//!
//! `cargo test i18n` fails when a `"diag-…"` literal of the code is in no
//! catalog, when a `diag-` id of the catalogs is not in the code, and when
//! a `msg!` gives other arguments than its message takes.
//!
//! Build one with [`msg!`](crate::msg): `msg!("diag-unknown-field", key
//! = k, what = Msg::new("diag-word-client"))`. An argument is record text
//! shown as written ([`Arg::Text`], anything `Display`), a phrase of the
//! catalog ([`Arg::Msg`]), or an enum value shown as in tables
//! ([`Arg::Value`], `value-<column>-<value>`). Text given as a plain
//! `String` (`Msg::from`) is shown as written in every language: for
//! messages that come from elsewhere (an import file's problem, a TOML
//! parser's reason that `toml_reason` does not know).

use std::fmt::Display;

use crate::i18n::{self, FluentValue, Lang};

/// One argument of a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Arg {
    /// Text shown as written in every language (names, ids, dates, numbers).
    Text(String),
    /// A phrase of the catalog, shown in the message's language.
    Msg(Box<Msg>),
    /// An enum value of a table column (`stage`, `role` …), shown as a
    /// table shows it (`value-<column>-<value>`), else as written.
    Value(&'static str, String),
}

impl Arg {
    /// The enum value `v` of `column`, translated as in tables.
    pub(crate) fn value(column: &'static str, v: impl Display) -> Arg {
        Arg::Value(column, v.to_string())
    }

    fn render(&self, lang: Lang) -> String {
        match self {
            Arg::Text(s) => s.clone(),
            Arg::Msg(m) => m.render(lang),
            Arg::Value(column, v) => i18n::value(lang, column, v).unwrap_or_else(|| v.clone()),
        }
    }
}

impl<T: Display> From<T> for Arg {
    fn from(v: T) -> Arg {
        Arg::Text(v.to_string())
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Msg(Box::new(m))
    }
}

/// A message: a catalog id and its named arguments. The empty id holds
/// text shown as written, in its one argument `text`, or joins its
/// arguments in order (a list whose items are phrases of the catalog).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Msg {
    pub(crate) id: &'static str,
    pub(crate) args: Vec<(&'static str, Arg)>,
}

impl Msg {
    /// The message `id` with no arguments (yet).
    pub(crate) fn new(id: &'static str) -> Msg {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    /// Adds the argument `$name`.
    pub(crate) fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }

    /// The text in `lang`.
    pub(crate) fn render(&self, lang: Lang) -> String {
        if self.id.is_empty() {
            return self
                .args
                .iter()
                .map(|(_, a)| a.render(lang))
                .collect::<String>();
        }
        let shown: Vec<(&str, String)> = self
            .args
            .iter()
            .map(|(k, a)| (*k, a.render(lang)))
            .collect();
        let args: Vec<(&str, FluentValue<'_>)> = shown
            .iter()
            .map(|(k, s)| (*k, FluentValue::from(s.as_str())))
            .collect();
        i18n::tr(lang, self.id, &args)
    }

    /// The text in English: what CSV and JSON show, and what sorts.
    pub(crate) fn en(&self) -> String {
        self.render(Lang::En)
    }

    /// The text in the reader's language.
    pub(crate) fn shown(&self) -> String {
        self.render(i18n::current())
    }
}

/// Text shown as written in every language.
impl From<String> for Msg {
    fn from(text: String) -> Msg {
        Msg::new("").arg("text", Arg::Text(text))
    }
}

impl From<&str> for Msg {
    fn from(text: &str) -> Msg {
        Msg::from(text.to_string())
    }
}

/// `msg!("id")` or `msg!("id", name = value, …)`: a diagnostic's `Msg`
/// with its arguments (anything `Into<Arg>`: `Display` values, a `Msg`,
/// an `Arg::value`). The id is a literal, so the catalog test finds it.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::diagnostic::Msg::new($id)$(.arg(stringify!($name), $value))*
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_shows_in_each_language_with_its_words_and_values() {
        let m = crate::msg!(
            "diag-wrong-type",
            key = "name",
            expected = Msg::new("diag-word-string"),
            found = Msg::new("diag-word-integer"),
        );
        assert_eq!(m.en(), "`name` must be a string, found an integer");
        assert_eq!(m.render(Lang::ZhHant), "`name` 必須是字串，目前是整數");
        assert_eq!(m.render(Lang::ZhHans), "`name` 必须是字符串，目前是整数");
        let v = crate::msg!(
            "diag-unknown-member",
            what = Msg::new("diag-ref-owner"),
            id = "li"
        );
        assert!(
            v.render(Lang::ZhHant).contains("`li`"),
            "{}",
            v.render(Lang::ZhHant)
        );
    }

    #[test]
    fn plain_text_is_shown_as_written() {
        let m = Msg::from("年度客戶答謝會 {x}".to_string());
        assert_eq!(m.render(Lang::ZhHans), "年度客戶答謝會 {x}");
        assert_eq!(Arg::value("stage", "lead").render(Lang::ZhHant), "線索");
        assert_eq!(Arg::value("stage", "lead").render(Lang::En), "lead");
    }
}
