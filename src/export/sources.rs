//! The report tables that the pages, the month-end pack and the database
//! draw on, each built exactly as its own command builds it (so every
//! figure is the CSV's). The one place in `export` that names the report
//! modules: when they move, only these paths change.

use chrono::{NaiveDate, NaiveDateTime};

use crate::model::{Records, YearMonth};
use crate::render::Table;
use crate::report::clients::{care, followups, pipeline, plans, tiers};
use crate::report::complaints::{self, summary as complaints_summary};
use crate::report::people::{appraisal, awards, kpi, training};
use crate::report::period::Period;
use crate::report::team::attendance::{self, days as attendance_days};
use crate::report::team::{actions, leave, meetings};

/// What the tables are about: the records, a month, "now" and D, and an
/// optional member to narrow member-keyed reports to.
#[derive(Clone, Copy)]
pub(crate) struct Source<'a> {
    pub(crate) records: &'a Records,
    pub(crate) month: YearMonth,
    pub(crate) now: NaiveDateTime,
    pub(crate) d: NaiveDate,
    /// `--as-of` was given (D is settled for attendance).
    pub(crate) settled: bool,
    pub(crate) member: Option<&'a str>,
}

impl Source<'_> {
    fn keeps(&self, member: &str) -> bool {
        self.member.is_none_or(|m| m == member)
    }
}

/// `kpi --month M`.
pub(crate) fn kpi(s: &Source) -> Table {
    let mut rows = kpi::rows(s.records, s.month, s.now, s.d);
    rows.retain(|r| s.keeps(&r.member));
    kpi::to_table(&rows)
}

/// `appraisal --month M`.
pub(crate) fn appraisal(s: &Source) -> Table {
    let mut rows = appraisal::rows(s.records, s.month, s.now, s.d);
    rows.retain(|r| s.keeps(&r.member));
    appraisal::to_table(&rows)
}

/// `attendance --month M` and `attendance --days --month M`.
pub(crate) fn attendance(s: &Source) -> (Table, Table) {
    let opts = attendance::Options {
        month: s.month,
        d: s.d,
        d_settled: s.settled,
        member: s.member.map(str::to_string),
    };
    let months = attendance::attendance(s.records, &opts);
    (
        attendance::to_table(&months),
        attendance_days::to_table(&months, s.month),
    )
}

/// `complaints --month M` (received in the month).
pub(crate) fn complaints(s: &Source) -> Table {
    let filter = complaints::Filter {
        handler: s.member.map(str::to_string),
        period: Period::month(s.month),
        ..complaints::Filter::default()
    };
    complaints::to_table(&complaints::complaints(s.records, s.now, &filter))
}

/// `complaints --summary --from <12 months back> --to <end of M>`.
pub(crate) fn complaint_months(s: &Source) -> Table {
    let first = (0..11).fold(s.month, |m, _| m.prev());
    let filter = complaints::Filter {
        handler: s.member.map(str::to_string),
        period: Period {
            from: Some(first.first_day()),
            to: Some(s.month.last_day()),
        },
        ..complaints::Filter::default()
    };
    let rows = complaints::complaints(s.records, s.now, &filter);
    complaints_summary::to_table(&complaints_summary::by_month(&rows, s.now))
}

/// `training --year <M's year>`.
pub(crate) fn training(s: &Source) -> Table {
    training::to_table(&training::training(s.records, s.month.year, s.d, s.member))
}

/// `tiers` (every column, as in CSV).
pub(crate) fn tiers(s: &Source) -> Table {
    let filter = tiers::Filter {
        member: s.member.map(str::to_string),
        ..tiers::Filter::default()
    };
    tiers::to_table(&tiers::tiers(s.records, s.d, &filter), true)
}

/// `pipeline` (every deal, by stage).
pub(crate) fn pipeline(s: &Source) -> Table {
    let filter = pipeline::Filter {
        owner: s.member.map(str::to_string),
        ..pipeline::Filter::default()
    };
    pipeline::to_table(
        &pipeline::pipeline(s.records, s.d, &filter),
        pipeline::By::All,
    )
}

/// The attendance grid's codes and their meanings, for the legend.
pub(crate) fn day_legend() -> Vec<(&'static str, String)> {
    let lang = crate::i18n::current();
    attendance::DayCode::LEGEND
        .iter()
        .map(|(c, _)| (c.letter(), attendance::days::meaning(lang, *c)))
        .collect()
}

/// Every report of the database, as its command lists it with no filter
/// (the month ones for M, training for M's year, care for 14 days):
/// `(table name, table)`.
pub(crate) fn all(s: &Source, reveal: bool) -> Vec<(&'static str, Table)> {
    let (tally, _) = attendance(s);
    let (r, d) = (s.records, s.d);
    let every = complaints::complaints(r, s.now, &complaints::Filter::default());
    let by_month = complaints_summary::by_month(&every, s.now);
    let care_rows = care::care(r, d, care::DEFAULT_WITHIN);
    let month_of_d = YearMonth::of(d);
    vec![
        ("kpi", kpi(s)),
        ("appraisal", appraisal(s)),
        ("attendance", tally),
        ("complaints", complaints::to_table(&every)),
        (
            "complaints_by_month",
            complaints_summary::to_table(&by_month),
        ),
        ("training", training(s)),
        ("tiers", tiers(s)),
        ("pipeline", pipeline(s)),
        (
            "followups",
            followups::to_table(&followups::followups(r, d, &Default::default())),
        ),
        (
            "plans",
            plans::to_table(&plans::plans(r, d, &Default::default())),
        ),
        ("care", care::to_table(&care_rows, reveal)),
        (
            "leave",
            leave::to_table(&leave::leaves(r, d, &Default::default())),
        ),
        (
            "actions",
            actions::to_table(&actions::actions(r, d, &Default::default())),
        ),
        (
            "meetings",
            meetings::to_table(&meetings::meetings(r, d, &Default::default())),
        ),
        (
            "awards",
            awards::to_table(&awards::awards(r, month_of_d, &Default::default())),
        ),
    ]
}
