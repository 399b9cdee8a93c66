//! Flag groups several commands share, declared once and flattened into
//! each command's `Args` (`#[command(flatten)]`): the `--from`/`--to`
//! period, `--fail-on` and a client report's `--owner`. Parsing only; what a
//! flag filters is the report's business.

use chrono::NaiveDate;

use crate::error::{Error, Status};
use crate::options::Ctx;
use crate::report::period::Period;

/// `--from`/`--to`: the days a report covers (either end open). What falls
/// on a day (received, due, opened …) is the command's own rule.
#[derive(Debug, clap::Args)]
pub(crate) struct PeriodArgs {
    /// Only what falls on or after this day
    #[arg(long, value_parser = crate::values::date, value_name = "YYYY-MM-DD")]
    pub(crate) from: Option<NaiveDate>,
    /// Only what falls on or before this day
    #[arg(long, value_parser = crate::values::date, value_name = "YYYY-MM-DD")]
    pub(crate) to: Option<NaiveDate>,
}

impl PeriodArgs {
    /// Resolves the global `--month` with `--from`/`--to`; a contradiction
    /// is a usage error (exit 2).
    pub(crate) fn period(&self, ctx: &Ctx) -> Result<Period, Error> {
        Period::resolve(ctx.month, self.from, self.to).map_err(Error::Usage)
    }
}

/// `--fail-on`: what makes a report exit 1 (for cron and CI).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum FailOn {
    /// Any listed item is overdue
    Overdue,
}

/// The `--fail-on` flag.
#[derive(Debug, clap::Args)]
pub(crate) struct FailOnArgs {
    /// Exit 1 when a listed item is overdue
    #[arg(long, value_enum, value_name = "WHAT")]
    pub(crate) fail_on: Option<FailOn>,
}

impl FailOnArgs {
    /// How the report ends: [`Status::Failure`] when `--fail-on overdue`
    /// is given and `overdue` holds.
    pub(crate) fn status(&self, overdue: impl FnOnce() -> bool) -> Status {
        Status::failure_if(self.fail_on == Some(FailOn::Overdue) && overdue())
    }
}

/// `--owner` of the client reports (`tiers`, `followups`, `care`).
#[derive(Debug, clap::Args)]
pub(crate) struct ClientOwnerArgs {
    /// Only clients owned by this member (--member: owned or served)
    #[arg(long, value_name = "ID")]
    pub(crate) owner: Option<String>,
}
