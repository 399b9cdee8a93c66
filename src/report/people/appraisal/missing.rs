//! `appraisal --missing`: who has not yet handed in a self review, or has
//! not yet been reviewed by a lead, for month M — so the lead can chase
//! before the month's appraisal is closed.

use chrono::NaiveDate;

use super::reviews;
use crate::model::{MemberId, Records, YearMonth};
use crate::render::{Cell, Table};
use crate::report::people::kpi;

pub(crate) const COLUMNS: &[&str] = &[
    "member",
    "name",
    "missing_self",
    "missing_lead",
    "reports_to",
];

/// A member of M's appraisal with a review still missing.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct MissingRow {
    pub(crate) member: MemberId,
    pub(crate) name: String,
    /// No self review of M yet.
    pub(crate) missing_self: bool,
    /// No review of M by a lead (other than itself) yet.
    pub(crate) missing_lead: bool,
    /// The lead to chase for the lead review.
    pub(crate) reports_to: Option<MemberId>,
}

/// Every member in the KPI of `month` (as of `d`) whose self or lead
/// review of `month` is missing, by member id.
pub(crate) fn missing(records: &Records, month: YearMonth, d: NaiveDate) -> Vec<MissingRow> {
    let comps = reviews::by_member(records, month, d);
    kpi::members(records, month, d)
        .into_iter()
        .filter_map(|m| {
            let c = comps.get(&m.id).copied().unwrap_or_default();
            (c.own.is_none() || c.lead.is_none()).then(|| MissingRow {
                member: m.id.clone(),
                name: m.name.clone(),
                missing_self: c.own.is_none(),
                missing_lead: c.lead.is_none(),
                reports_to: m.reports_to.clone(),
            })
        })
        .collect()
}

pub(crate) fn to_table(rows: &[MissingRow]) -> Table {
    let mut t = Table::new(COLUMNS);
    for r in rows {
        t.push(vec![
            Cell::text(r.member.0.clone()),
            Cell::text(r.name.clone()),
            Cell::Bool(r.missing_self),
            Cell::Bool(r.missing_lead),
            Cell::opt(r.reports_to.as_ref(), |m| Cell::text(m.0.clone())),
        ]);
    }
    t
}
