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
pub(crate) mod unique;

pub(crate) use clients::name_key;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::diagnostic::Diagnostic;
use crate::model::Records;

/// Every cross-file check, as of the day `d` (for rules that depend on it,
/// such as whether a client is graded). A rule comparing client files with
/// each other must also be judged by [`unique::Keys`]: a large import
/// re-checks its new client files a batch at a time, each batch with the
/// settings and the team only (`crate::write::txn`).
pub(crate) fn run(records: &Records, d: NaiveDate) -> Vec<Diagnostic> {
    // independent of each other: run on every core (the reports wait for
    // them after the parallel parse), their problems kept in this order
    let checks: [Check; 8] = [
        |r, _| references::unknown_references(r),
        |r, _| duplicates::duplicate_ids(r),
        |r, _| duplicates::duplicate_reviews(r),
        |r, _| membership::entries_outside_membership(r),
        |r, _| leaves::overlapping_leaves(r),
        overrides::overrides_on_ungraded,
        |r, _| clients::same_names(r),
        clients::won_but_not_customer,
    ];
    let found: Vec<Vec<Diagnostic>> = checks.par_iter().map(|check| check(records, d)).collect();
    found.into_iter().flatten().collect()
}

/// One cross-file check.
type Check = fn(&Records, NaiveDate) -> Vec<Diagnostic>;

/// Entries of things that happened, dated after `today` (rules §6.1). Only
/// the `check` command runs this, with the later of D and the wall clock's
/// day: a report as of an earlier day hides later entries on purpose
/// (replay, rules §3.0), so they are no news there.
pub(crate) fn happened_after(records: &Records, d: NaiveDate) -> Vec<Diagnostic> {
    future::entries_after_today(records, d)
}
