//! `Reports`: running reports on one read-only fixture, as of a day, in a
//! format, with the checks every report test makes (a quiet stderr, exit 0).

use super::{assert_json_rows_match_csv, fixture, run};

/// Reports on `tests/fixtures/<fixture>`, as of `d` unless a call says
/// otherwise. `quiet` lets the one-line warnings note through on stderr
/// (for fixtures that carry a warning on purpose; `-q` would silence stdout
/// too).
#[derive(Clone, Copy, Debug)]
pub struct Reports {
    pub fixture: &'static str,
    pub d: &'static str,
    pub quiet: bool,
}

impl Reports {
    pub const fn on(fixture: &'static str, d: &'static str) -> Reports {
        Reports {
            fixture,
            d,
            quiet: false,
        }
    }

    /// The same with `-q`.
    pub const fn quiet(self) -> Reports {
        Reports {
            quiet: true,
            ..self
        }
    }

    /// Runs `clientele --records FIXTURE --as-of AS_OF --format FORMAT
    /// ARGS`; expects nothing on stderr (with `quiet`, but the warnings
    /// note); returns the exit code and stdout.
    pub fn report(&self, as_of: &str, format: &str, args: &[&str]) -> (i32, String) {
        let dir = fixture(self.fixture);
        let mut all = vec!["--records", &dir, "--as-of", as_of, "--format", format];
        all.extend_from_slice(args);
        let (code, out, err) = run(&all);
        let err = if self.quiet {
            without_warnings_note(&err)
        } else {
            err
        };
        assert_eq!(err, "", "{args:?}");
        (code, out)
    }

    /// A report that must succeed, in `format`; its stdout.
    pub fn out_as_of(&self, as_of: &str, format: &str, args: &[&str]) -> String {
        let (code, out) = self.report(as_of, format, args);
        assert_eq!(code, 0, "{args:?}");
        out
    }

    /// A report that must succeed, as CSV.
    pub fn csv_as_of(&self, as_of: &str, args: &[&str]) -> String {
        self.out_as_of(as_of, "csv", args)
    }

    /// A report as of D that must succeed, as CSV.
    pub fn csv(&self, args: &[&str]) -> String {
        self.csv_as_of(self.d, args)
    }

    /// The JSON rows of a report as of D have the CSV's keys, in order, and
    /// its values.
    pub fn assert_json_matches_csv(&self, args: &[&str]) {
        let json = self.out_as_of(self.d, "json", args);
        assert_json_rows_match_csv(&json, &self.csv(args), &format!("{args:?}"));
    }
}

/// `err` without the line `note: the records have N warnings …` that a
/// report prints on stderr when the records have warnings.
pub fn without_warnings_note(err: &str) -> String {
    err.lines()
        .filter(|l| !l.starts_with("note: the records have "))
        .map(|l| format!("{l}\n"))
        .collect()
}
