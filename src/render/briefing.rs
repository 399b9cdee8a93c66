//! A briefing: a heading and named sections, each a count, the first rows
//! and the command that lists them all. `summary` renders one as compact
//! text (one screen), Markdown (to mail or paste), JSON (every section with
//! its rows as objects) or CSV (one row per section: the counts a cron job
//! watches).

use std::io::Write;

use serde_json::{Value, json};

use super::escape::controls;
use super::width::{Align, fit, pad, widest, width};
use super::{Format, Style, Table, csv_out, json_out, shown, text};
use crate::i18n::{self, Lang};

/// One part of a briefing.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Section {
    /// A stable key for scripts (`followups_overdue`).
    pub(crate) key: &'static str,
    pub(crate) title: &'static str,
    /// How many items there are in all.
    pub(crate) count: usize,
    /// How many of them are overdue (for `--fail-on overdue`).
    pub(crate) overdue: usize,
    /// The command that lists them all.
    pub(crate) command: String,
    /// The first few items (at most `count`), as CSV and JSON carry them.
    pub(crate) rows: Table,
    /// The compact text shows the column names above the rows (for rows of
    /// bare numbers, such as the KPI line).
    pub(crate) labelled: bool,
    /// The same rows as the briefing text shows them: phrases ("25 days
    /// late") in the reader's language. Same columns as `rows`.
    pub(crate) shown: Table,
}

/// A heading and its sections, in order.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Briefing {
    pub(crate) heading: String,
    /// Extra keys for JSON (as_of, member…), in order.
    pub(crate) facts: Vec<(&'static str, Value)>,
    pub(crate) sections: Vec<Section>,
}

impl Briefing {
    pub(crate) fn write(
        &self,
        format: Format,
        style: &Style,
        out: &mut dyn Write,
    ) -> std::io::Result<()> {
        match format {
            Format::Table => write_text(self, style, out),
            Format::Md => write_markdown(self, out),
            Format::Csv => csv_out::write_csv(&self.counts(), style.bom, out),
            Format::Json => {
                serde_json::to_writer_pretty(&mut *out, &self.to_json())?;
                writeln!(out)
            }
            Format::Html => out.write_all(super::html::briefing::page(self).as_bytes()),
            Format::Xlsx => {
                let counts = self.counts();
                let mut sheets = vec![("summary", &counts)];
                sheets.extend(self.sections.iter().map(|s| (s.key, &s.rows)));
                out.write_all(&super::xlsx::workbook(&sheets)?)
            }
            Format::Ics => super::Table::default().write(format, style, out),
        }
    }

    /// One row per section: `section,title,count,command`.
    pub(crate) fn counts(&self) -> Table {
        let mut t = Table::new(&["section", "title", "count", "command"]);
        for s in &self.sections {
            t.push(vec![
                super::Cell::text(s.key),
                super::Cell::text(s.title),
                super::Cell::Int(s.count as i64),
                super::Cell::text(s.command.clone()),
            ]);
        }
        t
    }

    /// Whether any section has something overdue.
    pub(crate) fn anything_overdue(&self) -> bool {
        self.sections.iter().any(|s| s.overdue > 0)
    }

    pub(crate) fn to_json(&self) -> Value {
        let mut top = serde_json::Map::new();
        for (k, v) in &self.facts {
            top.insert((*k).to_string(), v.clone());
        }
        let sections: Vec<Value> = self
            .sections
            .iter()
            .map(|s| {
                json!({
                    "section": s.key,
                    "title": s.title,
                    "count": s.count,
                    "overdue": s.overdue,
                    "command": s.command,
                    "rows": json_out::to_json(&s.rows),
                })
            })
            .collect();
        top.insert("sections".to_string(), Value::Array(sections));
        Value::Object(top)
    }
}

/// A cell as the briefing shows it: like a table, but empty stays empty.
fn cell(lang: Lang, column: &str, c: &super::Cell) -> String {
    match c {
        super::Cell::Empty => String::new(),
        other => shown::cell(lang, column, other),
    }
}

/// A section's title in `lang` (the `title` of CSV and JSON is English).
pub(crate) fn title(lang: Lang, s: &Section) -> String {
    i18n::tr(lang, &format!("briefing-{}", s.key), &[])
}

/// The rows of a section's table, columns padded to the widest cell and
/// two spaces apart, numbers to the right; with `labelled`, the column
/// names first (in the reader's language), aligned as their column's
/// first row.
fn aligned(lang: Lang, rows: &Table, labelled: bool) -> Vec<String> {
    let shown = |i: usize, c: &super::Cell| cell(lang, &rows.columns[i], c);
    let names: Vec<String> = rows
        .columns
        .iter()
        .map(|c| crate::i18n::column(lang, c))
        .collect();
    let widths: Vec<usize> = (0..rows.columns.len())
        .map(|i| {
            let cells = widest(
                rows.rows
                    .iter()
                    .filter_map(|r| r.get(i))
                    .map(|c| shown(i, c)),
            );
            match labelled {
                true => cells.max(width(&names[i])),
                false => cells,
            }
        })
        .collect();
    let align = |c: &super::Cell| match c.is_number() {
        true => Align::Right,
        false => Align::Left,
    };
    let mut lines = Vec::new();
    if labelled && !rows.rows.is_empty() {
        let head: Vec<String> = names
            .iter()
            .zip(&widths)
            .zip(&rows.rows[0])
            .map(|((name, w), first)| pad(name, *w, align(first)))
            .collect();
        lines.push(head.join("  "));
    }
    lines.extend(rows.rows.iter().map(|row| {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (c, w))| pad(&shown(i, c), *w, align(c)))
            .collect();
        cells.join("  ")
    }));
    lines
}

fn write_text(b: &Briefing, style: &Style, out: &mut dyn Write) -> std::io::Result<()> {
    let lang = i18n::current();
    let (bold, dim, reset) = if style.color {
        ("\x1b[1m", "\x1b[2m", "\x1b[0m")
    } else {
        ("", "", "")
    };
    let cols = text::known_width(style);
    // `--ascii`: nothing but ASCII of our own (the records' text stays)
    let (ellipsis, more_dots) = if style.ascii {
        (">", "...")
    } else {
        ("…", "…")
    };
    let line = |s: String| {
        let s = controls(&s);
        match cols {
            Some(w) => fit(s.trim_end(), w, ellipsis),
            None => s.trim_end().to_string(),
        }
    };
    writeln!(out, "{bold}{}{reset}", line(b.heading.clone()))?;
    for s in &b.sections {
        writeln!(out)?;
        let head = format!("{} ({})", title(lang, s), s.count);
        let cmd_w = width(&s.command);
        let gap = match cols {
            Some(w) if w > width(&head) + cmd_w + 2 => w - width(&head) - cmd_w,
            _ => 4,
        }
        .min(40);
        writeln!(
            out,
            "{bold}{head}{reset}{}{dim}{}{reset}",
            " ".repeat(gap),
            s.command
        )?;
        for row in aligned(lang, &s.shown, s.labelled) {
            writeln!(out, "{}", line(format!("  {row}")))?;
        }
        let more = s.count.saturating_sub(s.rows.rows.len());
        if more > 0 {
            let text = crate::t!(lang; "briefing-more", dots = more_dots, n = more);
            writeln!(out, "{dim}{}{reset}", line(format!("  {text}")))?;
        }
    }
    Ok(())
}

fn write_markdown(b: &Briefing, out: &mut dyn Write) -> std::io::Result<()> {
    let lang = i18n::current();
    writeln!(out, "# {}", controls(&b.heading))?;
    for s in &b.sections {
        writeln!(out)?;
        writeln!(out, "## {} ({})", title(lang, s), s.count)?;
        writeln!(out)?;
        if !s.shown.rows.is_empty() {
            text::write_markdown(&s.shown, out)?;
            writeln!(out)?;
        }
        let more = s.count.saturating_sub(s.rows.rows.len());
        let command = s.command.as_str();
        if more > 0 {
            writeln!(
                out,
                "{}",
                crate::t!(lang; "briefing-more-md", n = more, command = command)
            )?;
        } else {
            writeln!(
                out,
                "{}",
                crate::t!(lang; "briefing-full-list", command = command)
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::Cell;
    use super::*;

    fn sample() -> Briefing {
        let mut rows = Table::new(&["client", "name", "days_overdue"]);
        rows.push(vec![
            Cell::text("hd"),
            Cell::text("華東電子"),
            Cell::Int(25),
        ]);
        rows.push(vec![
            Cell::text("acme-long"),
            Cell::text("Acme"),
            Cell::Int(7),
        ]);
        Briefing {
            heading: "Briefing 2026-11-20".to_string(),
            facts: vec![("as_of", json!("2026-11-20"))],
            sections: vec![
                Section {
                    key: "followups_overdue",
                    title: "Follow-ups overdue",
                    count: 3,
                    overdue: 3,
                    command: "clientele followups --overdue".to_string(),
                    shown: rows.clone(),
                    rows,
                    labelled: false,
                },
                Section {
                    key: "leave_pending",
                    title: "Leave waiting for approval",
                    count: 0,
                    overdue: 0,
                    command: "clientele leave --pending".to_string(),
                    rows: Table::new(&["member"]),
                    labelled: false,
                    shown: Table::new(&["member"]),
                },
            ],
        }
    }

    fn render(b: &Briefing, format: Format, style: &Style) -> String {
        let mut buf = Vec::new();
        b.write(format, style, &mut buf).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn text_aligns_cjk_and_counts_the_rest() {
        let text = render(&sample(), Format::Table, &Style::default());
        assert_eq!(
            text,
            "Briefing 2026-11-20\n\
             \n\
             Follow-ups overdue (3)    clientele followups --overdue\n  \
             hd         華東電子  25\n  \
             acme-long  Acme       7\n  \
             … and 1 more\n\
             \n\
             Leave waiting for approval (0)    clientele leave --pending\n"
        );
    }

    #[test]
    fn narrow_terminal_cuts_lines() {
        let style = Style {
            width: Some(12),
            ..Style::default()
        };
        let text = render(&sample(), Format::Table, &style);
        assert!(
            text.lines()
                .all(|l| width(l) <= 12 || l.contains("clientele"))
        );
        assert!(text.contains("  hd       …"), "{text}");
    }

    #[test]
    fn ascii_uses_no_ellipsis_character() {
        let style = Style {
            ascii: true,
            width: Some(16),
            ..Style::default()
        };
        let text = render(&sample(), Format::Table, &style);
        assert!(text.contains("\n  ... and 1 more\n"), "{text}");
        assert!(text.contains("\n  hd         華>\n"), "{text}");
        assert!(!text.contains('…'), "{text}");
    }

    #[test]
    fn csv_has_one_row_per_section() {
        let csv = render(&sample(), Format::Csv, &Style::default());
        assert_eq!(
            csv,
            "section,title,count,command\n\
             followups_overdue,Follow-ups overdue,3,clientele followups --overdue\n\
             leave_pending,Leave waiting for approval,0,clientele leave --pending\n"
        );
    }

    #[test]
    fn json_keeps_rows_as_objects() {
        let v: Value =
            serde_json::from_str(&render(&sample(), Format::Json, &Style::default())).unwrap();
        assert_eq!(v["as_of"], "2026-11-20");
        assert_eq!(v["sections"][0]["count"], 3);
        assert_eq!(v["sections"][0]["rows"][0]["name"], "華東電子");
        assert_eq!(v["sections"][0]["rows"][1]["days_overdue"], 7);
        assert_eq!(v["sections"][1]["rows"], json!([]));
    }

    #[test]
    fn markdown_has_a_heading_per_section() {
        let md = render(&sample(), Format::Md, &Style::default());
        assert!(md.starts_with("# Briefing 2026-11-20\n\n## Follow-ups overdue (3)\n\n| client | name | days_overdue |\n"));
        assert!(md.contains("… and 1 more: `clientele followups --overdue`"));
        assert!(md.contains(
            "## Leave waiting for approval (0)\n\nFull list: `clientele leave --pending`\n"
        ));
    }

    #[test]
    fn control_characters_in_the_heading_are_shown_escaped() {
        let mut b = sample();
        b.heading = "Amy\u{1b}[2J".into();
        for format in [Format::Table, Format::Md] {
            let text = render(&b, format, &Style::default());
            assert!(text.contains("Amy\\u{1b}[2J"), "{text}");
            assert!(!text.contains('\u{1b}'), "{text}");
        }
    }
}
