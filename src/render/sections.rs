//! A report made of titled sections (`client show`): each section a
//! [`Table`], rendered one after the other. Table: the title, then the table
//! or "(none)". CSV: for each section a line with its key, its CSV, then a
//! blank line. JSON: one object, a key per section — a single-row section
//! (`one`) as an object or `null`, the others as arrays. HTML: one page, a
//! section per part; xlsx: a sheet per part, named by its key.

use std::io::Write;

use serde_json::{Map, Value};

use super::{Format, Style, Table, to_json, write_csv, write_text};

/// One titled part of a sectioned report.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Section {
    /// The JSON key and CSV marker; fixed, never translated.
    pub(crate) key: &'static str,
    /// The heading a person reads.
    pub(crate) title: &'static str,
    pub(crate) table: Table,
    /// At most one row: JSON gives it as an object, not an array.
    pub(crate) single: bool,
}

impl Section {
    /// A section of at most one row.
    pub(crate) fn one(key: &'static str, title: &'static str, table: Table) -> Section {
        Section {
            key,
            title,
            table,
            single: true,
        }
    }

    /// The heading in the current language (`section-client-<key>`).
    pub(crate) fn heading(&self) -> String {
        let id = format!("section-client-{}", self.key);
        crate::i18n::tr_or(crate::i18n::current(), &id, self.title)
    }

    /// A section of any number of rows.
    pub(crate) fn many(key: &'static str, title: &'static str, table: Table) -> Section {
        Section {
            key,
            title,
            table,
            single: false,
        }
    }
}

/// The sections as one JSON object, in order.
pub(crate) fn sections_json(sections: &[Section]) -> Value {
    let mut obj = Map::new();
    for s in sections {
        let rows = to_json(&s.table);
        let v = match rows {
            Value::Array(mut a) if s.single => a.drain(..).next().unwrap_or(Value::Null),
            other => other,
        };
        obj.insert(s.key.to_string(), v);
    }
    Value::Object(obj)
}

/// Writes the sections in `format` (`md` as the table).
pub(crate) fn write_sections(
    sections: &[Section],
    format: Format,
    style: &Style,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &sections_json(sections))?;
            out.write_all(b"\n")
        }
        Format::Csv => {
            for (i, s) in sections.iter().enumerate() {
                if i > 0 {
                    out.write_all(b"\n")?;
                }
                writeln!(out, "{}", s.key)?;
                write_csv(&s.table, style.bom && i == 0, out)?;
            }
            Ok(())
        }
        Format::Html => {
            let body: String = sections
                .iter()
                .map(|s| {
                    super::html::section_with_id(
                        s.key,
                        &s.heading(),
                        "",
                        &super::html::table(&s.table),
                    )
                })
                .collect();
            out.write_all(
                super::html::page(&format!("clientele {}", style.title), "", &body).as_bytes(),
            )
        }
        Format::Xlsx => {
            let sheets: Vec<(&str, &Table)> = sections.iter().map(|s| (s.key, &s.table)).collect();
            out.write_all(&super::xlsx::workbook(&sheets)?)
        }
        Format::Ics => Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "an .ics calendar comes from `clientele export ics` only: choose another format",
        )),
        Format::Table | Format::Md => write_titled(sections, style, out),
    }
}

/// The table format: each section's title, then its table or "(none)".
fn write_titled(sections: &[Section], style: &Style, out: &mut dyn Write) -> std::io::Result<()> {
    let (bold, reset) = if style.color {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("", "")
    };
    for (i, s) in sections.iter().enumerate() {
        if i > 0 {
            out.write_all(b"\n")?;
        }
        writeln!(out, "{bold}{}{reset}", s.heading())?;
        if s.table.rows.is_empty() {
            writeln!(out, "  {}", crate::t!("report-none"))?;
        } else {
            write_text(&s.table, style, out)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Cell;

    fn sample() -> Vec<Section> {
        let mut one = Table::new(&["a", "b"]);
        one.push(vec![Cell::Int(1), Cell::Empty]);
        let mut many = Table::new(&["x"]);
        many.push(vec![Cell::text("p")]);
        many.push(vec![Cell::text("q")]);
        vec![
            Section::one("profile", "Profile", one),
            Section::one("tier", "Tier", Table::new(&["t"])),
            Section::many("items", "Items", many),
        ]
    }

    #[test]
    fn json_is_one_object_with_single_rows_as_objects() {
        assert_eq!(
            sections_json(&sample()).to_string(),
            r#"{"profile":{"a":1,"b":null},"tier":null,"items":[{"x":"p"},{"x":"q"}]}"#
        );
    }

    #[test]
    fn csv_marks_each_section_by_its_key() {
        let mut out = Vec::new();
        write_sections(&sample(), Format::Csv, &Style::default(), &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "profile\na,b\n1,\n\ntier\nt\n\nitems\nx\np\nq\n"
        );
    }
}
