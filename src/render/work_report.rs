//! Rendering a work report as plain text (the default, to paste or mail)
//! or Markdown (`--format md`), control characters shown escaped;
//! `report::work_report::items` gives the rows for CSV and
//! JSON.

use std::fmt::Write as _;

use super::escape::controls;
use crate::i18n::{self, Lang};
use crate::model::InteractionKind;
use crate::numbers::money_grouped;
use crate::report::work_report::{Contact, WorkReport};
use crate::t;

/// An enum value of `column` in `lang` (`value-<column>-<v>`), else as is.
fn word(lang: Lang, column: &str, v: &str) -> String {
    i18n::value(lang, column, v).unwrap_or_else(|| v.to_string())
}

/// What happened (`signed`, `won`, `responded`…) in `lang`.
fn event(lang: Lang, e: &str) -> String {
    i18n::tr(lang, &format!("report-event-{e}"), &[])
}

/// A titled block of lines, rendered as text or Markdown.
pub(crate) struct Section {
    pub(crate) title: String,
    pub(crate) summary: Vec<String>,
    pub(crate) lines: Vec<String>,
}

fn by_kind(lang: Lang, contacts: &[Contact]) -> String {
    let parts: Vec<String> = InteractionKind::ALL
        .iter()
        .filter_map(|k| {
            let n = contacts.iter().filter(|c| c.kind == *k).count();
            (n > 0).then(|| format!("{} {n}", word(lang, "kind", k.as_str())))
        })
        .collect();
    parts.join(&t!(lang; "list-separator"))
}

fn by_client(lang: Lang, contacts: &[Contact]) -> String {
    let mut counts: Vec<(&str, &str, usize)> = Vec::new();
    for c in contacts {
        match counts.iter_mut().find(|(id, _, _)| *id == c.client) {
            Some(entry) => entry.2 += 1,
            None => counts.push((&c.client, &c.client_name, 1)),
        }
    }
    counts.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(b.0)));
    let parts: Vec<String> = counts
        .iter()
        .map(|(id, name, n)| format!("{} {n}", display(id, name)))
        .collect();
    parts.join(&t!(lang; "list-separator"))
}

/// `name (id)`, or the id alone when the name is unknown.
fn display(id: &str, name: &str) -> String {
    if name.is_empty() {
        id.to_string()
    } else {
        format!("{name} ({id})")
    }
}

fn section(title: impl Into<String>, summary: Vec<String>, lines: Vec<String>) -> Section {
    Section {
        title: title.into(),
        summary,
        lines,
    }
}

fn interactions(lang: Lang, r: &WorkReport) -> Section {
    let lines = r
        .contacts
        .iter()
        .map(|c| {
            let (date, kind) = (c.date.to_string(), word(lang, "kind", c.kind.as_str()));
            let client = display(&c.client, &c.client_name);
            let summary = c.summary.as_str();
            match c.satisfaction {
                Some(rating) => t!(lang; "report-interaction-rated",
                    date = date, kind = kind, client = client, summary = summary, rating = rating),
                None => t!(lang; "report-interaction",
                    date = date, kind = kind, client = client, summary = summary),
            }
        })
        .collect();
    let summary = if r.contacts.is_empty() {
        Vec::new()
    } else {
        vec![
            t!(lang; "report-by-kind", list = by_kind(lang, &r.contacts)),
            t!(lang; "report-by-client", list = by_client(lang, &r.contacts)),
        ]
    };
    section(t!(lang; "report-interactions"), summary, lines)
}

fn new_clients(lang: Lang, r: &WorkReport) -> Section {
    let lines = r
        .new_clients
        .iter()
        .map(|c| {
            t!(lang; "report-new-client",
                date = c.date.to_string(),
                event = event(lang, c.event),
                client = display(&c.client, &c.name),
                role = i18n::tr(lang, &format!("report-as-{}", c.role), &[]),
                stage = word(lang, "stage", c.stage.as_str()))
        })
        .collect();
    section(t!(lang; "report-new-clients"), Vec::new(), lines)
}

fn deals(lang: Lang, r: &WorkReport) -> Section {
    let lines = r
        .deals
        .iter()
        .map(|x| {
            t!(lang; "report-deal",
                date = x.date.to_string(),
                event = event(lang, x.event),
                deal = x.deal.as_str(),
                title = x.title.as_str(),
                client = x.client.as_str(),
                amount = money_grouped(x.amount),
                stage = word(lang, "stage", x.stage.as_str()))
        })
        .collect();
    section(t!(lang; "report-deals"), Vec::new(), lines)
}

fn complaint_line(lang: Lang, c: &crate::report::work_report::Handled) -> String {
    let events = if c.events.is_empty() {
        t!(lang; "report-complaint-quiet")
    } else {
        let words: Vec<String> = c.events.iter().map(|e| event(lang, e)).collect();
        words.join(&t!(lang; "list-separator"))
    };
    let (id, client, summary) = (c.id.as_str(), c.client.as_str(), c.summary.as_str());
    let severity = word(lang, "severity", c.severity.as_str());
    let received = c.received.format("%Y-%m-%d %H:%M").to_string();
    let status = word(lang, "status", c.status.as_str());
    let at = |t: chrono::NaiveDateTime| t.format("%Y-%m-%d %H:%M").to_string();
    let respond = c.respond_due.map_or_else(
        String::new,
        |t| t!(lang; "report-complaint-respond-by", at = at(t)),
    );
    let resolve = c.resolve_due.map_or_else(
        String::new,
        |t| t!(lang; "report-complaint-resolve-by", at = at(t)),
    );
    let deadlines = format!("{respond}{resolve}");
    match c.satisfaction {
        Some(rating) => t!(lang; "report-complaint-rated", id = id, client = client,
            severity = severity, received = received, summary = summary, events = events,
            status = status, deadlines = deadlines, rating = rating),
        None => t!(lang; "report-complaint", id = id, client = client, severity = severity,
            received = received, summary = summary, events = events, status = status,
            deadlines = deadlines),
    }
}

fn complaints(lang: Lang, r: &WorkReport) -> Section {
    let lines = r
        .complaints
        .iter()
        .map(|c| complaint_line(lang, c))
        .collect();
    section(t!(lang; "report-complaints"), Vec::new(), lines)
}

fn tasks(lang: Lang, r: &WorkReport) -> Section {
    let done = r.done.iter().map(|t| {
        t!(lang; "report-action-done",
            day = t.done.map_or_else(String::new, |d| d.to_string()),
            status = word(lang, "status", t.status.as_str()),
            task = t.task.as_str(),
            meeting = t.meeting.as_str(),
            due = t.due.to_string())
    });
    let open = r.open.iter().map(|t| {
        t!(lang; "report-action-open",
            due = t.due.to_string(),
            status = word(lang, "status", t.status.as_str()),
            task = t.task.as_str(),
            meeting = t.meeting.as_str())
    });
    let summary = vec![t!(lang; "report-actions-count", done = r.done.len(), open = r.open.len())];
    section(
        t!(lang; "report-actions"),
        summary,
        done.chain(open).collect(),
    )
}

fn plans(lang: Lang, r: &WorkReport) -> Section {
    let w = &r.window;
    let lines = r
        .plans
        .iter()
        .map(|p| {
            let purpose = p
                .purpose
                .clone()
                .unwrap_or_else(|| t!(lang; "report-plan-visit"));
            let client = display(&p.client, &p.client_name);
            t!(lang; "report-plan", date = p.date.to_string(), client = client, purpose = purpose)
        })
        .collect();
    let title = t!(lang; "report-plans",
        label = w.next_label.as_str(),
        from = w.next_from.to_string(),
        to = w.next_to.to_string());
    section(title, Vec::new(), lines)
}

fn research(lang: Lang, r: &WorkReport) -> Section {
    let lines = r
        .research
        .iter()
        .map(|n| {
            let clients = if n.clients.is_empty() {
                String::new()
            } else {
                format!(" ({})", crate::report::research::joined(&n.clients))
            };
            format!("{} {} {}: {}{clients}", n.date, n.kind, n.topic, n.summary)
        })
        .collect();
    section(t!(lang; "report-research"), Vec::new(), lines)
}

pub(crate) fn sections(lang: Lang, r: &WorkReport) -> Vec<Section> {
    vec![
        interactions(lang, r),
        new_clients(lang, r),
        deals(lang, r),
        complaints(lang, r),
        tasks(lang, r),
        research(lang, r),
        plans(lang, r),
    ]
}

pub(crate) fn heading(lang: Lang, r: &WorkReport, weekly: bool) -> (String, String) {
    let w = &r.window;
    let (name, member) = (r.name.as_str(), r.member.to_string());
    let role = word(lang, "role", r.role.as_str());
    let title = if weekly {
        t!(lang; "report-title-weekly", name = name, member = member, role = role)
    } else {
        t!(lang; "report-title-monthly", name = name, member = member, role = role)
    };
    let (label, from, to) = (w.label.as_str(), w.from.to_string(), w.to.to_string());
    let period = if r.end < w.to {
        t!(lang; "report-period-as-of", label = label, from = from, to = to, end = r.end.to_string())
    } else {
        t!(lang; "report-period", label = label, from = from, to = to)
    };
    (title, period)
}

/// Plain text, to paste or mail.
pub fn to_text(r: &WorkReport, weekly: bool) -> String {
    let lang = i18n::current();
    let (title, period) = heading(lang, r, weekly);
    let none = t!(lang; "report-none");
    let mut s = format!("{title}\n{period}\n");
    for sec in sections(lang, r) {
        let _ = write!(s, "\n{} ({})\n", sec.title, sec.lines.len());
        for line in &sec.summary {
            let _ = writeln!(s, "  {line}");
        }
        if sec.lines.is_empty() {
            let _ = writeln!(s, "  {none}");
        }
        for line in &sec.lines {
            let _ = writeln!(s, "  - {line}");
        }
    }
    controls(&s).into_owned()
}

/// Escapes the characters Markdown would read as formatting.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        if matches!(
            ch,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// Markdown, for a wiki or a mail client that renders it.
pub fn to_markdown(r: &WorkReport, weekly: bool) -> String {
    let lang = i18n::current();
    let (title, period) = heading(lang, r, weekly);
    let none = t!(lang; "report-none");
    let mut s = format!("# {}\n\n{}\n", md_escape(&title), md_escape(&period));
    for sec in sections(lang, r) {
        let _ = write!(
            s,
            "\n## {} ({})\n\n",
            md_escape(&sec.title),
            sec.lines.len()
        );
        for line in &sec.summary {
            let _ = writeln!(s, "{}  ", md_escape(line));
        }
        if !sec.summary.is_empty() {
            s.push('\n');
        }
        if sec.lines.is_empty() {
            let _ = writeln!(s, "{}", md_escape(&none));
        }
        for line in &sec.lines {
            let _ = writeln!(s, "- {}", md_escape(line));
        }
    }
    controls(&s).into_owned()
}
