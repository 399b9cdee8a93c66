//! `Records`: everything loaded from one records folder, with look-ups.

use std::collections::{BTreeMap, HashMap};

use super::{Client, Member, MonthLog, Settings, TrainingYear, YearMonth};
use crate::diagnostic::SourceMap;

/// The whole records folder, in deterministic order: members as in
/// `team.toml`, clients by id, month logs by (month, member), training by
/// year.
#[derive(Clone, Debug, Default)]
pub(crate) struct Records {
    pub(crate) sources: SourceMap,
    pub(crate) settings: Settings,
    pub(crate) members: Vec<Member>,
    pub(crate) clients: Vec<Client>,
    pub(crate) months: Vec<MonthLog>,
    pub(crate) training: Vec<TrainingYear>,
    /// Every member id written in team.toml, also of entries with other
    /// problems, so one mistake is not reported again as missing members.
    pub(crate) declared_members: std::collections::BTreeSet<String>,
    /// Every client file stem, likewise (also of files that could not be
    /// read or parsed).
    pub(crate) declared_clients: std::collections::BTreeSet<String>,
    /// `team.toml` could not be read or parsed: that one error stands for
    /// every member reference, which are then not judged.
    pub(crate) team_unread: bool,
    member_index: HashMap<String, usize>,
    client_index: HashMap<String, usize>,
    /// Indexes into `months` of each member's logs, in month order.
    member_months: BTreeMap<String, Vec<usize>>,
}

impl Records {
    /// Builds the look-up indexes; call after filling the vectors.
    pub(crate) fn index(&mut self) {
        self.clients.sort_by(|a, b| a.id.cmp(&b.id));
        self.months
            .sort_by(|a, b| (a.month, &a.member).cmp(&(b.month, &b.member)));
        self.training.sort_by_key(|t| t.year);
        self.member_index = self
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| (m.id.to_string(), i))
            .rev()
            .collect();
        self.client_index = self
            .clients
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.to_string(), i))
            .rev()
            .collect();
        self.member_months = BTreeMap::new();
        for (i, log) in self.months.iter().enumerate() {
            self.member_months
                .entry(log.member.to_string())
                .or_default()
                .push(i);
        }
    }

    pub(crate) fn member(&self, id: &str) -> Option<&Member> {
        self.member_index.get(id).map(|&i| &self.members[i])
    }

    pub(crate) fn client(&self, id: &str) -> Option<&Client> {
        self.client_index.get(id).map(|&i| &self.clients[i])
    }

    /// The month logs of `member`, in month order.
    pub(crate) fn months_of<'a>(&'a self, member: &str) -> impl Iterator<Item = &'a MonthLog> + 'a {
        self.member_months
            .get(member)
            .into_iter()
            .flatten()
            .map(|&i| &self.months[i])
    }

    /// Month logs of months up to and including `last`.
    pub(crate) fn months_until(&self, last: YearMonth) -> impl Iterator<Item = &MonthLog> {
        self.months.iter().filter(move |m| m.month <= last)
    }

    /// The logs of one month.
    pub(crate) fn month_logs(&self, month: YearMonth) -> impl Iterator<Item = &MonthLog> {
        self.months.iter().filter(move |m| m.month == month)
    }
}
