//! TOML values as the model's types: numbers, local dates, local
//! date-times, and "HH:MM" times; the warning for text with control
//! characters.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use toml::de::DeValue;

use crate::diagnostic::{Diagnostic, Span, codes};
use crate::msg;

/// W0213 when the text of `key` (at `span`) holds a control character
/// other than tab and a line break (`\n`, or `\r\n` in a multi-line string
/// of a CRLF file).
pub(crate) fn control_warning(key: &str, span: Span, text: &str) -> Option<Diagnostic> {
    // the common case, one scan of the bytes: a control character is a
    // byte below 0x20, 0x7F, or U+0080..U+009F (0xC2 then a byte)
    if !text.bytes().any(|b| b < 0x20 || b == 0x7F || b == 0xC2) {
        return None;
    }
    let mut chars = text.chars().peekable();
    let mut found = false;
    while let Some(c) = chars.next() {
        let line_break = c == '\n' || (c == '\r' && chars.peek() == Some(&'\n'));
        found |= c.is_control() && c != '\t' && !line_break;
    }
    found.then(|| {
        Diagnostic::warning(
            codes::CONTROL_CHARS,
            span,
            msg!("diag-control-chars", key = key),
        )
    })
}

/// An integer or float as an `f64`.
pub(crate) fn number(v: &DeValue<'_>) -> Option<f64> {
    match v {
        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
            .ok()
            .map(|n| n as f64),
        DeValue::Float(f) => f.as_str().replace('_', "").parse().ok(),
        _ => None,
    }
}

/// A TOML local date (no time) as a `NaiveDate`.
pub(crate) fn to_date(v: &DeValue<'_>) -> Option<NaiveDate> {
    let DeValue::Datetime(dt) = v else {
        return None;
    };
    if dt.time.is_some() || dt.offset.is_some() {
        return None;
    }
    let d = dt.date?;
    NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
}

/// A TOML local date-time (no offset) as a `NaiveDateTime`.
pub(crate) fn to_datetime(v: &DeValue<'_>) -> Option<NaiveDateTime> {
    let DeValue::Datetime(dt) = v else {
        return None;
    };
    if dt.offset.is_some() {
        return None;
    }
    let (d, t) = (dt.date?, dt.time?);
    let date = NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))?;
    let time = NaiveTime::from_hms_opt(
        u32::from(t.hour),
        u32::from(t.minute),
        u32::from(t.second.unwrap_or(0)),
    )?;
    Some(date.and_time(time))
}

/// Parses "HH:MM" (also "H:MM" and "HH:MM:SS").
pub(crate) fn parse_hhmm(s: &str) -> Option<NaiveTime> {
    // the common case "HH:MM", without parsing a format
    if let &[h1, h2, b':', m1, m2] = s.as_bytes()
        && [h1, h2, m1, m2].iter().all(u8::is_ascii_digit)
    {
        let two = |a: u8, b: u8| u32::from(a - b'0') * 10 + u32::from(b - b'0');
        return NaiveTime::from_hms_opt(two(h1, h2), two(m1, m2), 0);
    }
    NaiveTime::parse_from_str(s, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(s, "%H:%M:%S"))
        .ok()
}

/// How a value is named in "must be …, found …" messages: the catalog id
/// of the phrase.
pub(crate) fn type_name(v: &DeValue<'_>) -> &'static str {
    match v {
        DeValue::String(_) => "diag-word-string",
        DeValue::Integer(_) => "diag-word-integer",
        DeValue::Float(_) => "diag-word-float",
        DeValue::Boolean(_) => "diag-word-boolean",
        DeValue::Datetime(d) if d.date.is_some() && d.time.is_none() => "diag-word-a-date",
        DeValue::Datetime(d) if d.date.is_none() => "diag-word-a-time",
        DeValue::Datetime(_) => "diag-word-a-datetime",
        DeValue::Array(_) => "diag-word-array",
        DeValue::Table(_) => "diag-word-table",
    }
}

#[cfg(test)]
mod tests;
