//! Approved leaves of one member that overlap, across month files.

use std::collections::BTreeMap;

use crate::diagnostic::{Diagnostic, codes};
use crate::model::{Leave, LeaveStatus, Records};
use crate::msg;

/// Each approved leave that starts before the member's previous approved
/// leave has ended.
pub(crate) fn overlapping_leaves(records: &Records) -> Vec<Diagnostic> {
    let mut by_member: BTreeMap<&str, Vec<&Leave>> = BTreeMap::new();
    for log in &records.months {
        let approved = log
            .leaves
            .iter()
            .filter(|l| l.status == LeaveStatus::Approved);
        by_member.entry(&log.member).or_default().extend(approved);
    }
    let mut out = Vec::new();
    for (member, mut leaves) in by_member {
        leaves.sort_by_key(|l| l.from);
        for pair in leaves.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if b.from <= a.to {
                out.push(Diagnostic::warning(
                    codes::OVERLAPPING_LEAVE,
                    b.spans.entry,
                    msg!(
                        "diag-overlapping-leave",
                        member = member,
                        from = b.from,
                        other_from = a.from,
                        other_to = a.to,
                    ),
                ));
            }
        }
    }
    out
}
