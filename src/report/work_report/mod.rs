//! One member's work report (the policy's regular reporting, 工作匯報)
//! for an ISO week (`report weekly`) or a month (`report month`): the
//! interactions by kind and client, new clients, deals that moved or
//! closed, complaints handled, action items done and still open, and the
//! plans for the next period.
//!
//! The report is what was known at the end of the period, or at D when
//! the period is not over: `end` = min(last day, D), and the complaint
//! moment min(last day 23:59:59, now).

pub(crate) mod items;
pub(crate) mod window;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use self::window::Window;
use crate::model::{
    ActionStatus, Client, ComplaintStatus, DealStage, InteractionKind, Member, MemberId, Records,
    Role, Severity, Stage,
};
use crate::report::team::actions;
use crate::report::{complaints, replay};

/// An interaction the member logged.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Contact {
    pub(crate) date: NaiveDate,
    pub(crate) client: String,
    pub(crate) client_name: String,
    pub(crate) kind: InteractionKind,
    pub(crate) summary: String,
    pub(crate) satisfaction: Option<i64>,
}

/// A client the member owns or serves that signed (`since`) or was found
/// in the period.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct NewClient {
    pub(crate) date: NaiveDate,
    pub(crate) client: String,
    pub(crate) name: String,
    /// `signed` (first contract) or `found` (a new lead).
    pub(crate) event: &'static str,
    /// The client's stage as of the report's end.
    pub(crate) stage: Stage,
    /// `owner` or `specialist`.
    pub(crate) role: &'static str,
}

/// Something that happened to one of the member's deals.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct DealEvent {
    pub(crate) date: NaiveDate,
    pub(crate) client: String,
    pub(crate) deal: String,
    pub(crate) title: String,
    /// `opened`, `won`, `lost` or `delivered`.
    pub(crate) event: &'static str,
    pub(crate) amount: f64,
    /// The deal's stage as of the report's end.
    pub(crate) stage: DealStage,
}

/// A complaint the member handles: acted on in the period, or still open.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Handled {
    pub(crate) id: String,
    pub(crate) client: String,
    pub(crate) severity: Severity,
    pub(crate) received: NaiveDateTime,
    pub(crate) summary: String,
    /// What happened in the period: `received`, `responded`, `resolved`.
    pub(crate) events: Vec<&'static str>,
    pub(crate) status: ComplaintStatus,
    pub(crate) satisfaction: Option<i64>,
    /// While unresolved at the report's end: the response deadline (while
    /// there is no first response) and the resolution deadline.
    pub(crate) respond_due: Option<NaiveDateTime>,
    pub(crate) resolve_due: Option<NaiveDateTime>,
}

/// An action item the member owns.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Task {
    pub(crate) meeting: String,
    pub(crate) task: String,
    pub(crate) due: NaiveDate,
    pub(crate) done: Option<NaiveDate>,
    pub(crate) status: ActionStatus,
}

/// A planned visit in the next period.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Planned {
    pub(crate) date: NaiveDate,
    pub(crate) client: String,
    pub(crate) client_name: String,
    pub(crate) purpose: Option<String>,
}

/// The whole report.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct WorkReport {
    pub(crate) member: MemberId,
    pub(crate) name: String,
    pub(crate) role: Role,
    pub(crate) window: Window,
    /// The last day counted: min(the period's last day, D).
    pub(crate) end: NaiveDate,
    pub(crate) contacts: Vec<Contact>,
    pub(crate) new_clients: Vec<NewClient>,
    pub(crate) deals: Vec<DealEvent>,
    pub(crate) complaints: Vec<Handled>,
    /// Done in the period.
    pub(crate) done: Vec<Task>,
    /// Not done as of the end.
    pub(crate) open: Vec<Task>,
    pub(crate) plans: Vec<Planned>,
    /// The member's research notes in the period (rules §3.12).
    pub(crate) research: Vec<crate::report::research::ResearchRow>,
}

fn client_name(records: &Records, id: &str) -> String {
    records
        .client(id)
        .map(|c| c.name.clone())
        .unwrap_or_default()
}

/// The report of `member` for `window`, as of `now` / `d`.
pub(crate) fn report(
    records: &Records,
    member: &Member,
    window: &Window,
    now: NaiveDateTime,
    d: NaiveDate,
) -> WorkReport {
    let end = window.to.min(d);
    let end_now = window
        .to
        .and_time(NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN))
        .min(now);
    let inside = |day: NaiveDate| window.from <= day && day <= end;
    let mut r = WorkReport {
        member: member.id.clone(),
        name: member.name.clone(),
        role: member.role,
        window: window.clone(),
        end,
        contacts: Vec::new(),
        new_clients: Vec::new(),
        deals: Vec::new(),
        complaints: Vec::new(),
        done: Vec::new(),
        open: Vec::new(),
        plans: Vec::new(),
        research: Vec::new(),
    };
    logs(records, member, window, end, &mut r);
    let notes = crate::report::research::Filter {
        member: Some(member.id.to_string()),
        period: crate::report::period::Period {
            from: Some(window.from),
            to: Some(end),
        },
        ..crate::report::research::Filter::default()
    };
    r.research = crate::report::research::rows(records, &notes, end);
    for client in &records.clients {
        new_clients(client, member, &inside, end, &mut r.new_clients);
        deal_events(client, member, &inside, end, &mut r.deals);
        handled(records, client, member, window, end_now, &mut r.complaints);
    }
    sort(&mut r);
    r
}

/// Interactions, plans and action items from the month files.
fn logs(records: &Records, member: &Member, window: &Window, end: NaiveDate, r: &mut WorkReport) {
    let inside = |day: NaiveDate| window.from <= day && day <= end;
    for log in records.months.iter().filter(|l| l.member == member.id) {
        for i in log.interactions.iter().filter(|i| inside(i.date)) {
            r.contacts.push(Contact {
                date: i.date,
                client: i.client.to_string(),
                client_name: client_name(records, &i.client),
                kind: i.kind,
                summary: i.summary.to_string(),
                satisfaction: i.satisfaction.map(i64::from),
            });
        }
        for p in log.plans.iter().filter(|p| window.next_contains(p.date)) {
            r.plans.push(Planned {
                date: p.date,
                client: p.client.to_string(),
                client_name: client_name(records, &p.client),
                purpose: p.purpose.clone(),
            });
        }
    }
    // action items live in the chair's file: any member's meetings
    for log in &records.months {
        for m in log.meetings.iter().filter(|m| m.date <= end) {
            for a in m.actions.iter().filter(|a| a.owner == member.id) {
                let (done, status) = actions::status(a, end);
                let task = Task {
                    meeting: actions::meeting_name(m),
                    task: a.task.clone(),
                    due: a.due,
                    done,
                    status,
                };
                match done {
                    Some(x) if inside(x) => r.done.push(task),
                    Some(_) => {}
                    None => r.open.push(task),
                }
            }
        }
    }
}

/// The client, when the member owns or serves it and it signed or was
/// found in the period (one line each).
fn new_clients(
    client: &Client,
    member: &Member,
    inside: &dyn Fn(NaiveDate) -> bool,
    end: NaiveDate,
    out: &mut Vec<NewClient>,
) {
    let role = if client.owner == member.id {
        "owner"
    } else if client.specialist.as_ref() == Some(&member.id) {
        "specialist"
    } else {
        return;
    };
    let events = [(client.since, "signed"), (Some(client.found), "found")];
    for (date, event) in events {
        if let Some(date) = date.filter(|x| inside(*x)) {
            out.push(NewClient {
                date,
                client: client.id.to_string(),
                name: client.name.clone(),
                event,
                stage: replay::client_stage(client, end),
                role,
            });
        }
    }
}

fn deal_events(
    client: &Client,
    member: &Member,
    inside: &dyn Fn(NaiveDate) -> bool,
    end: NaiveDate,
    out: &mut Vec<DealEvent>,
) {
    for deal in client
        .deals
        .iter()
        .filter(|x| *x.owner_or(client) == member.id)
    {
        let Some(stage) = replay::deal_stage(deal, end) else {
            continue;
        };
        let closed = replay::deal_closed(deal, end);
        let events = [
            (Some(deal.opened), "opened"),
            (closed.filter(|_| stage == DealStage::Won), "won"),
            (closed.filter(|_| stage == DealStage::Lost), "lost"),
            (replay::delivered(deal, end), "delivered"),
        ];
        for (date, event) in events {
            if let Some(date) = date.filter(|x| inside(*x)) {
                out.push(DealEvent {
                    date,
                    client: client.id.to_string(),
                    deal: deal.id.clone(),
                    title: deal.title.clone(),
                    event,
                    amount: deal.amount,
                    stage,
                });
            }
        }
    }
}

fn handled(
    records: &Records,
    client: &Client,
    member: &Member,
    window: &Window,
    end_now: NaiveDateTime,
    out: &mut Vec<Handled>,
) {
    let limits = &records.settings.complaints;
    for c in client.complaints.iter().filter(|c| c.handler == member.id) {
        let Some(row) = complaints::evaluate(&client.id, c, limits.limits(c.severity), end_now)
        else {
            continue;
        };
        let inside = |t: Option<NaiveDateTime>| t.is_some_and(|t| window.contains(t.date()));
        let events: Vec<&'static str> = [
            (Some(row.received), "received"),
            (row.responded, "responded"),
            (row.resolved, "resolved"),
        ]
        .into_iter()
        .filter(|(t, _)| inside(*t))
        .map(|(_, e)| e)
        .collect();
        if !events.is_empty() || !row.is_resolved() {
            out.push(Handled {
                id: c.id.clone(),
                client: client.id.to_string(),
                severity: c.severity,
                received: c.received,
                summary: c.summary.clone(),
                events,
                status: row.status,
                satisfaction: row.satisfaction,
                respond_due: (row.first_response.is_none() && !row.is_resolved())
                    .then_some(row.respond_due),
                resolve_due: (!row.is_resolved()).then_some(row.resolve_due),
            });
        }
    }
}

fn sort(r: &mut WorkReport) {
    r.contacts
        .sort_by(|a, b| (a.date, &a.client).cmp(&(b.date, &b.client)));
    r.new_clients
        .sort_by(|a, b| (a.date, &a.client).cmp(&(b.date, &b.client)));
    r.deals
        .sort_by(|a, b| (a.date, &a.deal).cmp(&(b.date, &b.deal)));
    r.complaints
        .sort_by(|a, b| (a.received, &a.id).cmp(&(b.received, &b.id)));
    r.done
        .sort_by(|a, b| (a.done, a.due, &a.task).cmp(&(b.done, b.due, &b.task)));
    r.open
        .sort_by(|a, b| (a.due, &a.task).cmp(&(b.due, &b.task)));
    r.plans
        .sort_by(|a, b| (a.date, &a.client).cmp(&(b.date, &b.client)));
}

#[cfg(test)]
mod tests;
