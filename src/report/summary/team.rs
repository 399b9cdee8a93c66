//! The briefing's team sections: complaints not resolved and about to
//! breach, leave waiting and days away, overdue action items, this month's
//! KPI.

use chrono::{Days, NaiveDate, NaiveDateTime, TimeDelta};

use super::{
    AWAY_DAYS, BREACH_HOURS, Options, all_overdue, client_name, for_member, member_name, section,
};
use crate::i18n::Lang;
use crate::model::{ComplaintStatus, Records, Role, YearMonth};
use crate::render::Cell;
use crate::render::briefing::Section;
use crate::report::complaints;
use crate::report::people::kpi;
use crate::report::period::Period;
use crate::report::team::{actions, leave};
use crate::t;

/// The complaints that concern the briefing: all of them, or for a member
/// those it handles or whose client it owns or serves.
fn complaint_rows(
    records: &Records,
    now: NaiveDateTime,
    filter: complaints::Filter,
    o: &Options,
) -> Vec<complaints::ComplaintRow> {
    let filter = complaints::Filter {
        member: o.member.clone(),
        ..filter
    };
    complaints::complaints(records, now, &filter)
}

/// Complaints not yet resolved: overdue first (by resolution deadline),
/// then open ones by deadline; both deadlines shown.
pub(super) fn complaints_section(records: &Records, now: NaiveDateTime, o: &Options) -> Section {
    let open = complaints::Filter {
        open: true,
        ..complaints::Filter::default()
    };
    let mut rows = complaint_rows(records, now, open, o);
    rows.sort_by_key(|r| {
        (
            r.status != ComplaintStatus::Overdue,
            r.resolve_due,
            r.id.clone(),
        )
    });
    let command = for_member("clientele complaints --open", "--member", o);
    let overdue = rows
        .iter()
        .filter(|r| r.status == ComplaintStatus::Overdue)
        .count();
    let s = section(
        "complaints_open",
        command,
        &[
            "id",
            "client",
            "severity",
            "handler",
            "status",
            "respond_due",
            "resolve_due",
        ],
        &rows,
        o.top,
        |r, _| {
            vec![
                Cell::text(r.id.clone()),
                Cell::text(client_name(records, &r.client)),
                Cell::text(r.severity.as_str()),
                Cell::text(r.handler.to_string()),
                Cell::text(r.status.as_str()),
                // a response deadline that is met no longer matters
                Cell::opt(
                    r.first_response.is_none().then_some(r.respond_due),
                    Cell::DateTime,
                ),
                Cell::DateTime(r.resolve_due),
            ]
        },
    );
    Section { overdue, ..s }
}

/// Unresolved complaints with a response or resolution deadline in the
/// next [`BREACH_HOURS`] hours, the nearest deadline first.
pub(super) fn breach_section(records: &Records, now: NaiveDateTime, o: &Options) -> Section {
    let window = TimeDelta::hours(BREACH_HOURS);
    let soon = complaints::Filter {
        due_within: Some(window),
        ..complaints::Filter::default()
    };
    let mut rows: Vec<(NaiveDateTime, complaints::ComplaintRow)> =
        complaint_rows(records, now, soon, o)
            .into_iter()
            .filter_map(|r| Some((r.breach_within(now, window)?, r)))
            .collect();
    rows.sort_by(|a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
    let command = for_member(
        &format!("clientele complaints --due-within {BREACH_HOURS}h"),
        "--member",
        o,
    );
    section(
        "complaints_breach",
        command,
        &["id", "client", "severity", "handler", "deadline", "due"],
        &rows,
        o.top,
        |(due, r), _lang| {
            let which = if *due == r.resolve_due {
                "resolve"
            } else {
                "respond"
            };
            vec![
                Cell::text(r.id.clone()),
                Cell::text(client_name(records, &r.client)),
                Cell::text(r.severity.as_str()),
                Cell::text(r.handler.to_string()),
                Cell::text(which),
                Cell::DateTime(*due),
            ]
        },
    )
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
fn dates_cell(lang: Lang, from: NaiveDate, to: NaiveDate) -> Cell {
    let start = from.format("%Y-%m-%d").to_string();
    Cell::text(if from == to {
        start
    } else {
        t!(lang; "briefing-dates", from = start, to = to.format("%m-%d").to_string())
    })
}

/// `member,name,kind,dates,days` of a leave row.
fn leave_cells(records: &Records, r: &leave::LeaveRow, lang: Lang) -> Vec<Cell> {
    vec![
        Cell::text(r.member.to_string()),
        Cell::text(member_name(records, &r.member)),
        Cell::text(r.kind.as_str()),
        dates_cell(lang, r.from, r.to),
        Cell::text(t!(lang; "briefing-workdays", n = r.days)),
    ]
}

/// Leave requests waiting for a decision, by `from`.
pub(super) fn leave_section(records: &Records, d: NaiveDate, o: &Options) -> Section {
    let filter = leave::Filter {
        pending: true,
        ..leave::Filter::default()
    };
    let rows = leave_rows(records, d, &filter, o);
    section(
        "leave_pending",
        leave_command(records, "--pending", o),
        &["member", "name", "kind", "dates", "days", "requested"],
        &rows,
        o.top,
        |r, lang| {
            let mut cells = leave_cells(records, r, lang);
            let asked = r.requested.format("%m-%d").to_string();
            cells.push(Cell::text(if r.overdue {
                t!(lang; "briefing-asked-late", date = asked)
            } else {
                t!(lang; "briefing-asked", date = asked)
            }));
            cells
        },
    )
}

/// Who is away (approved leave as of D) on a day of the next
/// `AWAY_DAYS` days, D included, by `from`.
pub(super) fn away_section(records: &Records, d: NaiveDate, o: &Options) -> Section {
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
        leave_command(records, &flags, o),
        &["member", "name", "kind", "dates", "days"],
        &rows,
        o.top,
        |r, lang| leave_cells(records, r, lang),
    )
}

/// Action items past their due date and not done, oldest first.
pub(super) fn actions_section(records: &Records, d: NaiveDate, o: &Options) -> Section {
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
        for_member("clientele actions --overdue", "--owner", o),
        &["due", "owner", "task", "meeting"],
        &rows,
        o.top,
        |r, _| {
            vec![
                Cell::Date(r.due),
                Cell::text(r.owner.to_string()),
                Cell::text(r.task.clone()),
                Cell::text(r.meeting.clone()),
            ]
        },
    ))
}

/// This month's KPI so far, best score first (members without a score
/// last); for one member, their own line.
pub(super) fn kpi_section(
    records: &Records,
    now: NaiveDateTime,
    d: NaiveDate,
    o: &Options,
) -> Section {
    let month = YearMonth::of(d);
    let all: Vec<kpi::KpiRow> = kpi::rows(records, month, now, d)
        .into_iter()
        .filter(|r| o.member.as_deref().is_none_or(|m| *r.member == *m))
        .collect();
    // the leaders by printed score, then those without a score
    let mut rows: Vec<&kpi::KpiRow> = kpi::leaders(&all, all.len());
    rows.extend(all.iter().filter(|r| r.kpi_score.is_none()));
    let command = for_member("clientele kpi", "--member", o);
    let s = section(
        "kpi",
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
        |r: &&kpi::KpiRow, _| {
            vec![
                Cell::text(r.member.to_string()),
                Cell::text(r.name.clone()),
                Cell::text(r.role.as_str()),
                Cell::Int(r.new_clients as i64),
                Cell::Money(r.sales),
                Cell::opt(r.kpi_score, Cell::Score),
            ]
        },
    );
    Section {
        labelled: true,
        ..s
    }
}
