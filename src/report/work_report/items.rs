//! A work report as one row per item, for CSV and JSON: the same items
//! the text shows, each tagged with its section.

use super::WorkReport;
use crate::render::{Cell, Table};

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
    research_rows(r, &mut t);
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

/// The member's research notes: one row each (rules §3.12).
fn research_rows(r: &WorkReport, t: &mut Table) {
    for n in &r.research {
        t.push(vec![
            Cell::text("research"),
            Cell::Date(n.date),
            Cell::text(crate::report::research::joined(&n.clients)),
            Cell::text(n.kind.as_str()),
            Cell::text(format!("{}: {}", n.topic, n.summary)),
            Cell::opt(n.source.clone(), Cell::Text),
            Cell::Empty,
        ]);
    }
}
