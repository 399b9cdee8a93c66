//! A member's month file: what one member logged in one month.

use chrono::{NaiveDate, NaiveTime};

use super::{
    AttendanceStatus, AwardKind, ClientId, Event, Feedback, InteractionKind, LeaveKind,
    LeaveStatus, MeetingKind, MemberId, Research, Spans, YearMonth,
};
use crate::diagnostic::FileId;

/// `months/<YYYY-MM>/<member>.toml`.
#[derive(Clone, Debug)]
pub(crate) struct MonthLog {
    pub(crate) month: YearMonth,
    pub(crate) member: MemberId,
    pub(crate) file: FileId,
    pub(crate) interactions: Vec<Interaction>,
    pub(crate) plans: Vec<Plan>,
    pub(crate) attendance: Vec<Attendance>,
    pub(crate) leaves: Vec<Leave>,
    pub(crate) meetings: Vec<Meeting>,
    pub(crate) reviews: Vec<Review>,
    pub(crate) awards: Vec<Award>,
    pub(crate) feedback: Vec<Feedback>,
    pub(crate) research: Vec<Research>,
    pub(crate) events: Vec<Event>,
}

/// An `[[interaction]]`: any contact with a client.
#[derive(Clone, Debug)]
pub(crate) struct Interaction {
    pub(crate) date: NaiveDate,
    pub(crate) client: ClientId,
    pub(crate) kind: InteractionKind,
    /// Cut to its length (no spare capacity): there are hundreds of
    /// thousands of interactions in a large folder.
    pub(crate) summary: Box<str>,
    /// 1 to 5 (the loader refuses any other rating).
    pub(crate) satisfaction: Option<u8>,
    pub(crate) spans: Spans,
}

/// A `[[plan]]`: a planned visit.
#[derive(Clone, Debug)]
pub(crate) struct Plan {
    pub(crate) date: NaiveDate,
    pub(crate) client: ClientId,
    pub(crate) purpose: Option<String>,
    pub(crate) spans: Spans,
}

/// An `[[attendance]]` day.
#[derive(Clone, Debug)]
pub(crate) struct Attendance {
    pub(crate) date: NaiveDate,
    pub(crate) clock_in: Option<NaiveTime>,
    pub(crate) clock_out: Option<NaiveTime>,
    pub(crate) status: Option<AttendanceStatus>,
    pub(crate) spans: Spans,
}

impl Attendance {
    pub(crate) fn is_field(&self) -> bool {
        self.status == Some(AttendanceStatus::Field)
    }
}

/// A `[[leave]]` request.
#[derive(Clone, Debug)]
pub(crate) struct Leave {
    pub(crate) kind: LeaveKind,
    pub(crate) from: NaiveDate,
    pub(crate) to: NaiveDate,
    pub(crate) requested: NaiveDate,
    pub(crate) status: LeaveStatus,
    pub(crate) approved_by: Option<MemberId>,
    pub(crate) decided: Option<NaiveDate>,
    pub(crate) reason: Option<String>,
    pub(crate) spans: Spans,
}

impl Leave {
    /// The status as known at the end of `d` (rules §3.0): the decision
    /// counts only once `decided` ≤ d (a decision without a date counts).
    pub(crate) fn status_as_of(&self, d: NaiveDate) -> LeaveStatus {
        match (self.status, self.decided) {
            (LeaveStatus::Pending, _) => LeaveStatus::Pending,
            (_, Some(decided)) if decided > d => LeaveStatus::Pending,
            (status, _) => status,
        }
    }

    pub(crate) fn covers(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }
}

/// A `[[meeting]]`, logged by its chair.
#[derive(Clone, Debug)]
pub(crate) struct Meeting {
    pub(crate) id: Option<String>,
    pub(crate) date: NaiveDate,
    pub(crate) kind: MeetingKind,
    pub(crate) title: Option<String>,
    pub(crate) attendees: Vec<MemberId>,
    pub(crate) minutes: Option<String>,
    pub(crate) actions: Vec<Action>,
    pub(crate) spans: Spans,
}

/// A `[[meeting.action]]` item.
#[derive(Clone, Debug)]
pub(crate) struct Action {
    pub(crate) task: String,
    pub(crate) owner: MemberId,
    pub(crate) due: NaiveDate,
    pub(crate) done: Option<NaiveDate>,
    pub(crate) spans: Spans,
}

/// A `[[review]]`: an appraisal score given by the file's member.
#[derive(Clone, Debug)]
pub(crate) struct Review {
    pub(crate) period: YearMonth,
    pub(crate) of: MemberId,
    pub(crate) score: f64,
    pub(crate) comment: Option<String>,
    pub(crate) spans: Spans,
}

/// An `[[award]]`, logged by a lead.
#[derive(Clone, Debug)]
pub(crate) struct Award {
    pub(crate) member: MemberId,
    pub(crate) kind: AwardKind,
    /// As written; `None` means the folder's month.
    pub(crate) period: Option<YearMonth>,
    pub(crate) amount: Option<f64>,
    pub(crate) reason: String,
    pub(crate) spans: Spans,
}
