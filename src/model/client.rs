//! A client file: profile, contacts, deals and complaints.

use chrono::{NaiveDate, NaiveDateTime};

use super::{Channel, ClientId, DealStage, MemberId, Severity, Source, Spans, Stage, Tier};

/// `clients/<id>.toml`.
#[derive(Clone, Debug)]
pub struct Client {
    pub id: ClientId,
    pub name: String,
    pub stage: Stage,
    pub owner: MemberId,
    pub specialist: Option<MemberId>,
    pub industry: Option<String>,
    pub source: Option<Source>,
    pub found: NaiveDate,
    pub since: Option<NaiveDate>,
    pub potential: i64,
    pub tier: Option<Tier>,
    pub tier_reason: Option<String>,
    pub notes: Option<String>,
    pub contacts: Vec<Contact>,
    pub deals: Vec<Deal>,
    pub complaints: Vec<Complaint>,
    pub spans: Spans,
}

impl Client {
    /// Graded (rules §3.1) as of `d`: stage `customer` with `since` ≤ `d`.
    /// Only graded clients get a tier; a manual tier on any other is ignored.
    pub fn is_graded(&self, d: NaiveDate) -> bool {
        self.stage == Stage::Customer && self.since.is_some_and(|s| s <= d)
    }

    /// Whether `member` owns or serves (as specialist) this client.
    pub fn served_by(&self, member: &str) -> bool {
        *self.owner == *member || self.specialist.as_deref() == Some(member)
    }

    /// The primary contact, else the first one.
    pub fn primary_contact(&self) -> Option<&Contact> {
        self.contacts
            .iter()
            .find(|c| c.primary)
            .or_else(|| self.contacts.first())
    }
}

/// A `[[contact]]` of a client. Phone and email are confidential.
#[derive(Clone, Debug)]
pub struct Contact {
    pub name: String,
    pub title: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub birthday: Option<NaiveDate>,
    pub primary: bool,
    pub spans: Spans,
}

/// A `[[deal]]`: an opportunity and, once won, its delivery project.
#[derive(Clone, Debug)]
pub struct Deal {
    pub id: String,
    pub title: String,
    /// As written; `None` means the client's owner.
    pub owner: Option<MemberId>,
    pub stage: DealStage,
    pub amount: f64,
    pub opened: NaiveDate,
    pub closed: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub delivered: Option<NaiveDate>,
    pub spans: Spans,
}

impl Deal {
    /// The deal's owner: its own, else the client's.
    pub fn owner_or<'a>(&'a self, client: &'a Client) -> &'a MemberId {
        self.owner.as_ref().unwrap_or(&client.owner)
    }
}

/// A `[[complaint]]`.
#[derive(Clone, Debug)]
pub struct Complaint {
    pub id: String,
    pub received: NaiveDateTime,
    pub severity: Severity,
    pub channel: Option<Channel>,
    pub summary: String,
    pub handler: MemberId,
    pub responded: Option<NaiveDateTime>,
    pub resolved: Option<NaiveDateTime>,
    pub satisfaction: Option<i64>,
    pub departments: Vec<String>,
    pub spans: Spans,
}
