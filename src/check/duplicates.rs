//! Ids used twice: members, deals and complaints (across all clients),
//! sessions (across all years), meetings; and duplicate reviews (warning).

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Msg, Span, codes};
use crate::model::spans::Fast;
use crate::model::{Records, Spans, YearMonth};
use crate::msg;

/// The error on an id met again at `span`, first used at `place:line`;
/// `what`: the catalog id of the phrase naming the kind of id.
pub(crate) fn repeated(
    what: &'static str,
    id: &str,
    span: Span,
    place: &str,
    line: usize,
) -> Diagnostic {
    Diagnostic::error(
        codes::DUPLICATE_ID,
        span,
        msg!(
            "diag-duplicate-id",
            what = Msg::new(what),
            id = id,
            place = place,
            line = line,
        ),
    )
}

/// `what`: the catalog id of the phrase naming the kind of id.
/// The spans of an id's entry are looked at only when the id is met twice.
fn dupes<'a>(
    out: &mut Vec<Diagnostic>,
    what: &'static str,
    ids: impl Iterator<Item = (&'a str, &'a Spans)>,
    records: &Records,
) {
    let mut first: HashMap<&str, &Spans, Fast> = HashMap::default();
    for (id, spans) in ids {
        match first.get(id) {
            Some(prev) => {
                let prev = prev.of("id");
                let (line, _) = records.sources.line_col(prev);
                let place = records
                    .sources
                    .get(prev.file)
                    .map_or("?", |f| f.rel.as_str());
                out.push(repeated(what, id, spans.of("id"), place, line));
            }
            None => {
                first.insert(id, spans);
            }
        }
    }
}

/// Ids that must be unique used twice: clients, members, deals and
/// complaints (across all clients), sessions (across all years), meetings.
pub(crate) fn duplicate_ids(records: &Records) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let clients = records.clients.iter().map(|c| (&*c.id.0, &c.spans));
    dupes(&mut out, "diag-word-client", clients, records);
    dupes(
        &mut out,
        "diag-word-member",
        records.members.iter().map(|m| (&*m.id.0, &m.spans)),
        records,
    );
    let deals = records
        .clients
        .iter()
        .flat_map(|c| c.deals.iter().map(|d| (d.id.as_str(), &d.spans)));
    dupes(&mut out, "diag-word-deal", deals, records);
    let complaints = records
        .clients
        .iter()
        .flat_map(|c| c.complaints.iter().map(|k| (k.id.as_str(), &k.spans)));
    dupes(&mut out, "diag-word-complaint", complaints, records);
    let sessions = records
        .training
        .iter()
        .flat_map(|y| y.sessions.iter().map(|s| (s.id.as_str(), &s.spans)));
    dupes(&mut out, "diag-word-session", sessions, records);
    let meetings = records.months.iter().flat_map(|l| {
        l.meetings
            .iter()
            .filter_map(|m| m.id.as_deref().map(|id| (id, &m.spans)))
    });
    dupes(&mut out, "diag-word-meeting", meetings, records);
    let events = records
        .months
        .iter()
        .flat_map(|l| l.events.iter().map(|e| (e.id.as_str(), &e.spans)));
    dupes(&mut out, "diag-word-event", events, records);
    out
}

/// Two reviews by one member of the same member and period: only the last
/// one counts.
pub(crate) fn duplicate_reviews(records: &Records) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut seen: HashMap<(&str, &str, YearMonth), Span> = HashMap::new();
    for log in &records.months {
        for r in &log.reviews {
            if let Some(prev) = seen.insert((&log.member, &r.of, r.period), r.spans.entry) {
                let (line, _) = records.sources.line_col(prev);
                let place = records
                    .sources
                    .get(prev.file)
                    .map_or("?", |f| f.rel.as_str());
                out.push(Diagnostic::warning(
                    codes::DUPLICATE_REVIEW,
                    r.spans.entry,
                    msg!(
                        "diag-duplicate-review",
                        of = &r.of,
                        period = r.period,
                        by = &log.member,
                        place = place,
                        line = line,
                    ),
                ));
            }
        }
    }
    out
}
