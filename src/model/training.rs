//! A training year: `training/<YYYY>.toml`.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::{MemberId, Spans, TrainingCategory, TrainingMethod};
use crate::diagnostic::FileId;

/// One year's training plan, sessions and exam results.
#[derive(Clone, Debug)]
pub struct TrainingYear {
    pub year: i32,
    pub file: FileId,
    pub sessions: Vec<Session>,
}

/// A `[[session]]`.
#[derive(Clone, Debug)]
pub struct Session {
    pub id: String,
    pub date: NaiveDate,
    pub topic: String,
    pub category: TrainingCategory,
    pub method: TrainingMethod,
    pub hours: f64,
    pub trainer: Option<String>,
    pub attendees: Vec<MemberId>,
    pub exam: Option<Exam>,
    pub spans: Spans,
}

/// A session's `[session.exam]`: first scores and retakes.
#[derive(Clone, Debug, Default)]
pub struct Exam {
    pub scores: BTreeMap<MemberId, f64>,
    pub retake: BTreeMap<MemberId, f64>,
    pub spans: Spans,
}
