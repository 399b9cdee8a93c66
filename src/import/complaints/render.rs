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
///
/// The old text is taken, not borrowed: the new one is built in its place
/// (the part kept, then the new entries), so a large file is held once.
pub(crate) fn appended_to(
    rel: &str,
    old: Option<String>,
    complaints: &[NewComplaint],
    handler: &str,
) -> Result<String, WriteError> {
    if let Some(text) = old.as_deref()
        && let Some(from) = crate::load::last_complaints(text)
        && text.is_char_boundary(from)
    {
        let mut doc = EditDoc::parse_from(rel, text, from)?;
        return appended(&mut doc, old, from, complaints, handler);
    }
    let mut doc = EditDoc::open(rel, old.as_deref())?;
    appended(&mut doc, old, 0, complaints, handler)
}

/// The first `kept` bytes of `old` (the whole file's text) followed by the
/// client file `doc` (the part of `old` after them) with `complaints`
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
    old: Option<String>,
    kept: usize,
    complaints: &[NewComplaint],
    handler: &str,
) -> Result<String, WriteError> {
    let mut old = old.unwrap_or_default();
    let Some((first, rest)) = complaints.split_first() else {
        old.truncate(kept);
        old.push_str(&doc.render());
        return Ok(old);
    };
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
    // what the end needs of the old text, before it becomes the new one
    let old_empty = old.is_empty();
    let old_tail = old
        .rsplit('\n')
        .next()
        .filter(|_| !old.ends_with('\n'))
        .map(str::to_string);
    let mut out = old;
    out.truncate(kept);
    // exactly: `reserve` would double the old text's room
    out.reserve_exact(text.len() + complaints.len() * 512);
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
        && let Some(tail) = old_tail
        && let Some(body) = out.strip_suffix(eol)
        && body.rsplit('\n').next().map(|l| l.trim_end_matches('\r'))
            == Some(tail.trim_end_matches('\r'))
        && !old_empty
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
