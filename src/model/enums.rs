//! The closed sets of values the format allows (stages, kinds, severities…).
//!
//! Each enum knows its spelling in the records and the full list of allowed
//! values, so a diagnostic can name them.

use std::fmt;

macro_rules! string_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $text:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),* }

        impl $name {
            /// Every value, in the order the rules list them.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            /// The allowed spellings, for messages.
            pub const NAMES: &'static [&'static str] = &[$($text),*];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),* }
            }

            pub fn parse(s: &str) -> Option<$name> {
                match s { $($text => Some($name::$variant),)* _ => None }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

string_enum!(
    /// A member's role in `team.toml`.
    Role { Lead = "lead", Manager = "manager", Specialist = "specialist" }
);
string_enum!(
    /// A client's stage.
    Stage { Lead = "lead", Prospect = "prospect", Customer = "customer", Dormant = "dormant", Lost = "lost" }
);
impl Stage {
    /// Whether a client at this stage must say `since` (the date of the
    /// first signed contract): customers and dormant clients.
    pub fn needs_since(self) -> bool {
        matches!(self, Stage::Customer | Stage::Dormant)
    }
}

string_enum!(
    /// Where a client was found.
    Source { Web = "web", TradeShow = "trade-show", Referral = "referral", Directory = "directory", ColdCall = "cold-call", Other = "other" }
);
string_enum!(
    /// A client tier (grade).
    Tier { A = "A", B = "B", C = "C", D = "D" }
);
string_enum!(
    /// A deal's stage, in pipeline order.
    DealStage { Lead = "lead", Qualified = "qualified", Proposal = "proposal", Negotiation = "negotiation", Won = "won", Lost = "lost" }
);
string_enum!(
    /// A complaint's severity.
    Severity { High = "high", Medium = "medium", Low = "low" }
);
string_enum!(
    /// How a complaint came in.
    Channel { Phone = "phone", Email = "email", Visit = "visit", Web = "web", Other = "other" }
);
string_enum!(
    /// A complaint's status as of now (rules §3.3).
    ComplaintStatus { Open = "open", Overdue = "overdue", Resolved = "resolved", ResolvedLate = "resolved-late" }
);
string_enum!(
    /// The kind of a contact with a client.
    InteractionKind { Visit = "visit", Call = "call", Email = "email", Meeting = "meeting", Care = "care", Feedback = "feedback" }
);
string_enum!(
    /// An attendance day's status.
    AttendanceStatus { Field = "field" }
);
string_enum!(
    /// A leave's kind.
    LeaveKind { Annual = "annual", Sick = "sick", Personal = "personal", Marriage = "marriage", Maternity = "maternity", Bereavement = "bereavement", Other = "other" }
);
string_enum!(
    /// A leave request's status.
    LeaveStatus { Pending = "pending", Approved = "approved", Rejected = "rejected" }
);
string_enum!(
    /// A meeting's kind.
    MeetingKind { Weekly = "weekly", AdHoc = "ad-hoc", Training = "training", Client = "client" }
);
string_enum!(
    /// An action item's status as of D (rules §4).
    ActionStatus { Done = "done", Open = "open", Overdue = "overdue", DoneLate = "done-late" }
);
string_enum!(
    /// A visit plan's status as of D (rules §3.2).
    PlanStatus { Done = "done", Missed = "missed", Upcoming = "upcoming" }
);
string_enum!(
    /// An award's kind.
    AwardKind { Bonus = "bonus", Special = "special", Honour = "honour", Certificate = "certificate" }
);
string_enum!(
    /// A training session's category.
    TrainingCategory { Business = "business", Sales = "sales", Service = "service", Communication = "communication", Teamwork = "teamwork", Other = "other" }
);
string_enum!(
    /// How a training session is given.
    TrainingMethod { Internal = "internal", External = "external", Online = "online", Field = "field" }
);
string_enum!(
    /// What a market-research note is about (policy 三(一)1).
    ResearchKind { Industry = "industry", Competitor = "competitor", ClientNeeds = "client-needs", Other = "other" }
);
string_enum!(
    /// A client event's kind (policy 三(二)2: 客戶答謝會 and the like).
    EventKind { Appreciation = "appreciation", Seminar = "seminar", OpenDay = "open-day", Other = "other" }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        for s in DealStage::ALL {
            assert_eq!(DealStage::parse(s.as_str()), Some(*s));
        }
        assert_eq!(Stage::parse("Customer"), None);
        assert_eq!(
            Source::NAMES.join(", "),
            "web, trade-show, referral, directory, cold-call, other"
        );
    }
}
