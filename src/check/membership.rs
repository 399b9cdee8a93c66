//! Time-dependent rules: entries dated while their member was not a member,
//! overlapping approved leaves, and tier overrides on clients that are not
//! graded as of D.

use chrono::NaiveDate;

use crate::diagnostic::{Diagnostic, Span, codes};
use crate::model::{LeaveStatus, Records, Stage};

pub(crate) fn check(records: &Records) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for log in &records.months {
        let Some(member) = records.member(&log.member) else {
            continue;
        };
        let mut dated: Vec<(NaiveDate, Span)> = Vec::new();
        dated.extend(
            log.interactions
                .iter()
                .map(|e| (e.date, e.spans.of("date"))),
        );
        dated.extend(log.attendance.iter().map(|e| (e.date, e.spans.of("date"))));
        dated.extend(log.meetings.iter().map(|e| (e.date, e.spans.of("date"))));
        for (date, span) in dated {
            if !member.active_on(date) {
                out.push(Diagnostic::warning(
                    codes::NOT_A_MEMBER_THEN,
                    span,
                    format!(
                        "`{}` was not a member on {date} (joined {}{})",
                        member.id,
                        member.joined,
                        member
                            .left
                            .map(|l| format!(", left {l}"))
                            .unwrap_or_default()
                    ),
                ));
            }
        }
    }
    // overlapping approved leaves of one member, across month files
    let mut by_member: std::collections::BTreeMap<&str, Vec<(&crate::model::Leave, Span)>> =
        Default::default();
    for log in &records.months {
        for l in log
            .leaves
            .iter()
            .filter(|l| l.status == LeaveStatus::Approved)
        {
            by_member
                .entry(&log.member)
                .or_default()
                .push((l, l.spans.entry));
        }
    }
    for (member, mut leaves) in by_member {
        leaves.sort_by_key(|(l, _)| l.from);
        for pair in leaves.windows(2) {
            let ((a, _), (b, span)) = (&pair[0], &pair[1]);
            if b.from <= a.to {
                out.push(Diagnostic::warning(
                    codes::OVERLAPPING_LEAVE,
                    *span,
                    format!(
                        "approved leave of `{member}` from {} overlaps the one from {} to {}",
                        b.from, a.from, a.to
                    ),
                ));
            }
        }
    }
    out
}

/// A manual tier on a client that is not graded as of `d` is ignored.
pub(crate) fn overrides(records: &Records, d: NaiveDate) -> Vec<Diagnostic> {
    records
        .clients
        .iter()
        .filter(|c| c.tier.is_some())
        .filter(|c| !(c.stage == Stage::Customer && c.since.is_some_and(|s| s <= d)))
        .map(|c| {
            Diagnostic::warning(
                codes::OVERRIDE_NOT_GRADED,
                c.spans.of("tier"),
                format!("tier override on `{}` is ignored: only customers whose `since` has passed are graded (stage is {})", c.id, c.stage),
            )
        })
        .collect()
}
