//! The problems one import finds, all of them in one run: each is a
//! [`Diagnostic`] at `path:line:col` in an input file, plus the catalog id
//! of a short phrase naming its kind (`import-kind-no-account`, "deals
//! with no account"), so that a kind found on 1,425 rows is shown a few
//! times and then counted, not printed 1,425 times (unless `--show-all`).
//! Messages and kinds are catalog ids (`locales/*/import.ftl`) shown in
//! the reader's language; what sorts is their English text, so the order
//! is the same in every language.

use std::collections::BTreeMap;
use std::io::Write;

use super::inputs::{Inputs, Line};
use crate::diagnostic::{Diagnostic, FileId, Msg, Span, quote};
use crate::i18n::{self, Lang};
use crate::t;

/// How many problems of one kind are printed before the rest are counted.
pub(crate) const SHOWN_PER_KIND: usize = 5;

/// One problem and its kind.
#[derive(Clone, Debug)]
pub(crate) struct Problem {
    pub(crate) kind: &'static str,
    pub(crate) diag: Diagnostic,
}

/// Every problem found so far.
#[derive(Clone, Debug, Default)]
pub(crate) struct Problems {
    pub(crate) list: Vec<Problem>,
}

impl Problems {
    pub(crate) fn error(
        &mut self,
        code: &'static str,
        kind: &'static str,
        span: Span,
        m: impl Into<Msg>,
    ) {
        self.list.push(Problem {
            kind,
            diag: Diagnostic::error(code, span, m),
        });
    }

    pub(crate) fn warning(
        &mut self,
        code: &'static str,
        kind: &'static str,
        span: Span,
        m: impl Into<Msg>,
    ) {
        self.list.push(Problem {
            kind,
            diag: Diagnostic::warning(code, span, m),
        });
    }

    /// Adds a help line to the last problem.
    pub(crate) fn help(&mut self, help: impl Into<Msg>) {
        if let Some(p) = self.list.last_mut() {
            p.diag.help = Some(help.into());
        }
    }

    pub(crate) fn errors(&self) -> usize {
        self.list.iter().filter(|p| p.diag.is_error()).count()
    }

    pub(crate) fn warnings(&self) -> usize {
        self.list.len() - self.errors()
    }

    /// Prints the problems in file order (only the errors when
    /// `errors_only`), at most [`SHOWN_PER_KIND`] of a kind unless `all`,
    /// then a line per kind that had more. The lines quoted are read again
    /// from the inputs, only those of the problems shown.
    pub(crate) fn print(
        &self,
        inputs: &Inputs,
        all: bool,
        errors_only: bool,
        out: &mut dyn Write,
    ) -> std::io::Result<()> {
        let mut sorted: Vec<&Problem> = self
            .list
            .iter()
            .filter(|p| !errors_only || p.diag.is_error())
            .collect();
        sorted.sort_by(|a, b| {
            let (pa, pb) = (
                inputs.shown(a.diag.span.file),
                inputs.shown(b.diag.span.file),
            );
            (pa, a.diag.span.start, a.diag.severity).cmp(&(pb, b.diag.span.start, b.diag.severity))
        });
        let mut counted: BTreeMap<&str, usize> = BTreeMap::new();
        let mut hidden: BTreeMap<(String, bool), (&str, usize)> = BTreeMap::new();
        let mut shown: Vec<&Diagnostic> = Vec::new();
        for p in sorted {
            let n = counted.entry(p.kind).or_default();
            *n += 1;
            if all || *n <= SHOWN_PER_KIND {
                shown.push(&p.diag);
            } else {
                let key = (i18n::tr(Lang::En, p.kind, &[]), !p.diag.is_error());
                hidden.entry(key).or_insert((p.kind, 0)).1 += 1;
            }
        }
        let lines = lines_of(inputs, &shown);
        for d in shown {
            let line = lines.get(&(d.span.file, d.span.start as usize));
            write!(out, "{}", render(inputs.shown(d.span.file), d, line))?;
        }
        for ((_, warning), (kind, n)) in hidden {
            let kind = i18n::tr(i18n::current(), kind, &[]);
            let more = if warning {
                t!("import-more-warnings", n = n, kind = kind)
            } else {
                t!("import-more-errors", n = n, kind = kind)
            };
            writeln!(out, "{more}")?;
        }
        Ok(())
    }
}

/// The line each diagnostic starts on, by file and offset: each file read
/// once more.
fn lines_of(inputs: &Inputs, diags: &[&Diagnostic]) -> BTreeMap<(FileId, usize), Line> {
    let mut wanted: BTreeMap<FileId, Vec<usize>> = BTreeMap::new();
    for d in diags {
        wanted
            .entry(d.span.file)
            .or_default()
            .push(d.span.start as usize);
    }
    let mut out = BTreeMap::new();
    for (file, offsets) in wanted {
        for (at, line) in inputs.lines(file, &offsets) {
            out.insert((file, at), line);
        }
    }
    out
}

/// One diagnostic as `check` renders one (`SourceMap::render`): the header
/// line, the source line with phones and addresses masked, and a caret.
fn render(path: &str, d: &Diagnostic, line: Option<&Line>) -> String {
    let (start, end) = (d.span.start as usize, d.span.end as usize);
    let (number, col) = line.map_or((1, 1), |l| (l.number, l.column(start)));
    let mut out = format!(
        "{path}:{number}:{col}: {}: {} [{}]\n",
        d.severity.as_str(),
        d.message.shown(),
        d.code
    );
    if let Some(l) = line.filter(|l| !l.text.is_empty()) {
        // the line is shown with bytes that are not UTF-8 replaced (`�`,
        // three bytes for one): the caret is put on whole characters
        let mut begin = start.saturating_sub(l.start).min(l.text.len());
        while !l.text.is_char_boundary(begin) {
            begin -= 1;
        }
        let mut end = end.saturating_sub(l.start).clamp(begin, l.text.len());
        while !l.text.is_char_boundary(end) {
            end += 1;
        }
        out.push_str(&quote(number, &l.text, begin..end, false));
    }
    if let Some(help) = &d.help {
        out.push_str(&format!("  = help: {}\n", help.shown()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::inputs::InFile;

    #[test]
    fn a_kind_is_shown_a_few_times_then_counted() {
        let mut inputs = Inputs::default();
        let text: String = (0..8).map(|i| format!("row{i}\n")).collect();
        let id = inputs.add(InFile::bytes("in/x.csv", text.as_bytes()));
        let mut reader = crate::import::sheet::Reader::new(text.as_bytes());
        while reader.next(&mut Default::default()).unwrap() {}
        inputs.set_read(id, reader.read_so_far());
        let mut p = Problems::default();
        for i in (0..8).rev() {
            let at = i * 5;
            p.warning(
                "W0805",
                "import-kind-junk",
                Span::new(id, at..at + 4),
                format!("row {i}"),
            );
        }
        p.error(
            "E0802",
            "import-kind-missing",
            Span::new(FileId(0), 0..1),
            "bad",
        );
        assert_eq!((p.errors(), p.warnings()), (1, 8));
        let mut out = Vec::new();
        p.print(&inputs, false, false, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.starts_with("in/x.csv:1:1: error: bad [E0802]\n"),
            "{text}"
        );
        assert!(
            text.contains("in/x.csv:5:1: warning: row 4 [W0805]\n  |\n5 | row4\n  | ^^^^\n"),
            "{text}"
        );
        assert!(!text.contains("row 5"), "{text}");
        assert!(text.ends_with(
            "note: 3 more warnings like those above (lines before the header) not shown: --show-all lists every one\n"
        ));
        let mut out = Vec::new();
        p.print(&inputs, true, false, &mut out).unwrap();
        assert!(String::from_utf8(out).unwrap().contains("row 7"));
        let mut out = Vec::new();
        p.print(&inputs, true, true, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "in/x.csv:1:1: error: bad [E0802]\n  |\n1 | row0\n  | ^\n"
        );
    }
}
