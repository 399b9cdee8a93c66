//! A member's month file: what one member logged in one month.

use chrono::{NaiveDate, NaiveTime};

use super::{
    AttendanceStatus, AwardKind, ClientId, Event, Feedback, InteractionKind, LeaveKind,
    LeaveStatus, MeetingKind, MemberId, Research, Spans, YearMonth,
};
use crate::diagnostic::FileId;

/// `months/<YYYY-MM>/<member>.toml`.
#[derive(Clone, Debug)]
pub struct MonthLog {
    pub month: YearMonth,
    pub member: MemberId,
    pub file: FileId,
    pub interactions: Vec<Interaction>,
    pub plans: Vec<Plan>,
    pub attendance: Vec<Attendance>,
    pub leaves: Vec<Leave>,
    pub meetings: Vec<Meeting>,
    pub reviews: Vec<Review>,
    pub awards: Vec<Award>,
    pub feedback: Vec<Feedback>,
    pub research: Vec<Research>,
    pub events: Vec<Event>,
}

/// An `[[interaction]]`: any contact with a client.
#[derive(Clone, Debug)]
pub struct Interaction {
    pub date: NaiveDate,
    pub client: ClientId,
    pub kind: InteractionKind,
    pub summary: String,
    pub satisfaction: Option<i64>,
    pub spans: Spans,
}

/// A `[[plan]]`: a planned visit.
#[derive(Clone, Debug)]
pub struct Plan {
    pub date: NaiveDate,
    pub client: ClientId,
    pub purpose: Option<String>,
    pub spans: Spans,
}

/// An `[[attendance]]` day.
#[derive(Clone, Debug)]
pub struct Attendance {
    pub date: NaiveDate,
    pub clock_in: Option<NaiveTime>,
    pub clock_out: Option<NaiveTime>,
    pub status: Option<AttendanceStatus>,
    pub spans: Spans,
}

impl Attendance {
    pub fn is_field(&self) -> bool {
        self.status == Some(AttendanceStatus::Field)
    }
}

/// A `[[leave]]` request.
#[derive(Clone, Debug)]
pub struct Leave {
    pub kind: LeaveKind,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub requested: NaiveDate,
    pub status: LeaveStatus,
    pub approved_by: Option<MemberId>,
    pub decided: Option<NaiveDate>,
    pub reason: Option<String>,
    pub spans: Spans,
}

impl Leave {
    /// The status as known at the end of `d` (rules §3.0): the decision
    /// counts only once `decided` ≤ d (a decision without a date counts).
    pub fn status_as_of(&self, d: NaiveDate) -> LeaveStatus {
        match (self.status, self.decided) {
            (LeaveStatus::Pending, _) => LeaveStatus::Pending,
            (_, Some(decided)) if decided > d => LeaveStatus::Pending,
            (status, _) => status,
        }
    }

    pub fn covers(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }
}

/// A `[[meeting]]`, logged by its chair.
#[derive(Clone, Debug)]
pub struct Meeting {
    pub id: Option<String>,
    pub date: NaiveDate,
    pub kind: MeetingKind,
    pub title: Option<String>,
    pub attendees: Vec<MemberId>,
    pub minutes: Option<String>,
    pub actions: Vec<Action>,
    pub spans: Spans,
}

/// A `[[meeting.action]]` item.
#[derive(Clone, Debug)]
pub struct Action {
    pub task: String,
    pub owner: MemberId,
    pub due: NaiveDate,
    pub done: Option<NaiveDate>,
    pub spans: Spans,
}

/// A `[[review]]`: an appraisal score given by the file's member.
#[derive(Clone, Debug)]
pub struct Review {
    pub period: YearMonth,
    pub of: MemberId,
    pub score: f64,
    pub comment: Option<String>,
    pub spans: Spans,
}

/// An `[[award]]`, logged by a lead.
#[derive(Clone, Debug)]
pub struct Award {
    pub member: MemberId,
    pub kind: AwardKind,
    /// As written; `None` means the folder's month.
    pub period: Option<YearMonth>,
    pub amount: Option<f64>,
    pub reason: String,
    pub spans: Spans,
}
