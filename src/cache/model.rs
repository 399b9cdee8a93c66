//! The records' own types in the cache's binary form (see `codec`): each
//! struct field by field in the order its `record!` line names them, read
//! back with a struct literal, so a field added to the model does not
//! build until it is added here; enums by their index in `ALL`; a span's
//! field names by their number in [`NAMES`].

use std::collections::HashMap;
use std::sync::OnceLock;

use super::codec::{Codec, Reader};
use crate::diagnostic::{Arg, Diagnostic, Msg, Severity, Span};
use crate::model::{
    Action, Attendance, AttendanceStatus, Award, AwardKind, Channel, Client, ClientId, Complaint,
    Contact, Deal, DealStage, Event, EventKind, Feedback, Interaction, InteractionKind, Leave,
    LeaveKind, LeaveStatus, Meeting, MeetingKind, MemberId, MonthLog, Plan, Research, ResearchKind,
    Review, Source, Spans, Stage, Tier, YearMonth,
};

/// The field names the loader records spans of, written as their place
/// here plus one (0: the name follows as a string).
const NAMES: &[&str] = &[
    "action",
    "amount",
    "appraisal",
    "approved_by",
    "attendance",
    "attendees",
    "award",
    "birthday",
    "calendar",
    "care",
    "category",
    "channel",
    "client",
    "closed",
    "comment",
    "complaints",
    "contact",
    "currency",
    "date",
    "decided",
    "delivered",
    "departments",
    "done",
    "due",
    "email",
    "exam",
    "extra_workdays",
    "followup",
    "found",
    "from",
    "grace_minutes",
    "handler",
    "holidays",
    "hours",
    "id",
    "in",
    "industry",
    "interaction",
    "joined",
    "kind",
    "kpi",
    "leave",
    "left",
    "meeting",
    "member",
    "method",
    "minutes",
    "name",
    "notes",
    "occasion",
    "of",
    "opened",
    "out",
    "owner",
    "period",
    "phone",
    "plan",
    "potential",
    "primary",
    "prospect",
    "purpose",
    "reason",
    "received",
    "reports_to",
    "requested",
    "resolved",
    "responded",
    "retake",
    "review",
    "role",
    "satisfaction",
    "score",
    "scores",
    "session",
    "severity",
    "since",
    "source",
    "specialist",
    "stage",
    "status",
    "summary",
    "targets",
    "task",
    "team",
    "tier",
    "tier_reason",
    "tiers",
    "timezone",
    "title",
    "to",
    "topic",
    "trainer",
    "training",
    "work_end",
    "work_start",
    "workdays",
];

/// A field's name: its number in [`NAMES`] when it is there.
fn put_name(name: &'static str, out: &mut Vec<u8>) {
    static INDEX: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
    let index = INDEX.get_or_init(|| NAMES.iter().enumerate().map(|(i, n)| (*n, i + 1)).collect());
    match index.get(name) {
        Some(i) => i.put(out),
        None => {
            0usize.put(out);
            name.put(out);
        }
    }
}

fn get_name(r: &mut Reader<'_>) -> Option<&'static str> {
    match usize::get(r)? {
        0 => <&'static str>::get(r),
        i => NAMES.get(i - 1).copied(),
    }
}

impl Codec for Spans {
    fn put(&self, out: &mut Vec<u8>) {
        self.entry.put(out);
        let fields: Vec<(&'static str, Span)> = self.fields().collect();
        fields.len().put(out);
        for (name, span) in fields {
            put_name(name, out);
            span.put(out);
        }
    }
    fn get(r: &mut Reader<'_>) -> Option<Spans> {
        let mut spans = Spans::new(Span::get(r)?);
        let n = usize::get(r)?;
        // never more room than the bytes left could fill
        spans.reserve(n.min(r.rest()));
        for _ in 0..n {
            let name = get_name(r)?;
            spans.set(name, Span::get(r)?);
        }
        Some(spans)
    }
}

/// Enums by their index in `ALL`.
macro_rules! by_index {
    ($($ty:ty),*) => {$(
        impl Codec for $ty {
            fn put(&self, out: &mut Vec<u8>) {
                let i = <$ty>::ALL.iter().position(|v| v == self).unwrap_or(0);
                i.put(out);
            }
            fn get(r: &mut Reader<'_>) -> Option<$ty> {
                <$ty>::ALL.get(usize::get(r)?).copied()
            }
        }
    )*};
}
by_index!(
    EventKind,
    ResearchKind,
    Stage,
    Source,
    Tier,
    DealStage,
    crate::model::Severity,
    Channel,
    InteractionKind,
    AttendanceStatus,
    LeaveKind,
    LeaveStatus,
    MeetingKind,
    AwardKind
);

/// Id newtypes by their string.
macro_rules! by_string {
    ($($ty:ident),*) => {$(
        impl Codec for $ty {
            fn put(&self, out: &mut Vec<u8>) {
                self.len().put(out);
                out.extend_from_slice(self.as_bytes());
            }
            fn get(r: &mut Reader<'_>) -> Option<$ty> {
                let n = usize::get(r)?;
                std::str::from_utf8(r.take(n)?).ok().map($ty::from)
            }
        }
    )*};
}
by_string!(ClientId, MemberId);

impl Codec for YearMonth {
    fn put(&self, out: &mut Vec<u8>) {
        self.year.put(out);
        self.month.put(out);
    }
    fn get(r: &mut Reader<'_>) -> Option<YearMonth> {
        YearMonth::new(i32::get(r)?, u32::get(r)?)
    }
}

impl Codec for Diagnostic {
    fn put(&self, out: &mut Vec<u8>) {
        self.is_error().put(out);
        self.code.put(out);
        self.span.put(out);
        self.message.put(out);
        self.help.put(out);
    }
    fn get(r: &mut Reader<'_>) -> Option<Diagnostic> {
        Some(Diagnostic {
            severity: if bool::get(r)? {
                Severity::Error
            } else {
                Severity::Warning
            },
            code: Codec::get(r)?,
            span: Codec::get(r)?,
            message: Codec::get(r)?,
            help: Codec::get(r)?,
        })
    }
}

/// A message as its id and arguments, never as text: a cached run shows
/// it in the language of that run.
impl Codec for Msg {
    fn put(&self, out: &mut Vec<u8>) {
        self.id.put(out);
        self.args.len().put(out);
        for (name, arg) in &self.args {
            name.put(out);
            arg.put(out);
        }
    }
    fn get(r: &mut Reader<'_>) -> Option<Msg> {
        let mut m = Msg::new(Codec::get(r)?);
        for _ in 0..usize::get(r)? {
            let name: &'static str = Codec::get(r)?;
            m = m.arg(name, Arg::get(r)?);
        }
        Some(m)
    }
}

impl Codec for Arg {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            Arg::Text(s) => {
                0u8.put(out);
                s.put(out);
            }
            Arg::Msg(m) => {
                1u8.put(out);
                m.put(out);
            }
            Arg::Value(column, v) => {
                2u8.put(out);
                column.put(out);
                v.put(out);
            }
        }
    }
    fn get(r: &mut Reader<'_>) -> Option<Arg> {
        Some(match u8::get(r)? {
            0 => Arg::Text(Codec::get(r)?),
            1 => Arg::Msg(Box::new(Codec::get(r)?)),
            2 => Arg::Value(Codec::get(r)?, Codec::get(r)?),
            _ => return None,
        })
    }
}

/// A struct field by field, in the order named (the literal's order is
/// the order of evaluation).
macro_rules! record {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        impl Codec for $ty {
            fn put(&self, out: &mut Vec<u8>) {
                $(self.$field.put(out);)*
            }
            fn get(r: &mut Reader<'_>) -> Option<$ty> {
                Some($ty { $($field: Codec::get(r)?,)* })
            }
        }
    };
}

record!(Client {
    id,
    name,
    stage,
    owner,
    specialist,
    industry,
    source,
    found,
    since,
    potential,
    tier,
    tier_reason,
    notes,
    contacts,
    deals,
    complaints,
    spans
});
record!(Contact {
    name,
    title,
    phone,
    email,
    birthday,
    primary,
    spans
});
record!(Deal {
    id,
    title,
    owner,
    stage,
    amount,
    opened,
    closed,
    due,
    delivered,
    spans
});
record!(Complaint {
    id,
    received,
    severity,
    channel,
    summary,
    handler,
    responded,
    resolved,
    satisfaction,
    departments,
    spans
});

mod month;
