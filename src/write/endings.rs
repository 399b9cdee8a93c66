//! Every byte a write does not change is kept: a leading byte-order mark
//! and each line's own ending (a file may mix CRLF and LF lines, e.g.
//! after a merge from another system). Applied to every file a write
//! saves, whatever built its new text: unchanged lines keep their ending,
//! new lines take the ending most of the file's lines have.

use std::borrow::Cow;
use std::collections::{BTreeMap, VecDeque};

const BOM: char = '\u{FEFF}';

/// One line: its text without the break, and the break (`\r\n`, `\n` or
/// nothing for a last line without one).
fn lines(text: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let (line, tail) = match rest.find('\n') {
            Some(i) => (&rest[..=i], &rest[i + 1..]),
            None => (rest, ""),
        };
        let body = line.strip_suffix('\n').unwrap_or(line);
        let body = body.strip_suffix('\r').unwrap_or(body);
        out.push((body, &line[body.len()..]));
        rest = tail;
    }
    out
}

/// `new` (the text a write built for a file whose text was `old`) with
/// `old`'s byte-order mark and line endings; `new` itself when it has
/// them already (a file of LF lines without a mark: no copy).
pub(crate) fn keep<'a>(old: &str, new: &'a str) -> Cow<'a, str> {
    if plain(old) && !new.starts_with(BOM) {
        return Cow::Borrowed(new);
    }
    Cow::Owned(kept(old, new))
}

/// A text without a byte-order mark and without CR: what [`keep`] makes
/// of a new text then depends on the new text alone (the same as with an
/// empty old text).
pub(crate) fn plain(text: &str) -> bool {
    !text.starts_with(BOM) && !text.contains('\r')
}

/// [`keep`], always as a new text.
fn kept(old: &str, new: &str) -> String {
    let bom = old.starts_with(BOM);
    let old = old.strip_prefix(BOM).unwrap_or(old);
    let new = new.strip_prefix(BOM).unwrap_or(new);
    let mut out = String::with_capacity(new.len() + 64);
    if bom {
        out.push(BOM);
    }
    if !old.contains('\r') {
        out.push_str(new);
        return out;
    }
    let before = lines(old);
    let after = lines(new);
    let crlf = before.iter().filter(|(_, e)| *e == "\r\n").count();
    let usual = if crlf * 2 >= before.len() {
        "\r\n"
    } else {
        "\n"
    };
    let same = |a: &(&str, &str), b: &(&str, &str)| a.0 == b.0;
    let prefix = before
        .iter()
        .zip(&after)
        .take_while(|(a, b)| same(a, b))
        .count();
    let room = before.len().min(after.len()) - prefix;
    let suffix = before
        .iter()
        .rev()
        .zip(after.iter().rev())
        .take(room)
        .take_while(|(a, b)| same(a, b))
        .count();
    let mut middle: BTreeMap<&str, VecDeque<&str>> = BTreeMap::new();
    for (body, end) in &before[prefix..before.len() - suffix] {
        middle.entry(body).or_default().push_back(end);
    }
    for (i, (body, end)) in after.iter().enumerate() {
        out.push_str(body);
        if end.is_empty() {
            continue;
        }
        let old_end = if i < prefix {
            Some(before[i].1)
        } else if i >= after.len() - suffix {
            Some(before[before.len() - (after.len() - i)].1)
        } else {
            middle.get_mut(body).and_then(VecDeque::pop_front)
        };
        out.push_str(old_end.filter(|e| !e.is_empty()).unwrap_or(usual));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bom_and_mixed_endings_survive_an_append_and_an_edit() {
        let old = "\u{FEFF}# a\r\n\r\n[[x]]\nb = 1\r\nc = 2\n";
        let appended = "# a\n\n[[x]]\nb = 1\nc = 2\n\n[[x]]\nb = 3\n";
        assert_eq!(
            keep(old, appended),
            "\u{FEFF}# a\r\n\r\n[[x]]\nb = 1\r\nc = 2\n\r\n[[x]]\r\nb = 3\r\n"
        );
        let edited = "# a\n\n[[x]]\nb = 9\nc = 2\n";
        assert_eq!(
            keep(old, edited),
            "\u{FEFF}# a\r\n\r\n[[x]]\nb = 9\r\nc = 2\n"
        );
    }

    #[test]
    fn plain_files_are_left_as_built() {
        assert_eq!(keep("a = 1\n", "a = 2\nb = 3"), "a = 2\nb = 3");
        assert_eq!(
            keep("\u{FEFF}a = 1\n", "\u{FEFF}a = 2\n"),
            "\u{FEFF}a = 2\n"
        );
        assert_eq!(
            keep("a = 1\r\n", "a = 1\r\nb = 2\r\n"),
            "a = 1\r\nb = 2\r\n"
        );
    }
}
