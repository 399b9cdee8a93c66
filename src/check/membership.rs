//! Entries dated while their member was not a member of the team (before
//! `joined` or after `left`).

use chrono::NaiveDate;

use crate::diagnostic::{Diagnostic, Msg, Span, codes};
use crate::model::{Member, MonthLog, Records};
use crate::msg;

/// Interactions, attendance days and meetings in a member's month file
/// dated outside that member's membership.
pub(crate) fn entries_outside_membership(records: &Records) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for log in &records.months {
        let Some(member) = records.member(&log.member) else {
            continue;
        };
        for (date, span) in dated_entries(log) {
            if !member.active_on(date) {
                out.push(Diagnostic::warning(
                    codes::NOT_A_MEMBER_THEN,
                    span,
                    not_a_member_then(member, date),
                ));
            }
        }
    }
    out
}

/// The dates of a month file's own entries, with where each is written.
fn dated_entries(log: &MonthLog) -> impl Iterator<Item = (NaiveDate, Span)> + '_ {
    let interactions = log
        .interactions
        .iter()
        .map(|e| (e.date, e.spans.of("date")));
    let attendance = log.attendance.iter().map(|e| (e.date, e.spans.of("date")));
    let meetings = log.meetings.iter().map(|e| (e.date, e.spans.of("date")));
    interactions.chain(attendance).chain(meetings)
}

fn not_a_member_then(member: &Member, date: NaiveDate) -> Msg {
    match member.left {
        Some(left) => msg!(
            "diag-not-member-then-left",
            member = &member.id,
            date = date,
            joined = member.joined,
            left = left,
        ),
        None => msg!(
            "diag-not-member-then",
            member = &member.id,
            date = date,
            joined = member.joined,
        ),
    }
}
