//! What the calendar holds, from the reports as of D: follow-ups coming
//! due (and overdue), upcoming visit plans, open action items, the
//! response and resolution deadlines of open complaints, care dates and
//! training sessions, each up to D + `within` days. Client events are not
//! in the records yet, so the feed has none.
//!
//! Each event names the client and the command that shows more. Phones
//! are masked unless `reveal`.

use chrono::{Duration, NaiveDate, NaiveDateTime};

use super::{Event, When};
use crate::model::{PlanStatus, Records};
use crate::report::clients::{care, followups, plans};
use crate::report::complaints;
use crate::report::period::Period;
use crate::report::team::actions;

/// What to gather.
pub(crate) struct Options<'a> {
    pub(crate) now: NaiveDateTime,
    pub(crate) d: NaiveDate,
    /// D and the next `within` days.
    pub(crate) within: u32,
    pub(crate) member: Option<&'a str>,
    pub(crate) reveal: bool,
}

impl Options<'_> {
    fn last(&self) -> NaiveDate {
        self.d + Duration::days(i64::from(self.within))
    }

    fn member(&self) -> Option<String> {
        self.member.map(str::to_string)
    }
}

/// `name (id)`, or the id alone when the client is unknown.
fn client(records: &Records, id: &str) -> String {
    records
        .client(id)
        .map_or_else(|| id.to_string(), |c| format!("{} ({id})", c.name))
}

fn event(
    uid: String,
    when: When,
    summary: String,
    description: String,
    category: &'static str,
) -> Event {
    Event {
        uid: format!("{uid}@clientele"),
        when,
        summary,
        description,
        category,
    }
}

/// Every event, by date then UID.
pub(crate) fn events(records: &Records, o: &Options) -> Vec<Event> {
    let mut all = followup_events(records, o);
    all.extend(plan_events(records, o));
    all.extend(action_events(records, o));
    all.extend(complaint_events(records, o));
    all.extend(care_events(records, o));
    all.extend(training_events(records, o));
    let key = |e: &Event| match &e.when {
        When::Day(d) => d.and_hms_opt(0, 0, 0).unwrap_or_default(),
        When::At(t) => *t,
    };
    all.sort_by(|a, b| key(a).cmp(&key(b)).then_with(|| a.uid.cmp(&b.uid)));
    all
}

fn followup_events(records: &Records, o: &Options) -> Vec<Event> {
    let filter = followups::Filter {
        overdue: true,
        within: Some(i64::from(o.within)),
        member: o.member(),
        ..followups::Filter::default()
    };
    followups::followups(records, o.d, &filter)
        .into_iter()
        .map(|r| {
            let cover = r
                .cover
                .as_ref()
                .map_or_else(String::new, |c| format!(", covered by {c}"));
            let late = if r.is_overdue() { " (overdue)" } else { "" };
            event(
                format!("followup-{}", r.client),
                When::Day(r.due),
                format!("Follow up {}{late}", client(records, &r.client)),
                format!(
                    "Last contact {}, every {} days; owner {}{cover}.\nMore: clientele followups --owner {}",
                    r.last_contact, r.interval, r.owner, r.owner
                ),
                "FOLLOWUP",
            )
        })
        .collect()
}

fn plan_events(records: &Records, o: &Options) -> Vec<Event> {
    let filter = plans::Filter {
        member: o.member(),
        status: Some(PlanStatus::Upcoming),
        period: Period {
            from: Some(o.d),
            to: Some(o.last()),
        },
        ..plans::Filter::default()
    };
    plans::plans(records, o.d, &filter)
        .into_iter()
        .map(|r| {
            let purpose = r.purpose.as_deref().unwrap_or("visit");
            event(
                format!("plan-{}-{}-{}", r.member, r.client, r.date),
                When::Day(r.date),
                format!("Visit {}", client(records, &r.client)),
                format!(
                    "{purpose}; planned by {}.\nMore: clientele plans --client {}",
                    r.member, r.client
                ),
                "PLAN",
            )
        })
        .collect()
}

fn action_events(records: &Records, o: &Options) -> Vec<Event> {
    let filter = actions::Filter {
        open: true,
        owner: o.member(),
        period: Period {
            from: None,
            to: Some(o.last()),
        },
        ..actions::Filter::default()
    };
    actions::actions(records, o.d, &filter)
        .into_iter()
        .map(|r| {
            event(
                format!("action-{}-{}-{}", r.date, r.number, r.meeting),
                When::Day(r.due),
                format!("Due: {}", r.task),
                format!(
                    "Action item {} of the meeting {} on {}; owner {}, {}.\nDone: clientele action done {} {}",
                    r.number, r.meeting, r.date, r.owner, r.status, r.date, r.number
                ),
                "ACTION",
            )
        })
        .collect()
}

fn complaint_events(records: &Records, o: &Options) -> Vec<Event> {
    let filter = complaints::Filter {
        open: true,
        handler: o.member(),
        ..complaints::Filter::default()
    };
    let last = o.last().and_hms_opt(23, 59, 59).unwrap_or(o.now);
    let mut out = Vec::new();
    for r in complaints::complaints(records, o.now, &filter) {
        let who = client(records, &r.client);
        let more = format!(
            "{} complaint from {who}, received {}; handler {}, {}.\nMore: clientele complaints --open --handler {}",
            r.severity,
            r.received.format("%Y-%m-%d %H:%M"),
            r.handler,
            r.status,
            r.handler
        );
        if r.first_response.is_none() && r.respond_due <= last {
            out.push(event(
                format!("complaint-{}-respond", r.id),
                When::At(r.respond_due),
                format!("Respond to complaint {} ({})", r.id, r.client),
                more.clone(),
                "COMPLAINT",
            ));
        }
        if r.resolve_due <= last {
            out.push(event(
                format!("complaint-{}-resolve", r.id),
                When::At(r.resolve_due),
                format!("Resolve complaint {} ({})", r.id, r.client),
                more,
                "COMPLAINT",
            ));
        }
    }
    out
}

fn care_events(records: &Records, o: &Options) -> Vec<Event> {
    let filter = care::Filter {
        member: o.member(),
        ..care::Filter::default()
    };
    let mut rows = care::care(records, o.d, o.within);
    rows.retain(|r| filter.keeps(r));
    rows.into_iter()
        .map(|r| {
            let contact = r.contact.clone().unwrap_or_default();
            let phone = r.phone.as_deref().map_or_else(String::new, |p| {
                let shown = if o.reveal {
                    p.to_string()
                } else {
                    crate::privacy::mask_phone(p)
                };
                format!(", phone {shown}")
            });
            event(
                format!(
                    "care-{}-{}-{contact}-{}",
                    r.client,
                    r.occasion.as_str(),
                    r.date
                ),
                When::Day(r.date),
                format!("{}: {contact} of {}", r.occasion.as_str(), r.client_name),
                format!(
                    "Greeting for {} ({}){phone}; owner {}.\nMore: clientele care --owner {}",
                    r.client_name, r.client, r.owner, r.owner
                ),
                "CARE",
            )
        })
        .collect()
}

fn training_events(records: &Records, o: &Options) -> Vec<Event> {
    let last = o.last();
    records
        .training
        .iter()
        .flat_map(|t| &t.sessions)
        .filter(|s| s.date >= o.d && s.date <= last)
        .filter(|s| o.member.is_none_or(|m| s.attendees.iter().any(|a| **a == *m)))
        .map(|s| {
            let trainer = s
                .trainer
                .as_deref()
                .map_or_else(String::new, |t| format!(", by {t}"));
            event(
                format!("training-{}", s.id),
                When::Day(s.date),
                format!("Training: {}", s.topic),
                format!(
                    "{} hours{trainer}; {} attendees.\nMore: clientele training --sessions --year {}",
                    crate::numbers::number(s.hours),
                    s.attendees.len(),
                    s.date.format("%Y")
                ),
                "TRAINING",
            )
        })
        .collect()
}
