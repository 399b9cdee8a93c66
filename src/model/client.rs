//! A client file: profile, contacts, deals and complaints.

use chrono::{NaiveDate, NaiveDateTime};

use super::{Channel, ClientId, DealStage, MemberId, Severity, Source, Spans, Stage, Tier};

/// `clients/<id>.toml`.
#[derive(Clone, Debug)]
pub(crate) struct Client {
    pub(crate) id: ClientId,
    pub(crate) name: String,
    pub(crate) stage: Stage,
    pub(crate) owner: MemberId,
    pub(crate) specialist: Option<MemberId>,
    pub(crate) industry: Option<String>,
    pub(crate) source: Option<Source>,
    pub(crate) found: NaiveDate,
    pub(crate) since: Option<NaiveDate>,
    pub(crate) potential: i64,
    pub(crate) tier: Option<Tier>,
    pub(crate) tier_reason: Option<String>,
    pub(crate) notes: Option<String>,
    pub(crate) contacts: Vec<Contact>,
    pub(crate) deals: Vec<Deal>,
    pub(crate) complaints: Vec<Complaint>,
    pub(crate) spans: Spans,
}

impl Client {
    /// Graded (rules §3.1) as of `d`: stage `customer` with `since` ≤ `d`.
    /// Only graded clients get a tier; a manual tier on any other is ignored.
    pub(crate) fn is_graded(&self, d: NaiveDate) -> bool {
        self.stage == Stage::Customer && self.since.is_some_and(|s| s <= d)
    }

    /// Whether `member` owns or serves (as specialist) this client.
    pub(crate) fn served_by(&self, member: &str) -> bool {
        *self.owner == *member || self.specialist.as_deref() == Some(member)
    }

    /// The primary contact, else the first one.
    pub(crate) fn primary_contact(&self) -> Option<&Contact> {
        self.contacts
            .iter()
            .find(|c| c.primary)
            .or_else(|| self.contacts.first())
    }
}

/// A `[[contact]]` of a client. Phone and email are confidential.
#[derive(Clone, Debug)]
pub(crate) struct Contact {
    pub(crate) name: String,
    pub(crate) title: Option<String>,
    pub(crate) phone: Option<String>,
    pub(crate) email: Option<String>,
    pub(crate) birthday: Option<NaiveDate>,
    pub(crate) primary: bool,
    pub(crate) spans: Spans,
}

/// A `[[deal]]`: an opportunity and, once won, its delivery project.
#[derive(Clone, Debug)]
pub(crate) struct Deal {
    pub(crate) id: String,
    pub(crate) title: String,
    /// As written; `None` means the client's owner.
    pub(crate) owner: Option<MemberId>,
    pub(crate) stage: DealStage,
    pub(crate) amount: f64,
    pub(crate) opened: NaiveDate,
    pub(crate) closed: Option<NaiveDate>,
    pub(crate) due: Option<NaiveDate>,
    pub(crate) delivered: Option<NaiveDate>,
    pub(crate) spans: Spans,
}

impl Deal {
    /// The deal's owner: its own, else the client's.
    pub(crate) fn owner_or<'a>(&'a self, client: &'a Client) -> &'a MemberId {
        self.owner.as_ref().unwrap_or(&client.owner)
    }
}

/// A `[[complaint]]`.
#[derive(Clone, Debug)]
pub(crate) struct Complaint {
    pub(crate) id: String,
    pub(crate) received: NaiveDateTime,
    pub(crate) severity: Severity,
    pub(crate) channel: Option<Channel>,
    pub(crate) summary: String,
    pub(crate) handler: MemberId,
    pub(crate) responded: Option<NaiveDateTime>,
    pub(crate) resolved: Option<NaiveDateTime>,
    pub(crate) satisfaction: Option<i64>,
    pub(crate) departments: Vec<String>,
    pub(crate) spans: Spans,
}
