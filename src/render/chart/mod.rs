//! Charts as inline SVG for the HTML pages: bars (with a reference line),
//! stacked or grouped series, and a heat map of one-letter codes.
//!
//! A small module of our own rather than a charting crate: the pages need
//! three kinds of chart with exact figures, CJK labels drawn by the
//! browser's own fonts, no script and no embedded font. `plotters` and
//! `charts-rs` would each bring a font stack and a larger build for that,
//! and would round or measure labels themselves. Every drawn value carries
//! its figure as the CSV prints it (`data-value`) and a `<title>` tooltip,
//! so a reader (or a test) checks the chart against the CSV.
//!
//! Charts hold data only; `crate::export::dashboard` decides which charts a
//! page gets. Nothing here computes a figure.

mod bars;
mod heat;

use std::fmt::Write as _;

use super::html::esc;

/// A chart: a title, a note under it and what is drawn.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Chart {
    /// A stable key (`kpi`, `grades`…), the figure's `id`.
    pub(crate) key: &'static str,
    pub(crate) title: String,
    pub(crate) note: String,
    pub(crate) kind: Kind,
}

/// One drawn value: its label, its number and the text the CSV has for it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Value {
    pub(crate) label: String,
    pub(crate) value: f64,
    pub(crate) shown: String,
}

impl Value {
    pub(crate) fn new(label: impl Into<String>, value: f64, shown: impl Into<String>) -> Value {
        Value {
            label: label.into(),
            value,
            shown: shown.into(),
        }
    }

    /// A count: shown as the integer.
    pub(crate) fn count(label: impl Into<String>, n: usize) -> Value {
        Value::new(label, n as f64, n.to_string())
    }
}

/// What a chart draws.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Kind {
    /// One horizontal bar per value, an optional dashed reference line
    /// (e.g. the KPI's 100).
    Bars {
        values: Vec<Value>,
        reference: Option<f64>,
    },
    /// Per row several series, stacked in one bar or side by side.
    Series {
        names: Vec<String>,
        rows: Vec<(String, Vec<Value>)>,
        stacked: bool,
    },
    /// A grid of short codes (the attendance days), coloured by code.
    Heat {
        columns: Vec<String>,
        rows: Vec<(String, Vec<String>)>,
        legend: Vec<(String, String)>,
    },
}

/// The colours of series, in order (colour-blind safe, prints in grey).
pub(crate) const PALETTE: [&str; 6] = [
    "#3a7ca5", "#e0a458", "#81b29a", "#c8553d", "#8d6a9f", "#7f8c8d",
];

/// A chart as a `<figure>` with its SVG and, for series, a legend.
pub(crate) fn figure(c: &Chart) -> String {
    let mut s = format!("<figure id=\"chart-{}\">\n", c.key);
    let svg = match &c.kind {
        Kind::Bars { values, reference } => bars::bars(c, values, *reference),
        Kind::Series {
            names,
            rows,
            stacked,
        } => bars::series(c, names, rows, *stacked),
        Kind::Heat { columns, rows, .. } => heat::heat(c, columns, rows),
    };
    s.push_str(&svg);
    match &c.kind {
        Kind::Series { names, .. } => s.push_str(&legend(names)),
        Kind::Heat { legend: l, .. } => {
            let names: Vec<String> = l
                .iter()
                .map(|(code, what)| format!("{code} {what}"))
                .collect();
            s.push_str(&heat::legend(l, &names));
        }
        Kind::Bars { .. } => {}
    }
    let _ = writeln!(
        s,
        "<figcaption>{}{}</figcaption>\n</figure>",
        esc(&c.title),
        if c.note.is_empty() {
            String::new()
        } else {
            format!(" — {}", esc(&c.note))
        }
    );
    s
}

fn legend(names: &[String]) -> String {
    let mut s = String::from("<p class=\"legend\">");
    for (i, n) in names.iter().enumerate() {
        let _ = write!(
            s,
            "<span><i style=\"background:{}\"></i>{}</span>",
            PALETTE[i % PALETTE.len()],
            esc(n)
        );
    }
    s.push_str("</p>\n");
    s
}

/// The `<svg>` opening tag: scales to the width, `role="img"` with the
/// title as its accessible name. No `xmlns`: inline SVG in HTML needs none
/// (and the page then holds no URL at all).
fn open_svg(c: &Chart, width: u32, height: u32) -> String {
    format!(
        "<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" \
         role=\"img\" aria-label=\"{}\" data-chart=\"{}\">\n",
        esc(&c.title),
        c.key
    )
}

/// A number for an SVG attribute: at most one decimal.
fn px(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r:.1}")
    }
}

/// Cuts a label to `max` display columns (CJK counts two), with `…`.
fn short(label: &str, max: usize) -> String {
    super::width::fit(label, max, "…")
}

#[cfg(test)]
mod tests;
