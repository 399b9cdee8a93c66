//! References between records: every member and client named must exist,
//! approvers and `reports_to` must be leads, month files must be named after
//! members.

use crate::diagnostic::{Diagnostic, Span, codes};
use crate::model::{Records, Role};

struct Refs<'r> {
    records: &'r Records,
    out: Vec<Diagnostic>,
}

impl Refs<'_> {
    fn member(&mut self, id: &str, span: Span, what: &str) {
        if self.records.member(id).is_none() && !self.records.declared_members.contains(id) {
            self.out.push(
                Diagnostic::error(
                    codes::UNKNOWN_MEMBER,
                    span,
                    format!("{what} `{id}` is not a member in team.toml"),
                )
                .with_help("fix the id, or add the member to team.toml"),
            );
        }
    }

    fn lead(&mut self, id: &str, span: Span, what: &str) {
        match self.records.member(id) {
            None => self.member(id, span, what),
            Some(m) if m.role != Role::Lead => self.out.push(Diagnostic::error(
                codes::NOT_A_LEAD,
                span,
                format!("{what} `{id}` is a {}, not a lead", m.role),
            )),
            Some(_) => {}
        }
    }

    fn client(&mut self, id: &str, span: Span, what: &str) {
        if self.records.client(id).is_none() && !self.records.declared_clients.contains(id) {
            self.out.push(
                Diagnostic::error(
                    codes::UNKNOWN_CLIENT,
                    span,
                    format!("{what} `{id}` has no file clients/{id}.toml"),
                )
                .with_help("fix the id, or add the client with `clientele client add`"),
            );
        }
    }
}

pub(crate) fn check(records: &Records) -> Vec<Diagnostic> {
    let mut r = Refs {
        records,
        out: Vec::new(),
    };
    for m in &records.members {
        if let Some(lead) = &m.reports_to {
            r.lead(lead, m.spans.of("reports_to"), "reports_to");
        }
    }
    for c in &records.clients {
        r.member(&c.owner, c.spans.of("owner"), "owner");
        if let Some(s) = &c.specialist {
            r.member(s, c.spans.of("specialist"), "specialist");
        }
        for d in &c.deals {
            if let Some(o) = &d.owner {
                r.member(o, d.spans.of("owner"), "deal owner");
            }
        }
        for k in &c.complaints {
            r.member(&k.handler, k.spans.of("handler"), "handler");
        }
    }
    for log in &records.months {
        if records.member(&log.member).is_none()
            && !records.declared_members.contains(&log.member.0)
        {
            r.out.push(
                Diagnostic::error(
                    codes::FILE_OF_NO_MEMBER,
                    Span::file_start(log.file),
                    format!(
                        "month file `{}.toml` is named after no member in team.toml",
                        log.member
                    ),
                )
                .with_help("a member's month file is named after the member's id"),
            );
        }
        for i in &log.interactions {
            r.client(&i.client, i.spans.of("client"), "interaction client");
        }
        for p in &log.plans {
            r.client(&p.client, p.spans.of("client"), "plan client");
        }
        for l in &log.leaves {
            if let Some(by) = &l.approved_by {
                r.lead(by, l.spans.of("approved_by"), "approved_by");
            }
        }
        for m in &log.meetings {
            for a in &m.attendees {
                r.member(a, m.spans.of("attendees"), "attendee");
            }
            for a in &m.actions {
                r.member(&a.owner, a.spans.of("owner"), "action owner");
            }
        }
        for v in &log.reviews {
            r.member(&v.of, v.spans.of("of"), "review of");
        }
        for a in &log.awards {
            r.member(&a.member, a.spans.of("member"), "award member");
        }
    }
    for y in &records.training {
        for s in &y.sessions {
            for a in &s.attendees {
                r.member(a, s.spans.of("attendees"), "attendee");
            }
        }
    }
    r.out
}
