//! Diagnostics: one problem found in the records, with its place in a file.
//!
//! This module owns the `Diagnostic` value, the table of source files the
//! loader read (`SourceMap`, in `source`), and the rustc-style rendering
//! `path:line:col: error: message [E0203]` followed by the offending line and
//! a caret. Columns count characters from 1; the caret is placed by display
//! width so it sits right under CJK text. It never reads files itself: a
//! file whose text was let go after parsing is read again through the
//! loader's `Reload`, only when a diagnostic needs it.
//!
//! A message and its hint are kept as catalog ids with arguments (`Msg`,
//! in `msg`) and shown in the reader's language by `render`; CSV and JSON
//! show them in English (`Msg::en`), the same bytes in every language.

pub mod codes;
mod msg;
mod source;
mod toml_reason;

pub(crate) use msg::{Arg, Msg};
pub(crate) use source::{SourceFile, SourceMap, digest};
pub(crate) use toml_reason::toml_reason;

use std::path::Path;

use crate::render::escape::controls;
use crate::render::width::width;

/// How bad a problem is: errors stop reports, warnings are only shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// Index of a file in the [`SourceMap`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub(crate) struct FileId(pub u32);

/// A byte range inside one source file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub(crate) struct Span {
    pub(crate) file: FileId,
    pub(crate) start: u32,
    pub(crate) end: u32,
}

impl Span {
    pub(crate) fn new(file: FileId, range: std::ops::Range<usize>) -> Span {
        Span {
            file,
            start: u32::try_from(range.start).unwrap_or(u32::MAX),
            end: u32::try_from(range.end).unwrap_or(u32::MAX),
        }
    }

    /// The start of a file, for problems that concern the whole file.
    pub(crate) fn file_start(file: FileId) -> Span {
        Span {
            file,
            start: 0,
            end: 0,
        }
    }
}

/// One problem: where, how bad, which code, what, and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Diagnostic {
    pub(crate) severity: Severity,
    pub(crate) code: &'static str,
    pub(crate) span: Span,
    pub(crate) message: Msg,
    pub(crate) help: Option<Msg>,
}

impl Diagnostic {
    pub(crate) fn error(code: &'static str, span: Span, message: impl Into<Msg>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code,
            span,
            message: message.into(),
            help: None,
        }
    }

    pub(crate) fn warning(code: &'static str, span: Span, message: impl Into<Msg>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            code,
            span,
            message: message.into(),
            help: None,
        }
    }

    pub(crate) fn with_help(mut self, help: impl Into<Msg>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    pub(crate) fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The quoted source line `text` (line number `num`) and a caret under the
/// bytes `marked`: phones and addresses masked unless `reveal`, control
/// characters shown escaped, the caret placed by display width.
pub(crate) fn quote(
    num: usize,
    text: &str,
    marked: std::ops::Range<usize>,
    reveal: bool,
) -> String {
    let shown = if reveal {
        text.to_string()
    } else {
        crate::privacy::mask_line(text)
    };
    // masking keeps the characters' count: cut the shown line where the
    // original's characters are cut
    let at = |byte: usize| text.get(..byte).unwrap_or("").chars().count();
    let (b, e) = (at(marked.start), at(marked.end));
    let part =
        |from: usize, to: usize| -> String { shown.chars().skip(from).take(to - from).collect() };
    let before = part(0, b);
    let caret = width(&controls(&part(b, e))).max(1);
    let num = num.to_string();
    let pad = " ".repeat(num.len());
    format!(
        "{pad} |\n{num} | {}\n{pad} | {}{}\n",
        controls(&shown),
        " ".repeat(width(&controls(&before))),
        "^".repeat(caret)
    )
}

/// Joins the records folder and a path inside it for display, with `/`.
pub(crate) fn display_join(root: &Path, rel: &str) -> String {
    let root = root.to_string_lossy().replace('\\', "/");
    if root.is_empty() || root == "." {
        rel.to_string()
    } else if root.ends_with('/') {
        format!("{root}{rel}")
    } else {
        format!("{root}/{rel}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_and_caret_uses_width() {
        let mut map = SourceMap::new(Path::new("records"));
        let id = map.add(SourceFile::new(
            "clients/a.toml".into(),
            "id = \"a\"\nname = \"華東\" x\n".into(),
        ));
        let off = "id = \"a\"\nname = \"華東\" ".len();
        let d = Diagnostic::error("E0101", Span::new(id, off..off + 1), "bad");
        assert_eq!(map.line_col(d.span), (2, 13));
        let text = map.render(&d);
        assert_eq!(
            text,
            "records/clients/a.toml:2:13: error: bad [E0101]\n  |\n2 | name = \"華東\" x\n  |               ^\n"
        );
    }

    #[test]
    fn crlf_lines_are_trimmed() {
        let f = SourceFile::new("a".into(), "a = 1\r\nb = 2\r\n".into());
        assert_eq!(f.line_text(1), "a = 1");
        assert_eq!(f.line_col(7), (2, 1));
    }

    fn one_line(line: &str, marked: &str) -> String {
        let mut map = SourceMap::new(Path::new("r"));
        let id = map.add(SourceFile::new("a.toml".into(), format!("{line}\n")));
        let off = line.find(marked).unwrap();
        let d = Diagnostic::error("E0101", Span::new(id, off..off + marked.len()), "bad");
        map.render(&d)
    }

    #[test]
    fn control_characters_in_the_quoted_line_are_shown_escaped() {
        let text = one_line("name = \"a\u{1b}[2Jb\" x", "x");
        assert_eq!(
            text,
            "r/a.toml:1:17: error: bad [E0101]\n  |\n1 | name = \"a\\u{1b}[2Jb\" x\n  |                      ^\n"
        );
    }

    #[test]
    fn phones_and_addresses_in_the_quoted_line_are_masked_unless_revealed() {
        let line = "contact = { phone = \"13812345678\", email = \"chen@example.com\" }";
        let text = one_line(line, "\"13812345678\"");
        assert!(
            text.contains("phone = \"1******5678\", email = \"c***@example.com\""),
            "{text}"
        );
        assert!(
            text.contains("\n  |                     ^^^^^^^^^^^^^\n"),
            "{text}"
        );
        let mut map = SourceMap::new(Path::new("r"));
        let id = map.add(SourceFile::new("a.toml".into(), format!("{line}\n")));
        let d = Diagnostic::error("E0101", Span::new(id, 0..1), "bad");
        assert!(map.render_with(&d, true).contains("13812345678"));
    }
}
