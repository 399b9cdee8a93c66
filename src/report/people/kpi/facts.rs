//! The facts a month's KPI counts (rules §3.4), one by one: new clients,
//! won deals, satisfaction ratings and delivery projects, each with the
//! member it counts for. `kpi::rows` sums them; `explain` lists them
//! for one member, so the two can never disagree.
//!
//! One pass over the clients and the month's own logs; no allocation per
//! fact. Replay (rules §3.0) goes through `report::replay`.

use chrono::{NaiveDate, NaiveDateTime};

use crate::model::{Client, Complaint, Deal, Interaction, MemberId, Records, YearMonth};
use crate::report::replay;

/// Why a client counts as new for a member.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ServedAs {
    Owner,
    Specialist,
}

impl ServedAs {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            ServedAs::Owner => "owner",
            ServedAs::Specialist => "specialist",
        }
    }
}

/// Where a satisfaction rating comes from.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Rated<'a> {
    /// An interaction in the member's own month file.
    Interaction(&'a Interaction),
    /// A complaint the member handled, resolved in the month.
    Complaint(&'a Client, &'a Complaint),
}

/// One counted fact.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Fact<'a> {
    /// A client whose `since` is in M and ≤ D.
    NewClient { client: &'a Client, as_: ServedAs },
    /// A deal won with `closed` in M and ≤ D.
    Sale {
        client: &'a Client,
        deal: &'a Deal,
        closed: NaiveDate,
    },
    /// A rating dated in M (≤ D; a complaint's when resolved ≤ now).
    Rating {
        date: NaiveDate,
        value: i64,
        from: Rated<'a>,
    },
    /// A won deal due in M and ≤ D; `delivered` as of D.
    Project {
        client: &'a Client,
        deal: &'a Deal,
        due: NaiveDate,
        delivered: Option<NaiveDate>,
    },
}

impl Fact<'_> {
    /// A project delivered on or before its due date.
    pub(crate) fn on_time(&self) -> bool {
        matches!(self, Fact::Project { due, delivered: Some(x), .. } if x <= due)
    }
}

/// The days of `month` that count as of `d`: the first day and the last
/// day counted (`None` when the month starts after `d`).
pub(crate) fn window(month: YearMonth, d: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let first = month.first_day();
    let last = month.last_day().min(d);
    (first <= last).then_some((first, last))
}

/// Calls `emit(member, fact)` for every fact of `month` as of `now` / `d`,
/// whoever the member is (the caller keeps the members it reports on).
/// Per client: its signing, its deals, its complaints; then the month
/// logs' ratings.
pub(crate) fn walk<'a>(
    records: &'a Records,
    month: YearMonth,
    now: NaiveDateTime,
    d: NaiveDate,
    mut emit: impl FnMut(&'a MemberId, Fact<'a>),
) {
    let Some((first, last)) = window(month, d) else {
        return;
    };
    let inside = |day: NaiveDate| first <= day && day <= last;
    for client in &records.clients {
        if client.since.is_some_and(inside) {
            new_client(client, &mut emit);
        }
        for deal in &client.deals {
            deal_facts(client, deal, d, &inside, &mut emit);
        }
        for c in &client.complaints {
            complaint_rating(client, c, now, &inside, &mut emit);
        }
    }
    for log in records.month_logs(month) {
        for i in log.interactions.iter().filter(|i| inside(i.date)) {
            if let Some(value) = i.satisfaction.map(i64::from) {
                let from = Rated::Interaction(i);
                let date = i.date;
                emit(&log.member, Fact::Rating { date, value, from });
            }
        }
    }
}

/// A client signed in the window counts for its owner, and for its
/// specialist when that is someone else.
fn new_client<'a>(client: &'a Client, emit: &mut impl FnMut(&'a MemberId, Fact<'a>)) {
    let as_ = ServedAs::Owner;
    emit(&client.owner, Fact::NewClient { client, as_ });
    if let Some(s) = client.specialist.as_ref().filter(|s| **s != client.owner) {
        let as_ = ServedAs::Specialist;
        emit(s, Fact::NewClient { client, as_ });
    }
}

/// A deal won as of `d` is a sale when closed in the window and a project
/// when due in it; both count for the deal's owner.
fn deal_facts<'a>(
    client: &'a Client,
    deal: &'a Deal,
    d: NaiveDate,
    inside: &impl Fn(NaiveDate) -> bool,
    emit: &mut impl FnMut(&'a MemberId, Fact<'a>),
) {
    let Some(closed) = replay::won_on(deal, d) else {
        return;
    };
    let owner = deal.owner_or(client);
    if inside(closed) {
        emit(
            owner,
            Fact::Sale {
                client,
                deal,
                closed,
            },
        );
    }
    if let Some(due) = deal.due.filter(|x| inside(*x)) {
        let delivered = replay::delivered(deal, d);
        let project = Fact::Project {
            client,
            deal,
            due,
            delivered,
        };
        emit(owner, project);
    }
}

/// A complaint resolved in the window (as known at `now`) with a rating
/// counts that rating for its handler.
fn complaint_rating<'a>(
    client: &'a Client,
    c: &'a Complaint,
    now: NaiveDateTime,
    inside: &impl Fn(NaiveDate) -> bool,
    emit: &mut impl FnMut(&'a MemberId, Fact<'a>),
) {
    let Some(known) = replay::complaint(c, now) else {
        return;
    };
    if let (Some(resolved), Some(value)) = (known.resolved, known.satisfaction)
        && inside(resolved.date())
    {
        let from = Rated::Complaint(client, c);
        let date = resolved.date();
        emit(&c.handler, Fact::Rating { date, value, from });
    }
}
