//! A table's words as a person reads them: headers (`col-<name>`), enum
//! values (`value-<column>-<value>`) and yes/no in the reader's language,
//! through `i18n`. Only the terminal table, Markdown and the briefing text
//! use this; CSV and JSON print the cells as they are.

use super::Cell;
use crate::i18n::{self, Lang};

/// The header of column `name`.
pub(crate) fn header(lang: Lang, name: &str) -> String {
    i18n::column(lang, name)
}

/// A cell of column `column` as a terminal table shows it.
pub(crate) fn cell(lang: Lang, column: &str, c: &Cell) -> String {
    word(lang, column, c).unwrap_or_else(|| c.display())
}

/// A cell of column `column` as Markdown shows it (like CSV, but words
/// translated).
pub(crate) fn plain(lang: Lang, column: &str, c: &Cell) -> String {
    word(lang, column, c).unwrap_or_else(|| c.plain())
}

fn word(lang: Lang, column: &str, c: &Cell) -> Option<String> {
    match c {
        Cell::Bool(b) => Some(i18n::yes_no(lang, *b)),
        Cell::Text(s) => i18n::value(lang, column, s),
        _ => None,
    }
}

/// Each row of `rows` as shown (`cell`), under `columns`.
pub(crate) fn rows(lang: Lang, columns: &[String], rows: &[Vec<Cell>]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|r| {
            r.iter()
                .zip(columns)
                .map(|(c, col)| cell(lang, col, c))
                .collect()
        })
        .collect()
}
