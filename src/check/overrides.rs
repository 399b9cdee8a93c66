//! Manual tiers on clients that are not graded as of D: the report ignores
//! them, so the records say something that is not applied.

use chrono::NaiveDate;

use crate::diagnostic::{Arg, Diagnostic, codes};
use crate::model::Records;
use crate::msg;

/// A tier override on a client that [`Client::is_graded`] says is not
/// graded as of `d`.
///
/// [`Client::is_graded`]: crate::model::Client::is_graded
pub(crate) fn overrides_on_ungraded(records: &Records, d: NaiveDate) -> Vec<Diagnostic> {
    records
        .clients
        .iter()
        .filter(|c| c.tier.is_some() && !c.is_graded(d))
        .map(|c| {
            Diagnostic::warning(
                codes::OVERRIDE_NOT_GRADED,
                c.spans.of("tier"),
                msg!(
                    "diag-override-not-graded",
                    client = &c.id,
                    stage = Arg::value("stage", c.stage),
                ),
            )
        })
        .collect()
}
