//! Rendering a work report: plain text (the default, to paste or mail),
//! Markdown (`--format md`), or one row per item for CSV and JSON.

use std::fmt::Write as _;

use super::weekly::{Contact, WorkReport};
use crate::model::InteractionKind;
use crate::numbers::money_grouped;
use crate::render::{Cell, Table};

/// A titled block of lines, rendered as text or Markdown.
struct Section {
    title: String,
    summary: Vec<String>,
    lines: Vec<String>,
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

fn sections(r: &WorkReport) -> Vec<Section> {
    let mut out = Vec::new();
    let contacts = r
        .contacts
        .iter()
        .map(|c| {
            let rating = c
                .satisfaction
                .map_or_else(String::new, |s| format!(" (satisfaction {s})"));
            format!(
                "{} {} {}: {}{rating}",
                c.date,
                c.kind,
                display(&c.client, &c.client_name),
                c.summary
            )
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
    out.push(Section {
        title: "Interactions".into(),
        summary,
        lines: contacts,
    });
    out.push(Section {
        title: "New clients".into(),
        summary: Vec::new(),
        lines: r
            .new_clients
            .iter()
            .map(|c| {
                format!(
                    "{} {}: {}, as {}, now {}",
                    c.date,
                    c.event,
                    display(&c.client, &c.name),
                    c.role,
                    c.stage
                )
            })
            .collect(),
    });
    out.push(Section {
        title: "Deals".into(),
        summary: Vec::new(),
        lines: r
            .deals
            .iter()
            .map(|x| {
                format!(
                    "{} {} {} {} ({}), {}, now {}",
                    x.date,
                    x.event,
                    x.deal,
                    x.title,
                    x.client,
                    money_grouped(x.amount),
                    x.stage
                )
            })
            .collect(),
    });
    out.push(Section {
        title: "Complaints handled".into(),
        summary: Vec::new(),
        lines: r
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
                format!(
                    "{} ({}, {}, received {}): {} — {events}; {}{rating}",
                    c.id,
                    c.client,
                    c.severity,
                    c.received.format("%Y-%m-%d %H:%M"),
                    c.summary,
                    c.status
                )
            })
            .collect(),
    });
    let mut tasks: Vec<String> = r
        .done
        .iter()
        .map(|t| {
            let done = t.done.map_or_else(String::new, |d| d.to_string());
            format!(
                "{done} {}: {} ({}), due {}",
                t.status, t.task, t.meeting, t.due
            )
        })
        .collect();
    tasks.extend(
        r.open
            .iter()
            .map(|t| format!("due {} {}: {} ({})", t.due, t.status, t.task, t.meeting)),
    );
    out.push(Section {
        title: "Action items".into(),
        summary: vec![format!("{} done, {} open", r.done.len(), r.open.len())],
        lines: tasks,
    });
    let w = &r.window;
    out.push(Section {
        title: format!(
            "Plans for {}, {} to {}",
            w.next_label, w.next_from, w.next_to
        ),
        summary: Vec::new(),
        lines: r
            .plans
            .iter()
            .map(|p| {
                let purpose = p.purpose.as_deref().unwrap_or("visit");
                format!(
                    "{} {}: {purpose}",
                    p.date,
                    display(&p.client, &p.client_name)
                )
            })
            .collect(),
    });
    out
}

fn heading(r: &WorkReport, weekly: bool) -> (String, String) {
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
    s
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
    s
}

pub const ITEM_COLUMNS: &[&str] = &[
    "section", "date", "client", "ref", "detail", "status", "value",
];

/// One row per item, for CSV and JSON.
pub fn items_table(r: &WorkReport) -> Table {
    let mut t = Table::new(ITEM_COLUMNS);
    let text = |s: &str| Cell::text(s.to_string());
    for c in &r.contacts {
        t.push(vec![
            text("interaction"),
            Cell::Date(c.date),
            text(&c.client),
            text(c.kind.as_str()),
            text(&c.summary),
            Cell::Empty,
            Cell::opt(c.satisfaction, Cell::Int),
        ]);
    }
    for c in &r.new_clients {
        t.push(vec![
            text("new-client"),
            Cell::Date(c.date),
            text(&c.client),
            text(c.event),
            text(&format!("{} (as {})", c.name, c.role)),
            text(c.stage.as_str()),
            Cell::Empty,
        ]);
    }
    for x in &r.deals {
        t.push(vec![
            text("deal"),
            Cell::Date(x.date),
            text(&x.client),
            text(&x.deal),
            text(&x.title),
            text(x.event),
            Cell::Money(x.amount),
        ]);
    }
    for c in &r.complaints {
        t.push(vec![
            text("complaint"),
            Cell::Date(c.received.date()),
            text(&c.client),
            text(&c.id),
            text(&c.summary),
            text(c.status.as_str()),
            Cell::opt(c.satisfaction, Cell::Int),
        ]);
    }
    for (section, tasks) in [("action-done", &r.done), ("action-open", &r.open)] {
        for a in tasks {
            t.push(vec![
                text(section),
                Cell::Date(a.done.unwrap_or(a.due)),
                Cell::Empty,
                text(&a.meeting),
                text(&a.task),
                text(a.status.as_str()),
                Cell::Empty,
            ]);
        }
    }
    for p in &r.plans {
        t.push(vec![
            text("plan"),
            Cell::Date(p.date),
            text(&p.client),
            Cell::Empty,
            Cell::opt(p.purpose.as_deref(), text),
            text("planned"),
            Cell::Empty,
        ]);
    }
    t
}
