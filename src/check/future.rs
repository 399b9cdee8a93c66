//! Entries of things that already happened, dated after D (rules §6.1):
//! replay (rules §3.0) hides them from every report until their date, so a
//! mistyped year would silently vanish. Things that belong to the future —
//! plans, leave dates, due dates, training sessions — are not judged here.

use chrono::NaiveDate;

use crate::diagnostic::{Arg, Diagnostic, Msg, Span, codes};
use crate::model::Records;
use crate::msg;

/// One dated fact: what it is, its date, where it is written.
struct Dated {
    what: Msg,
    date: NaiveDate,
    span: Span,
}

/// Every happened-fact dated after `d` (each fact is only described once
/// it is known to be after `d`: most are not): interactions, attendance days,
/// deals closed or delivered, complaints received, responded or resolved,
/// actions done, and exam scores of sessions.
pub(crate) fn entries_after_today(records: &Records, d: NaiveDate) -> Vec<Diagnostic> {
    let mut all = Vec::new();
    month_facts(records, d, &mut all);
    client_facts(records, d, &mut all);
    training_facts(records, d, &mut all);
    all.into_iter()
        .filter(|f| f.date > d)
        .map(|f| {
            Diagnostic::warning(
                codes::DATED_AFTER_TODAY,
                f.span,
                msg!("diag-after-today", what = f.what, date = f.date, today = d),
            )
            .with_help(msg!("diag-after-today-help"))
        })
        .collect()
}

fn month_facts(records: &Records, d: NaiveDate, out: &mut Vec<Dated>) {
    for log in &records.months {
        for e in log.interactions.iter().filter(|e| e.date > d) {
            out.push(Dated {
                what: msg!("diag-fact-interaction", client = &e.client),
                date: e.date,
                span: e.spans.of("date"),
            });
        }
        for e in log.attendance.iter().filter(|e| e.date > d) {
            out.push(Dated {
                what: msg!("diag-fact-attendance", member = &log.member),
                date: e.date,
                span: e.spans.of("date"),
            });
        }
        for a in log.meetings.iter().flat_map(|m| &m.actions) {
            if let Some(done) = a.done.filter(|&x| x > d) {
                out.push(Dated {
                    what: msg!("diag-fact-action-done", task = &a.task),
                    date: done,
                    span: a.spans.of("done"),
                });
            }
        }
    }
}

fn client_facts(records: &Records, d: NaiveDate, out: &mut Vec<Dated>) {
    for c in &records.clients {
        for deal in &c.deals {
            if let Some(closed) = deal.closed.filter(|&x| x > d) {
                out.push(Dated {
                    what: msg!(
                        "diag-fact-deal-closed",
                        deal = &deal.id,
                        stage = Arg::value("stage", deal.stage),
                    ),
                    date: closed,
                    span: deal.spans.of("closed"),
                });
            }
            if let Some(x) = deal.delivered.filter(|&x| x > d) {
                out.push(Dated {
                    what: msg!("diag-fact-deal-delivered", deal = &deal.id),
                    date: x,
                    span: deal.spans.of("delivered"),
                });
            }
        }
        for k in &c.complaints {
            let times = [
                ("received", "diag-fact-complaint-received", Some(k.received)),
                ("responded", "diag-fact-complaint-responded", k.responded),
                ("resolved", "diag-fact-complaint-resolved", k.resolved),
            ];
            for (field, id, at) in times {
                if let Some(at) = at.filter(|at| at.date() > d) {
                    out.push(Dated {
                        what: Msg::new(id).arg("complaint", &k.id),
                        date: at.date(),
                        span: k.spans.of(field),
                    });
                }
            }
        }
    }
}

fn training_facts(records: &Records, d: NaiveDate, out: &mut Vec<Dated>) {
    let sessions = records.training.iter().flat_map(|y| &y.sessions);
    for s in sessions.filter(|s| s.date > d) {
        if let Some(exam) = s
            .exam
            .as_ref()
            .filter(|e| !e.scores.is_empty() || !e.retake.is_empty())
        {
            out.push(Dated {
                what: msg!("diag-fact-exam", session = &s.id),
                date: s.date,
                span: exam.spans.entry,
            });
        }
    }
}
