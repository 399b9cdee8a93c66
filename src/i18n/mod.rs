//! Interface text in three languages (English, Traditional and Simplified
//! Chinese): the words a person reads — table headers, statuses in table
//! cells, the briefing, the work report, confirmations. Words a script
//! reads (CSV headers, JSON keys, enum values inside CSV/JSON, diagnostic
//! codes, exit codes) never go through here.
//!
//! The messages live in Fluent catalogs, `locales/<lang>/*.ftl`, one folder
//! per [`Lang`], embedded in the binary at build time. Plurals are the
//! catalogs' business (`{ $n -> [one] … *[other] … }`); Chinese has none.
//!
//! # Adding a message
//! 1. Choose an id `<area>-<what>` (`briefing-more`, `check-summary`) and
//!    write it, with the same `$arguments`, in the `<area>.ftl` of all three
//!    folders: `locales/en`, `locales/zh-Hant`, `locales/zh-Hans`. Chinese
//!    text uses the policy's own terms (客戶經理, 客戶專員, 回訪, 投訴, 考勤,
//!    績效, 晉升; 客户经理 … in Simplified).
//! 2. In code: `t!("briefing-more", n = 3)` gives the text in the current
//!    language; `i18n::tr(lang, "id", &[("n", 3.into())])` in a given one.
//!    Pass numbers as numbers (plurals select on them) and ids, dates and
//!    record text as strings.
//! 3. `cargo test i18n` fails when an id is missing from a catalog, when a
//!    catalog holds an id nothing uses, or when the three disagree.
//!
//! Two families need no code: a table column `foo` shows as `col-foo`, and
//! a cell `bar` of a column listed in [`VALUE_COLUMNS`] shows as
//! `value-foo-bar` (in tables and Markdown only; see `render::text`). A new
//! report column only needs its `col-` line in the three `columns.ftl`.
//!
//! The current language is chosen once per run ([`set`], from `--lang`,
//! the environment and the records' setting; see [`resolve`]) and read
//! anywhere with [`current`].

mod args;
pub(crate) mod clap_text;
pub(crate) mod help;
mod lang;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_templates::Loader;
pub(crate) use fluent_templates::fluent_bundle::FluentValue;
pub(crate) use lang::{Lang, resolve};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // no Unicode isolation marks around arguments: terminals show them
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The columns whose cells hold enum values shown translated
/// (`value-<column>-<value>`) in tables; other cells are shown as written.
pub(crate) const VALUE_COLUMNS: &[&str] = &[
    "status", "kind", "severity", "occasion", "role", "stage", "channel", "source", "category",
    "method", "metric", "deadline",
];

/// 0: not chosen yet; else 1 + the index in `Lang::ALL`.
static CURRENT: AtomicU8 = AtomicU8::new(0);

// A thread's own language: unit tests choose one, and each `serve`
// request runs in the language of its page.
thread_local! {
    static OVERRIDE: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// Chooses the language of this run.
pub(crate) fn set(lang: Lang) {
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    CURRENT.store(i as u8 + 1, Ordering::Relaxed);
}

/// The language of this run: as [`set`], else from the environment alone.
/// Unit tests run in English whatever the environment, unless they choose
/// with `with_lang`.
pub(crate) fn current() -> Lang {
    if let Some(lang) = OVERRIDE.with(std::cell::Cell::get) {
        return lang;
    }
    #[cfg(test)]
    return Lang::default();
    #[cfg(not(test))]
    match CURRENT.load(Ordering::Relaxed) {
        0 => {
            let lang = resolve(None, |k| std::env::var(k).ok(), None);
            set(lang);
            lang
        }
        i => Lang::ALL[usize::from(i - 1).min(2)],
    }
}

/// Runs `f` with `lang` as this thread's current language (a test, a
/// `serve` request).
pub(crate) fn with_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    let before = OVERRIDE.with(|o| o.replace(Some(lang)));
    let r = f();
    OVERRIDE.with(|o| o.set(before));
    r
}

/// `--lang` and `$CLIENTELE_LANG` (a usage error, exit 2, on anything else).
pub(crate) fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("unknown language `{s}`: use en, zh-Hant or zh-Hans"))
}

/// The message `id` in `lang` with its arguments; the id itself when no
/// catalog has it (a test makes sure none is missing).
pub(crate) fn tr(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    lookup(lang, id, args).unwrap_or_else(|| id.to_string())
}

/// The message `id` in `lang`, else `fallback`: for families of ids a test
/// checks, such as section titles (`section-team-<key>`).
pub(crate) fn tr_or(lang: Lang, id: &str, fallback: &str) -> String {
    lookup(lang, id, &[]).unwrap_or_else(|| fallback.to_string())
}

fn lookup(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
    let map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(k, v)| (Cow::Owned((*k).to_string()), v.clone()))
        .collect();
    let args = (!map.is_empty()).then_some(&map);
    LOCALES.try_lookup_complete(&lang.langid(), id, args)
}

/// A table header as shown to a person: `col-<name>`, else the name.
pub(crate) fn column(lang: Lang, name: &str) -> String {
    lookup(lang, &format!("col-{name}"), &[]).unwrap_or_else(|| name.to_string())
}

/// An enum value of `column` as shown in a table (`value-<column>-<v>`),
/// when the column holds such values and the catalog has the word.
pub(crate) fn value(lang: Lang, column: &str, v: &str) -> Option<String> {
    if !VALUE_COLUMNS.contains(&column) || v.is_empty() {
        return None;
    }
    lookup(lang, &format!("value-{column}-{v}"), &[])
}

/// An enum value of `column` in the current language (`value-<column>-<v>`),
/// else as written: for sentences (`logged 拜訪 with …`).
pub(crate) fn word(column: &str, v: &str) -> String {
    value(current(), column, v).unwrap_or_else(|| v.to_string())
}

/// A yes/no cell as shown in a table (`true`, `是`).
pub(crate) fn yes_no(lang: Lang, b: bool) -> String {
    tr(lang, if b { "bool-true" } else { "bool-false" }, &[])
}

/// A weekday as a person reads it (`Fri`, `週五`, `周五`).
pub(crate) fn weekday(lang: Lang, d: chrono::Weekday) -> String {
    let id = match d {
        chrono::Weekday::Mon => "weekday-mon",
        chrono::Weekday::Tue => "weekday-tue",
        chrono::Weekday::Wed => "weekday-wed",
        chrono::Weekday::Thu => "weekday-thu",
        chrono::Weekday::Fri => "weekday-fri",
        chrono::Weekday::Sat => "weekday-sat",
        chrono::Weekday::Sun => "weekday-sun",
    };
    tr(lang, id, &[])
}

/// `t!("id")` or `t!("id", name = value, …)`: the message in the current
/// language. Values are anything Fluent takes: numbers, `&str`, `String`.
/// `t!(lang; "id", …)` in a given language.
#[macro_export]
macro_rules! t {
    ($lang:expr; $id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::tr(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::FluentValue::from($value))),*],
        )
    };
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::tr(
            $crate::i18n::current(),
            $id,
            &[$((stringify!($name), $crate::i18n::FluentValue::from($value))),*],
        )
    };
}

#[cfg(test)]
mod help_tests;
#[cfg(test)]
mod script_tests;
#[cfg(test)]
mod tests;
