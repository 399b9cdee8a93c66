//! Rendering a work report as plain text (the default, to paste or mail)
//! or Markdown (`--format md`), control characters shown escaped;
//! `report::work_report::items` gives the rows for CSV and
//! JSON.

use std::fmt::Write as _;

use super::escape::controls;
use crate::model::InteractionKind;
use crate::numbers::money_grouped;
use crate::report::work_report::{Contact, WorkReport};

/// A titled block of lines, rendered as text or Markdown.
pub(crate) struct Section {
    pub(crate) title: String,
    pub(crate) summary: Vec<String>,
    pub(crate) lines: Vec<String>,
}

fn by_kind(contacts: &[Contact]) -> String {
    let parts: Vec<String> = InteractionKind::ALL
        .iter()
        .filter_map(|k| {
            let n = contacts.iter().filter(|c| c.kind == *k).count();
            (n > 0).then(|| format!("{k} {n}"))
        })
        .collect();
    parts.join(", ")
}

fn by_client(contacts: &[Contact]) -> String {
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
    parts.join(", ")
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

fn interactions(r: &WorkReport) -> Section {
    let lines = r
        .contacts
        .iter()
        .map(|c| {
            let rating = c
                .satisfaction
                .map_or_else(String::new, |s| format!(" (satisfaction {s})"));
            let client = display(&c.client, &c.client_name);
            format!("{} {} {client}: {}{rating}", c.date, c.kind, c.summary)
        })
        .collect();
    let summary = if r.contacts.is_empty() {
        Vec::new()
    } else {
        vec![
            format!("by kind: {}", by_kind(&r.contacts)),
            format!("by client: {}", by_client(&r.contacts)),
        ]
    };
    section("Interactions", summary, lines)
}

fn new_clients(r: &WorkReport) -> Section {
    let lines = r
        .new_clients
        .iter()
        .map(|c| {
            let client = display(&c.client, &c.name);
            format!(
                "{} {}: {client}, as {}, now {}",
                c.date, c.event, c.role, c.stage
            )
        })
        .collect();
    section("New clients", Vec::new(), lines)
}

fn deals(r: &WorkReport) -> Section {
    let lines = r
        .deals
        .iter()
        .map(|x| {
            let amount = money_grouped(x.amount);
            format!(
                "{} {} {} {} ({}), {amount}, now {}",
                x.date, x.event, x.deal, x.title, x.client, x.stage
            )
        })
        .collect();
    section("Deals", Vec::new(), lines)
}

fn complaints(r: &WorkReport) -> Section {
    let lines = r
        .complaints
        .iter()
        .map(|c| {
            let events = if c.events.is_empty() {
                "nothing this period".to_string()
            } else {
                c.events.join(", ")
            };
            let rating = c
                .satisfaction
                .map_or_else(String::new, |s| format!(", satisfaction {s}"));
            let received = c.received.format("%Y-%m-%d %H:%M");
            format!(
                "{} ({}, {}, received {received}): {} — {events}; {}{rating}",
                c.id, c.client, c.severity, c.summary, c.status
            )
        })
        .collect();
    section("Complaints handled", Vec::new(), lines)
}

fn tasks(r: &WorkReport) -> Section {
    let done = r.done.iter().map(|t| {
        let day = t.done.map_or_else(String::new, |d| d.to_string());
        format!(
            "{day} {}: {} ({}), due {}",
            t.status, t.task, t.meeting, t.due
        )
    });
    let open = r
        .open
        .iter()
        .map(|t| format!("due {} {}: {} ({})", t.due, t.status, t.task, t.meeting));
    let summary = vec![format!("{} done, {} open", r.done.len(), r.open.len())];
    section("Action items", summary, done.chain(open).collect())
}

fn plans(r: &WorkReport) -> Section {
    let w = &r.window;
    let lines = r
        .plans
        .iter()
        .map(|p| {
            let purpose = p.purpose.as_deref().unwrap_or("visit");
            let client = display(&p.client, &p.client_name);
            format!("{} {client}: {purpose}", p.date)
        })
        .collect();
    let title = format!(
        "Plans for {}, {} to {}",
        w.next_label, w.next_from, w.next_to
    );
    section(title, Vec::new(), lines)
}

fn research(r: &WorkReport) -> Section {
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
    section("Market research", Vec::new(), lines)
}

pub(crate) fn sections(r: &WorkReport) -> Vec<Section> {
    vec![
        interactions(r),
        new_clients(r),
        deals(r),
        complaints(r),
        tasks(r),
        research(r),
        plans(r),
    ]
}

pub(crate) fn heading(r: &WorkReport, weekly: bool) -> (String, String) {
    let kind = if weekly { "Weekly" } else { "Monthly" };
    let w = &r.window;
    let as_of = if r.end < w.to {
        format!(", as of {}", r.end)
    } else {
        String::new()
    };
    (
        format!("{kind} report: {} ({}), {}", r.name, r.member, r.role),
        format!("{}: {} to {}{as_of}", w.label, w.from, w.to),
    )
}

/// Plain text, to paste or mail.
pub fn to_text(r: &WorkReport, weekly: bool) -> String {
    let (title, period) = heading(r, weekly);
    let mut s = format!("{title}\n{period}\n");
    for sec in sections(r) {
        let _ = write!(s, "\n{} ({})\n", sec.title, sec.lines.len());
        for line in &sec.summary {
            let _ = writeln!(s, "  {line}");
        }
        if sec.lines.is_empty() {
            s.push_str("  (none)\n");
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
    let (title, period) = heading(r, weekly);
    let mut s = format!("# {}\n\n{}\n", md_escape(&title), md_escape(&period));
    for sec in sections(r) {
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
            s.push_str("(none)\n");
        }
        for line in &sec.lines {
            let _ = writeln!(s, "- {}", md_escape(line));
        }
    }
    controls(&s).into_owned()
}
