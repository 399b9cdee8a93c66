//! The TOML parser's own reason for an E0101 ("invalid TOML: …") as a
//! message of the catalogs (`locales/<lang>/toml.ftl`), so that it reads
//! in the reader's language like the rest of the diagnostic.
//!
//! The parser (`toml`, with `toml_parser` and `toml_datetime`) writes
//! `<what>, expected <item>, <item>…`: the common `what`s and items are
//! known here by their English words, each with its id. A reason with any
//! part not known here is shown as the parser wrote it, in English, in
//! every language; so is one whose English rendering would not be the
//! parser's text byte for byte, so the English output never changes.
//! It reads no file and never fails.

use super::Msg;
use crate::msg;

/// Whole reasons the parser writes, and their ids.
const WHOLE: &[(&str, &str)] = &[(
    "string values must be quoted, expected literal string",
    "diag-toml-must-quote",
)];

/// What went wrong, before ", expected".
const WHAT: &[(&str, &str)] = &[
    ("invalid basic string", "diag-toml-invalid-basic-string"),
    ("invalid literal string", "diag-toml-invalid-literal-string"),
    (
        "invalid multi-line basic string",
        "diag-toml-invalid-ml-basic-string",
    ),
    (
        "invalid multi-line literal string",
        "diag-toml-invalid-ml-literal-string",
    ),
    ("invalid string", "diag-toml-invalid-string"),
    ("missing escaped value", "diag-toml-bad-escape"),
    ("too few unicode value digits", "diag-toml-short-unicode"),
    ("invalid comment character", "diag-toml-bad-comment"),
    ("key with no value", "diag-toml-key-no-value"),
    ("missing value", "diag-toml-missing-value"),
    ("missing value for key", "diag-toml-missing-value-for-key"),
    ("duplicate key", "diag-toml-duplicate-key"),
    ("invalid key", "diag-toml-invalid-key"),
    ("invalid unquoted key", "diag-toml-invalid-unquoted-key"),
    ("unquoted keys cannot be empty", "diag-toml-empty-key"),
    ("invalid table", "diag-toml-invalid-table"),
    ("unclosed table", "diag-toml-unclosed-table"),
    ("unclosed array table", "diag-toml-unclosed-array-table"),
    ("unclosed array", "diag-toml-unclosed-array"),
    ("unclosed inline table", "diag-toml-unclosed-inline-table"),
    (
        "unexpected key or value",
        "diag-toml-unexpected-key-or-value",
    ),
    ("unexpected content", "diag-toml-unexpected-content"),
    ("invalid value", "diag-toml-invalid-value"),
    ("invalid key-value pair", "diag-toml-invalid-key-value"),
    (
        "missing assignment between key-value pairs",
        "diag-toml-missing-assignment",
    ),
    (
        "extra assignment between key-value pairs",
        "diag-toml-extra-assignment",
    ),
    ("extra `=`", "diag-toml-extra-equals"),
    (
        "missing comma between array elements",
        "diag-toml-missing-array-comma",
    ),
    (
        "missing comma between key-value pairs",
        "diag-toml-missing-table-comma",
    ),
    ("extra comma in array", "diag-toml-extra-array-comma"),
    ("extra comma in inline table", "diag-toml-extra-table-comma"),
    ("invalid boolean", "diag-toml-invalid-boolean"),
    ("invalid integer number", "diag-toml-invalid-integer"),
    ("invalid float", "diag-toml-invalid-float"),
    ("invalid fraction", "diag-toml-invalid-fraction"),
    ("invalid exponent", "diag-toml-invalid-exponent"),
    ("unexpected leading zero", "diag-toml-leading-zero"),
    ("`_` may only go between digits", "diag-toml-underscore"),
    ("invalid date-time", "diag-toml-invalid-date-time"),
    ("invalid datetime", "diag-toml-invalid-datetime"),
    ("invalid date", "diag-toml-invalid-date"),
    ("invalid time", "diag-toml-invalid-time"),
    ("invalid offset", "diag-toml-invalid-offset"),
];

/// What the parser expected instead: one item of the list after
/// "expected". In Chinese each starts with a word, not with a sign.
const EXPECTED: &[(&str, &str)] = &[
    ("newline", "diag-toml-newline"),
    ("key", "diag-toml-key"),
    ("value", "diag-toml-value"),
    ("digits", "diag-toml-digits"),
    ("letters", "diag-toml-letters"),
    ("numbers", "diag-toml-numbers"),
    ("printable characters", "diag-toml-printable"),
    ("unicode hexadecimal value", "diag-toml-unicode-hex"),
    ("a four-digit year (YYYY)", "diag-toml-year-digits"),
    ("a two-digit month (MM)", "diag-toml-month-digits"),
    ("a two-digit day (DD)", "diag-toml-day-digits"),
    ("a two-digit hour (HH)", "diag-toml-hour-digits"),
    ("a two-digit minute (MM)", "diag-toml-minute-digits"),
    ("a two-digit second (SS)", "diag-toml-second-digits"),
    ("`-` (YYYY-MM) or `:` (HH:MM)", "diag-toml-date-or-time"),
    ("`T` between date and time", "diag-toml-t-between"),
    ("month", "diag-toml-unit-month"),
    ("day", "diag-toml-unit-day"),
    ("hour", "diag-toml-unit-hour"),
    ("hours", "diag-toml-unit-hours"),
    ("minute", "diag-toml-unit-minute"),
    ("minutes", "diag-toml-unit-minutes"),
    ("second", "diag-toml-unit-second"),
];

/// The parser's reason `text` as a message: translated when every part of
/// it is known, else `text` as written.
pub(crate) fn toml_reason(text: &str) -> Msg {
    translated(text)
        .filter(|m| m.en() == text)
        .unwrap_or_else(|| Msg::from(text))
}

fn translated(text: &str) -> Option<Msg> {
    if let Some(id) = find(WHOLE, text) {
        return Some(Msg::new(id));
    }
    let Some((what, expected)) = text.split_once(", expected ") else {
        return find(WHAT, text).map(Msg::new);
    };
    let what = Msg::new(find(WHAT, what)?);
    if expected == "nothing" {
        return Some(msg!("diag-toml-expected-nothing", what = what));
    }
    let items = match item(expected) {
        Some(one) => vec![one],
        None => split(expected)
            .into_iter()
            .map(item)
            .collect::<Option<Vec<_>>>()?,
    };
    let literal_first = items.first().is_some_and(|m| m.id.is_empty());
    let mut list = Msg::new("");
    for (i, m) in items.into_iter().enumerate() {
        if i > 0 {
            list = list.arg("text", Msg::new("list-separator"));
        }
        list = list.arg("text", m);
    }
    Some(if literal_first {
        msg!("diag-toml-expected-literal", what = what, expected = list)
    } else {
        msg!("diag-toml-expected", what = what, expected = list)
    })
}

/// One expected item: a sign or a format in backticks (`` `]` ``,
/// `` `:` (HH:MM) ``) shown as written, a known word, or a range
/// (`month between 01 and 12`).
fn item(text: &str) -> Option<Msg> {
    if let Some(id) = find(EXPECTED, text) {
        return Some(Msg::new(id));
    }
    if is_sign(text) {
        return Some(Msg::from(text));
    }
    let (unit, range) = text.split_once(" between ")?;
    let (low, high) = range.split_once(" and ")?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(low) || !digits(high) {
        return None;
    }
    let unit = Msg::new(find(EXPECTED, unit).filter(|id| id.starts_with("diag-toml-unit-"))?);
    Some(msg!(
        "diag-toml-between",
        unit = unit,
        low = low,
        high = high
    ))
}

/// `` `x` `` alone, or followed by a format in capitals (`` `:` (HH:MM) ``).
fn is_sign(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('`') else {
        return false;
    };
    let Some((sign, after)) = rest.split_once('`') else {
        return false;
    };
    let format = |s: &str| {
        s.strip_prefix(" (")
            .and_then(|s| s.strip_suffix(')'))
            .is_some_and(|f| {
                f.bytes()
                    .all(|b| b.is_ascii_uppercase() || b"-:".contains(&b))
            })
    };
    !sign.is_empty() && (after.is_empty() || format(after))
}

/// The items of a list `a, `,`, b`: split at ", " outside backticks.
fn split(text: &str) -> Vec<&str> {
    let (mut items, mut start, mut quoted) = (Vec::new(), 0, false);
    for (i, c) in text.char_indices() {
        match c {
            '`' => quoted = !quoted,
            ',' if !quoted && text[i..].starts_with(", ") => {
                items.push(&text[start..i]);
                start = i + 2;
            }
            _ => {}
        }
    }
    items.push(&text[start..]);
    items
}

fn find(table: &[(&str, &'static str)], text: &str) -> Option<&'static str> {
    table.iter().find(|(en, _)| *en == text).map(|(_, id)| *id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Lang};

    /// What the parser says about `text`.
    fn parser_says(text: &str) -> String {
        let e = toml::de::DeTable::parse(text).unwrap_err();
        e.message().trim().trim_end_matches('.').to_string()
    }

    /// Broken records, as people write them, and the reason in Traditional
    /// Chinese.
    const BROKEN: &[(&str, &str)] = &[
        ("name = \"abc\n", "雙引號字串無效，此處應有 `\"`"),
        ("name = 'abc\n", "單引號字串無效，此處應有 `'`"),
        (
            "date = 2026/11/03\n",
            "無法辨識的值：文字必須加引號（數字、日期與 true、false 則不加）",
        ),
        ("name \"abc\"\n", "鍵沒有值，此處應有 `=`"),
        ("a = 1\na = 2\n", "重複的鍵"),
        ("[client\n", "表頭未閉合，此處應有 `]`"),
        ("[[interaction]\n", "表格陣列的表頭未閉合，此處應有 `]`"),
        ("a = 1 b = 2\n", "多出的鍵或值，此處應有換行、`#`"),
        (
            "a = \"\\q\"\n",
            "`\\` 之後的跳脫序列無效，此處應有 `b`、`e`、`f`、`n`、`r`、`\\`、`\"`、`x`、`u`、`U`",
        ),
        ("a = 1__2\n", "`_` 只能放在兩個數字之間"),
        ("a = 012\n", "數字不可以 0 開頭"),
        ("a = 1.\n", "小數部分無效，此處應有數字"),
        (
            "a = 2026-13-01\n",
            "日期無效，此處應有介於 01 到 12 之間的月份",
        ),
        (
            "a = 2026-02-30\n",
            "日期無效，此處應有介於 01 到 28 之間的日",
        ),
        ("a = 2026-11-3\n", "日期無效，此處應有兩位數的日（DD）"),
        (
            "a = 2026-11-03T25:00:00\n",
            "時間無效，此處應有介於 00 到 23 之間的小時",
        ),
        (
            "a = 2026-11-03T14:30:00+08\n",
            "時區偏移無效，此處應有 `:` (HH:MM)",
        ),
        ("a = [1, 2\n", "陣列未閉合，此處應有 `]`"),
        ("a = {x = 1\n", "行內表格未閉合，此處應有 `}`"),
        ("a = tru\n", "布林值無效，此處應有 `true`"),
        ("a = [1,,2]\n", "陣列中多出逗號，此處應有值"),
        (
            "= 1\n",
            "未加引號的鍵不可為空，此處應有字母、數字、`-`、`_`",
        ),
    ];

    #[test]
    fn common_reasons_read_in_chinese_and_the_same_in_english() {
        for (text, hant) in BROKEN {
            let said = parser_says(text);
            let reason = toml_reason(&said);
            assert_eq!(reason.en(), said, "{text:?}");
            assert_eq!(reason.render(Lang::ZhHant), *hant, "{text:?}: {said}");
            let hans = reason.render(Lang::ZhHans);
            assert!(hans != said && hans != *hant, "{text:?}: {hans}");
        }
    }

    #[test]
    fn an_unknown_reason_is_shown_as_the_parser_wrote_it() {
        for said in [
            "recursion limit",
            "invalid date, expected `Z`, +OFFSET, -OFFSET",
            "duplicate key, expected a miracle",
            "unclosed table, expected `]`, and more",
        ] {
            let reason = toml_reason(said);
            for lang in Lang::ALL {
                assert_eq!(reason.render(lang), said, "{lang}");
            }
        }
    }

    #[test]
    fn every_known_part_has_the_parser_s_words_in_english() {
        for (en, id) in WHOLE.iter().chain(WHAT).chain(EXPECTED) {
            assert_eq!(i18n::tr(Lang::En, id, &[]), *en, "{id}");
        }
        // each item starts with a word in Chinese: "此處應有" needs no space
        for (_, id) in EXPECTED {
            for lang in [Lang::ZhHant, Lang::ZhHans] {
                let text = i18n::tr(lang, id, &[]);
                assert!(
                    !text.starts_with(|c: char| c.is_ascii()),
                    "{lang} {id}: {text}"
                );
            }
        }
    }
}
