//! Checks across files: what no single file can judge alone (rules §6).
//!
//! Each check is a plain function named after what it finds, taking the
//! records (and D when the rule depends on it) and returning diagnostics;
//! `run` calls them all. Per-file rules (types, required fields, ranges,
//! date order inside an entry) are applied by the loader as it reads.

mod duplicates;
mod leaves;
mod membership;
mod overrides;
mod references;

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
    out
}
