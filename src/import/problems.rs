//! The problems one import finds, all of them in one run: each is a
//! [`Diagnostic`] at `path:line:col` in an input file, plus a short phrase
//! naming its kind ("deals with no account"), so that a kind found on
//! 1,425 rows is shown a few times and then counted, not printed 1,425
//! times (unless `--show-all`).

use std::collections::BTreeMap;
use std::io::Write;

use crate::diagnostic::{Diagnostic, SourceMap, Span};

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
    pub(crate) fn error(&mut self, code: &'static str, kind: &'static str, span: Span, m: String) {
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
        m: String,
    ) {
        self.list.push(Problem {
            kind,
            diag: Diagnostic::warning(code, span, m),
        });
    }

    /// Adds a help line to the last problem.
    pub(crate) fn help(&mut self, help: impl Into<String>) {
        if let Some(p) = self.list.last_mut() {
            let help: String = help.into();
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
    /// then a line per kind that had more.
    pub(crate) fn print(
        &self,
        sources: &SourceMap,
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
            let pa = sources.get(a.diag.span.file).map(|f| f.rel.as_str());
            let pb = sources.get(b.diag.span.file).map(|f| f.rel.as_str());
            (pa, a.diag.span.start, a.diag.severity).cmp(&(pb, b.diag.span.start, b.diag.severity))
        });
        let mut shown: BTreeMap<&str, usize> = BTreeMap::new();
        let mut hidden: BTreeMap<(&str, &str), usize> = BTreeMap::new();
        for p in sorted {
            let n = shown.entry(p.kind).or_default();
            *n += 1;
            if all || *n <= SHOWN_PER_KIND {
                write!(out, "{}", sources.render(&p.diag))?;
            } else {
                *hidden
                    .entry((p.kind, p.diag.severity.as_str()))
                    .or_default() += 1;
            }
        }
        for ((kind, severity), n) in hidden {
            let s = if n == 1 { "" } else { "s" };
            writeln!(
                out,
                "note: {n} more {severity}{s} like those above ({kind}) not shown: --show-all lists every one"
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{FileId, SourceFile};

    #[test]
    fn a_kind_is_shown_a_few_times_then_counted() {
        let mut sources = SourceMap::new(std::path::Path::new(""));
        let text: String = (0..8).map(|i| format!("row{i}\n")).collect();
        let id = sources.add(SourceFile::new("in/x.csv".into(), text));
        let mut p = Problems::default();
        for i in (0..8).rev() {
            let at = i * 5;
            p.warning(
                "W0805",
                "rows skipped",
                Span::new(id, at..at + 4),
                format!("row {i}"),
            );
        }
        p.error("E0802", "bad", Span::new(FileId(0), 0..1), "bad".into());
        assert_eq!((p.errors(), p.warnings()), (1, 8));
        let mut out = Vec::new();
        p.print(&sources, false, false, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.starts_with("in/x.csv:1:1: error: bad [E0802]\n"),
            "{text}"
        );
        assert!(
            text.contains("in/x.csv:5:1: warning: row 4 [W0805]"),
            "{text}"
        );
        assert!(!text.contains("row 5"), "{text}");
        assert!(text.ends_with(
            "note: 3 more warnings like those above (rows skipped) not shown: --show-all lists every one\n"
        ));
        let mut out = Vec::new();
        p.print(&sources, true, false, &mut out).unwrap();
        assert!(String::from_utf8(out).unwrap().contains("row 7"));
        let mut out = Vec::new();
        p.print(&sources, true, true, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "in/x.csv:1:1: error: bad [E0802]\n  |\n1 | row0\n  | ^\n"
        );
    }
}
