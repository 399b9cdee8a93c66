//! The morning briefing (`summary`): what needs attention on D, for the
//! whole team or one member. Each section is a count, the first few rows and
//! the command that lists them all; the numbers come from the same report
//! functions as those commands, so the briefing and the full lists always
//! agree.
//!
//! With a member: follow-ups and care dates of the clients they own or
//! serve, complaints they handle or whose client they own or serve, their
//! own leave and days away (for a
//! lead, also those of the members reporting to them), their action items
//! and plans, and their own KPI line.
//!
//! `clients` builds the client sections (follow-ups, plans, care), `team`
//! the team's (complaints, leave, actions, KPI), `feedback` the appraisal
//! results still to feed back; this file the briefing.

mod clients;
mod feedback;
mod team;
#[cfg(test)]
mod tests;

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use rayon::prelude::*;
use serde_json::json;

use crate::i18n::{self, Lang};
use crate::model::Records;
use crate::render::briefing::{Briefing, Section};
use crate::render::{Cell, Table};
use crate::t;

/// What the briefing is about.
#[derive(Clone, Debug)]
pub(crate) struct Options {
    /// One member only.
    pub(crate) member: Option<String>,
    /// Rows shown per section.
    pub(crate) top: usize,
}

/// "Due this week": due in the next 7 days (`followups --within 7`).
pub(crate) const DUE_WITHIN: i64 = 7;
/// Missed plans are shown for the last 14 days, D included.
pub(crate) const MISSED_DAYS: u64 = 14;
/// Approved leave in the next 7 days, D included.
pub(crate) const AWAY_DAYS: u64 = 7;
/// Care dates in the next 14 days (`care`'s default).
pub(crate) const CARE_WITHIN: u32 = 14;
/// Complaints about to breach: a deadline in the next 24 hours.
pub(crate) const BREACH_HOURS: i64 = 24;

/// `--member ID` appended to a command when the briefing is for one member.
pub(super) fn for_member(cmd: &str, flag: &str, o: &Options) -> String {
    match &o.member {
        Some(m) => format!("{cmd} {flag} {m}"),
        None => cmd.to_string(),
    }
}

pub(super) fn client_name(records: &Records, id: &str) -> String {
    records
        .client(id)
        .map_or_else(|| id.to_string(), |c| c.name.clone())
}

pub(super) fn member_name(records: &Records, id: &str) -> String {
    records
        .member(id)
        .map_or_else(|| id.to_string(), |m| m.name.clone())
}

/// Days overdue (negative: days left) in words: `25 days late`, `today`,
/// `in 3 days` (`逾期 25 天`…).
pub(crate) fn when(lang: Lang, days_overdue: i64) -> String {
    match days_overdue {
        0 => t!(lang; "when-today"),
        -1 => t!(lang; "when-tomorrow"),
        n if n > 0 => t!(lang; "when-late", n = n),
        n => t!(lang; "when-in", n = -n),
    }
}

/// A section's title as CSV and JSON carry it, never translated (the
/// text shows `briefing-<key>` from the catalogs; a test keeps the English
/// catalog equal to these).
pub(crate) fn title(key: &str) -> &'static str {
    match key {
        "followups_overdue" => "Follow-ups overdue",
        "followups_due" => "Follow-ups due this week",
        "complaints_open" => "Complaints not resolved",
        "complaints_breach" => "Complaints about to breach (next 24 h)",
        "leave_pending" => "Leave waiting for approval",
        "away" => "Away, next 7 days",
        "actions_overdue" => "Action items overdue",
        "plans_missed" => "Missed visit plans, last 14 days",
        "care" => "Greetings due, next 14 days",
        "kpi" => "KPI this month so far",
        "feedback_due" => "Appraisal results not fed back",
        _ => "",
    }
}

/// A section from all its items: the first `top` become rows. `row` makes
/// a row's cells with its phrases in a language: English for CSV and
/// JSON, the reader's for the text.
pub(super) fn section<T>(
    key: &'static str,
    command: String,
    columns: &[&str],
    items: &[T],
    top: usize,
    row: impl Fn(&T, Lang) -> Vec<Cell>,
) -> Section {
    let mut rows = Table::new(columns);
    let mut shown = Table::new(columns);
    let lang = i18n::current();
    for item in items.iter().take(top) {
        rows.push(row(item, Lang::En));
        shown.push(row(item, lang));
    }
    Section {
        key,
        title: title(key),
        count: items.len(),
        overdue: 0,
        command,
        rows,
        labelled: false,
        shown,
    }
}

/// The same section, every item of it overdue.
pub(super) fn all_overdue(s: Section) -> Section {
    Section {
        overdue: s.count,
        ..s
    }
}

/// One section of the briefing, made on any thread.
type Make<'a> = dyn Fn() -> Section + Sync + 'a;

/// The briefing for D (`now` is the as-of moment, for complaints).
pub(crate) fn briefing(
    records: &Records,
    now: NaiveDateTime,
    d: NaiveDate,
    o: &Options,
) -> Briefing {
    let lang = i18n::current();
    let date = d.format("%Y-%m-%d").to_string();
    let weekday = i18n::weekday(lang, d.weekday());
    let heading = match o.member.as_deref() {
        Some(m) => t!(lang; "briefing-heading-member",
            date = date, weekday = weekday, name = member_name(records, m), member = m),
        None => {
            let members = records.members.iter().filter(|m| m.active_on(d)).count();
            let clients = records
                .clients
                .iter()
                .filter(|c| crate::report::replay::is_known(c, d))
                .count();
            t!(lang; "briefing-heading-team",
                date = date, weekday = weekday, members = members, clients = clients)
        }
    };
    // the sections are independent (but for the tiers two of them take):
    // made on every core, each in the reader's language, kept in order
    let in_lang = |f: &Make<'_>| i18n::with_lang(lang, f);
    let independent: [&Make<'_>; 8] = [
        &|| team::complaints_section(records, now, o),
        &|| team::breach_section(records, now, o),
        &|| team::leave_section(records, d, o),
        &|| team::away_section(records, d, o),
        &|| team::actions_section(records, d, o),
        &|| clients::plans_section(records, d, o),
        &|| team::kpi_section(records, now, d, o),
        &|| feedback::feedback_section(records, now, d, o),
    ];
    let (tiers, mut rest) = rayon::join(
        || crate::report::clients::tiers::tiers_as_of(records, d),
        || {
            independent
                .par_iter()
                .map(|f| in_lang(f))
                .collect::<Vec<_>>()
        },
    );
    let ([overdue, due], care) = rayon::join(
        || i18n::with_lang(lang, || clients::followup_sections(records, d, o, &tiers)),
        || i18n::with_lang(lang, || clients::care_section(records, d, o, &tiers)),
    );
    // kpi and feedback come after care
    let last = rest.split_off(6);
    let mut sections = vec![overdue, due];
    sections.append(&mut rest);
    sections.push(care);
    sections.extend(last);
    Briefing {
        heading,
        facts: vec![
            ("as_of", json!(d.format("%Y-%m-%d").to_string())),
            ("member", json!(o.member)),
        ],
        sections,
    }
}
