//! Imported complaints as `[[complaint]]` entries appended to the client's
//! file after its last complaint; every other byte of the file is kept
//! (the write layer's editable document), its CRLF line ends too.

use toml_edit::{InlineTable, Table, Value};

use super::NewComplaint;
use crate::write::{EditDoc, WriteError, entry, schema, value};

fn table(c: &NewComplaint, handler: &str) -> Table {
    let mut extra = InlineTable::new();
    for (k, v) in &c.extra {
        extra.insert(*k, value::string(v));
    }
    entry::Builder::new()
        .set("id", value::string(&c.id))
        .set("received", value::datetime(c.received))
        .set("severity", value::string(c.severity.as_str()))
        .opt("channel", c.channel.map(|ch| value::string(ch.as_str())))
        .set("summary", value::string(&c.summary))
        .set("handler", value::string(handler))
        .opt("responded", c.responded.map(value::datetime))
        .opt("resolved", c.resolved.map(value::datetime))
        .opt(
            "extra",
            (!extra.is_empty()).then(|| Value::InlineTable(extra)),
        )
        .build()
}

/// The client file `rel` (its text `old`) with `complaints` (handled by
/// `handler`) appended. When a scan of the pieces the loader reads shows
/// where the file's last complaints begin (`load::last_complaints`), only
/// the text from there is opened as an editable document and the part
/// before is kept as it is: a file of 20,000 complaints would take some
/// 250 MB as one document. Else the whole file is opened.
pub(crate) fn appended_to(
    rel: &str,
    old: Option<&str>,
    complaints: &[NewComplaint],
    handler: &str,
) -> Result<String, WriteError> {
    if let Some(text) = old
        && let Some(from) = crate::load::last_complaints(text)
        && let Some(before) = text.get(..from)
    {
        let mut doc = EditDoc::parse_from(rel, text, from)?;
        return appended(&mut doc, old, before, complaints, handler);
    }
    let mut doc = EditDoc::open(rel, old)?;
    appended(&mut doc, old, "", complaints, handler)
}

/// `before` followed by the client file `doc` (the whole file's text
/// `old`, of which `doc` is the part after `before`) with `complaints`
/// appended; refused when the file writes its complaints as an inline
/// array.
///
/// The text is what appending every entry to `doc` renders, but built one
/// entry at a time: a placeholder entry is appended to `doc` (which places
/// it, after the last complaint or where the schema's order puts the
/// first), and its line is replaced by the entries' own text — so that an
/// import of 200,000 complaints never holds 200,000 tables of the editable
/// document at once.
pub(crate) fn appended(
    doc: &mut EditDoc,
    old: Option<&str>,
    before: &str,
    complaints: &[NewComplaint],
    handler: &str,
) -> Result<String, WriteError> {
    let Some((first, rest)) = complaints.split_first() else {
        return Ok(format!("{before}{}", doc.render()));
    };
    let old = old.unwrap_or("");
    let mut n = 0;
    let marker = loop {
        let m = format!("clientele-import-{n}");
        if !old.contains(&m) {
            break m;
        }
        n += 1;
    };
    let placeholder = entry::Builder::new()
        .set("id", value::string(&marker))
        .build();
    entry::append(&mut doc.doc, schema::CLIENT, "complaint", placeholder)?;
    let text = doc.render();
    let line = format!("id = \"{marker}\"");
    let placed = text
        .find(&line)
        .and_then(|at| Some((at, line_before(&text, at)?)));
    let Some((at, header)) = placed else {
        return Err(WriteError::refused(crate::t!("import-not-placed")));
    };
    let crlf = text[at + line.len()..].starts_with("\r\n");
    let eol = if crlf { "\r\n" } else { "\n" };
    let end = (at + line.len() + eol.len()).min(text.len());
    let mut out = String::with_capacity(before.len() + text.len() + complaints.len() * 512);
    out.push_str(before);
    out.push_str(&text[..at]);
    out.push_str(&body(first, handler, crlf));
    for c in rest {
        out.push_str(eol);
        out.push_str(header);
        out.push_str(&body(c, handler, crlf));
    }
    out.push_str(&text[end..]);
    // a file without a final line end keeps none when its last line is last again
    if end == text.len()
        && let Some(tail) = old.rsplit('\n').next().filter(|_| !old.ends_with('\n'))
        && let Some(body) = out.strip_suffix(eol)
        && body.rsplit('\n').next().map(|l| l.trim_end_matches('\r'))
            == Some(tail.trim_end_matches('\r'))
        && !old.is_empty()
    {
        out.truncate(body.len());
    }
    Ok(out)
}

/// The line before the one starting at `at` (its line end included).
fn line_before(text: &str, at: usize) -> Option<&str> {
    let before = text.get(..at)?.strip_suffix('\n')?;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    text.get(start..at)
}

/// One entry's keys and values, as the editable document renders them.
fn body(c: &NewComplaint, handler: &str, crlf: bool) -> String {
    let text = toml_edit::DocumentMut::from(table(c, handler)).to_string();
    if crlf {
        text.replace("\r\n", "\n").replace('\n', "\r\n")
    } else {
        text
    }
}

#[cfg(test)]
mod tests;
