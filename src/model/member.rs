//! A team member from `team.toml`.

use chrono::NaiveDate;

use super::{Career, MemberId, Role, Rotation, Spans};

/// One `[[member]]` of `team.toml`.
#[derive(Clone, Debug)]
pub struct Member {
    pub id: MemberId,
    pub name: String,
    pub role: Role,
    pub joined: NaiveDate,
    pub reports_to: Option<MemberId>,
    pub left: Option<NaiveDate>,
    pub base_bonus: Option<f64>,
    pub birthday: Option<NaiveDate>,
    /// `email` and `emails`: the addresses their commits are authored with.
    pub emails: Vec<String>,
    /// Annual-leave days a year when they differ from `[leave]
    /// annual_days`.
    pub annual_days: Option<i64>,
    /// `[[member.career]]` plans, as written.
    pub careers: Vec<Career>,
    /// `[[member.rotation]]` entries, as written.
    pub rotations: Vec<Rotation>,
    pub spans: Spans,
}

impl Member {
    /// Whether `day` falls inside the membership (joined ..= left).
    pub fn active_on(&self, day: NaiveDate) -> bool {
        self.joined <= day && self.left.is_none_or(|l| day <= l)
    }

    /// Whether the membership touches the days `from ..= to`.
    pub fn active_between(&self, from: NaiveDate, to: NaiveDate) -> bool {
        self.joined <= to && self.left.is_none_or(|l| l >= from)
    }
}
