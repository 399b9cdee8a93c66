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
pub(crate) struct Feedback {
    pub(crate) member: MemberId,
    pub(crate) period: YearMonth,
    pub(crate) date: NaiveDate,
    pub(crate) note: Option<String>,
    pub(crate) spans: Spans,
}

/// A `[[research]]` note: market research by the file's member.
#[derive(Clone, Debug)]
pub(crate) struct Research {
    pub(crate) date: NaiveDate,
    pub(crate) topic: String,
    pub(crate) kind: ResearchKind,
    pub(crate) summary: String,
    pub(crate) clients: Vec<ClientId>,
    pub(crate) source: Option<String>,
    pub(crate) spans: Spans,
}

/// An `[[event]]` organised by the file's member: whom it invited, who came.
#[derive(Clone, Debug)]
pub(crate) struct Event {
    pub(crate) id: String,
    pub(crate) date: NaiveDate,
    pub(crate) title: String,
    pub(crate) kind: EventKind,
    pub(crate) invited: Vec<ClientId>,
    pub(crate) attended: Vec<ClientId>,
    pub(crate) cost: Option<f64>,
    pub(crate) spans: Spans,
}

/// A `[[member.career]]` plan: the role a member aims at, and by when.
#[derive(Clone, Debug)]
pub(crate) struct Career {
    pub(crate) goal: String,
    pub(crate) by: YearMonth,
    #[allow(dead_code)] // free text for people; no report reads it yet
    pub(crate) plan: Option<String>,
    pub(crate) mentor: Option<MemberId>,
    #[allow(dead_code)]
    pub(crate) spans: Spans,
}

/// A `[[member.rotation]]`: the member worked in `area` from `from` to `to`.
#[derive(Clone, Debug)]
pub(crate) struct Rotation {
    pub(crate) from: NaiveDate,
    pub(crate) to: NaiveDate,
    pub(crate) area: String,
    #[allow(dead_code)] // for diagnostics about a rotation, as every entry keeps
    pub(crate) spans: Spans,
}

/// A `[[team_target]]` of `clientele.toml`: the team's monthly targets from
/// month `from` until the next entry's month.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct TeamTarget {
    pub(crate) from: Option<YearMonth>,
    pub(crate) new_clients: Option<f64>,
    pub(crate) sales: Option<f64>,
    pub(crate) satisfaction: Option<f64>,
    /// A share, 0..=1, of the complaints resolved within both deadlines.
    pub(crate) complaints_on_time: Option<f64>,
}

/// `[career]`: when a member is ready for promotion.
#[derive(Clone, Debug)]
pub(crate) struct CareerRules {
    /// Months in a row graded A or B.
    pub(crate) promotion_months: u32,
    /// Training hours over the last 12 months.
    pub(crate) min_training_hours: f64,
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
pub(crate) fn target_for(targets: &[TeamTarget], month: YearMonth) -> Option<&TeamTarget> {
    targets
        .iter()
        .rev()
        .find(|t| t.from.is_some_and(|f| f <= month))
}
