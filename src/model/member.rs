//! A team member from `team.toml`.

use chrono::NaiveDate;

use super::{Career, MemberId, Role, Rotation, Spans};

/// One `[[member]]` of `team.toml`.
#[derive(Clone, Debug)]
pub(crate) struct Member {
    pub(crate) id: MemberId,
    pub(crate) name: String,
    pub(crate) role: Role,
    pub(crate) joined: NaiveDate,
    pub(crate) reports_to: Option<MemberId>,
    pub(crate) left: Option<NaiveDate>,
    pub(crate) base_bonus: Option<f64>,
    pub(crate) birthday: Option<NaiveDate>,
    /// `email` and `emails`: the addresses their commits are authored with.
    pub(crate) emails: Vec<String>,
    /// `signing_keys`: the public SSH keys their commits are signed with,
    /// as written (`ssh-ed25519 AAAA… comment`); the loader checks each
    /// parses.
    pub(crate) signing_keys: Vec<String>,
    /// Annual-leave days a year when they differ from `[leave]
    /// annual_days`.
    pub(crate) annual_days: Option<i64>,
    /// `[[member.career]]` plans, as written.
    pub(crate) careers: Vec<Career>,
    /// `[[member.rotation]]` entries, as written.
    pub(crate) rotations: Vec<Rotation>,
    pub(crate) spans: Spans,
}

impl Member {
    /// Whether `day` falls inside the membership (joined ..= left).
    pub(crate) fn active_on(&self, day: NaiveDate) -> bool {
        self.joined <= day && self.left.is_none_or(|l| day <= l)
    }

    /// Whether the membership touches the days `from ..= to`.
    pub(crate) fn active_between(&self, from: NaiveDate, to: NaiveDate) -> bool {
        self.joined <= to && self.left.is_none_or(|l| l >= from)
    }
}
