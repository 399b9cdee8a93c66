//! TOML values as the records write them: strings in basic quotes, dates
//! and date-times unquoted, times as `"HH:MM"`, money as an integer when
//! whole.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use toml_edit::Value;

/// `s` as a TOML basic string (`"…"`), escaping what must be escaped.
pub(crate) fn basic_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `s` as a multi-line basic string (`"""…"""`), for text that had lines.
pub(crate) fn multiline_string(s: &str) -> String {
    let mut out = String::from("\"\"\"");
    if s.starts_with('\n') {
        // a newline right after the opening quotes would be trimmed
        out.push('\n');
    }
    let mut quotes = 0;
    for c in s.chars() {
        if c == '"' {
            quotes += 1;
            if quotes == 3 {
                out.push_str("\\\"");
                quotes = 0;
                continue;
            }
            out.push('"');
            continue;
        }
        quotes = 0;
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' | '\t' => out.push(c),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    if s.ends_with('"') {
        out.push('\\');
        out.push('\n');
    }
    out.push_str("\"\"\"");
    out
}

fn parsed(text: &str) -> Value {
    text.parse::<Value>()
        .unwrap_or_else(|_| Value::from(text.to_string()))
}

/// A string value in basic quotes.
pub(crate) fn string(s: &str) -> Value {
    parsed(&basic_string(s))
}

/// An unquoted TOML local date.
pub(crate) fn date(d: NaiveDate) -> Value {
    parsed(&d.format("%Y-%m-%d").to_string())
}

/// An unquoted TOML local date-time, to the second.
pub(crate) fn datetime(t: NaiveDateTime) -> Value {
    parsed(&t.format("%Y-%m-%dT%H:%M:%S").to_string())
}

/// A time of day as the string `"HH:MM"`.
pub(crate) fn time(t: NaiveTime) -> Value {
    string(&t.format("%H:%M").to_string())
}

pub(crate) fn int(i: i64) -> Value {
    Value::from(i)
}

/// A number: an integer when whole, else the shortest decimal.
pub(crate) fn number(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        Value::from(n as i64)
    } else {
        Value::from(n)
    }
}

/// An array of strings on one line: `["a", "b"]`.
pub(crate) fn str_array<S: AsRef<str>>(items: &[S]) -> Value {
    let inner: Vec<String> = items.iter().map(|s| basic_string(s.as_ref())).collect();
    parsed(&format!("[{}]", inner.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_basic_and_escaped() {
        assert_eq!(basic_string("季度回訪"), "\"季度回訪\"");
        assert_eq!(
            basic_string("a\"b\\c\nd\u{1}"),
            "\"a\\\"b\\\\c\\nd\\u0001\""
        );
        assert_eq!(string("it's").to_string(), "\"it's\"");
        let v: Value = multiline_string("a\n\"\"\"b\"").parse().unwrap();
        assert_eq!(v.as_str(), Some("a\n\"\"\"b\""));
        let v: Value = multiline_string("\nx").parse().unwrap();
        assert_eq!(v.as_str(), Some("\nx"));
    }

    #[test]
    fn dates_numbers_arrays() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 3).unwrap();
        assert_eq!(date(d).to_string(), "2026-11-03");
        let t = d.and_hms_opt(14, 30, 0).unwrap();
        assert_eq!(datetime(t).to_string(), "2026-11-03T14:30:00");
        assert_eq!(time(t.time()).to_string(), "\"14:30\"");
        assert_eq!(number(380000.0).to_string(), "380000");
        assert_eq!(number(1234.5).to_string(), "1234.5");
        assert_eq!(
            str_array::<String>(&["li-wei".into(), "wang-fang".into()]).to_string(),
            "[\"li-wei\", \"wang-fang\"]"
        );
    }
}
