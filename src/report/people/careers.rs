//! Careers (rules §3.10, *policy 五(二)3 and 六(三)*: 職業發展通道, 晉升,
//! 崗位輪換): for every member on D, tenure, the last six months' grades,
//! training over the last 12 months, the career plan (`[[member.career]]`,
//! the last one written), the rotations, and whether the member is ready
//! for promotion: graded A or B in each of the last `[career]
//! promotion_months` months and at least `min_training_hours` of training
//! in the last 12 months.

use std::collections::BTreeSet;

use chrono::{Datelike, Months, NaiveDate, NaiveDateTime};

use crate::model::{MemberId, Records, Role, Tier, YearMonth};
use crate::render::{Cell, Table};
use crate::report::people::{promotion, training};

pub(crate) const COLUMNS: &[&str] = &[
    "member",
    "name",
    "role",
    "joined",
    "tenure_months",
    "grades",
    "training_hours",
    "exams_passed",
    "goal",
    "by",
    "mentor",
    "ready",
    "rotations",
];

/// How many months of grades a row shows.
pub(crate) const GRADE_MONTHS: usize = 6;

/// One member's career view as of D.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct CareerRow {
    pub(crate) member: MemberId,
    pub(crate) name: String,
    pub(crate) role: Role,
    pub(crate) joined: NaiveDate,
    /// Whole months from `joined` to D.
    pub(crate) tenure_months: u32,
    /// The last six months' grades, oldest first (`None`: not appraised).
    pub(crate) grades: Vec<Option<Tier>>,
    pub(crate) training_hours: f64,
    pub(crate) exams_passed: usize,
    pub(crate) goal: Option<String>,
    pub(crate) by: Option<YearMonth>,
    pub(crate) mentor: Option<MemberId>,
    pub(crate) ready: bool,
    /// `area (from..to)` of each rotation, in the order written.
    pub(crate) rotations: Vec<String>,
}

/// Whole months from `from` to `to` (0 when `to` is earlier).
pub(crate) fn whole_months(from: NaiveDate, to: NaiveDate) -> u32 {
    let months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    let months = if to.day() < from.day() {
        months - 1
    } else {
        months
    };
    u32::try_from(months).unwrap_or(0)
}

/// Training hours and exams passed by `member` in the 12 months ending D:
/// sessions dated after D − 12 months and ≤ D.
pub(crate) fn training_year(records: &Records, member: &str, d: NaiveDate) -> (f64, usize) {
    let start = d
        .checked_sub_months(Months::new(12))
        .unwrap_or(NaiveDate::MIN);
    let pass_mark = records.settings.pass_mark;
    let attended = records
        .training
        .iter()
        .flat_map(|t| &t.sessions)
        .filter(|s| start < s.date && s.date <= d && s.attendees.iter().any(|a| **a == *member));
    attended.fold((0.0, 0), |(h, p), s| {
        let passed = training::outcome(s, member, pass_mark).is_some_and(|o| o.passed);
        (h + s.hours, p + usize::from(passed))
    })
}

/// The members ready for promotion as of D, judged over the months ending
/// with `last` (the month before D's unless a report says otherwise).
pub(crate) fn ready_members(
    records: &Records,
    last: YearMonth,
    now: NaiveDateTime,
    d: NaiveDate,
) -> BTreeSet<MemberId> {
    let rules = &records.settings.career;
    let n = rules.promotion_months as usize;
    promotion::promotion(records, last, n, false, now, d)
        .into_iter()
        .filter(|r| training_year(records, &r.member, d).0 >= rules.min_training_hours)
        .map(|r| r.member)
        .collect()
}

/// Every member on D, sorted by member id.
pub(crate) fn rows(records: &Records, now: NaiveDateTime, d: NaiveDate) -> Vec<CareerRow> {
    let last = YearMonth::of(d).prev();
    let grades = promotion::promotion(records, last, GRADE_MONTHS, true, now, d);
    let ready = ready_members(records, last, now, d);
    let mut rows: Vec<CareerRow> = records
        .members
        .iter()
        .filter(|m| m.active_on(d))
        .map(|m| {
            let plan = m.careers.last();
            let (training_hours, exams_passed) = training_year(records, &m.id, d);
            CareerRow {
                member: m.id.clone(),
                name: m.name.clone(),
                role: m.role,
                joined: m.joined,
                tenure_months: whole_months(m.joined, d),
                grades: grades
                    .iter()
                    .find(|g| g.member == m.id)
                    .map_or_else(|| vec![None; GRADE_MONTHS], |g| g.grades.clone()),
                training_hours,
                exams_passed,
                goal: plan.map(|p| p.goal.clone()),
                by: plan.map(|p| p.by),
                mentor: plan.and_then(|p| p.mentor.clone()),
                ready: ready.contains(&m.id),
                rotations: m
                    .rotations
                    .iter()
                    .map(|r| format!("{} ({}..{})", r.area, r.from, r.to))
                    .collect(),
            }
        })
        .collect();
    rows.sort_by(|a, b| a.member.cmp(&b.member));
    rows
}

/// The grades as text, oldest first: `B A - B A A`.
pub(crate) fn grades_text(grades: &[Option<Tier>]) -> String {
    let g: Vec<&str> = grades.iter().map(|g| g.map_or("-", Tier::as_str)).collect();
    g.join(" ")
}

pub(crate) fn to_table(rows: &[CareerRow]) -> Table {
    let mut t = Table::new(COLUMNS);
    for r in rows {
        t.push(vec![
            Cell::text(r.member.0.clone()),
            Cell::text(r.name.clone()),
            Cell::text(r.role.as_str()),
            Cell::Date(r.joined),
            Cell::Int(i64::from(r.tenure_months)),
            Cell::text(grades_text(&r.grades)),
            training::hours_cell(r.training_hours),
            Cell::Int(r.exams_passed as i64),
            Cell::opt(r.goal.clone(), Cell::Text),
            Cell::opt(r.by, |b| Cell::text(b.to_string())),
            Cell::opt(r.mentor.clone(), |m| Cell::Text(m.to_string())),
            Cell::Bool(r.ready),
            Cell::text(r.rotations.join("; ")),
        ]);
    }
    t
}

#[cfg(test)]
mod tests;
