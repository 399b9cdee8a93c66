//! Reads the entries of the policy's later clauses: `[[feedback]]`,
//! `[[research]]` and `[[event]]` in month files, `[[member.career]]` and
//! `[[member.rotation]]` in `team.toml`, `[[team_target]]` and `[career]` in
//! `clientele.toml` — with the rules one file can judge (dates in the
//! folder's month, ranges, date order, targets in month order).

use super::client::order;
use super::fields::Fields;
use super::ids;
use super::month::in_month;
use super::ranges::not_negative;
use crate::diagnostic::{Diagnostic, codes};
use crate::model::{
    Career, CareerRules, ClientId, Event, EventKind, Feedback, Research, ResearchKind, Rotation,
    TeamTarget, YearMonth,
};
use crate::msg;

/// An array of client ids; a bad one is reported and left out.
fn clients(
    e: &mut Fields<'_, '_>,
    key: &'static str,
    diags: &mut Vec<Diagnostic>,
) -> Vec<ClientId> {
    let mut out = Vec::new();
    for (id, span) in e.str_array(key) {
        match crate::model::id_problem(&id) {
            None => out.push(ClientId::from(id)),
            Some(_) => diags.push(Diagnostic::error(
                codes::BAD_ID,
                span,
                msg!("diag-bad-client-in", id = id.escape_debug(), key = key),
            )),
        }
    }
    out
}

/// The `[[feedback]]`, `[[research]]` and `[[event]]` entries of a month
/// file.
pub(crate) fn month_entries(
    f: &mut Fields<'_, '_>,
    month: YearMonth,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<Feedback>, Vec<Research>, Vec<Event>) {
    let feedback = f
        .tables("feedback", "[[feedback]]")
        .into_iter()
        .filter_map(|e| feedback(e, month, diags))
        .collect();
    let research = f
        .tables("research", "[[research]]")
        .into_iter()
        .filter_map(|e| research(e, month, diags))
        .collect();
    let events = f
        .tables("event", "[[event]]")
        .into_iter()
        .filter_map(|e| event(e, month, diags))
        .collect();
    (feedback, research, events)
}

fn feedback(
    mut e: Fields<'_, '_>,
    month: YearMonth,
    diags: &mut Vec<Diagnostic>,
) -> Option<Feedback> {
    let member = ids::req_member(&mut e, "member");
    let period = e.require("period", Fields::month);
    let date = e.req_date("date");
    in_month(&mut e, "date", date, month);
    let note = e.str("note");
    if let (Some(p), Some(d)) = (period, date)
        && d <= p.last_day()
    {
        e.warn_at(
            "date",
            codes::EARLY_FEEDBACK,
            msg!("diag-early-feedback", date = d, period = p),
        );
    }
    let spans = e.finish(diags);
    Some(Feedback {
        member: member?,
        period: period?,
        date: date?,
        note,
        spans,
    })
}

fn research(
    mut e: Fields<'_, '_>,
    month: YearMonth,
    diags: &mut Vec<Diagnostic>,
) -> Option<Research> {
    let date = e.req_date("date");
    in_month(&mut e, "date", date, month);
    let topic = e.req_str("topic");
    let kind = e.require("kind", |e, k| {
        e.choice(k, ResearchKind::parse, ResearchKind::NAMES)
    });
    let summary = e.req_str("summary");
    let clients = clients(&mut e, "clients", diags);
    let source = e.str("source");
    let spans = e.finish(diags);
    Some(Research {
        date: date?,
        topic: topic?,
        kind: kind?,
        summary: summary?,
        clients,
        source,
        spans,
    })
}

fn event(mut e: Fields<'_, '_>, month: YearMonth, diags: &mut Vec<Diagnostic>) -> Option<Event> {
    let id = ids::req_entry_id(&mut e, "id");
    let date = e.req_date("date");
    in_month(&mut e, "date", date, month);
    let title = e.req_str("title");
    let kind = e.require("kind", |e, k| {
        e.choice(k, EventKind::parse, EventKind::NAMES)
    });
    let invited = clients(&mut e, "invited", diags);
    let attended = clients(&mut e, "attended", diags);
    let cost = e.num("cost");
    not_negative(&mut e, "cost", cost);
    if let Some(c) = attended.iter().find(|c| !invited.contains(c)) {
        e.warn_at(
            "attended",
            codes::NOT_INVITED,
            msg!("diag-not-invited", client = c),
        );
    }
    let spans = e.finish(diags);
    Some(Event {
        id: id?,
        date: date?,
        title: title?,
        kind: kind?,
        invited,
        attended,
        cost,
        spans,
    })
}

/// A member's `[[member.career]]` and `[[member.rotation]]` entries.
pub(crate) fn career_entries(
    m: &mut Fields<'_, '_>,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<Career>, Vec<Rotation>) {
    (careers(m, diags), rotations(m, diags))
}

fn careers(m: &mut Fields<'_, '_>, diags: &mut Vec<Diagnostic>) -> Vec<Career> {
    let mut out = Vec::new();
    for mut c in m.tables("career", "[[member.career]]") {
        let goal = c.req_str("goal");
        let by = c.require("by", Fields::month);
        let plan = c.str("plan");
        let mentor = ids::member(&mut c, "mentor");
        let spans = c.finish(diags);
        if let (Some(goal), Some(by)) = (goal, by) {
            out.push(Career {
                goal,
                by,
                plan,
                mentor,
                spans,
            });
        }
    }
    out
}

fn rotations(m: &mut Fields<'_, '_>, diags: &mut Vec<Diagnostic>) -> Vec<Rotation> {
    let mut out = Vec::new();
    for mut r in m.tables("rotation", "[[member.rotation]]") {
        let from = r.req_date("from");
        let to = r.req_date("to");
        let area = r.req_str("area");
        order(&mut r, ("from", from), ("to", to));
        let spans = r.finish(diags);
        if let (Some(from), Some(to), Some(area)) = (from, to, area) {
            out.push(Rotation {
                from,
                to,
                area,
                spans,
            });
        }
    }
    out
}

/// `[[team_target]]` entries, in the order written, which must be by month.
pub(crate) fn team_targets(f: &mut Fields<'_, '_>, diags: &mut Vec<Diagnostic>) -> Vec<TeamTarget> {
    let mut out: Vec<TeamTarget> = Vec::new();
    for mut t in f.tables("team_target", "[[team_target]]") {
        let from = t.require("from", Fields::month);
        let positive = |t: &mut Fields<'_, '_>, key: &'static str| {
            let v = t.num(key);
            if v.is_some_and(|v| v <= 0.0) {
                t.error_at(
                    key,
                    codes::TARGET_NOT_POSITIVE,
                    msg!("diag-target-positive", key = key),
                );
            }
            v
        };
        let target = TeamTarget {
            from,
            new_clients: positive(&mut t, "new_clients"),
            sales: positive(&mut t, "sales"),
            satisfaction: positive(&mut t, "satisfaction"),
            complaints_on_time: positive(&mut t, "complaints_on_time"),
        };
        if target.satisfaction.is_some_and(|s| s > 5.0) {
            t.error_at(
                "satisfaction",
                codes::OUT_OF_RANGE,
                msg!("diag-satisfaction-target"),
            );
        }
        if target.complaints_on_time.is_some_and(|s| s > 1.0) {
            t.error_at(
                "complaints_on_time",
                codes::OUT_OF_RANGE,
                msg!("diag-on-time-target"),
            );
        }
        let last = out.iter().rev().find_map(|p| p.from);
        if let (Some(prev), Some(m)) = (last, from)
            && m <= prev
        {
            t.error_at(
                "from",
                codes::TARGET_ORDER,
                msg!("diag-target-order", month = m, previous = prev),
            );
        }
        t.finish(diags);
        out.push(target);
    }
    out
}

/// `[career]`: `promotion_months` (≥ 1) and `min_training_hours` (≥ 0).
pub(crate) fn career_rules(mut t: Fields<'_, '_>, diags: &mut Vec<Diagnostic>) -> CareerRules {
    let mut c = CareerRules::default();
    if let Some(n) = t.int("promotion_months") {
        match u32::try_from(n) {
            Ok(n) if n >= 1 => c.promotion_months = n,
            _ => t.error_at(
                "promotion_months",
                codes::OUT_OF_RANGE,
                msg!("diag-at-least-one", key = "promotion_months"),
            ),
        }
    }
    let hours = t.num("min_training_hours");
    not_negative(&mut t, "min_training_hours", hours);
    if let Some(h) = hours.filter(|h| *h >= 0.0) {
        c.min_training_hours = h;
    }
    t.finish(diags);
    c
}

#[cfg(test)]
mod tests;
