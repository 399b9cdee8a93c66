//! Rendering the team report (`report team`): plain text (each section's
//! title, then its table), Markdown (`## title` and a Markdown table) or
//! one JSON object whose keys are the sections'.

use std::io::Write;

use serde_json::{Map, Value};

use super::{Format, Style, to_json};
use crate::report::team_report::TeamReport;

/// Writes the report in `format` (CSV is not offered: the command refuses it).
pub fn write(
    r: &TeamReport,
    format: Format,
    style: &Style,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    if format == Format::Json {
        serde_json::to_writer_pretty(&mut *out, &json(r))?;
        return out.write_all(b"\n");
    }
    let md = format == Format::Md;
    let head = format!("Team report {}, {} (as of {})", r.team, r.month, r.as_of);
    if md {
        writeln!(out, "# {head}")?;
    } else {
        writeln!(out, "{head}")?;
    }
    for s in &r.sections {
        writeln!(out)?;
        if md {
            writeln!(out, "## {}\n", s.title)?;
        } else {
            writeln!(out, "{}", s.title)?;
        }
        if s.table.rows.is_empty() {
            writeln!(out, "{}", if md { "_none_" } else { "  none" })?;
        } else {
            s.table.write(format, style, out)?;
        }
    }
    Ok(())
}

/// `{ team, month, as_of, <section>: [rows…] … }`.
pub fn json(r: &TeamReport) -> Value {
    let mut m = Map::new();
    m.insert("team".into(), Value::from(r.team.clone()));
    m.insert("month".into(), Value::from(r.month.to_string()));
    m.insert("as_of".into(), Value::from(r.as_of.to_string()));
    for s in &r.sections {
        m.insert(s.key.into(), to_json(&s.table));
    }
    Value::Object(m)
}
