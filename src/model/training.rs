//! A training year: `training/<YYYY>.toml`.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::{MemberId, Spans, TrainingCategory, TrainingMethod};
use crate::diagnostic::FileId;

/// One year's training plan, sessions and exam results.
#[derive(Clone, Debug)]
pub(crate) struct TrainingYear {
    pub(crate) year: i32,
    #[allow(dead_code)] // where the year came from, as every record keeps
    pub(crate) file: FileId,
    pub(crate) sessions: Vec<Session>,
}

/// A `[[session]]`.
#[derive(Clone, Debug)]
pub(crate) struct Session {
    pub(crate) id: String,
    pub(crate) date: NaiveDate,
    pub(crate) topic: String,
    pub(crate) category: TrainingCategory,
    pub(crate) method: TrainingMethod,
    pub(crate) hours: f64,
    pub(crate) trainer: Option<String>,
    pub(crate) attendees: Vec<MemberId>,
    pub(crate) exam: Option<Exam>,
    pub(crate) spans: Spans,
}

/// A session's `[session.exam]`: first scores and retakes.
#[derive(Clone, Debug, Default)]
pub(crate) struct Exam {
    pub(crate) scores: BTreeMap<MemberId, f64>,
    pub(crate) retake: BTreeMap<MemberId, f64>,
    pub(crate) spans: Spans,
}
