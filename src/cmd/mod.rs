//! One module per subcommand: load → check → compute → render.
//!
//! Commands are the only place (with `load`, `write` and `main`) that touch
//! files, the clock and stdout. Each returns a `crate::error::Outcome` and
//! never prints `error: …` itself: `crate::run` does, and picks the exit
//! code. A report command opens the records ([`open`]: load → check → sort,
//! the errors listed on stderr and `Error::RecordErrors` returned when there
//! are any), asks a pure function in `crate::report` for its rows and
//! renders them. Flag groups several commands share are in [`flags`], the
//! member filters in [`filters`].

pub(crate) mod action;
pub(crate) mod actions;
pub(crate) mod appraisal;
pub(crate) mod approvals;
mod at;
pub(crate) mod attendance;
pub(crate) mod award;
pub(crate) mod awards;
pub(crate) mod cache;
pub(crate) mod care;
pub(crate) mod career;
pub(crate) mod careers;
pub(crate) mod check;
pub(crate) mod client;
pub(crate) mod client_set;
pub(crate) mod client_show;
pub(crate) mod clients;
pub(crate) mod clock;
pub(crate) mod complaint;
pub(crate) mod complaints;
pub(crate) mod completions;
pub(crate) mod contact;
pub(crate) mod deal;
pub(crate) mod deals;
pub(crate) mod diff;
pub(crate) mod event;
pub(crate) mod events;
pub(crate) mod export;
pub(crate) mod feedback;
pub(crate) mod filters;
pub(crate) mod flags;
pub(crate) mod fmt;
pub(crate) mod followups;
pub(crate) mod handover;
pub(crate) mod happened;
pub(crate) mod history;
pub(crate) mod import;
pub(crate) mod init;
pub(crate) mod kpi;
pub(crate) mod leave;
pub(crate) mod leave_write;
pub(crate) mod log;
pub(crate) mod man;
pub(crate) mod meeting;
pub(crate) mod meetings;
pub(crate) mod member;
pub(crate) mod month_pack;
pub(crate) mod pipeline;
pub(crate) mod plan;
pub(crate) mod plans;
pub(crate) mod promotion;
pub(crate) mod report;
pub(crate) mod report_team;
pub(crate) mod research;
pub(crate) mod review;
pub(crate) mod serve;
pub(crate) mod summary;
pub(crate) mod tiers;
pub(crate) mod token;
pub(crate) mod training;
pub(crate) mod training_write;

use std::io::Write;

use chrono::{NaiveDate, NaiveDateTime};

use crate::error::Error;
use crate::load::{self, Loaded};
use crate::model::Records;
use crate::options::Ctx;

/// Records ready for a report, with "now" and today resolved.
pub(crate) struct Opened {
    pub(crate) records: Records,
    pub(crate) now: NaiveDateTime,
    pub(crate) today: NaiveDate,
}

/// A report ends the run: its records are left to the exit to reclaim
/// rather than freed entry by entry (which took up to a second on large
/// folders).
impl Drop for Opened {
    fn drop(&mut self) {
        std::mem::forget(std::mem::take(&mut self.records));
    }
}

/// Loads and checks the records for a report. On errors lists them on
/// stderr and returns [`Error::RecordErrors`]; warnings are summed up on
/// one stderr line.
pub(crate) fn open(ctx: &Ctx) -> Result<Opened, Error> {
    let root = load::find_root(ctx.records.as_deref(), &ctx.cwd)?;
    let Loaded {
        records,
        diagnostics,
    } = at::load_for_report(ctx, &root)?;
    let (now, today) = ctx.now(&records.settings.team.timezone);
    let errors = diagnostics.iter().filter(|x| x.is_error()).count();
    let mut err = std::io::stderr().lock();
    if errors > 0 {
        for x in diagnostics.iter().filter(|x| x.is_error()) {
            let _ = write!(err, "{}", records.sources.render_with(x, ctx.reveal));
        }
        return Err(Error::RecordErrors { count: errors });
    }
    let warnings = diagnostics.len();
    if warnings > 0 && !ctx.quiet {
        let _ = writeln!(err, "{}", crate::t!("records-warnings", n = warnings));
    }
    Ok(Opened {
        records,
        now,
        today,
    })
}

/// Flushes `out`, turning a closed pipe into success.
pub(crate) fn flush(out: &mut dyn Write) -> Result<(), Error> {
    match out.flush() {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
