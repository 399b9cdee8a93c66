//! Plain data types of the records: what each file holds once loaded.
//!
//! The model owns no I/O and no validation beyond what the types express;
//! the loader (`crate::load`) builds it and the checks (`crate::check`)
//! judge it. Every entry carries the [`Spans`] of its fields so a check can
//! point at the exact value it is about.

mod client;
mod enums;
mod id_text;
mod ids;
mod member;
mod month;
mod place;
mod policy;
mod records;
mod settings;
pub(crate) mod spans;
mod training;
mod year_month;

pub(crate) use client::{Client, Complaint, Contact, Deal};
pub(crate) use enums::{
    ActionStatus, AttendanceStatus, AwardKind, Channel, ComplaintStatus, DealStage, EventKind,
    InteractionKind, LeaveKind, LeaveStatus, MeetingKind, PlanStatus, ResearchKind, Role, Severity,
    Source, Stage, Tier, TrainingCategory, TrainingMethod,
};
pub(crate) use id_text::IdText;
pub(crate) use ids::{
    ClientId, IdProblem, MemberId, id_problem, is_client_id, is_device_name, is_entry_id,
};
pub(crate) use member::Member;
pub(crate) use month::{
    Action, Attendance, Award, Interaction, Leave, Meeting, MonthLog, Plan, Review,
};
pub(crate) use place::{FileKind, Place};
pub(crate) use policy::{
    Career, CareerRules, Event, Feedback, Research, Rotation, TeamTarget, target_for,
};
pub(crate) use records::Records;
pub(crate) use settings::{
    Appraisal, Calendar, ComplaintLimits, Complaints, Followup, Kpi, KpiTargets, Occasion,
    Settings, TeamInfo, TierWeights, Tiers,
};
pub(crate) use spans::Spans;
pub(crate) use training::{Exam, Session, TrainingYear};
pub(crate) use year_month::YearMonth;
