//! What the calendar holds, from the reports as of D: follow-ups coming
//! due (and overdue), upcoming visit plans, open action items, the
//! response and resolution deadlines of open complaints, care dates and
//! training sessions and client events (`[[event]]`, a 答謝會), each up to
//! D + `within` days.
//!
//! Each event names the client and the command that shows more, in the
//! reader's language (`locales/*/calendar.ftl`; ids, dates, commands and
//! the UIDs stay as they are). Phones are masked unless `reveal`.

use chrono::{Duration, NaiveDate, NaiveDateTime};

use super::{Event, When};
use crate::i18n::word;
use crate::model::{PlanStatus, Records};
use crate::report::clients::{care, events as client_events, followups, plans};
use crate::report::complaints;
use crate::report::period::Period;
use crate::report::team::actions;
use crate::t;

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
    all.extend(client_event_events(records, o));
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
            let who = client(records, &r.client);
            let summary = if r.is_overdue() {
                t!("cal-followup-overdue", client = who)
            } else {
                t!("cal-followup", client = who)
            };
            let (last, every) = (r.last_contact.to_string(), r.interval.to_string());
            let owner = r.owner.to_string();
            let about = match &r.cover {
                Some(c) => t!(
                    "cal-followup-about-cover",
                    last = last,
                    every = every,
                    owner = owner.as_str(),
                    cover = c.to_string()
                ),
                None => t!(
                    "cal-followup-about",
                    last = last,
                    every = every,
                    owner = owner.as_str()
                ),
            };
            event(
                format!("followup-{}", r.client),
                When::Day(r.due),
                summary,
                more(about, &format!("clientele followups --owner {owner}")),
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
            let purpose = r.purpose.clone().unwrap_or_else(|| t!("cal-plan-visit"));
            let about = t!(
                "cal-plan-about",
                purpose = purpose,
                member = r.member.to_string()
            );
            event(
                format!("plan-{}-{}-{}", r.member, r.client, r.date),
                When::Day(r.date),
                t!("cal-plan", client = client(records, &r.client)),
                more(about, &format!("clientele plans --client {}", r.client)),
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
                t!("cal-action", task = r.task.as_str()),
                format!(
                    "{}\n{}",
                    t!(
                        "cal-action-about",
                        number = r.number.to_string(),
                        meeting = r.meeting.to_string(),
                        date = r.date.to_string(),
                        owner = r.owner.to_string(),
                        status = word("status", r.status.as_str())
                    ),
                    t!(
                        "cal-done",
                        command = format!("clientele action done {} {}", r.date, r.number)
                    )
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
        let about = t!(
            "cal-complaint-about",
            severity = word("severity", r.severity.as_str()),
            client = who,
            received = r.received.format("%Y-%m-%d %H:%M").to_string(),
            handler = r.handler.to_string(),
            status = word("status", r.status.as_str())
        );
        let command = format!("clientele complaints --open --handler {}", r.handler);
        let more = more(about, &command);
        if r.first_response.is_none() && r.respond_due <= last {
            out.push(event(
                format!("complaint-{}-respond", r.id),
                When::At(r.respond_due),
                t!(
                    "cal-complaint-respond",
                    id = r.id.as_str(),
                    client = r.client.to_string()
                ),
                more.clone(),
                "COMPLAINT",
            ));
        }
        if r.resolve_due <= last {
            out.push(event(
                format!("complaint-{}-resolve", r.id),
                When::At(r.resolve_due),
                t!(
                    "cal-complaint-resolve",
                    id = r.id.as_str(),
                    client = r.client.to_string()
                ),
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
            let phone = r.phone.as_deref().map(|p| {
                if o.reveal {
                    p.to_string()
                } else {
                    crate::privacy::mask_phone(p)
                }
            });
            let (name, id, owner) = (
                r.client_name.as_str(),
                r.client.to_string(),
                r.owner.to_string(),
            );
            let about = match phone {
                Some(phone) => t!(
                    "cal-care-about-phone",
                    client = name,
                    id = id.as_str(),
                    phone = phone,
                    owner = owner.as_str()
                ),
                None => t!(
                    "cal-care-about",
                    client = name,
                    id = id.as_str(),
                    owner = owner.as_str()
                ),
            };
            event(
                format!(
                    "care-{}-{}-{contact}-{}",
                    r.client,
                    r.occasion.as_str(),
                    r.date
                ),
                When::Day(r.date),
                t!(
                    "cal-care",
                    occasion = word("occasion", r.occasion.as_str()),
                    contact = contact.as_str(),
                    client = name
                ),
                more(about, &format!("clientele care --owner {owner}")),
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
        .filter(|s| {
            o.member
                .is_none_or(|m| s.attendees.iter().any(|a| **a == *m))
        })
        .map(|s| {
            let (hours, n) = (
                crate::numbers::number(s.hours),
                s.attendees.len().to_string(),
            );
            let about = match s.trainer.as_deref() {
                Some(by) => t!("cal-training-about-by", hours = hours, trainer = by, n = n),
                None => t!("cal-training-about", hours = hours, n = n),
            };
            let command = format!(
                "clientele training --sessions --year {}",
                s.date.format("%Y")
            );
            event(
                format!("training-{}", s.id),
                When::Day(s.date),
                t!("cal-training", topic = s.topic.as_str()),
                more(about, &command),
                "TRAINING",
            )
        })
        .collect()
}

/// Client events (a 答謝會, a seminar) from D to D + `within`; with a
/// member, those the member organises.
fn client_event_events(records: &Records, o: &Options) -> Vec<Event> {
    let filter = client_events::Filter {
        organiser: o.member(),
        period: Period {
            from: Some(o.d),
            to: Some(o.last()),
        },
        ..client_events::Filter::default()
    };
    client_events::rows(records, &filter, o.d)
        .into_iter()
        .map(|r| {
            let about = t!(
                "cal-event-about",
                kind = word("kind", r.kind.as_str()),
                organiser = r.organiser.to_string(),
                n = r.invited.len()
            );
            let command = format!("clientele events --from {} --to {}", r.date, r.date);
            event(
                format!("event-{}", r.id),
                When::Day(r.date),
                t!("cal-event", title = r.title.as_str()),
                more(about, &command),
                "EVENT",
            )
        })
        .collect()
}

/// A description: what the event is about, then the command that shows more.
fn more(about: String, command: &str) -> String {
    format!("{about}\n{}", t!("cal-more", command = command))
}
