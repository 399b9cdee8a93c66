//! The records of the policy's later clauses: appraisal feedback, market
//! research and client events (month-file entries), career plans and
//! rotations (per member in `team.toml`), and the team's monthly targets
//! (`clientele.toml`). Plain data; the loader reads them, `check` judges
//! them.

use chrono::NaiveDate;

use super::{ClientId, EventKind, MemberId, ResearchKind, Spans, YearMonth};

/// A `[[feedback]]` in a lead's month file: the appraisal result of
/// `member` for `period` was discussed with the member on `date`.
#[derive(Clone, Debug)]
pub struct Feedback {
    pub member: MemberId,
    pub period: YearMonth,
    pub date: NaiveDate,
    pub note: Option<String>,
    pub spans: Spans,
}

/// A `[[research]]` note: market research by the file's member.
#[derive(Clone, Debug)]
pub struct Research {
    pub date: NaiveDate,
    pub topic: String,
    pub kind: ResearchKind,
    pub summary: String,
    pub clients: Vec<ClientId>,
    pub source: Option<String>,
    pub spans: Spans,
}

/// An `[[event]]` organised by the file's member: whom it invited, who came.
#[derive(Clone, Debug)]
pub struct Event {
    pub id: String,
    pub date: NaiveDate,
    pub title: String,
    pub kind: EventKind,
    pub invited: Vec<ClientId>,
    pub attended: Vec<ClientId>,
    pub cost: Option<f64>,
    pub spans: Spans,
}

/// A `[[member.career]]` plan: the role a member aims at, and by when.
#[derive(Clone, Debug)]
pub struct Career {
    pub goal: String,
    pub by: YearMonth,
    pub plan: Option<String>,
    pub mentor: Option<MemberId>,
    pub spans: Spans,
}

/// A `[[member.rotation]]`: the member worked in `area` from `from` to `to`.
#[derive(Clone, Debug)]
pub struct Rotation {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub area: String,
    pub spans: Spans,
}

/// A `[[team_target]]` of `clientele.toml`: the team's monthly targets from
/// month `from` until the next entry's month.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TeamTarget {
    pub from: Option<YearMonth>,
    pub new_clients: Option<f64>,
    pub sales: Option<f64>,
    pub satisfaction: Option<f64>,
    /// A share, 0..=1, of the complaints resolved within both deadlines.
    pub complaints_on_time: Option<f64>,
}

/// `[career]`: when a member is ready for promotion.
#[derive(Clone, Debug)]
pub struct CareerRules {
    /// Months in a row graded A or B.
    pub promotion_months: u32,
    /// Training hours over the last 12 months.
    pub min_training_hours: f64,
}

impl Default for CareerRules {
    fn default() -> Self {
        CareerRules {
            promotion_months: 3,
            min_training_hours: 0.0,
        }
    }
}

/// The targets that apply in `month`: the last entry whose `from` ≤ month
/// (entries are sorted by `from` when loaded).
pub fn target_for(targets: &[TeamTarget], month: YearMonth) -> Option<&TeamTarget> {
    targets
        .iter()
        .rev()
        .find(|t| t.from.is_some_and(|f| f <= month))
}
