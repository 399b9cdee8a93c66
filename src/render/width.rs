//! Text width on a terminal — CJK wide characters take two columns — and
//! padding or cutting text to a width. The one measure every text layout
//! uses: the terminal table, the briefing and the attendance grid.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Which side of its column a padded text keeps to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Align {
    /// Text: filled on the right.
    Left,
    /// Numbers: filled on the left.
    Right,
}

/// The display width of `s` in terminal columns.
pub(crate) fn width(s: &str) -> usize {
    s.width()
}

/// The display width of the widest of `texts` (0 when there are none).
pub(crate) fn widest<S: AsRef<str>>(texts: impl IntoIterator<Item = S>) -> usize {
    texts
        .into_iter()
        .map(|s| width(s.as_ref()))
        .max()
        .unwrap_or(0)
}

/// `s` filled with spaces to `cols` display columns; longer text is kept
/// whole.
pub(crate) fn pad(s: &str, cols: usize, align: Align) -> String {
    let fill = " ".repeat(cols.saturating_sub(width(s)));
    match align {
        Align::Left => format!("{s}{fill}"),
        Align::Right => format!("{fill}{s}"),
    }
}

/// `s` cut to at most `cols` display columns, ending in `ellipsis` (one
/// column wide) when cut.
pub(crate) fn fit(s: &str, cols: usize, ellipsis: &str) -> String {
    if width(s) <= cols {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > cols {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push_str(ellipsis);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_count_two() {
        assert_eq!(width("華東ab"), 6);
        assert_eq!(widest(["ab", "華東", ""]), 4);
        assert_eq!(widest(Vec::<String>::new()), 0);
    }

    #[test]
    fn pads_by_display_width_on_either_side() {
        assert_eq!(pad("華", 4, Align::Left), "華  ");
        assert_eq!(pad("7", 3, Align::Right), "  7");
        assert_eq!(pad("long", 2, Align::Left), "long");
    }

    #[test]
    fn cuts_to_the_width_with_the_ellipsis() {
        assert_eq!(fit("華東電子", 5, "…"), "華東…");
        assert_eq!(fit("abcdef", 4, ">"), "abc>");
        assert_eq!(fit("abc", 3, ">"), "abc");
    }
}
