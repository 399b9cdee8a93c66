//! The files one load read (`SourceMap`) and where a byte offset stands in
//! them. A file's line-start table is built only when a diagnostic asks for
//! a line, and the loader lets a file's text go once it is parsed: the text
//! is read again (and checked to be the one parsed) only when a diagnostic
//! about that file is shown.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::{Diagnostic, Span, display_join, quote};

/// Reads a file's text again from the records folder and its path inside
/// it, for a diagnostic about a file whose text was let go.
pub(crate) type Reload = fn(&Path, &str) -> Option<String>;

/// A fast 64-bit hash of some bytes, eight at a time (FxHash's mixing):
/// tells a text read again from the one parsed, and keys the cache. Not
/// meant to resist anyone crafting collisions.
pub(crate) fn digest(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mix = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    let mut h = mix(0, bytes.len() as u64);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = mix(h, u64::from_le_bytes(w));
    }
    let mut w = [0u8; 8];
    w[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    mix(h, u64::from_le_bytes(w))
}

/// One file the loader read: its path inside the records folder and its
/// text (while kept, or once read again).
#[derive(Debug, Clone)]
pub(crate) struct SourceFile {
    /// Path inside the records folder, with `/` separators (`clients/a.toml`).
    pub(crate) rel: String,
    text: OnceLock<String>,
    line_starts: OnceLock<Vec<usize>>,
    /// The length and [`digest`] of the text parsed, once it was let go.
    let_go: Option<(usize, u64)>,
}

impl SourceFile {
    pub(crate) fn new(rel: String, text: String) -> SourceFile {
        SourceFile {
            rel,
            text: OnceLock::from(text),
            line_starts: OnceLock::new(),
            let_go: None,
        }
    }

    /// A file known by the length and digest of its text, which is read
    /// again only when needed (a file the cache vouched for).
    pub(crate) fn unread(rel: String, len: usize, hash: u64) -> SourceFile {
        SourceFile {
            rel,
            text: OnceLock::new(),
            line_starts: OnceLock::new(),
            let_go: Some((len, hash)),
        }
    }

    /// The text; empty when it was let go and not read again.
    pub(crate) fn text(&self) -> &str {
        self.text.get().map_or("", String::as_str)
    }

    /// Takes the text out (a caller that lent it to the loader wants it
    /// back); the file then shows an empty text.
    pub(crate) fn take_text(&mut self) -> Option<String> {
        self.line_starts = OnceLock::new();
        self.text.take()
    }

    /// Lets the text go (it can be read again for a diagnostic).
    pub(crate) fn let_go(&mut self) {
        if let Some(text) = self.text.take() {
            self.let_go = Some((text.len(), digest(text.as_bytes())));
        }
        self.line_starts = OnceLock::new();
    }

    /// Reads the text again when it was let go, if the file still holds
    /// the very text parsed.
    fn restore(&self, root: &Path, reload: Option<Reload>) {
        let (Some((len, hash)), Some(reload)) = (self.let_go, reload) else {
            return;
        };
        if self.text.get().is_some() {
            return;
        }
        if let Some(text) = reload(root, &self.rel)
            && text.len() == len
            && digest(text.as_bytes()) == hash
        {
            let _ = self.text.set(text);
        }
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            let mut starts = vec![0];
            starts.extend(self.text().match_indices('\n').map(|(i, _)| i + 1));
            starts
        })
    }

    /// The byte offset where a 1-based line starts.
    fn line_start(&self, line: usize) -> usize {
        self.line_starts().get(line - 1).copied().unwrap_or(0)
    }

    /// 1-based line and character column of a byte offset.
    pub(crate) fn line_col(&self, offset: usize) -> (usize, usize) {
        let text = self.text();
        let offset = offset.min(text.len());
        let line = self.line_starts().partition_point(|&s| s <= offset).max(1);
        let start = self.line_start(line);
        let col = text
            .get(start..offset)
            .map_or(0, |prefix| prefix.chars().count());
        (line, col + 1)
    }

    /// The text of a 1-based line, without its line ending.
    pub(crate) fn line_text(&self, line: usize) -> &str {
        let start = self.line_start(line);
        let end = self
            .line_starts()
            .get(line)
            .copied()
            .unwrap_or(self.text().len());
        self.text()
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }
}

/// Every file read in one load, indexed by [`super::FileId`].
#[derive(Debug, Clone, Default)]
pub(crate) struct SourceMap {
    /// The records folder as the user gave it (or as it was found).
    pub(crate) root: PathBuf,
    pub(crate) files: Vec<SourceFile>,
    /// How to read a text again that was let go (set by the loader).
    pub(crate) reload: Option<Reload>,
}

impl SourceMap {
    pub(crate) fn new(root: &Path) -> SourceMap {
        SourceMap {
            root: root.to_path_buf(),
            files: Vec::new(),
            reload: None,
        }
    }

    pub(crate) fn add(&mut self, file: SourceFile) -> super::FileId {
        self.files.push(file);
        super::FileId(u32::try_from(self.files.len() - 1).unwrap_or(u32::MAX))
    }

    pub(crate) fn get(&self, id: super::FileId) -> Option<&SourceFile> {
        self.files.get(id.0 as usize)
    }

    /// The file with its text, read again if it was let go.
    fn with_text(&self, id: super::FileId) -> Option<&SourceFile> {
        let file = self.get(id)?;
        file.restore(&self.root, self.reload);
        Some(file)
    }

    /// The path shown to the user: the records folder joined with `rel`.
    pub(crate) fn display_path(&self, id: super::FileId) -> String {
        let rel = self.get(id).map_or("?", |f| f.rel.as_str());
        display_join(&self.root, rel)
    }

    /// 1-based line and column of a span's start.
    pub(crate) fn line_col(&self, span: Span) -> (usize, usize) {
        self.with_text(span.file)
            .map_or((1, 1), |f| f.line_col(span.start as usize))
    }

    /// Renders one diagnostic: the header line, the source line and a
    /// caret; phones and email addresses in the line are masked.
    pub(crate) fn render(&self, d: &Diagnostic) -> String {
        self.render_with(d, false)
    }

    /// [`SourceMap::render`], showing phones and addresses as they are
    /// when `reveal` (`--reveal`).
    pub(crate) fn render_with(&self, d: &Diagnostic, reveal: bool) -> String {
        let (line, col) = self.line_col(d.span);
        let mut out = format!(
            "{}:{}:{}: {}: {} [{}]\n",
            self.display_path(d.span.file),
            line,
            col,
            d.severity.as_str(),
            d.message.shown(),
            d.code
        );
        if let Some(file) = self.with_text(d.span.file) {
            let text = file.line_text(line);
            if !text.is_empty() {
                let start = file.line_start(line);
                let begin = (d.span.start as usize)
                    .saturating_sub(start)
                    .min(text.len());
                let end = (d.span.end as usize)
                    .saturating_sub(start)
                    .clamp(begin, text.len());
                out.push_str(&quote(line, text, begin..end, reveal));
            }
        }
        if let Some(help) = &d.help {
            out.push_str(&format!("  = help: {}\n", help.shown()));
        }
        out
    }

    /// Sorts diagnostics by file path, then position, then message (in
    /// English: the order is the same in every language).
    pub(crate) fn sort(&self, diags: &mut [Diagnostic]) {
        diags.sort_by_cached_key(|d| {
            let path = self.get(d.span.file).map(|f| f.rel.as_str());
            (path, d.span.start, d.message.en())
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reload(_: &Path, rel: &str) -> Option<String> {
        Some(match rel {
            "same.toml" => "a = 1\nb = x\n".to_string(),
            _ => "a = 1\nb = changed\n".to_string(),
        })
    }

    #[test]
    fn a_text_let_go_is_read_again_only_when_unchanged() {
        let mut map = SourceMap::new(Path::new("r"));
        map.reload = Some(reload);
        let text = "a = 1\nb = x\n".to_string();
        let same = map.add(SourceFile::new("same.toml".into(), text.clone()));
        let other = map.add(SourceFile::new("other.toml".into(), text));
        map.files.iter_mut().for_each(SourceFile::let_go);
        assert_eq!(map.get(same).map(SourceFile::text), Some(""));
        let at = |file| Span::new(file, 10..11);
        assert_eq!(map.line_col(at(same)), (2, 5));
        let shown = map.render(&Diagnostic::error("E0101", at(same), "bad"));
        assert!(shown.contains("2 | b = x\n"), "{shown}");
        // changed since it was parsed: no line rather than a wrong one
        assert_eq!(map.line_col(at(other)), (1, 1));
    }

    #[test]
    fn digest_sees_every_byte_and_the_length() {
        assert_ne!(digest(b"abcdefgh1"), digest(b"abcdefgh2"));
        assert_ne!(digest(b"a"), digest(b"a\0"));
        assert_eq!(digest(b"same"), digest(b"same"));
    }
}
