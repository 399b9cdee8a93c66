//! Horizontal bar charts: one series with a reference line, or several
//! series stacked or side by side. Labels on the left (member names and
//! stages read better than under a column), the figure after each bar.

use std::fmt::Write as _;

use super::{Chart, PALETTE, Value, esc, open_svg, px, short};

const WIDTH: f64 = 640.0;
const LABEL: f64 = 150.0;
const AREA: f64 = WIDTH - LABEL - 90.0;
#[cfg(test)]
pub(super) const AREA_FOR_TESTS: f64 = AREA;

fn scale_max(values: impl Iterator<Item = f64>, reference: Option<f64>) -> f64 {
    let max = values.chain(reference).fold(0.0_f64, f64::max);
    if max > 0.0 { max } else { 1.0 }
}

/// One drawn bar with its data and tooltip.
fn rect(x: f64, y: f64, w: f64, h: f64, color: &str, series: &str, v: &Value) -> String {
    format!(
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{color}\" data-label=\"{}\" \
         data-series=\"{}\" data-value=\"{}\"><title>{}: {}</title></rect>\n",
        px(x),
        px(y),
        px(w.max(0.0)),
        px(h),
        esc(&v.label),
        esc(series),
        esc(&v.shown),
        esc(&v.label),
        esc(&v.shown)
    )
}

/// A figure drawn at `(x, y)`.
fn text_at(x: f64, y: f64, text: &str) -> String {
    format!(
        "<text x=\"{}\" y=\"{}\">{}</text>\n",
        px(x),
        px(y),
        esc(text)
    )
}

fn label(y: f64, text: &str) -> String {
    format!(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
        px(LABEL - 6.0),
        px(y),
        esc(&short(text, 22))
    )
}

/// A bar per value; `reference` draws a dashed line with its figure.
pub(super) fn bars(c: &Chart, values: &[Value], reference: Option<f64>) -> String {
    let row = 24.0;
    let height = 8.0 + row * values.len().max(1) as f64 + 20.0;
    let max = scale_max(values.iter().map(|v| v.value), reference);
    let mut s = open_svg(c, WIDTH as u32, height as u32);
    for (i, v) in values.iter().enumerate() {
        let y = 8.0 + row * i as f64;
        let w = AREA * v.value.max(0.0) / max;
        s.push_str(&label(y + 16.0, &v.label));
        s.push_str(&rect(LABEL, y + 4.0, w, 16.0, PALETTE[0], c.key, v));
        s.push_str(&text_at(LABEL + w + 4.0, y + 16.0, &v.shown));
    }
    if let Some(r) = reference {
        let x = LABEL + AREA * r / max;
        let bottom = height - 16.0;
        let _ = writeln!(
            s,
            "<line class=\"ref\" x1=\"{0}\" y1=\"4\" x2=\"{0}\" y2=\"{1}\" data-reference=\"{2}\"/>\n\
             <text x=\"{0}\" y=\"{3}\" text-anchor=\"middle\">{2}</text>",
            px(x),
            px(bottom),
            crate::numbers::number(r),
            px(height - 3.0)
        );
    }
    s.push_str("</svg>\n");
    s
}

/// Several series per row: stacked in one bar (shares of a whole, e.g.
/// complaints on time, late and open) or side by side (now and last month).
pub(super) fn series(
    c: &Chart,
    names: &[String],
    rows: &[(String, Vec<Value>)],
    stacked: bool,
) -> String {
    let n = names.len().max(1) as f64;
    let bar = if stacked { 16.0 } else { 12.0 };
    let row = if stacked { 24.0 } else { 8.0 + bar * n };
    let height = 8.0 + row * rows.len().max(1) as f64 + 4.0;
    let max = if stacked {
        scale_max(
            rows.iter().map(|(_, vs)| vs.iter().map(|v| v.value).sum()),
            None,
        )
    } else {
        scale_max(
            rows.iter().flat_map(|(_, vs)| vs.iter().map(|v| v.value)),
            None,
        )
    };
    let mut s = open_svg(c, WIDTH as u32, height as u32);
    for (i, (name, values)) in rows.iter().enumerate() {
        let y = 8.0 + row * i as f64;
        s.push_str(&label(
            y + if stacked { 16.0 } else { row / 2.0 + 2.0 },
            name,
        ));
        let mut x = LABEL;
        for (j, v) in values.iter().enumerate() {
            let w = AREA * v.value.max(0.0) / max;
            let series = names.get(j).map_or("", String::as_str);
            let color = PALETTE[j % PALETTE.len()];
            if stacked {
                s.push_str(&rect(x, y + 4.0, w, bar, color, series, v));
                x += w;
            } else {
                let by = y + 4.0 + bar * j as f64;
                s.push_str(&rect(LABEL, by, w, bar - 1.0, color, series, v));
                s.push_str(&text_at(LABEL + w + 4.0, by + bar - 2.0, &v.shown));
            }
        }
        if stacked {
            let total: Vec<&str> = values.iter().map(|v| v.shown.as_str()).collect();
            s.push_str(&text_at(x + 4.0, y + 16.0, &total.join(" / ")));
        }
    }
    s.push_str("</svg>\n");
    s
}
