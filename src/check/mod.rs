//! Checks across files: what no single file can judge alone (rules §6).
//!
//! Each check is a plain function named after what it finds, taking the
//! records (and D when the rule depends on it) and returning diagnostics;
//! `run` calls them all. Per-file rules (types, required fields, ranges,
//! date order inside an entry) are applied by the loader as it reads.

mod clients;
mod duplicates;
mod future;
mod leaves;
mod membership;
mod overrides;
mod references;

pub(crate) use clients::name_key;

use chrono::NaiveDate;

use crate::diagnostic::Diagnostic;
use crate::model::Records;

/// Every cross-file check, as of the day `d` (for rules that depend on it,
/// such as whether a client is graded).
pub fn run(records: &Records, d: NaiveDate) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    out.extend(references::unknown_references(records));
    out.extend(duplicates::duplicate_ids(records));
    out.extend(duplicates::duplicate_reviews(records));
    out.extend(membership::entries_outside_membership(records));
    out.extend(leaves::overlapping_leaves(records));
    out.extend(overrides::overrides_on_ungraded(records, d));
    out.extend(clients::same_names(records));
    out.extend(clients::won_but_not_customer(records, d));
    out
}

/// Entries of things that happened, dated after `today` (rules §6.1). Only
/// the `check` command runs this, with the later of D and the wall clock's
/// day: a report as of an earlier day hides later entries on purpose
/// (replay, rules §3.0), so they are no news there.
pub fn happened_after(records: &Records, d: NaiveDate) -> Vec<Diagnostic> {
    future::entries_after_today(records, d)
}
