//! What several report commands share: `--fail-on`, the member filter and
//! the `--month`/`--from`/`--to` period flags.

use chrono::NaiveDate;

use crate::error::Error;
use crate::options::Ctx;
use crate::report::period::Period;

/// `--fail-on`: what makes a report exit 1 (for cron and CI).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    /// Any listed item is overdue
    Overdue,
}

/// The member a report is narrowed to: `flag` (e.g. `--handler`), else the
/// global `--member`; an id not in team.toml is an error.
pub(crate) fn member_filter(
    records: &crate::model::Records,
    flag: Option<&String>,
    ctx: &Ctx,
) -> Result<Option<String>, Error> {
    let Some(id) = flag.or(ctx.member.as_ref()) else {
        return Ok(None);
    };
    if records.member(id).is_none() {
        return Err(Error::refused(format!("no member `{id}` in team.toml")));
    }
    Ok(Some(id.clone()))
}

/// Resolves `--month` with `--from`/`--to`; a contradiction is a usage
/// error (exit 2).
pub(crate) fn period_flags(
    ctx: &Ctx,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Period, Error> {
    Period::resolve(ctx.month, from, to).map_err(|e| Error::usage(e.to_string()))
}

/// `--owner ID` and the global `--member ID`, each checked against team.toml.
pub(crate) fn owner_and_member(
    records: &crate::model::Records,
    owner: Option<&String>,
    ctx: &Ctx,
) -> Result<(Option<String>, Option<String>), Error> {
    let owner = match owner {
        Some(o) => member_filter(records, Some(o), ctx)?,
        None => None,
    };
    let member = match ctx.member.as_ref() {
        Some(m) => member_filter(records, Some(m), ctx)?,
        None => None,
    };
    Ok((owner, member))
}
