//! What several report commands share: `--fail-on`, the member filter and
//! the `--month`/`--from`/`--to` period flags.

use chrono::NaiveDate;

use crate::model::Tier;
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
) -> anyhow::Result<Option<String>> {
    let Some(id) = flag.or(ctx.member.as_ref()) else {
        return Ok(None);
    };
    if records.member(id).is_none() {
        anyhow::bail!("no member `{id}` in team.toml");
    }
    Ok(Some(id.clone()))
}

/// Resolves `--month` with `--from`/`--to`; a contradiction is a usage
/// error (exit 2, message on stderr).
pub(crate) fn period_flags(
    ctx: &Ctx,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Period, super::Code> {
    Period::resolve(ctx.month, from, to).map_err(|e| {
        eprintln!("error: {e}");
        2
    })
}

pub(crate) fn parse_tier(s: &str) -> Result<Tier, String> {
    enum_arg(
        s,
        |t| Tier::parse(&t.to_ascii_uppercase()),
        Tier::NAMES,
        "a tier",
    )
}

/// `--owner ID` and the global `--member ID`, each checked against team.toml.
pub(crate) fn owner_and_member(
    records: &crate::model::Records,
    owner: Option<&String>,
    ctx: &Ctx,
) -> anyhow::Result<(Option<String>, Option<String>)> {
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

/// A flag naming one of a closed set of values (`--severity high`): the
/// value, or a message naming `what` it should be and the allowed ones.
pub(crate) fn enum_arg<T>(
    s: &str,
    parse: fn(&str) -> Option<T>,
    names: &[&str],
    what: &str,
) -> Result<T, String> {
    parse(s).ok_or_else(|| format!("`{s}` is not {what}: use one of {}", names.join(", ")))
}
