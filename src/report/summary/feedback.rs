//! The briefing's feedback section (rules §3.9): members whose last-month
//! appraisal result is not fed back yet, once `[appraisal] feedback_days`
//! days of the month have passed. With a member: that member's own.

use chrono::{NaiveDate, NaiveDateTime};

use super::{Options, for_member, section};
use crate::model::{Records, YearMonth};
use crate::render::Cell;
use crate::render::briefing::Section;
use crate::report::people::appraisal::feedback;

pub(super) fn feedback_section(
    records: &Records,
    now: NaiveDateTime,
    d: NaiveDate,
    o: &Options,
) -> Section {
    let rows: Vec<feedback::Unfed> = feedback::unfed(records, now, d)
        .into_iter()
        .filter(|u| o.member.as_deref().is_none_or(|m| *u.member == *m))
        .collect();
    let all = format!(
        "clientele appraisal --month {} --unfed",
        YearMonth::of(d).prev()
    );
    let command = for_member(&all, "--member", o);
    section(
        "feedback_due",
        command,
        &["member", "name", "period", "grade"],
        &rows,
        o.top,
        |u, _| {
            vec![
                Cell::text(u.member.0.clone()),
                Cell::text(u.name.clone()),
                Cell::text(u.period.to_string()),
                Cell::opt(u.grade, |g| Cell::text(g.as_str())),
            ]
        },
    )
}
