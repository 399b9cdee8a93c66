//! Rendering the team report (`report team`): plain text (each section's
//! title, then its table), Markdown (`## title` and a Markdown table), one
//! JSON object whose keys are the sections', an HTML page (a section per
//! table) or a workbook (a sheet per section, named by its key).

use std::io::Write;

use serde_json::{Map, Value};

use super::{Format, Style, to_json};
use crate::report::team_report::TeamReport;

/// Writes the report in `format` (CSV is not offered: the command refuses it).
pub(crate) fn write(
    r: &TeamReport,
    format: Format,
    style: &Style,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let head = head(r);
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &json(r))?;
            return out.write_all(b"\n");
        }
        Format::Html => return out.write_all(html(r, &head).as_bytes()),
        Format::Xlsx => {
            let sheets: Vec<(&str, &super::Table)> =
                r.sections.iter().map(|s| (s.key, &s.table)).collect();
            return out.write_all(&super::xlsx::workbook(&sheets)?);
        }
        _ => {}
    }
    let md = format == Format::Md;
    if md {
        writeln!(out, "# {head}")?;
    } else {
        writeln!(out, "{head}")?;
    }
    for s in &r.sections {
        writeln!(out)?;
        if md {
            writeln!(out, "## {}\n", heading(s))?;
        } else {
            writeln!(out, "{}", heading(s))?;
        }
        if s.table.rows.is_empty() {
            let none = crate::t!("report-team-none");
            writeln!(
                out,
                "{}",
                if md {
                    format!("_{none}_")
                } else {
                    format!("  {none}")
                }
            )?;
        } else {
            s.table.write(format, style, out)?;
        }
    }
    Ok(())
}

/// The page: a section per table.
fn html(r: &TeamReport, head: &str) -> String {
    super::html::page(head, "", &html_body(r))
}

/// The page's sections, one per part of the report.
pub(crate) fn html_body(r: &TeamReport) -> String {
    r.sections
        .iter()
        .map(|s| {
            super::html::section_with_id(s.key, &heading(s), "", &super::html::table(&s.table))
        })
        .collect()
}

/// A section's title in the current language (`section-team-<key>`).
fn heading(s: &crate::report::team_report::Section) -> String {
    let id = format!("section-team-{}", s.key);
    crate::i18n::tr_or(crate::i18n::current(), &id, s.title)
}

/// The page's title.
pub(crate) fn head(r: &TeamReport) -> String {
    crate::t!(
        "report-team-head",
        team = r.team.clone(),
        month = r.month.to_string(),
        as_of = r.as_of.to_string()
    )
}

/// `{ team, month, as_of, <section>: [rows…] … }`.
pub(crate) fn json(r: &TeamReport) -> Value {
    let mut m = Map::new();
    m.insert("team".into(), Value::from(r.team.clone()));
    m.insert("month".into(), Value::from(r.month.to_string()));
    m.insert("as_of".into(), Value::from(r.as_of.to_string()));
    for s in &r.sections {
        m.insert(s.key.into(), to_json(&s.table));
    }
    Value::Object(m)
}
