//! Reads `months/<YYYY-MM>/<member>.toml` into a [`MonthLog`], with the rules
//! that concern one month file alone (dates inside the folder's month,
//! ranges, date order, one attendance entry per date).

use std::collections::BTreeMap;

use super::client::{order, rating};
use super::fields::Fields;
use super::ids;
use crate::diagnostic::{Diagnostic, FileId, codes};
use crate::model::{
    Action, Attendance, AttendanceStatus, Award, AwardKind, Interaction, InteractionKind, Leave,
    LeaveKind, LeaveStatus, Meeting, MeetingKind, MemberId, MonthLog, Plan, Review, YearMonth,
};

/// Reports an entry's own date outside the folder's month.
fn in_month(
    f: &mut Fields<'_, '_>,
    key: &'static str,
    date: Option<chrono::NaiveDate>,
    month: YearMonth,
) {
    if let Some(d) = date
        && !month.contains(d)
    {
        f.error_at(
            key,
            codes::OUTSIDE_MONTH,
            format!(
                "`{key}` {d} is outside this file's month {month}: move the entry to months/{}/",
                YearMonth::of(d)
            ),
        );
    }
}

pub(crate) fn read(
    mut f: Fields<'_, '_>,
    month: YearMonth,
    member: &str,
    file: FileId,
    diags: &mut Vec<Diagnostic>,
) -> MonthLog {
    let mut log = MonthLog {
        month,
        member: MemberId(member.to_string()),
        file,
        interactions: Vec::new(),
        plans: Vec::new(),
        attendance: Vec::new(),
        leaves: Vec::new(),
        meetings: Vec::new(),
        reviews: Vec::new(),
        awards: Vec::new(),
    };
    for mut e in f.tables("interaction", "[[interaction]]") {
        let date = e.req_date("date");
        in_month(&mut e, "date", date, month);
        let client = ids::req_client(&mut e, "client");
        let kind = e.require("kind", |e, k| {
            e.choice(k, InteractionKind::parse, InteractionKind::NAMES)
        });
        let summary = e.req_str("summary");
        let satisfaction = rating(&mut e, "satisfaction");
        let spans = e.finish(diags);
        if let (Some(date), Some(client), Some(kind), Some(summary)) = (date, client, kind, summary)
        {
            log.interactions.push(Interaction {
                date,
                client,
                kind,
                summary,
                satisfaction,
                spans,
            });
        }
    }
    for mut e in f.tables("plan", "[[plan]]") {
        let date = e.req_date("date");
        in_month(&mut e, "date", date, month);
        let client = ids::req_client(&mut e, "client");
        let purpose = e.str("purpose");
        let spans = e.finish(diags);
        if let (Some(date), Some(client)) = (date, client) {
            log.plans.push(Plan {
                date,
                client,
                purpose,
                spans,
            });
        }
    }
    read_attendance(&mut f, &mut log, diags);
    read_leaves(&mut f, &mut log, diags);
    for e in f.tables("meeting", "[[meeting]]") {
        if let Some(m) = meeting(e, month, diags) {
            log.meetings.push(m);
        }
    }
    for mut e in f.tables("review", "[[review]]") {
        let period = e.require("period", Fields::month);
        let of = ids::req_member(&mut e, "of");
        let score = e.require("score", Fields::num);
        if let Some(s) = score
            && !(0.0..=100.0).contains(&s)
        {
            e.error_at(
                "score",
                codes::OUT_OF_RANGE,
                format!("`score` must be 0..100, found {s}"),
            );
        }
        let comment = e.str("comment");
        let spans = e.finish(diags);
        if let (Some(period), Some(of), Some(score)) = (period, of, score) {
            log.reviews.push(Review {
                period,
                of,
                score,
                comment,
                spans,
            });
        }
    }
    for mut e in f.tables("award", "[[award]]") {
        let member = ids::req_member(&mut e, "member");
        let kind = e.require("kind", |e, k| {
            e.choice(k, AwardKind::parse, AwardKind::NAMES)
        });
        let period = e.month("period");
        let amount = e.num("amount");
        if let Some(a) = amount
            && a < 0.0
        {
            e.error_at(
                "amount",
                codes::OUT_OF_RANGE,
                format!("`amount` must not be negative, found {a}"),
            );
        }
        let reason = e.req_str("reason");
        let spans = e.finish(diags);
        if let (Some(member), Some(kind), Some(reason)) = (member, kind, reason) {
            log.awards.push(Award {
                member,
                kind,
                period,
                amount,
                reason,
                spans,
            });
        }
    }
    f.finish(diags);
    log
}

fn read_attendance(f: &mut Fields<'_, '_>, log: &mut MonthLog, diags: &mut Vec<Diagnostic>) {
    let mut seen: BTreeMap<chrono::NaiveDate, ()> = BTreeMap::new();
    for mut e in f.tables("attendance", "[[attendance]]") {
        let date = e.req_date("date");
        in_month(&mut e, "date", date, log.month);
        let clock_in = e.time("in");
        let clock_out = e.time("out");
        let status = e.choice("status", AttendanceStatus::parse, AttendanceStatus::NAMES);
        if status.is_none() && !e.has("in") && !e.has("status") {
            e.missing("in", " (required unless status = \"field\")");
        }
        order(&mut e, ("in", clock_in), ("out", clock_out));
        if let Some(d) = date
            && seen.insert(d, ()).is_some()
        {
            e.error_at(
                "date",
                codes::DOUBLE_ATTENDANCE,
                format!("a second attendance entry for {d}"),
            );
        }
        let spans = e.finish(diags);
        if let Some(date) = date {
            log.attendance.push(Attendance {
                date,
                clock_in,
                clock_out,
                status,
                spans,
            });
        }
    }
}

fn read_leaves(f: &mut Fields<'_, '_>, log: &mut MonthLog, diags: &mut Vec<Diagnostic>) {
    for mut e in f.tables("leave", "[[leave]]") {
        let kind = e.require("kind", |e, k| {
            e.choice(k, LeaveKind::parse, LeaveKind::NAMES)
        });
        let from = e.req_date("from");
        in_month(&mut e, "from", from, log.month);
        let to = e.req_date("to");
        let requested = e.req_date("requested");
        let status = e.require("status", |e, k| {
            e.choice(k, LeaveStatus::parse, LeaveStatus::NAMES)
        });
        let approved_by = ids::member(&mut e, "approved_by");
        let decided = e.date("decided");
        let reason = e.str("reason");
        order(&mut e, ("from", from), ("to", to));
        order(&mut e, ("requested", requested), ("decided", decided));
        if matches!(status, Some(LeaveStatus::Approved | LeaveStatus::Rejected)) {
            let why = format!(
                " (required once a leave is {})",
                status.map_or("", |s| s.as_str())
            );
            if !e.has("approved_by") {
                e.missing("approved_by", &why);
            }
            if !e.has("decided") {
                e.missing("decided", &why);
            }
        }
        let spans = e.finish(diags);
        if let (Some(kind), Some(from), Some(to), Some(requested), Some(status)) =
            (kind, from, to, requested, status)
        {
            log.leaves.push(Leave {
                kind,
                from,
                to,
                requested,
                status,
                approved_by,
                decided,
                reason,
                spans,
            });
        }
    }
}

fn meeting(
    mut e: Fields<'_, '_>,
    month: YearMonth,
    diags: &mut Vec<Diagnostic>,
) -> Option<Meeting> {
    let id = ids::entry_id(&mut e, "id");
    let date = e.req_date("date");
    in_month(&mut e, "date", date, month);
    let kind = e.require("kind", |e, k| {
        e.choice(k, MeetingKind::parse, MeetingKind::NAMES)
    });
    let title = e.str("title");
    let mut attendees = Vec::new();
    for (a, span) in e.str_array("attendees") {
        match crate::model::id_problem(&a) {
            None => attendees.push(MemberId(a)),
            Some(_) => diags.push(Diagnostic::error(
                codes::BAD_ID,
                span,
                format!("attendee \"{}\" is not a valid member id", a.escape_debug()),
            )),
        }
    }
    let minutes = e.str("minutes");
    let mut actions = Vec::new();
    for mut a in e.tables("action", "[[meeting.action]]") {
        let task = a.req_str("task");
        let owner = ids::req_member(&mut a, "owner");
        let due = a.req_date("due");
        let done = a.date("done");
        let spans = a.finish(diags);
        if let (Some(task), Some(owner), Some(due)) = (task, owner, due) {
            actions.push(Action {
                task,
                owner,
                due,
                done,
                spans,
            });
        }
    }
    let spans = e.finish(diags);
    Some(Meeting {
        id,
        date: date?,
        kind: kind?,
        title,
        attendees,
        minutes,
        actions,
        spans,
    })
}
