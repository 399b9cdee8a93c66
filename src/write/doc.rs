//! An editable record file: the toml_edit document plus what toml_edit
//! would lose — the file's line endings (CRLF is written back as CRLF) and
//! a missing final newline (kept missing unless the edit appends at the
//! end). Everything else round-trips byte for byte through toml_edit.

use toml_edit::DocumentMut;

use super::WriteError;
use crate::t;

/// A parsed record file, ready to edit.
#[derive(Debug, Clone)]
pub(crate) struct EditDoc {
    pub(crate) doc: DocumentMut,
    crlf: bool,
    /// The original text's last line when it had no final newline.
    unterminated_tail: Option<String>,
}

impl EditDoc {
    /// An empty document, for a file that does not exist yet.
    pub(crate) fn new() -> EditDoc {
        EditDoc {
            doc: DocumentMut::new(),
            crlf: false,
            unterminated_tail: None,
        }
    }

    /// Parses `text` (the file at `rel`, named in messages).
    pub(crate) fn parse(rel: &str, text: &str) -> Result<EditDoc, WriteError> {
        let crlf = uses_crlf(text);
        let doc = text.parse::<DocumentMut>().map_err(|e| {
            WriteError::refused(t!(
                "refuse-invalid-toml",
                file = rel,
                why = e.message().trim().trim_end_matches('.')
            ))
        })?;
        let unterminated_tail = (!text.is_empty() && !text.ends_with('\n'))
            .then(|| text.rsplit('\n').next().unwrap_or("").to_string());
        Ok(EditDoc {
            doc,
            crlf,
            unterminated_tail,
        })
    }

    /// Parses the part of `text` from byte `from` on (a caller keeps the
    /// part before as it is), rendered with the whole text's line endings.
    pub(crate) fn parse_from(rel: &str, text: &str, from: usize) -> Result<EditDoc, WriteError> {
        let part = text.get(from..).unwrap_or_default();
        let mut doc = EditDoc::parse(rel, part)?;
        doc.crlf = uses_crlf(text);
        Ok(doc)
    }

    /// Parses `text`, or starts an empty document when there is none.
    pub(crate) fn open(rel: &str, text: Option<&str>) -> Result<EditDoc, WriteError> {
        match text {
            Some(t) => EditDoc::parse(rel, t),
            None => Ok(EditDoc::new()),
        }
    }

    /// The file's new text, with its own line endings.
    pub(crate) fn render(&self) -> String {
        let mut text = self.doc.to_string();
        if let Some(tail) = &self.unterminated_tail
            && let Some(body) = text.strip_suffix('\n')
            && body.rsplit('\n').next() == Some(tail.trim_end_matches('\r'))
        {
            text.truncate(body.len());
        }
        if self.crlf {
            text = text.replace("\r\n", "\n").replace('\n', "\r\n");
        }
        text
    }
}

impl Default for EditDoc {
    fn default() -> Self {
        EditDoc::new()
    }
}

/// Whether a text's lines end with CRLF (every line break is one).
pub(crate) fn uses_crlf(text: &str) -> bool {
    let lf = text.matches('\n').count();
    lf > 0 && text.matches("\r\n").count() == lf
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_and_missing_final_newline_survive() {
        let text = "# c\r\na = 1\r\n\r\n[t]\r\nb = \"x\"\r\n";
        let doc = EditDoc::parse("x.toml", text).unwrap();
        assert_eq!(doc.render(), text);
        let text = "a = 1\nb = 2";
        let doc = EditDoc::parse("x.toml", text).unwrap();
        assert_eq!(doc.render(), text);
        let mut doc = EditDoc::parse("x.toml", text).unwrap();
        doc.doc["a"] = toml_edit::value(3);
        assert_eq!(doc.render(), "a = 3\nb = 2");
    }

    #[test]
    fn mixed_endings_are_left_alone() {
        assert!(!uses_crlf("a = 1\r\nb = 2\n"));
        assert!(uses_crlf("a = 1\r\n"));
        assert!(!uses_crlf("a = 1"));
    }

    #[test]
    fn invalid_toml_is_refused() {
        let e = EditDoc::parse("clients/a.toml", "a = ").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("clients/a.toml is not valid TOML")
        );
    }
}
