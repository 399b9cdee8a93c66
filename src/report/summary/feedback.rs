//! The briefing's feedback section (rules §3.9): members whose last-month
//! appraisal result is not fed back yet, once `[appraisal] feedback_days`
//! days of the month have passed. With a member: that member, or for a
//! lead the members reporting to the lead.

use chrono::{NaiveDate, NaiveDateTime};

use super::{Options, section};
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
    let concerns = |member: &str| {
        o.member.as_deref().is_none_or(|m| {
            member == m
                || records
                    .member(member)
                    .and_then(|x| x.reports_to.as_deref())
                    == Some(m)
        })
    };
    let rows: Vec<feedback::Unfed> = feedback::unfed(records, now, d)
        .into_iter()
        .filter(|u| concerns(&u.member))
        .collect();
    let command = format!("clientele appraisal --month {}", YearMonth::of(d).prev());
    section(
        "feedback_due",
        "Appraisal results not fed back",
        command,
        &["member", "name", "period", "grade"],
        &rows,
        o.top,
        |u| {
            vec![
                Cell::text(u.member.0.clone()),
                Cell::text(u.name.clone()),
                Cell::text(u.period.to_string()),
                Cell::opt(u.grade, |g| Cell::text(g.as_str())),
            ]
        },
    )
}
