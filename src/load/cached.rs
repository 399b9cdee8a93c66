//! Loading through the cache (`crate::cache`): a client or month file the
//! cache vouches for is taken from it, unread; any other file is read and
//! parsed as by `load`, and its entry made anew. The cache is written back
//! when enough of it changed (`worth_saving`).

use std::borrow::Cow;
use std::path::Path;

use rayon::prelude::*;

use super::assemble::{Done, Parsed, Prepared, prepare};
use super::{LoadError, Loaded, assemble, read, walk};
use crate::cache::codec::{Codec, Reader};
use crate::cache::{self, Cache, Entry, Stamp};
use crate::diagnostic::{Diagnostic, FileId, SourceFile, digest};
use crate::model::{Client, MonthLog, Place};

/// How a file's entry came about.
enum Fate<'c> {
    /// Taken from the cache as it was (its blob left there: read again
    /// only if the cache is written anew).
    Kept(Entry<'c>),
    /// Made or renewed in this load.
    New(Entry<'c>),
    /// Not cached (not a client or month file, unreadable, or its stamp unknown).
    None,
}

/// [`super::load`] through the cache of `root`.
pub(super) fn load(root: &Path) -> Result<Loaded, LoadError> {
    let started = cache::now_ns();
    let build = cache::build();
    let old = Cache::open(root, &build);
    let found = walk::walk(root)?;
    let (files, fates): (Vec<Prepared>, Vec<Fate<'_>>) = found
        .into_par_iter()
        .enumerate()
        .map(|(i, (rel, found))| {
            let id = FileId(u32::try_from(i).unwrap_or(u32::MAX));
            match found {
                Ok(place) => one(&old, root, id, rel, place),
                Err(problem) => {
                    let place = Place::classify(&rel.split('/').collect::<Vec<_>>());
                    ((rel, place, Err(problem)), Fate::None)
                }
            }
        })
        .unzip();
    let fresh: usize = fates
        .iter()
        .map(|f| match f {
            Fate::New(e) => e.len,
            _ => 0,
        })
        .sum();
    let entries: Vec<(&str, Entry<'_>, bool)> = files
        .iter()
        .zip(fates)
        .filter_map(|((rel, ..), fate)| match fate {
            Fate::Kept(e) => Some((rel.as_str(), e, true)),
            Fate::New(e) => Some((rel.as_str(), e, false)),
            Fate::None => None,
        })
        .collect();
    if worth_saving(&old, &entries, fresh) {
        let entries: Vec<(&str, Entry<'_>)> = entries
            .into_iter()
            .filter_map(|(rel, e, kept)| match kept {
                true => Some((rel, old.get(rel)?)),
                false => Some((rel, e)),
            })
            .collect();
        cache::save(root, &build, started, &entries);
    } else {
        drop(entries);
    }
    let mut loaded = assemble(root, files);
    loaded.records.sources.reload = Some(super::reload);
    Ok(loaded)
}

/// Whether to write the cache again (all of it): when there was none;
/// when the files read in full this time (new, changed or not yet settled)
/// hold more than a thirty-second of the bytes, as each run reads them
/// again until it is written (so editing a file costs the next runs that
/// file's parse, not a rewrite of the whole cache); or when an eighth of
/// its entries are of files gone.
fn worth_saving(old: &Cache, entries: &[(&str, Entry<'_>, bool)], fresh: usize) -> bool {
    let total: usize = entries.iter().map(|(_, e, _)| e.len).sum();
    let present = entries
        .iter()
        .filter(|(rel, ..)| old.find(rel).is_some())
        .count();
    let gone = old.len().saturating_sub(present);
    (old.len() == 0 && !entries.is_empty()) || fresh * 32 > total || gone * 8 > old.len()
}

/// One file found: from the cache when it vouches for it, else read.
fn one<'c>(
    old: &'c Cache,
    root: &Path,
    id: FileId,
    rel: String,
    place: Option<Place>,
) -> (Prepared, Fate<'c>) {
    if !matches!(place, Some(Place::Client(_) | Place::Month(..))) {
        let text = read::read_record(root, &rel);
        return (prepare(id, rel, place, text, false), Fate::None);
    }
    let stamp = std::fs::symlink_metadata(root.join(&rel))
        .ok()
        .filter(std::fs::Metadata::is_file)
        .map(|m| Stamp::of(&m));
    let entry = old.get(&rel);
    if let (Some(stamp), Some(e)) = (stamp, &entry)
        && e.stamp == stamp
        && old.settled(&stamp)
        && let Some(parsed) = decode(&e.blob, id)
    {
        let file = SourceFile::unread(rel.clone(), e.len, e.hash);
        let done = Done {
            file,
            parsed: Some(parsed),
        };
        let kept = Entry {
            blob: Cow::Borrowed(&[]),
            ..e.clone()
        };
        return ((rel, place, Ok(done)), Fate::Kept(kept));
    }
    let text = match read::read_record(root, &rel) {
        Ok(text) => text,
        Err(e) => return ((rel, place, Err(e)), Fate::None),
    };
    let (len, hash) = (text.len(), digest(text.as_bytes()));
    // touched without a change: the entry still serves
    if let Some(e) = entry.filter(|e| e.len == len && e.hash == hash)
        && let Some(parsed) = decode(&e.blob, id)
    {
        let file = SourceFile::unread(rel.clone(), e.len, e.hash);
        let done = Done {
            file,
            parsed: Some(parsed),
        };
        let fate = stamp.map_or(Fate::None, |stamp| Fate::New(Entry { stamp, ..e }));
        return ((rel, place, Ok(done)), fate);
    }
    let prepared = prepare(id, rel, place, Ok(text), false);
    let fate = match (&prepared.2, stamp) {
        (
            Ok(Done {
                parsed: Some(p), ..
            }),
            Some(stamp),
        ) => Fate::New(Entry {
            stamp,
            len,
            hash,
            blob: Cow::Owned(encode(p)),
        }),
        _ => Fate::None,
    };
    (prepared, fate)
}

/// What a client or month file holds, in the codec's form.
fn encode((parsed, diags): &(Parsed, Vec<Diagnostic>)) -> Vec<u8> {
    let mut out = Vec::new();
    match parsed {
        Parsed::Client(c) => {
            out.push(1);
            c.put(&mut out);
        }
        Parsed::Month(m) => {
            out.push(2);
            m.put(&mut out);
        }
        _ => out.push(0),
    }
    diags.put(&mut out);
    out
}

/// Reads back what [`encode`] wrote, as the file `id`; `None` unless every
/// byte reads as expected.
fn decode(blob: &[u8], id: FileId) -> Option<(Parsed, Vec<Diagnostic>)> {
    let mut r = Reader::new(blob, id);
    let parsed = match r.take(1)?[0] {
        0 => Parsed::Nothing,
        1 => Parsed::Client(Box::new(Client::get(&mut r)?)),
        2 => Parsed::Month(Box::new(MonthLog::get(&mut r)?)),
        _ => return None,
    };
    let diags = Vec::<Diagnostic>::get(&mut r)?;
    r.is_done().then_some((parsed, diags))
}
