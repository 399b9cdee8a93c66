//! The member filters of the reports: a member named by a flag or by the
//! global `--member`, checked against team.toml (an unknown id is refused,
//! exit 1, since that depends on the records).

use crate::error::Error;
use crate::options::Ctx;
use crate::t;

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
        return Err(Error::refused(t!("refuse-no-member", id = id.as_str())));
    }
    Ok(Some(id.clone()))
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
