//! The tally of an import: what it created (or, with `--dry-run`, would create), as the
//! user reads it: counts per kind, the first files, the rows left out.

use std::collections::BTreeMap;
use std::io::Write;

use crate::i18n::{self, Lang};
use crate::t;

/// How many files are listed before the rest are counted.
pub(crate) const FIRST_FILES: usize = 10;

/// The outcome of one import.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Tally {
    /// What was read (`DIR`, `FILE`), for the first line.
    pub(crate) from: String,
    /// Counts per kind, in the order printed ("members", 41).
    pub(crate) counts: Vec<(&'static str, usize)>,
    /// A line for each of the first [`FIRST_FILES`] files written: its
    /// path and what changes in it.
    pub(crate) files: Vec<(String, String)>,
    /// How many files were written after those.
    pub(crate) more_files: usize,
    /// Why rows were left out (an `import-why-…` catalog id) → how many.
    pub(crate) skipped: BTreeMap<&'static str, usize>,
    /// Lines printed last (what to do next).
    pub(crate) notes: Vec<String>,
}

impl Tally {
    /// Notes a file written, its line made only when it is listed (an
    /// import of 40,000 new files keeps ten lines, not 40,000).
    pub(crate) fn file(&mut self, rel: impl Into<String>, line: impl FnOnce() -> String) {
        if self.files.len() < FIRST_FILES {
            self.files.push((rel.into(), line()));
        } else {
            self.more_files += 1;
        }
    }

    /// Prints the tally in the reader's language.
    pub(crate) fn print(&self, dry_run: bool, out: &mut dyn Write) -> std::io::Result<()> {
        let counts: Vec<String> = self
            .counts
            .iter()
            .map(|(k, n)| {
                crate::i18n::tr(
                    crate::i18n::current(),
                    &format!("import-count-{k}"),
                    &[("n", (*n).into())],
                )
            })
            .collect();
        let nothing = self.counts.iter().all(|(_, n)| *n == 0);
        let counts = if nothing {
            t!("import-nothing")
        } else {
            counts.join(&t!("list-separator"))
        };
        let from = self.from.as_str();
        if dry_run {
            writeln!(
                out,
                "{}",
                t!("import-dry-run", from = from, counts = counts.as_str())
            )?;
        } else {
            writeln!(
                out,
                "{}",
                t!("import-done", from = from, counts = counts.as_str())
            )?;
        }
        let width = self
            .files
            .iter()
            .take(FIRST_FILES)
            .map(|(f, _)| f.chars().count())
            .max()
            .unwrap_or(0);
        for (file, what) in self.files.iter().take(FIRST_FILES) {
            writeln!(out, "  {file:<width$}  {what}")?;
        }
        let more = self.more_files + self.files.len().saturating_sub(FIRST_FILES);
        if more > 0 {
            let more = t!("import-more-files", n = more);
            writeln!(out, "  {more}")?;
        }
        // in the order of the English phrases, whatever the language
        let mut skipped: Vec<(String, &str, usize)> = self
            .skipped
            .iter()
            .map(|(why, n)| (i18n::tr(Lang::En, why, &[]), *why, *n))
            .collect();
        skipped.sort();
        for (_, why, n) in skipped {
            let why = i18n::tr(i18n::current(), why, &[]);
            writeln!(out, "{}", t!("import-left-out", n = n, why = why))?;
        }
        for note in &self.notes {
            writeln!(out, "{note}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_first_files_and_what_was_left_out() {
        let mut s = Tally {
            from: "crm".into(),
            counts: vec![("members", 2), ("clients", 12)],
            ..Tally::default()
        };
        s.file("team.toml", || "2 new members".into());
        for i in 0..12 {
            s.file(format!("clients/c{i}.toml"), || "new: lead, 1 deal".into());
        }
        assert_eq!((s.files.len(), s.more_files), (10, 3));
        s.skipped.insert("import-why-no-account", 3);
        let mut out = Vec::new();
        s.print(true, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "dry run, nothing written: importing crm would add 2 members, 12 clients\n  team.toml        2 new members\n  clients/c0.toml  new: lead, 1 deal\n  clients/c1.toml  new: lead, 1 deal\n  clients/c2.toml  new: lead, 1 deal\n  clients/c3.toml  new: lead, 1 deal\n  clients/c4.toml  new: lead, 1 deal\n  clients/c5.toml  new: lead, 1 deal\n  clients/c6.toml  new: lead, 1 deal\n  clients/c7.toml  new: lead, 1 deal\n  clients/c8.toml  new: lead, 1 deal\n  … and 3 more files\nleft out: 3 deals with no account\n"
        );
    }
}
