//! Rendering a report's rows as a terminal table, CSV, JSON, Markdown, an
//! HTML page (`html`, with `chart`) or an Excel workbook (`xlsx`).
//!
//! A report turns its typed rows into a [`Table`] of [`Cell`]s (columns in
//! the rules' order); the renderers here write it to any writer. Nothing
//! here computes: a cell is printed exactly as rules §4 says.
//!
//! Text layouts beyond the table live here too: the briefing
//! ([`briefing`]) and the work report ([`work_report`]). All of them
//! measure text with [`width`] (CJK counts two) and show record text
//! through [`escape`] (no raw control characters on a terminal).

pub mod briefing;
mod cell;
pub(crate) mod chart;
mod csv_out;
pub mod escape;
mod fit;
pub(crate) mod html;
mod json_out;
mod sections;
mod shown;
pub mod team_report;
mod text;
pub mod width;
pub mod work_report;
pub(crate) mod xlsx;

pub use cell::Cell;
pub use csv_out::{escape_formula, write_csv};
pub use json_out::{to_json, write_json};
pub use sections::{Section, sections_json, write_sections};
pub use text::write_text;

use std::io::Write;

/// The output format chosen with `--format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
    /// Markdown, for `summary` and `report`.
    Md,
    /// A self-contained HTML page (charts for `summary` and `report month`).
    Html,
    /// An Excel workbook: a sheet per table.
    Xlsx,
    /// An iCalendar feed: `export ics` only.
    Ics,
}

impl Format {
    /// The format a file name asks for by its extension (`-o kpi.xlsx`).
    pub fn from_path(path: &std::path::Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "csv" => Format::Csv,
            "json" => Format::Json,
            "md" | "markdown" => Format::Md,
            "html" | "htm" => Format::Html,
            "xlsx" => Format::Xlsx,
            "ics" => Format::Ics,
            "txt" => Format::Table,
            _ => return None,
        })
    }
}

/// How to render: the terminal's facts and the user's flags.
#[derive(Clone, Debug, Default)]
pub struct Style {
    /// Colour and bold are allowed (a terminal, and no NO_COLOR).
    pub color: bool,
    /// Fit tables to this many columns (a terminal); `None`: no limit.
    pub width: Option<u16>,
    /// ASCII borders instead of box drawing.
    pub ascii: bool,
    /// A UTF-8 byte-order mark before CSV (for Excel).
    pub bom: bool,
    /// What the report is (`kpi`, `report month`): an HTML page's title,
    /// a workbook's sheet name.
    pub title: String,
}

/// Rows under named columns: what every list report renders.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// Columns a narrow terminal may leave out (with a note naming them)
    /// when cutting text is not enough; `--wide` shows every column.
    pub secondary: Vec<String>,
}

impl Table {
    pub fn new(columns: &[&str]) -> Table {
        Table {
            columns: columns.iter().map(|c| (*c).to_string()).collect(),
            ..Table::default()
        }
    }

    /// Marks `columns` as secondary (see [`Table::secondary`]).
    pub fn set_secondary(&mut self, columns: &[&str]) {
        self.secondary = columns.iter().map(|c| (*c).to_string()).collect();
    }

    pub fn push(&mut self, row: Vec<Cell>) {
        self.rows.push(row);
    }

    /// Renders in `format` (table for `md`, which only some commands have).
    pub fn write(&self, format: Format, style: &Style, out: &mut dyn Write) -> std::io::Result<()> {
        match format {
            Format::Table => write_text(self, style, out),
            Format::Md => text::write_markdown(self, out),
            Format::Csv => write_csv(self, style.bom, out),
            Format::Json => write_json(self, out),
            Format::Html => out.write_all(html::table_page(self, &style.title).as_bytes()),
            Format::Xlsx => out.write_all(&xlsx::workbook(&[(&style.title, self)])?),
            Format::Ics => Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "an .ics calendar comes from `clientele export ics` only: choose another format",
            )),
        }
    }
}
