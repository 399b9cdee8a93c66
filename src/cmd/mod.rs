//! One module per subcommand: load → check → compute → render.
//!
//! Commands are the only place (with `load`, `write` and `main`) that touch
//! files, the clock and stdout. A report command loads the records, stops
//! with exit 1 and the diagnostics on stderr when they have errors, asks a
//! pure function in `crate::report` for its rows and renders them.

pub mod action;
pub mod actions;
pub mod appraisal;
pub mod attendance;
pub mod award;
pub mod awards;
pub mod care;
pub mod check;
pub mod client;
pub mod clock;
pub mod common;
pub mod complaint;
pub mod complaints;
pub mod completions;
pub mod deal;
pub mod export;
pub mod fmt;
pub mod followups;
pub mod import;
pub mod init;
pub mod kpi;
pub mod leave;
pub mod leave_write;
pub mod log;
pub mod man;
pub mod meeting;
pub mod meetings;
pub mod month_pack;
pub mod pipeline;
pub mod plan;
pub mod plans;
pub mod promotion;
pub mod report;
pub mod review;
pub mod summary;
pub mod tiers;
pub mod training;

use std::io::Write;

use chrono::{NaiveDate, NaiveDateTime};

use crate::load::{self, Loaded};
use crate::model::Records;
use crate::options::Ctx;

/// Exit status of a command: 0 ok, 1 records/refused/--fail-on, 2 usage.
pub type Code = i32;

/// Records ready for a report, with "now" and D resolved.
pub struct Opened {
    pub records: Records,
    pub now: NaiveDateTime,
    pub d: NaiveDate,
}

/// Loads and checks the records for a report. On errors prints them to
/// stderr and returns `Err(1)`; warnings are summed up on one stderr line.
pub fn open(ctx: &Ctx) -> anyhow::Result<Result<Opened, Code>> {
    let root = load::find_root(ctx.records.as_deref(), &ctx.cwd)?;
    let Loaded {
        records,
        diagnostics,
    } = load::load(&root)?;
    let (now, d) = ctx.now(&records.settings.team.timezone);
    let mut diagnostics = diagnostics;
    diagnostics.extend(crate::check::run(&records, d));
    records.sources.sort(&mut diagnostics);
    let errors = diagnostics.iter().filter(|x| x.is_error()).count();
    let mut err = std::io::stderr().lock();
    if errors > 0 {
        for x in diagnostics.iter().filter(|x| x.is_error()) {
            let _ = write!(err, "{}", records.sources.render(x));
        }
        let _ = writeln!(
            err,
            "{errors} errors: no report, since a wrong number is worse than none (see `clientele check`)"
        );
        return Ok(Err(1));
    }
    let warnings = diagnostics.len();
    if warnings > 0 && !ctx.quiet {
        let _ = writeln!(
            err,
            "note: the records have {warnings} warnings (see `clientele check`)"
        );
    }
    Ok(Ok(Opened { records, now, d }))
}

/// Loads the records for a report, or returns the exit code from `open`.
#[macro_export]
macro_rules! open_or_return {
    ($ctx:expr) => {
        match $crate::cmd::open($ctx)? {
            Ok(o) => o,
            Err(code) => return Ok(code),
        }
    };
}

/// Writes to `out`, turning a closed pipe into success.
pub(crate) fn flush(out: &mut dyn Write) -> anyhow::Result<()> {
    match out.flush() {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
