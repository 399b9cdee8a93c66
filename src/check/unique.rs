//! What must be unique across client files — client, deal and complaint
//! ids (errors) and client names (warnings) — gathered compactly from one
//! load or several ([`Keys`]), so that a write can re-check thousands of
//! new client files a batch at a time and still find every repeat across
//! batches (`crate::write::txn`). The rules and messages are those of
//! `duplicates::duplicate_ids` and `clients::same_names`, which judge one
//! load: the first by the files' paths and the entries' order in them
//! wins, every later one is reported, pointing at the first.

use super::clients::{name_key, same_name};
use super::duplicates::repeated;
use crate::diagnostic::{Diagnostic, FileId, SourceMap, Span, codes};
use crate::model::Records;

/// The kinds of ids kept, in the order `duplicate_ids` reports them.
const KINDS: [&str; 3] = ["diag-word-client", "diag-word-deal", "diag-word-complaint"];

/// One id met: where its text is in [`Keys::text`], its kind, and where
/// it stands (its span and line). 24 bytes: a large import meets tens of
/// thousands. Entries of one kind follow each other in their file, so
/// their spans give their order there.
#[derive(Debug, Clone, Copy)]
struct Key {
    at: u32,
    len: u16,
    kind: u8,
    span: Span,
    line: u32,
}

/// A client's name: its key for comparing, the client's id and the name
/// as written (for the message), all in [`Keys::text`].
#[derive(Debug, Clone, Copy)]
struct Name {
    key: (u32, u32),
    id: (u32, u32),
    name: (u32, u32),
    span: Span,
}

/// The ids and names of the client files of one or several loads, their
/// spans in one [`SourceMap`] (the caller maps each load's files into it).
#[derive(Debug, Default)]
pub(crate) struct Keys {
    text: String,
    ids: Vec<Key>,
    names: Vec<Name>,
}

impl Keys {
    fn put(&mut self, s: &str) -> (u32, u32) {
        let at = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        self.text.push_str(s);
        (at, u32::try_from(s.len()).unwrap_or(u32::MAX))
    }

    fn get(&self, (at, len): (u32, u32)) -> &str {
        let at = at as usize;
        self.text.get(at..at + len as usize).unwrap_or("")
    }

    /// Adds the clients of `records` whose file `map` gives a place in the
    /// common map (`None`: not kept). Lines are read from `records`' own
    /// sources, which must still hold the texts.
    pub(crate) fn add(&mut self, records: &Records, map: impl Fn(FileId) -> Option<FileId>) {
        let line = |span: Span| u32::try_from(records.sources.line_col(span).0).unwrap_or(0);
        let ids: usize = records
            .clients
            .iter()
            .map(|c| 1 + c.deals.len() + c.complaints.len())
            .sum();
        // exactly: added to load after load, the list would double its room
        self.ids.reserve_exact(ids);
        for c in &records.clients {
            let at = c.spans.of("id");
            let Some(file) = map(at.file) else {
                continue;
            };
            let moved = |span: Span| Span { file, ..span };
            let mut id = |kind: u8, text: &str, span: Span| {
                let (at, len) = self.put(text);
                let key = Key {
                    at,
                    len: u16::try_from(len).unwrap_or(u16::MAX),
                    kind,
                    span: moved(span),
                    line: line(span),
                };
                self.ids.push(key);
            };
            id(0, &c.id.0, at);
            for d in &c.deals {
                id(1, d.id.as_str(), d.spans.of("id"));
            }
            for k in &c.complaints {
                id(2, k.id.as_str(), k.spans.of("id"));
            }
            let key = name_key(&c.name);
            if !key.is_empty() {
                let name = Name {
                    key: self.put(&key),
                    id: self.put(&c.id.0),
                    name: self.put(&c.name),
                    span: moved(c.spans.of("name")),
                };
                self.names.push(name);
            }
        }
    }

    /// Every repeat among the keys added, `rel` naming their files (the
    /// paths inside the records folder).
    pub(crate) fn repeats<'r>(&self, rel: impl Fn(FileId) -> &'r str) -> Vec<Diagnostic> {
        let rel = |span: Span| rel(span.file);
        let text = |k: &Key| self.get((k.at, u32::from(k.len)));
        // sorted by kind and id, each id's entries in the order one load
        // meets them (file by file): the first of each run is the first use
        let mut order: Vec<&Key> = self.ids.iter().collect();
        order.sort_unstable_by(|a, b| {
            (a.kind, text(a), rel(a.span), a.span.start).cmp(&(
                b.kind,
                text(b),
                rel(b.span),
                b.span.start,
            ))
        });
        let mut out = Vec::new();
        let mut first: Option<&Key> = None;
        for key in order {
            match first {
                Some(prev) if prev.kind == key.kind && text(prev) == text(key) => {
                    let what = KINDS.get(usize::from(key.kind)).copied().unwrap_or("");
                    out.push(repeated(
                        what,
                        text(key),
                        key.span,
                        rel(prev.span),
                        prev.line as usize,
                    ));
                }
                _ => first = Some(key),
            }
        }
        // the same for names, each client's file giving the order
        let mut names: Vec<&Name> = self.names.iter().collect();
        names.sort_unstable_by(|a, b| {
            (self.get(a.key), rel(a.span)).cmp(&(self.get(b.key), rel(b.span)))
        });
        let mut first: Option<&Name> = None;
        for n in names {
            match first {
                Some(other) if self.get(other.key) == self.get(n.key) => out.push(same_name(
                    self.get(n.id),
                    self.get(other.id),
                    self.get(n.name),
                    n.span,
                )),
                _ => first = Some(n),
            }
        }
        out
    }
}

/// Whether `d`, found by one load, is a repeat [`Keys`] judges instead
/// (a repeated id or name in a client file).
pub(crate) fn judged_by_keys(d: &Diagnostic, sources: &SourceMap) -> bool {
    let in_clients = sources
        .get(d.span.file)
        .is_some_and(|f| f.rel.starts_with("clients/"));
    in_clients && (d.code == codes::DUPLICATE_ID || d.code == codes::SAME_NAME)
}

#[cfg(test)]
mod tests;
