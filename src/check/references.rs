//! References between records: every member and client named must exist,
//! approvers, `reports_to` and feedback givers must be leads, month files
//! must be named after members.

use crate::diagnostic::{Diagnostic, Msg, Span, codes};
use crate::model::{MonthLog, Records, Role, Spans};
use crate::msg;

struct Refs<'r> {
    records: &'r Records,
    out: Vec<Diagnostic>,
}

/// Where a reference stands: the entry's spans and the field's name; the
/// span is looked up only when the reference is wrong.
type At<'a> = (&'a Spans, &'static str);

/// The field name that stands for the whole entry (no field has it).
const ENTRY: &str = "";

impl Refs<'_> {
    /// `what`: the catalog id of the phrase naming the reference
    /// (`diag-ref-owner`).
    fn member(&mut self, id: &str, (spans, field): At<'_>, what: &'static str) {
        if self.records.member(id).is_none()
            && !self.records.declared_members.contains(id)
            && !self.records.team_unread
        {
            self.out.push(
                Diagnostic::error(
                    codes::UNKNOWN_MEMBER,
                    spans.of(field),
                    msg!("diag-unknown-member", what = Msg::new(what), id = id),
                )
                .with_help(msg!("diag-unknown-member-help")),
            );
        }
    }

    fn lead(&mut self, id: &str, at: At<'_>, what: &'static str) {
        match self.records.member(id) {
            None if self.records.team_unread => {}
            None => self.member(id, at, what),
            Some(m) if m.role != Role::Lead => self.out.push(Diagnostic::error(
                codes::NOT_A_LEAD,
                at.0.of(at.1),
                msg!(
                    "diag-not-a-lead",
                    what = Msg::new(what),
                    id = id,
                    role = crate::diagnostic::Arg::value("role", m.role),
                ),
            )),
            Some(_) => {}
        }
    }

    fn client(&mut self, id: &str, (spans, field): At<'_>, what: &'static str) {
        if self.records.client(id).is_none() && !self.records.declared_clients.contains(id) {
            self.out.push(
                Diagnostic::error(
                    codes::UNKNOWN_CLIENT,
                    spans.of(field),
                    msg!("diag-unknown-client", what = Msg::new(what), id = id),
                )
                .with_help(msg!("diag-unknown-client-help")),
            );
        }
    }
}

/// Every reference in the records, by the file kind that holds it.
pub(crate) fn unknown_references(records: &Records) -> Vec<Diagnostic> {
    let mut r = Refs {
        records,
        out: Vec::new(),
    };
    team_references(&mut r);
    client_references(&mut r);
    for log in &records.months {
        month_file_owner(&mut r, log);
        month_references(&mut r, log);
    }
    training_references(&mut r);
    r.out
}

/// `reports_to` in `team.toml` names a lead.
fn team_references(r: &mut Refs<'_>) {
    for m in &r.records.members {
        if let Some(lead) = &m.reports_to {
            r.lead(lead, (&m.spans, "reports_to"), "diag-ref-reports-to");
        }
        for c in &m.careers {
            if let Some(mentor) = &c.mentor {
                r.member(mentor, (&c.spans, "mentor"), "diag-ref-mentor");
            }
        }
    }
}

/// The owner, specialist, deal owners and complaint handlers of clients.
fn client_references(r: &mut Refs<'_>) {
    for c in &r.records.clients {
        r.member(&c.owner, (&c.spans, "owner"), "diag-ref-owner");
        if let Some(s) = &c.specialist {
            r.member(s, (&c.spans, "specialist"), "diag-ref-specialist");
        }
        for d in &c.deals {
            if let Some(o) = &d.owner {
                r.member(o, (&d.spans, "owner"), "diag-ref-deal-owner");
            }
        }
        for k in &c.complaints {
            r.member(&k.handler, (&k.spans, "handler"), "diag-ref-handler");
        }
    }
}

/// A month file is named after a member.
fn month_file_owner(r: &mut Refs<'_>, log: &MonthLog) {
    if r.records.member(&log.member).is_none()
        && !r.records.declared_members.contains(&*log.member)
        && !r.records.team_unread
    {
        r.out.push(
            Diagnostic::error(
                codes::FILE_OF_NO_MEMBER,
                Span::file_start(log.file),
                msg!("diag-file-of-no-member", member = &log.member),
            )
            .with_help(msg!("diag-file-of-no-member-help")),
        );
    }
}

/// The clients, approvers, attendees, owners and members a month file names.
fn month_references(r: &mut Refs<'_>, log: &MonthLog) {
    for i in &log.interactions {
        r.client(
            &i.client,
            (&i.spans, "client"),
            "diag-ref-interaction-client",
        );
    }
    for p in &log.plans {
        r.client(&p.client, (&p.spans, "client"), "diag-ref-plan-client");
    }
    for l in &log.leaves {
        if let Some(by) = &l.approved_by {
            r.lead(by, (&l.spans, "approved_by"), "diag-ref-approved-by");
        }
    }
    for m in &log.meetings {
        for a in &m.attendees {
            r.member(a, (&m.spans, "attendees"), "diag-ref-attendee");
        }
        for a in &m.actions {
            r.member(&a.owner, (&a.spans, "owner"), "diag-ref-action-owner");
        }
    }
    for v in &log.reviews {
        r.member(&v.of, (&v.spans, "of"), "diag-ref-review-of");
    }
    for a in &log.awards {
        r.member(&a.member, (&a.spans, "member"), "diag-ref-award-member");
    }
    policy_references(r, log);
}

/// Feedback is given by a lead (rules §3.9) to a member; research notes and
/// events name clients (rules §3.12, §3.13).
fn policy_references(r: &mut Refs<'_>, log: &MonthLog) {
    for f in &log.feedback {
        r.member(&f.member, (&f.spans, "member"), "diag-ref-feedback-member");
        if r.records.member(&log.member).is_some() {
            r.lead(&log.member, (&f.spans, ENTRY), "diag-ref-feedback-giver");
        }
    }
    for n in &log.research {
        for c in &n.clients {
            r.client(c, (&n.spans, "clients"), "diag-ref-research-client");
        }
    }
    for e in &log.events {
        for c in &e.invited {
            r.client(c, (&e.spans, "invited"), "diag-ref-invited-client");
        }
        for c in e.attended.iter().filter(|c| !e.invited.contains(c)) {
            r.client(c, (&e.spans, "attended"), "diag-ref-attending-client");
        }
    }
}

/// The attendees of training sessions.
fn training_references(r: &mut Refs<'_>) {
    for y in &r.records.training {
        for s in &y.sessions {
            for a in &s.attendees {
                r.member(a, (&s.spans, "attendees"), "diag-ref-attendee");
            }
        }
    }
}
