//! Checks across files: what no single file can judge alone (SPEC section 6).
//!
//! Each family is a plain function `fn(&Records, D) -> Vec<Diagnostic>`;
//! `run` calls them all. Per-file rules (types, required fields, ranges,
//! date order inside an entry) are applied by the loader as it reads.

mod duplicates;
mod membership;
mod references;

use chrono::NaiveDate;

use crate::diagnostic::Diagnostic;
use crate::model::Records;

/// Every cross-file check, as of the day `d` (for rules that depend on it,
/// such as whether a client is graded).
pub fn run(records: &Records, d: NaiveDate) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    out.extend(references::check(records));
    out.extend(duplicates::check(records));
    out.extend(membership::check(records));
    out.extend(membership::overrides(records, d));
    out
}
