//! The morning briefing (`summary`): what needs attention on D, for the
//! whole team or one member. Each section is a count, the first few rows and
//! the command that lists them all; the numbers come from the same report
//! functions as those commands, so the briefing and the full lists always
//! agree.
//!
//! With a member: follow-ups and care dates of the clients they own or
//! serve, complaints they handle, their own leave
//! plus (for a lead) the requests waiting for them, their action items and
//! plans, and their own KPI line.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime};
use serde_json::json;

use super::period::Period;
use super::plans::PlanStatus;
use super::{actions, care, complaints, followups, kpi, leave, plans};
use crate::model::{ComplaintStatus, Records, Role, YearMonth};
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
fn for_member(cmd: &str, flag: &str, o: &Options) -> String {
    match &o.member {
        Some(m) => format!("{cmd} {flag} {m}"),
        None => cmd.to_string(),
    }
}

fn client_name(records: &Records, id: &str) -> String {
    records
        .client(id)
        .map_or_else(|| id.to_string(), |c| c.name.clone())
}

fn member_name(records: &Records, id: &str) -> String {
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
fn section<T>(
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
fn all_overdue(s: Section) -> Section {
    Section {
        overdue: s.count,
        ..s
    }
}

/// Complaints not yet resolved: overdue first (by resolution deadline),
/// then open ones by deadline.
fn complaints_section(records: &Records, now: NaiveDateTime, o: &Options) -> Section {
    let mut rows: Vec<complaints::ComplaintRow> =
        complaints::complaints(records, now, &complaints::Filter::default())
            .into_iter()
            .filter(|r| matches!(r.status, ComplaintStatus::Open | ComplaintStatus::Overdue))
            .filter(|r| o.member.as_deref().is_none_or(|m| *r.handler == *m))
            .collect();
    rows.sort_by_key(|r| {
        (
            r.status != ComplaintStatus::Overdue,
            r.resolve_due,
            r.id.clone(),
        )
    });
    let command = for_member("clientele complaints --open", "--handler", o);
    let overdue = rows
        .iter()
        .filter(|r| r.status == ComplaintStatus::Overdue)
        .count();
    let s = section(
        "complaints_open",
        "Complaints not resolved",
        command,
        &[
            "id",
            "client",
            "severity",
            "handler",
            "status",
            "resolve_due",
        ],
        &rows,
        o.top,
        |r| {
            vec![
                Cell::text(r.id.clone()),
                Cell::text(client_name(records, &r.client)),
                Cell::text(r.severity.as_str()),
                Cell::text(r.handler.to_string()),
                Cell::text(r.status.as_str()),
                Cell::DateTime(r.resolve_due),
            ]
        },
    );
    Section { overdue, ..s }
}

/// Whether the briefing's member is a lead (who decides leave).
fn member_is_lead(records: &Records, o: &Options) -> bool {
    o.member
        .as_deref()
        .and_then(|m| records.member(m))
        .is_some_and(|m| m.role == Role::Lead)
}

/// Leave rows that concern the briefing: all of them for the team; a
/// member's own; for a lead also those of the members reporting to them.
fn leave_rows(
    records: &Records,
    d: NaiveDate,
    filter: &leave::Filter,
    o: &Options,
) -> Vec<leave::LeaveRow> {
    let is_lead = member_is_lead(records, o);
    leave::leaves(records, d, filter)
        .into_iter()
        .filter(|r| {
            o.member.as_deref().is_none_or(|m| {
                *r.member == *m
                    || (is_lead
                        && records
                            .member(&r.member)
                            .and_then(|x| x.reports_to.as_deref())
                            == Some(m))
            })
        })
        .collect()
}

/// The leave command for the briefing: a lead's list is the team's.
fn leave_command(records: &Records, flags: &str, o: &Options) -> String {
    let cmd = format!("clientele leave {flags}");
    if member_is_lead(records, o) {
        cmd
    } else {
        for_member(&cmd, "--member", o)
    }
}

/// `2026-11-26` or `2026-11-26 to 11-27`.
fn dates_cell(from: NaiveDate, to: NaiveDate) -> Cell {
    Cell::text(if from == to {
        from.format("%Y-%m-%d").to_string()
    } else {
        format!("{} to {}", from.format("%Y-%m-%d"), to.format("%m-%d"))
    })
}

fn workdays_cell(days: usize) -> Cell {
    Cell::text(match days {
        1 => "1 workday".to_string(),
        n => format!("{n} workdays"),
    })
}

/// Leave requests waiting for a decision, by `from`.
fn leave_section(records: &Records, d: NaiveDate, o: &Options) -> Section {
    let filter = leave::Filter {
        pending: true,
        ..leave::Filter::default()
    };
    let rows = leave_rows(records, d, &filter, o);
    section(
        "leave_pending",
        "Leave waiting for approval",
        leave_command(records, "--pending", o),
        &["member", "name", "kind", "dates", "days", "requested"],
        &rows,
        o.top,
        |r| {
            vec![
                Cell::text(r.member.to_string()),
                Cell::text(member_name(records, &r.member)),
                Cell::text(r.kind.as_str()),
                dates_cell(r.from, r.to),
                workdays_cell(r.days),
                Cell::text(format!("asked {}", r.requested.format("%m-%d"))),
            ]
        },
    )
}

/// Who is away (approved leave as of D) on a day of the next
/// `AWAY_DAYS` days, D included, by `from`.
fn away_section(records: &Records, d: NaiveDate, o: &Options) -> Section {
    let to = d + Days::new(AWAY_DAYS - 1);
    let filter = leave::Filter {
        approved: true,
        period: Period {
            from: Some(d),
            to: Some(to),
        },
        ..leave::Filter::default()
    };
    let rows = leave_rows(records, d, &filter, o);
    let flags = format!(
        "--approved --from {} --to {}",
        d.format("%Y-%m-%d"),
        to.format("%Y-%m-%d")
    );
    section(
        "away",
        "Away, next 7 days",
        leave_command(records, &flags, o),
        &["member", "name", "kind", "dates", "days"],
        &rows,
        o.top,
        |r| {
            vec![
                Cell::text(r.member.to_string()),
                Cell::text(member_name(records, &r.member)),
                Cell::text(r.kind.as_str()),
                dates_cell(r.from, r.to),
                workdays_cell(r.days),
            ]
        },
    )
}

/// Action items past their due date and not done, oldest first.
fn actions_section(records: &Records, d: NaiveDate, o: &Options) -> Section {
    let rows = actions::actions(
        records,
        d,
        &actions::Filter {
            overdue: true,
            owner: o.member.clone(),
            period: Period::default(),
            ..actions::Filter::default()
        },
    );
    all_overdue(section(
        "actions_overdue",
        "Action items overdue",
        for_member("clientele actions --overdue", "--owner", o),
        &["due", "owner", "task", "meeting"],
        &rows,
        o.top,
        |r| {
            vec![
                Cell::Date(r.due),
                Cell::text(r.owner.to_string()),
                Cell::text(r.task.clone()),
                Cell::text(r.meeting.clone()),
            ]
        },
    ))
}

/// Follow-ups: the overdue ones (most overdue first) and those due in the
/// next `DUE_WITHIN` days (soonest first).
fn followup_sections(records: &Records, d: NaiveDate, o: &Options) -> [Section; 2] {
    let all = followups::followups(
        records,
        d,
        &followups::Filter {
            member: o.member.clone(),
            ..followups::Filter::default()
        },
    );
    let mut overdue: Vec<&followups::FollowupRow> = all.iter().filter(|r| r.is_overdue()).collect();
    overdue.sort_by_key(|r| (std::cmp::Reverse(r.days_overdue), r.client.to_string()));
    let soon: Vec<&followups::FollowupRow> =
        all.iter().filter(|r| r.due_within(DUE_WITHIN)).collect();
    let columns = ["client", "name", "tier", "owner", "due", "when", "cover"];
    let row = |r: &&followups::FollowupRow| {
        vec![
            Cell::text(r.client.to_string()),
            Cell::text(r.name.clone()),
            Cell::text(r.tier.map_or("-", |t| t.as_str())),
            Cell::text(r.owner.to_string()),
            Cell::Date(r.due),
            Cell::text(when(r.days_overdue)),
            Cell::opt(r.cover.as_ref(), |m| Cell::text(format!("cover: {m}"))),
        ]
    };
    [
        all_overdue(section(
            "followups_overdue",
            "Follow-ups overdue",
            for_member("clientele followups --overdue", "--member", o),
            &columns,
            &overdue,
            o.top,
            row,
        )),
        section(
            "followups_due",
            "Follow-ups due this week",
            for_member(
                &format!("clientele followups --within {DUE_WITHIN}"),
                "--member",
                o,
            ),
            &columns,
            &soon,
            o.top,
            row,
        ),
    ]
}

/// Plans missed in the last `MISSED_DAYS` days, latest first.
fn plans_section(records: &Records, d: NaiveDate, o: &Options) -> Section {
    let from = d - Days::new(MISSED_DAYS - 1);
    let mut rows = plans::plans(
        records,
        d,
        &plans::Filter {
            member: o.member.clone(),
            status: Some(PlanStatus::Missed),
            period: Period {
                from: Some(from),
                to: Some(d),
            },
            ..plans::Filter::default()
        },
    );
    rows.reverse();
    section(
        "plans_missed",
        "Missed visit plans, last 14 days",
        for_member(
            &format!(
                "clientele plans --status missed --from {} --to {}",
                from.format("%Y-%m-%d"),
                d.format("%Y-%m-%d")
            ),
            "--member",
            o,
        ),
        &["date", "member", "client", "purpose"],
        &rows,
        o.top,
        |r| {
            vec![
                Cell::Date(r.date),
                Cell::text(r.member.to_string()),
                Cell::text(client_name(records, &r.client)),
                Cell::opt(r.purpose.clone(), Cell::Text),
            ]
        },
    )
}

/// Birthdays, anniversaries and occasions in the next `CARE_WITHIN` days.
fn care_section(records: &Records, d: NaiveDate, o: &Options) -> Section {
    let filter = care::Filter {
        member: o.member.clone(),
        ..care::Filter::default()
    };
    let rows: Vec<care::CareRow> = care::care(records, d, CARE_WITHIN)
        .into_iter()
        .filter(|r| filter.keeps(r))
        .collect();
    section(
        "care",
        "Greetings due, next 14 days",
        for_member("clientele care", "--member", o),
        &["date", "occasion", "contact", "client", "owner"],
        &rows,
        o.top,
        |r| {
            vec![
                Cell::Date(r.date),
                Cell::text(r.occasion.as_str()),
                Cell::opt(r.contact.clone(), Cell::Text),
                Cell::text(r.client_name.clone()),
                Cell::text(r.owner.to_string()),
            ]
        },
    )
}

/// This month's KPI so far, best score first (members without a score
/// last); for one member, their own line.
fn kpi_section(records: &Records, now: NaiveDateTime, d: NaiveDate, o: &Options) -> Section {
    let month = YearMonth::of(d);
    let all: Vec<kpi::KpiRow> = kpi::rows(records, month, now, d)
        .into_iter()
        .filter(|r| o.member.as_deref().is_none_or(|m| *r.member == *m))
        .collect();
    // the leaders by printed score, then those without a score
    let mut rows: Vec<&kpi::KpiRow> = kpi::leaders(&all, all.len());
    rows.extend(all.iter().filter(|r| r.kpi_score.is_none()));
    let command = for_member("clientele kpi", "--member", o);
    section(
        "kpi",
        "KPI this month so far",
        command,
        &[
            "member",
            "name",
            "role",
            "new_clients",
            "sales",
            "kpi_score",
        ],
        &rows,
        o.top,
        |r: &&kpi::KpiRow| {
            vec![
                Cell::text(r.member.to_string()),
                Cell::text(r.name.clone()),
                Cell::text(r.role.as_str()),
                Cell::Int(r.new_clients as i64),
                Cell::Money(r.sales),
                Cell::opt(r.kpi_score, Cell::Score),
            ]
        },
    )
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
                .filter(|c| super::replay::is_known(c, d))
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
    let [overdue, due] = followup_sections(records, d, o);
    let sections = vec![
        overdue,
        due,
        complaints_section(records, now, o),
        leave_section(records, d, o),
        away_section(records, d, o),
        actions_section(records, d, o),
        plans_section(records, d, o),
        care_section(records, d, o),
        kpi_section(records, now, d, o),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testkit::{day, end_of, from_files};

    const TEAM: &str = r#"
[[member]]
id = "boss"
name = "張敏"
role = "lead"
joined = 2020-01-01

[[member]]
id = "amy"
name = "Amy"
role = "manager"
joined = 2020-01-01
reports_to = "boss"

[[member]]
id = "ben"
name = "Ben"
role = "specialist"
joined = 2020-01-01
reports_to = "boss"
"#;

    const AMY: &str = r#"
[[leave]]
kind = "annual"
from = 2026-11-26
to = 2026-11-27
requested = 2026-11-18
status = "pending"
"#;

    const BEN: &str = r#"
[[leave]]
kind = "sick"
from = 2026-11-23
to = 2026-11-23
requested = 2026-11-19
status = "approved"
approved_by = "boss"
decided = 2026-11-21
"#;

    fn briefing_for(member: Option<&str>) -> Briefing {
        briefing_on("2026-11-20", member)
    }

    fn briefing_on(d: &str, member: Option<&str>) -> Briefing {
        let now = end_of(d);
        let d = day(d);
        let records = from_files(
            &[
                ("team.toml", TEAM),
                ("months/2026-11/amy.toml", AMY),
                ("months/2026-11/ben.toml", BEN),
            ],
            d,
        );
        let o = Options {
            member: member.map(str::to_string),
            top: 3,
        };
        briefing(&records, now, d, &o)
    }

    fn count(b: &Briefing, key: &str) -> usize {
        b.sections
            .iter()
            .find(|s| s.key == key)
            .map(|s| s.count)
            .unwrap()
    }

    #[test]
    fn days_in_words() {
        assert_eq!(when(25), "25 days late");
        assert_eq!(when(1), "1 day late");
        assert_eq!(when(0), "today");
        assert_eq!(when(-1), "tomorrow");
        assert_eq!(when(-6), "in 6 days");
    }

    #[test]
    fn a_leave_decided_after_d_still_waits() {
        // ben's leave is approved on 21 Nov: on 20 Nov it is pending
        let b = briefing_for(None);
        assert_eq!(count(&b, "leave_pending"), 2);
        assert_eq!(
            b.heading,
            "Briefing for 2026-11-20 (Fri), the team: 3 members, 0 clients"
        );
    }

    #[test]
    fn a_lead_sees_the_requests_waiting_for_them_a_member_only_their_own() {
        assert_eq!(count(&briefing_for(Some("boss")), "leave_pending"), 2);
        let amy = briefing_for(Some("amy"));
        assert_eq!(count(&amy, "leave_pending"), 1);
        let s = amy
            .sections
            .iter()
            .find(|s| s.key == "leave_pending")
            .unwrap();
        assert_eq!(s.command, "clientele leave --pending --member amy");
        assert_eq!(s.rows.rows[0][3], Cell::text("2026-11-26 to 11-27"));
        assert_eq!(s.rows.rows[0][4], Cell::text("2 workdays"));
    }

    #[test]
    fn away_counts_leave_approved_by_d_in_the_next_seven_days() {
        // ben's sick day on Mon 23 Nov is approved on the 21st
        assert_eq!(count(&briefing_on("2026-11-20", None), "away"), 0);
        let b = briefing_on("2026-11-21", None);
        assert_eq!(count(&b, "away"), 1);
        let s = b.sections.iter().find(|s| s.key == "away").unwrap();
        assert_eq!(
            s.command,
            "clientele leave --approved --from 2026-11-21 --to 2026-11-27"
        );
        // a week later it is over
        assert_eq!(count(&briefing_on("2026-11-24", None), "away"), 0);
        // amy's own briefing: not her leave; the lead's: his report's
        assert_eq!(count(&briefing_on("2026-11-21", Some("amy")), "away"), 0);
        assert_eq!(count(&briefing_on("2026-11-21", Some("boss")), "away"), 1);
    }

    #[test]
    fn every_section_is_there_even_when_empty() {
        let b = briefing_for(Some("ben"));
        let keys: Vec<&str> = b.sections.iter().map(|s| s.key).collect();
        assert_eq!(
            keys,
            [
                "followups_overdue",
                "followups_due",
                "complaints_open",
                "leave_pending",
                "away",
                "actions_overdue",
                "plans_missed",
                "care",
                "kpi"
            ]
        );
        assert_eq!(b.heading, "Briefing for 2026-11-20 (Fri), Ben (ben)");
        // ben is a specialist with a KPI line of his own (no score yet)
        assert_eq!(count(&b, "kpi"), 1);
    }
}
