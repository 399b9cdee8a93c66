//! The morning briefing (`summary`): what needs attention on D, for the
//! whole team or one member. Each section is a count, the first few rows and
//! the command that lists them all; the numbers come from the same report
//! functions as those commands, so the briefing and the full lists always
//! agree.
//!
//! With a member: follow-ups and care dates of the clients they own or
//! serve, complaints they handle, their own leave and days away (for a
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
use serde_json::json;

use crate::model::Records;
use crate::render::briefing::{Briefing, Section};
use crate::render::{Cell, Table};

/// What the briefing is about.
#[derive(Clone, Debug)]
pub struct Options {
    /// One member only.
    pub member: Option<String>,
    /// Rows shown per section.
    pub top: usize,
}

/// "Due this week": due in the next 7 days (`followups --within 7`).
pub const DUE_WITHIN: i64 = 7;
/// Missed plans are shown for the last 14 days, D included.
pub const MISSED_DAYS: u64 = 14;
/// Approved leave in the next 7 days, D included.
pub const AWAY_DAYS: u64 = 7;
/// Care dates in the next 14 days (`care`'s default).
pub const CARE_WITHIN: u32 = 14;

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

/// `1 client`, `2 clients`.
fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Days overdue (negative: days left) in words: `25 days late`, `today`,
/// `in 3 days`.
pub fn when(days_overdue: i64) -> String {
    match days_overdue {
        0 => "today".to_string(),
        1 => "1 day late".to_string(),
        -1 => "tomorrow".to_string(),
        n if n > 0 => format!("{n} days late"),
        n => format!("in {} days", -n),
    }
}

/// A section from all its items: the first `top` become rows.
pub(super) fn section<T>(
    key: &'static str,
    title: &'static str,
    command: String,
    columns: &[&str],
    items: &[T],
    top: usize,
    row: impl Fn(&T) -> Vec<Cell>,
) -> Section {
    let mut rows = Table::new(columns);
    for item in items.iter().take(top) {
        rows.push(row(item));
    }
    Section {
        key,
        title,
        count: items.len(),
        overdue: 0,
        command,
        rows,
    }
}

/// The same section, every item of it overdue.
pub(super) fn all_overdue(s: Section) -> Section {
    Section {
        overdue: s.count,
        ..s
    }
}

/// The briefing for D (`now` is the as-of moment, for complaints).
pub fn briefing(records: &Records, now: NaiveDateTime, d: NaiveDate, o: &Options) -> Briefing {
    let who = match o.member.as_deref() {
        Some(m) => format!("{} ({m})", member_name(records, m)),
        None => {
            let members = records.members.iter().filter(|m| m.active_on(d)).count();
            let clients = records
                .clients
                .iter()
                .filter(|c| crate::report::replay::is_known(c, d))
                .count();
            format!(
                "the team: {}, {}",
                plural(members, "member"),
                plural(clients, "client")
            )
        }
    };
    let heading = format!(
        "Briefing for {} ({}), {who}",
        d.format("%Y-%m-%d"),
        d.weekday()
    );
    let [overdue, due] = clients::followup_sections(records, d, o);
    let sections = vec![
        overdue,
        due,
        team::complaints_section(records, now, o),
        team::leave_section(records, d, o),
        team::away_section(records, d, o),
        team::actions_section(records, d, o),
        clients::plans_section(records, d, o),
        clients::care_section(records, d, o),
        team::kpi_section(records, now, d, o),
        feedback::feedback_section(records, now, d, o),
    ];
    Briefing {
        heading,
        facts: vec![
            ("as_of", json!(d.format("%Y-%m-%d").to_string())),
            ("member", json!(o.member)),
        ],
        sections,
    }
}
