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

pub mod action;
pub mod actions;
pub mod appraisal;
pub mod approvals;
mod at;
pub mod attendance;
pub mod award;
pub mod awards;
pub mod cache;
pub mod care;
pub mod career;
pub mod careers;
pub mod check;
pub mod client;
pub mod client_set;
pub mod client_show;
pub mod clients;
pub mod clock;
pub mod complaint;
pub mod complaints;
pub mod completions;
pub mod contact;
pub mod deal;
pub mod deals;
pub mod diff;
pub mod event;
pub mod events;
pub mod export;
pub mod feedback;
pub mod filters;
pub mod flags;
pub mod fmt;
pub mod followups;
pub(crate) mod handover;
pub(crate) mod happened;
pub mod history;
pub mod import;
pub mod init;
pub mod kpi;
pub mod leave;
pub mod leave_write;
pub mod log;
pub mod man;
pub mod meeting;
pub mod meetings;
pub mod member;
pub mod month_pack;
pub mod pipeline;
pub mod plan;
pub mod plans;
pub mod promotion;
pub mod report;
pub mod report_team;
pub mod research;
pub mod review;
pub mod serve;
pub mod summary;
pub mod tiers;
pub mod token;
pub mod training;
pub mod training_write;

use std::io::Write;

use chrono::{NaiveDate, NaiveDateTime};

use crate::error::Error;
use crate::load::{self, Loaded};
use crate::model::Records;
use crate::options::Ctx;

/// Records ready for a report, with "now" and today resolved.
pub struct Opened {
    pub records: Records,
    pub now: NaiveDateTime,
    pub today: NaiveDate,
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
pub fn open(ctx: &Ctx) -> Result<Opened, Error> {
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
