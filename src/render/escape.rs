//! Control characters in record text, made visible: a terminal must never
//! receive a raw escape sequence from a record (it could recolour or move
//! the cursor), so every control character but tab and newline is shown as
//! `\u{1b}`. Tables, Markdown, the work report and diagnostics' source-line
//! quotes go through here; CSV only loses NUL (see [`no_nul`]).

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` is shown escaped: a control character other than tab and
/// newline.
fn is_escaped(c: char) -> bool {
    c.is_control() && c != '\t' && c != '\n'
}

/// `s` with each control character but tab and newline written `\u{..}`.
pub(crate) fn controls(s: &str) -> Cow<'_, str> {
    escape_if(s, is_escaped)
}

/// `s` with NUL written `\u{0}`, for CSV: spreadsheets and C tools cut a
/// field at NUL. Other characters are data and stay.
pub(crate) fn no_nul(s: &str) -> Cow<'_, str> {
    escape_if(s, |c| c == '\0')
}

fn escape_if(s: &str, escaped: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !s.chars().any(&escaped) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if escaped(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_but_tab_and_newline_are_escaped() {
        assert_eq!(controls("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(
            controls("\r\u{7f}\u{0}\u{85}"),
            "\\u{d}\\u{7f}\\u{0}\\u{85}"
        );
        assert_eq!(controls("tab\there\nline 華"), "tab\there\nline 華");
    }

    #[test]
    fn csv_loses_only_nul() {
        assert_eq!(no_nul("a\0b\u{1b}"), "a\\u{0}b\u{1b}");
    }
}
