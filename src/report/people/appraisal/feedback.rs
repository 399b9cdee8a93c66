//! Appraisal results fed back (rules §3.9, *policy 五(一)4*: 考核結果應
//! 及時反饋): when each member's result of a period was discussed, the
//! review comments by the reviewer's role, and — for the briefing — whose
//! last-month result is still to be fed back once `[appraisal]
//! feedback_days` days of the month have passed.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use crate::model::{MemberId, Records, Role, YearMonth};
use crate::render::{Cell, Table};
use crate::report::people::appraisal;

/// The first `[[feedback]]` of `member` for `period` dated ≤ `d`.
pub fn fed_back(
    records: &Records,
    member: &str,
    period: YearMonth,
    d: NaiveDate,
) -> Option<NaiveDate> {
    records
        .months
        .iter()
        .flat_map(|l| &l.feedback)
        .filter(|f| *f.member == *member && f.period == period && f.date <= d)
        .map(|f| f.date)
        .min()
}

/// A member whose result of last month is not fed back yet.
#[derive(Clone, Debug, PartialEq)]
pub struct Unfed {
    pub member: MemberId,
    pub name: String,
    pub period: YearMonth,
    pub grade: Option<crate::model::Tier>,
}

/// The appraisal rows of `period` with a final score and no feedback by D
/// (`appraisal --unfed`), in the appraisal's order.
pub fn unfed_rows(
    records: &Records,
    period: YearMonth,
    now: NaiveDateTime,
    d: NaiveDate,
) -> Vec<appraisal::AppraisalRow> {
    appraisal::rows(records, period, now, d)
        .into_iter()
        .filter(|r| r.final_score.is_some() && r.fed_back.is_none())
        .collect()
}

/// Once day `feedback_days` of D's month has passed (day > feedback_days),
/// last month's [`unfed_rows`], sorted by member id; empty before.
pub fn unfed(records: &Records, now: NaiveDateTime, d: NaiveDate) -> Vec<Unfed> {
    if d.day() <= records.settings.appraisal.feedback_days {
        return Vec::new();
    }
    let period = YearMonth::of(d).prev();
    let mut out: Vec<Unfed> = unfed_rows(records, period, now, d)
        .into_iter()
        .map(|r| Unfed {
            member: r.member,
            name: r.name,
            period,
            grade: r.grade,
        })
        .collect();
    out.sort_by(|a, b| a.member.cmp(&b.member));
    out
}

pub const COMMENT_COLUMNS: &[&str] = &["period", "member", "reviewer", "score", "comment"];

/// One review of a member, with the reviewer's role (peers unnamed).
#[derive(Clone, Debug, PartialEq)]
pub struct CommentRow {
    pub period: YearMonth,
    pub member: MemberId,
    /// `self`, `lead` or `peer`.
    pub reviewer: &'static str,
    pub score: f64,
    pub comment: Option<String>,
}

/// The counted reviews of `member` for each period in `periods` (the last
/// review per reviewer, rules §3.5), self first, then lead, then peer.
pub fn comments(
    records: &Records,
    member: &str,
    periods: &[YearMonth],
    d: NaiveDate,
) -> Vec<CommentRow> {
    let mut out = Vec::new();
    for &period in periods {
        let mut last: std::collections::BTreeMap<&MemberId, &crate::model::Review> =
            std::collections::BTreeMap::new();
        for log in records.months_until(YearMonth::of(d)) {
            for r in log
                .reviews
                .iter()
                .filter(|r| r.period == period && *r.of == *member)
            {
                last.insert(&log.member, r);
            }
        }
        let mut rows: Vec<(u8, CommentRow)> = last
            .into_iter()
            .map(|(by, r)| {
                let (rank, role) = match records.member(by).map(|m| m.role) {
                    _ if **by == *member => (0, "self"),
                    Some(Role::Lead) => (1, "lead"),
                    _ => (2, "peer"),
                };
                let row = CommentRow {
                    period,
                    member: r.of.clone(),
                    reviewer: role,
                    score: r.score,
                    comment: r.comment.clone(),
                };
                (rank, row)
            })
            .collect();
        rows.sort_by_key(|(rank, _)| *rank);
        out.extend(rows.into_iter().map(|(_, r)| r));
    }
    out
}

pub fn comments_table(rows: &[CommentRow]) -> Table {
    let mut t = Table::new(COMMENT_COLUMNS);
    for r in rows {
        t.push(vec![
            Cell::text(r.period.to_string()),
            Cell::text(r.member.0.clone()),
            Cell::text(r.reviewer),
            Cell::Score(r.score),
            Cell::opt(r.comment.clone(), Cell::Text),
        ]);
    }
    t
}

#[cfg(test)]
mod tests;
