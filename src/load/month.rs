//! Reads `months/<YYYY-MM>/<member>.toml` into a [`MonthLog`], with the rules
//! that concern one month file alone (dates inside the folder's month,
//! ranges, date order, one attendance entry per date).

use std::collections::BTreeSet;

use super::client::order;
use super::exact;
use super::fields::Fields;
use super::ids;
use super::policy;
use super::ranges::{self, rating};
use crate::diagnostic::{Arg, Diagnostic, FileId, codes};
use crate::model::{
    Action, Attendance, AttendanceStatus, Award, AwardKind, Interaction, InteractionKind, Leave,
    LeaveKind, LeaveStatus, Meeting, MeetingKind, MemberId, MonthLog, Plan, Review, YearMonth,
};
use crate::msg;

/// Reports an entry's own date outside the folder's month.
pub(super) fn in_month(
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
            msg!(
                "diag-outside-month",
                key = key,
                date = d,
                month = month,
                folder = YearMonth::of(d),
            ),
        );
    }
}

/// Reads a month file: one reader per entry kind, each reporting what is
/// wrong with its entries and keeping the entries that can be used.
pub(crate) fn read(
    mut f: Fields<'_, '_>,
    month: YearMonth,
    member: &str,
    file: FileId,
    diags: &mut Vec<Diagnostic>,
) -> MonthLog {
    let interactions = f
        .tables("interaction", "[[interaction]]")
        .into_iter()
        .filter_map(|e| interaction(e, month, diags))
        .collect();
    let plans = f
        .tables("plan", "[[plan]]")
        .into_iter()
        .filter_map(|e| plan(e, month, diags))
        .collect();
    let attendance = read_attendance(f.tables("attendance", "[[attendance]]"), month, diags);
    let leaves = f
        .tables("leave", "[[leave]]")
        .into_iter()
        .filter_map(|e| leave(e, month, diags))
        .collect();
    let meetings = f
        .tables("meeting", "[[meeting]]")
        .into_iter()
        .filter_map(|e| meeting(e, month, diags))
        .collect();
    let reviews = f
        .tables("review", "[[review]]")
        .into_iter()
        .filter_map(|e| review(e, diags))
        .collect();
    let awards = f
        .tables("award", "[[award]]")
        .into_iter()
        .filter_map(|e| award(e, diags))
        .collect();
    let (feedback, research, events) = policy::month_entries(&mut f, month, diags);
    f.finish(diags);
    let mut log = MonthLog {
        month,
        member: MemberId::from(member.to_string()),
        file,
        interactions,
        plans,
        attendance,
        leaves,
        meetings,
        reviews,
        awards,
        feedback,
        research,
        events,
    };
    // collected in place, the lists would keep the room of the tables read
    log.interactions = exact(log.interactions);
    log.plans = exact(log.plans);
    log.attendance = exact(log.attendance);
    log.leaves = exact(log.leaves);
    log.meetings = exact(log.meetings);
    log.reviews = exact(log.reviews);
    log.awards = exact(log.awards);
    log.feedback = exact(log.feedback);
    log.research = exact(log.research);
    log.events = exact(log.events);
    log
}

fn interaction(
    mut e: Fields<'_, '_>,
    month: YearMonth,
    diags: &mut Vec<Diagnostic>,
) -> Option<Interaction> {
    let date = e.req_date("date");
    in_month(&mut e, "date", date, month);
    let client = ids::req_client(&mut e, "client");
    let kind = e.require("kind", |e, k| {
        e.choice(k, InteractionKind::parse, InteractionKind::NAMES)
    });
    let summary = e.req_str("summary");
    let satisfaction = rating(&mut e, "satisfaction").and_then(|v| u8::try_from(v).ok());
    let spans = e.finish(diags);
    Some(Interaction {
        date: date?,
        client: client?,
        kind: kind?,
        summary: summary?.into_boxed_str(),
        satisfaction,
        spans,
    })
}

fn plan(mut e: Fields<'_, '_>, month: YearMonth, diags: &mut Vec<Diagnostic>) -> Option<Plan> {
    let date = e.req_date("date");
    in_month(&mut e, "date", date, month);
    let client = ids::req_client(&mut e, "client");
    let purpose = e.str("purpose");
    let spans = e.finish(diags);
    Some(Plan {
        date: date?,
        client: client?,
        purpose,
        spans,
    })
}

fn review(mut e: Fields<'_, '_>, diags: &mut Vec<Diagnostic>) -> Option<Review> {
    let period = e.require("period", Fields::month);
    let of = ids::req_member(&mut e, "of");
    let score = e.require("score", Fields::num);
    ranges::score(&mut e, "score", score);
    let comment = e.str("comment");
    let spans = e.finish(diags);
    Some(Review {
        period: period?,
        of: of?,
        score: score?,
        comment,
        spans,
    })
}

fn award(mut e: Fields<'_, '_>, diags: &mut Vec<Diagnostic>) -> Option<Award> {
    let member = ids::req_member(&mut e, "member");
    let kind = e.require("kind", |e, k| {
        e.choice(k, AwardKind::parse, AwardKind::NAMES)
    });
    let period = e.month("period");
    let amount = e.num("amount");
    ranges::not_negative(&mut e, "amount", amount);
    let reason = e.req_str("reason");
    let spans = e.finish(diags);
    Some(Award {
        member: member?,
        kind: kind?,
        period,
        amount,
        reason: reason?,
        spans,
    })
}

/// The attendance entries, with at most one per date.
fn read_attendance(
    entries: Vec<Fields<'_, '_>>,
    month: YearMonth,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Attendance> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for mut e in entries {
        let date = e.req_date("date");
        in_month(&mut e, "date", date, month);
        let clock_in = e.time("in");
        let clock_out = e.time("out");
        let status = e.choice("status", AttendanceStatus::parse, AttendanceStatus::NAMES);
        if status.is_none() && !e.has("in") && !e.has("status") {
            e.missing("in", Some(msg!("diag-why-clock-in")));
        }
        order(&mut e, ("in", clock_in), ("out", clock_out));
        if let Some(d) = date
            && !seen.insert(d)
        {
            e.error_at(
                "date",
                codes::DOUBLE_ATTENDANCE,
                msg!("diag-double-attendance", date = d),
            );
        }
        let spans = e.finish(diags);
        if let Some(date) = date {
            out.push(Attendance {
                date,
                clock_in,
                clock_out,
                status,
                spans,
            });
        }
    }
    out
}

fn leave(mut e: Fields<'_, '_>, month: YearMonth, diags: &mut Vec<Diagnostic>) -> Option<Leave> {
    let kind = e.require("kind", |e, k| {
        e.choice(k, LeaveKind::parse, LeaveKind::NAMES)
    });
    let from = e.req_date("from");
    in_month(&mut e, "from", from, month);
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
        let why = msg!(
            "diag-why-decided",
            status = Arg::value("status", status.map_or("", |s| s.as_str()))
        );
        if !e.has("approved_by") {
            e.missing("approved_by", Some(why.clone()));
        }
        if !e.has("decided") {
            e.missing("decided", Some(why));
        }
    }
    let spans = e.finish(diags);
    Some(Leave {
        kind: kind?,
        from: from?,
        to: to?,
        requested: requested?,
        status: status?,
        approved_by,
        decided,
        reason,
        spans,
    })
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
            None => attendees.push(MemberId::from(a)),
            Some(_) => diags.push(Diagnostic::error(
                codes::BAD_ID,
                span,
                msg!("diag-bad-attendee", id = a.escape_debug()),
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
