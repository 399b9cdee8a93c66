//! The input files of one import and where a byte offset stands in them.
//!
//! A file is read as a stream (by `table`, through `sheet`), and none of
//! its text is kept: only how many bytes were read and their digest. When
//! problems are printed, the file is read once more, as a stream, to find
//! the lines the problems point at — the only lines held — and checked to
//! be the one read the first time (else no line is quoted rather than a
//! wrong one, as `check` does for a record file that changed). Opening a
//! file is the command's business: an [`InFile`] carries how to.

use std::collections::BTreeMap;
use std::hash::Hasher;
use std::io::BufRead;

use crate::diagnostic::FileId;

/// A stream over an input file's bytes.
pub(crate) type Stream = Box<dyn BufRead>;

/// Opens an input file (again).
pub(crate) type Open = Box<dyn Fn() -> std::io::Result<Stream>>;

/// An input file: the path to show, how to open it, and the stream the
/// command opened already (checked to be readable).
pub(crate) struct InFile {
    pub(crate) shown: String,
    open: Open,
    first: Option<Stream>,
}

impl InFile {
    /// `open`ed once, and its first bytes read: the error when it cannot be
    /// read (not found, a folder …).
    pub(crate) fn opened(shown: String, open: Open) -> std::io::Result<InFile> {
        let mut first = open()?;
        first.fill_buf()?;
        Ok(InFile {
            shown,
            open,
            first: Some(first),
        })
    }

    /// A file whose bytes are in memory (tests).
    #[cfg(test)]
    pub(crate) fn bytes(shown: &str, bytes: &[u8]) -> InFile {
        let bytes = std::sync::Arc::<[u8]>::from(bytes);
        let open: Open =
            Box::new(move || Ok(Box::new(std::io::Cursor::new(bytes.clone())) as Stream));
        InFile {
            shown: shown.to_string(),
            open,
            first: None,
        }
    }

    /// The stream to read the file through.
    pub(crate) fn stream(&mut self) -> std::io::Result<Stream> {
        match self.first.take() {
            Some(s) => Ok(s),
            None => (self.open)(),
        }
    }
}

/// A line a problem points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    /// 1-based.
    pub(crate) number: usize,
    /// Where it starts in the file.
    pub(crate) start: usize,
    /// Its text, line end left out (bytes that are not UTF-8 replaced).
    pub(crate) text: String,
}

impl Line {
    /// The 1-based character column of the byte `offset` of the file.
    pub(crate) fn column(&self, offset: usize) -> usize {
        let within = offset.saturating_sub(self.start).min(self.text.len());
        self.text.get(..within).map_or(0, |t| t.chars().count()) + 1
    }
}

struct Entry {
    file: InFile,
    /// Bytes read the first time, and their digest.
    read: (usize, u64),
}

/// Every input file of one import, indexed by [`FileId`].
#[derive(Default)]
pub(crate) struct Inputs {
    files: Vec<Entry>,
}

impl Inputs {
    /// Registers `file`; `read` is set once it is read.
    pub(crate) fn add(&mut self, file: InFile) -> FileId {
        self.files.push(Entry { file, read: (0, 0) });
        FileId(u32::try_from(self.files.len() - 1).unwrap_or(u32::MAX))
    }

    /// The stream of a file registered, to read it the first time.
    pub(crate) fn stream(&mut self, id: FileId) -> std::io::Result<Stream> {
        match self.files.get_mut(id.0 as usize) {
            Some(e) => e.file.stream(),
            None => Err(std::io::ErrorKind::NotFound.into()),
        }
    }

    /// What the first reading of a file read: its length and digest.
    pub(crate) fn set_read(&mut self, id: FileId, read: (usize, u64)) {
        if let Some(e) = self.files.get_mut(id.0 as usize) {
            e.read = read;
        }
    }

    /// The path shown for a file.
    pub(crate) fn shown(&self, id: FileId) -> &str {
        self.files
            .get(id.0 as usize)
            .map_or("?", |e| e.file.shown.as_str())
    }

    /// The lines holding each of `offsets` in the file `id`, read again;
    /// none when it cannot be read or is no longer the file read first.
    pub(crate) fn lines(&self, id: FileId, offsets: &[usize]) -> BTreeMap<usize, Line> {
        let Some(e) = self.files.get(id.0 as usize) else {
            return BTreeMap::new();
        };
        let mut wanted: Vec<usize> = offsets.iter().map(|&o| o.min(e.read.0)).collect();
        wanted.sort_unstable();
        wanted.dedup();
        match (e.file.open)().and_then(|s| find_lines(s, e.read, &wanted)) {
            Ok(Some(found)) => offsets
                .iter()
                .filter_map(|&o| Some((o, found.get(&o.min(e.read.0))?.clone())))
                .collect(),
            _ => BTreeMap::new(),
        }
    }

    /// 1-based line and column of a span's start (tests).
    #[cfg(test)]
    pub(crate) fn line_col(&self, span: crate::diagnostic::Span) -> (usize, usize) {
        let at = span.start as usize;
        self.lines(span.file, &[at])
            .get(&at)
            .map_or((1, 1), |l| (l.number, l.column(at)))
    }

    /// The problems as `path:line:col: severity: message`, sorted by path,
    /// place and message (tests).
    #[cfg(test)]
    pub(crate) fn listing(&self, p: &super::Problems) -> Vec<String> {
        let mut diags: Vec<_> = p.list.iter().map(|x| &x.diag).collect();
        diags.sort_by_cached_key(|d| (self.shown(d.span.file), d.span.start, d.message.en()));
        diags
            .iter()
            .map(|d| {
                let (line, col) = self.line_col(d.span);
                format!(
                    "{}:{line}:{col}: {}: {}",
                    self.shown(d.span.file),
                    d.severity.as_str(),
                    d.message.en()
                )
            })
            .collect()
    }
}

/// Reads `src` line by line, keeping the lines that hold one of `wanted`
/// (sorted); `None` when its first `read.0` bytes are not those read first.
fn find_lines(
    mut src: Stream,
    read: (usize, u64),
    wanted: &[usize],
) -> std::io::Result<Option<BTreeMap<usize, Line>>> {
    let mut found = BTreeMap::new();
    let mut hasher = std::collections::hash_map::DefaultHasher::default();
    let (mut start, mut number, mut next) = (0, 1, 0);
    let mut buf = Vec::new();
    while start < read.0 {
        buf.clear();
        let n = src.read_until(b'\n', &mut buf)?;
        if n == 0 {
            return Ok(None);
        }
        hasher.write(&buf[..n.min(read.0 - start)]);
        let ends = buf.ends_with(b"\n");
        while let Some(&at) = wanted.get(next)
            && (at < start + n || (!ends && start + n >= read.0))
        {
            let text = String::from_utf8_lossy(&buf);
            let text = text.trim_end_matches(['\n', '\r']).to_string();
            found.insert(
                at,
                Line {
                    number,
                    start,
                    text,
                },
            );
            next += 1;
        }
        start += n;
        number += 1;
    }
    if hasher.finish() != read.1 {
        return Ok(None);
    }
    // offsets at the very end of a file that ends with a line end
    for &at in wanted.get(next..).unwrap_or_default() {
        found.insert(
            at,
            Line {
                number,
                start,
                text: String::new(),
            },
        );
    }
    Ok(Some(found))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a first reading records: read line by line, as `sheet` does.
    fn read_all(bytes: &[u8]) -> (usize, u64) {
        let mut h = std::collections::hash_map::DefaultHasher::default();
        bytes
            .split_inclusive(|b| *b == b'\n')
            .for_each(|l| h.write(l));
        (bytes.len(), h.finish())
    }

    #[test]
    fn lines_are_found_again_and_columns_count_characters() {
        let text = "a,b\r\n\u{a0}x,\"two\nlines\"\nlast";
        let mut inputs = Inputs::default();
        let id = inputs.add(InFile::bytes("x.csv", text.as_bytes()));
        inputs.set_read(id, read_all(text.as_bytes()));
        let at = |s: &str| text.find(s).unwrap();
        let lines = inputs.lines(id, &[at("b"), at("x"), at("lines"), at("last") + 2, 999]);
        let shown: Vec<(usize, usize, &str)> = lines
            .iter()
            .map(|(o, l)| (l.number, l.column(*o), l.text.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                (1, 3, "a,b"),
                (2, 2, "\u{a0}x,\"two"),
                (3, 1, "lines\""),
                (4, 3, "last"),
                (4, 5, "last"),
            ]
        );
    }

    #[test]
    fn a_file_that_changed_is_not_quoted() {
        let mut inputs = Inputs::default();
        let id = inputs.add(InFile::bytes("x.csv", b"a\nb\n"));
        inputs.set_read(id, read_all(b"a\nc\n"));
        assert!(inputs.lines(id, &[2]).is_empty());
        inputs.set_read(id, read_all(b"a\n"));
        assert_eq!(inputs.lines(id, &[2])[&2].number, 2);
        assert_eq!(inputs.lines(id, &[2])[&2].text, "");
    }
}
