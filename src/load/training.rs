//! Reads `training/<YYYY>.toml` into a [`TrainingYear`], with the rules of
//! one training file (exam scores only for attendees, retakes only after a
//! first score, scores 0..100, sessions inside the file's year).

use std::collections::BTreeMap;

use chrono::Datelike;
use toml::de::DeValue;

use super::fields::Fields;
use super::ids;
use super::ranges;
use crate::diagnostic::{Diagnostic, FileId, Span, codes};
use crate::model::{Exam, MemberId, Session, TrainingCategory, TrainingMethod, TrainingYear};
use crate::msg;

pub(crate) fn read(
    mut f: Fields<'_, '_>,
    year: i32,
    file: FileId,
    diags: &mut Vec<Diagnostic>,
) -> TrainingYear {
    let mut out = TrainingYear {
        year,
        file,
        sessions: Vec::new(),
    };
    for s in f.tables("session", "[[session]]") {
        if let Some(session) = session(s, year, diags) {
            out.sessions.push(session);
        }
    }
    f.finish(diags);
    out
}

fn session(mut s: Fields<'_, '_>, year: i32, diags: &mut Vec<Diagnostic>) -> Option<Session> {
    let id = ids::req_entry_id(&mut s, "id");
    let date = s.req_date("date");
    if let Some(d) = date
        && d.year() != year
    {
        s.error_at(
            "date",
            codes::OUTSIDE_MONTH,
            msg!("diag-outside-year", date = d, year = year),
        );
    }
    let topic = s.req_str("topic");
    let category = s.require("category", |s, k| {
        s.choice(k, TrainingCategory::parse, TrainingCategory::NAMES)
    });
    let method = s.require("method", |s, k| {
        s.choice(k, TrainingMethod::parse, TrainingMethod::NAMES)
    });
    let hours = s.require("hours", Fields::num);
    ranges::not_negative(&mut s, "hours", hours);
    let trainer = s.str("trainer");
    let mut attendees = Vec::new();
    for (a, span) in s.str_array("attendees") {
        match crate::model::id_problem(&a) {
            None => attendees.push(MemberId::from(a)),
            Some(_) => diags.push(Diagnostic::error(
                codes::BAD_ID,
                span,
                msg!("diag-bad-attendee", id = a.escape_debug()),
            )),
        }
    }
    let exam = s
        .table("exam", "[session.exam]")
        .map(|e| exam(e, &attendees, diags));
    let spans = s.finish(diags);
    Some(Session {
        id: id?,
        date: date?,
        topic: topic?,
        category: category?,
        method: method?,
        hours: hours?,
        trainer,
        attendees,
        exam,
        spans,
    })
}

fn scores(
    e: &mut Fields<'_, '_>,
    key: &'static str,
    diags: &mut Vec<Diagnostic>,
) -> BTreeMap<MemberId, (f64, Span)> {
    let mut out = BTreeMap::new();
    let Some(t) = e.table(key, "diag-word-exam-scores") else {
        return out;
    };
    let entries: Vec<_> = t
        .rest()
        .map(|(k, span, v)| (k.to_string(), span, v))
        .collect();
    for (name, span, v) in entries {
        let n = match v.get_ref() {
            DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
                .ok()
                .map(|n| n as f64),
            DeValue::Float(f) => f.as_str().parse().ok(),
            _ => None,
        };
        match n {
            Some(n) if (0.0..=100.0).contains(&n) => {
                out.insert(MemberId::from(name), (n, span));
            }
            Some(n) => diags.push(Diagnostic::error(
                codes::OUT_OF_RANGE,
                t.span(v.span()),
                msg!("diag-score-range", member = &name, found = n),
            )),
            None => diags.push(Diagnostic::error(
                codes::WRONG_TYPE,
                t.span(v.span()),
                msg!("diag-score-number", member = &name),
            )),
        }
    }
    // every key of a scores table is a member id: none is unknown
    out
}

fn exam(mut e: Fields<'_, '_>, attendees: &[MemberId], diags: &mut Vec<Diagnostic>) -> Exam {
    let first = scores(&mut e, "scores", diags);
    let retake = scores(&mut e, "retake", diags);
    for (m, (_, span)) in &first {
        if !attendees.contains(m) {
            diags.push(Diagnostic::error(
                codes::EXAM_NOT_ATTENDED,
                *span,
                msg!("diag-score-not-attendee", member = m),
            ));
        }
    }
    for (m, (_, span)) in &retake {
        if !first.contains_key(m) {
            diags.push(Diagnostic::error(
                codes::EXAM_NOT_ATTENDED,
                *span,
                msg!("diag-retake-first", member = m),
            ));
        }
    }
    let spans = e.finish(diags);
    Exam {
        scores: first.into_iter().map(|(k, (v, _))| (k, v)).collect(),
        retake: retake.into_iter().map(|(k, (v, _))| (k, v)).collect(),
        spans,
    }
}
