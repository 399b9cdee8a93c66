//! Loading a records folder: find it, walk it in sorted order, read and
//! parse every file in parallel, build the [`Records`] model.
//!
//! The pipeline is `walk → read (parallel) → parse (parallel) → assemble`;
//! each step adds to one list of diagnostics instead of stopping, so a run
//! reports every problem at once, and a file that cannot be read or parsed
//! is reported once, not again by everything that refers to it. What a
//! file is comes from its place (`crate::model::Place`); `walk` finds the
//! entries and `read` opens them without following links or blocking. The cross-file rules live in
//! `crate::check`; this module only judges one file at a time.

mod client;
mod fields;
mod find;
mod ids;
mod month;
mod policy;
mod ranges;
mod read;
mod settings;
mod team;
mod training;
mod tree;
mod values;
mod walk;
mod weights;

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use toml::de::DeTable;

pub use find::{find_root, lang_setting};
pub(crate) use read::read_record;
pub use tree::{FileTree, MemTree, load_tree};
pub use values::parse_hhmm;
pub use walk::EntryKind;

use crate::diagnostic::{Diagnostic, FileId, SourceFile, SourceMap, Span, codes};
use crate::model::{Client, Member, MonthLog, Place, Records, Settings, TrainingYear};

/// What stops a load before any file is judged.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{} is not a records folder: it has no clientele.toml (create one with `clientele init`)", dir.display())]
    NotRecords { dir: PathBuf },
    #[error("no records folder found from {}: pass --records DIR, set CLIENTELE_RECORDS, or run `clientele init`", cwd.display())]
    NotFound { cwd: PathBuf },
    /// A write was interrupted and cannot be finished or rolled back.
    #[error("{0}")]
    Unfinished(String),
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The records and every problem found while reading them.
#[derive(Debug, Default)]
pub struct Loaded {
    pub records: Records,
    pub diagnostics: Vec<Diagnostic>,
}

/// One parsed file.
enum Parsed {
    Settings(Box<Settings>),
    Team(Vec<Member>, Vec<String>),
    Client(Box<Client>),
    Month(Box<MonthLog>),
    Training(TrainingYear),
    Nothing,
}

/// Loads the folder at `root` (as the user gave it, for display).
pub fn load(root: &Path) -> Result<Loaded, LoadError> {
    let texts: Vec<Read> = walk::walk(root)?
        .into_par_iter()
        .map(|(rel, found)| match found {
            Ok(place) => {
                let text = read::read_record(root, &rel);
                (rel, place, text)
            }
            Err(problem) => {
                let place = Place::classify(&rel.split('/').collect::<Vec<_>>());
                (rel, place, Err(problem))
            }
        })
        .collect();
    Ok(assemble(root, texts))
}

/// Loads only the files named (paths inside `root` with `/` separators),
/// each from the text given, else from disk; a file that does not exist and
/// has no text is left out. Writes use it to re-check a few files — the
/// settings, the team, the files a change touches — without reading the
/// whole folder. `team.toml` must be among them.
pub fn load_some(root: &Path, files: &[(String, Option<String>)]) -> Result<Loaded, LoadError> {
    let mut texts = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (rel, text) in files {
        if !seen.insert(rel.as_str()) {
            continue;
        }
        let text = match text {
            Some(t) => Ok(t.clone()),
            None if std::fs::symlink_metadata(root.join(rel)).is_err() => continue,
            None => read::read_named(root, rel),
        };
        let parts: Vec<&str> = rel.split('/').collect();
        texts.push((rel.clone(), Place::classify(&parts), text));
    }
    texts.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(assemble(root, texts))
}

/// The record files of one folder inside `root` (`clients`, `months/2026-11`),
/// sorted, as paths inside `root`; none when the folder does not exist.
pub fn files_in(root: &Path, folder: &str) -> Result<Vec<String>, LoadError> {
    let dir = root.join(folder);
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(LoadError::Io { path: dir, source }),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|source| LoadError::Io {
            path: dir.clone(),
            source,
        })?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || !name.ends_with(".toml") {
            continue;
        }
        if entry.file_type().is_ok_and(|t| t.is_file()) {
            out.push(format!("{folder}/{name}"));
        }
    }
    out.sort();
    Ok(out)
}

/// A file read, by its path inside the folder: its place, and its text or
/// why it could not be read.
type Read = (String, Option<Place>, Result<String, read::Unread>);

/// Parses the files read and builds the records (shared by `load` and
/// `load_some`). A file that cannot be read or parsed is one error: the
/// client it holds still counts as declared, and a broken `team.toml`
/// leaves member references unjudged.
fn assemble(root: &Path, texts: Vec<Read>) -> Loaded {
    let mut diagnostics = Vec::new();
    let mut sources = SourceMap::new(root);
    let (jobs, unread) = register(texts, &mut sources, &mut diagnostics);
    require_team(&jobs, &unread, &mut sources, &mut diagnostics);
    let parsed: Vec<(Parsed, Vec<Diagnostic>)> = jobs
        .par_iter()
        .map(|(id, place)| parse_file(*id, place, &sources.files[id.0 as usize].text))
        .collect();
    let mut records = Records::default();
    records.team_unread = unread.contains(&Place::Team);
    for ((_, place), (p, mut d)) in jobs.iter().zip(parsed) {
        diagnostics.append(&mut d);
        if *place == Place::Team && matches!(p, Parsed::Nothing) {
            records.team_unread = true;
        }
        records.add(p);
    }
    records.declared_clients = jobs
        .iter()
        .map(|(_, p)| p)
        .chain(&unread)
        .filter_map(|p| match p {
            Place::Client(stem) => Some(stem.clone()),
            _ => None,
        })
        .collect();
    records.sources = sources;
    records.index();
    Loaded {
        records,
        diagnostics,
    }
}

/// Adds every file read to `sources` and returns those to parse, and the
/// places of those that could not be read; reports the files that cannot
/// be read, are misplaced or are in no known place.
fn register(
    texts: Vec<Read>,
    sources: &mut SourceMap,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<(FileId, Place)>, Vec<Place>) {
    let mut jobs = Vec::new();
    let mut unread = Vec::new();
    for (rel, place, text) in texts {
        let (text, problem) = match text {
            Ok(t) => (t, None),
            Err(e) => (String::new(), Some(e)),
        };
        let id = sources.add(SourceFile::new(rel.clone(), text));
        let start = Span::file_start(id);
        match (problem, place) {
            (Some(e), place) => {
                let d = Diagnostic::error(e.code, start, e.message);
                diagnostics.push(match e.help {
                    Some(h) => d.with_help(h),
                    None => d,
                });
                unread.extend(place);
            }
            (None, Some(Place::Misplaced(why))) => {
                diagnostics.push(Diagnostic::error(codes::BAD_PATH, start, why));
            }
            (None, Some(place)) => jobs.push((id, place)),
            (None, None) => diagnostics.push(
                Diagnostic::warning(
                    codes::NOT_READ,
                    start,
                    format!("{rel} is not read: it is not where any record lives"),
                )
                .with_help("clients/<id>.toml, months/YYYY-MM/<member>.toml, training/YYYY.toml"),
            ),
        }
    }
    (jobs, unread)
}

/// Reports a missing `team.toml` (every other file refers to its members).
fn require_team(
    jobs: &[(FileId, Place)],
    unread: &[Place],
    sources: &mut SourceMap,
    diags: &mut Vec<Diagnostic>,
) {
    let found = jobs.iter().map(|(_, p)| p).chain(unread);
    if !found.into_iter().any(|p| *p == Place::Team) {
        let id = sources.add(SourceFile::new("team.toml".to_string(), String::new()));
        diags.push(Diagnostic::error(
            codes::BAD_PATH,
            Span::file_start(id),
            "team.toml is missing: list the team's members there",
        ));
    }
}

impl Records {
    /// Puts one parsed file into the records.
    fn add(&mut self, parsed: Parsed) {
        match parsed {
            Parsed::Settings(s) => self.settings = *s,
            Parsed::Team(m, declared) => {
                self.members = m;
                self.declared_members = declared.into_iter().collect();
            }
            Parsed::Client(c) => self.clients.push(*c),
            Parsed::Month(m) => self.months.push(*m),
            Parsed::Training(t) => self.training.push(t),
            Parsed::Nothing => {}
        }
    }
}

fn parse_file(id: FileId, place: &Place, text: &str) -> (Parsed, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let doc = match DeTable::parse(text) {
        Ok(doc) => doc,
        Err(e) => {
            let span = e.span().map_or(Span::file_start(id), |r| Span::new(id, r));
            let msg = e.message().trim().trim_end_matches('.').to_string();
            diags.push(Diagnostic::error(
                codes::TOML_SYNTAX,
                span,
                format!("invalid TOML: {msg}"),
            ));
            return (Parsed::Nothing, diags);
        }
    };
    let what = match place {
        Place::Settings => "clientele.toml",
        Place::Team => "team.toml",
        Place::Client(_) => "client",
        Place::Month(..) => "month file",
        Place::Training(_) | Place::Misplaced(_) => "training file",
    };
    let f = fields::Fields::new(id, what, doc.get_ref(), doc.span());
    let parsed = match place {
        Place::Settings => Parsed::Settings(Box::new(settings::read(f, &mut diags))),
        Place::Team => {
            let (members, declared) = team::read(f, &mut diags);
            Parsed::Team(members, declared)
        }
        Place::Client(stem) => match client::read(f, stem, &mut diags) {
            Some(c) => Parsed::Client(Box::new(c)),
            None => Parsed::Nothing,
        },
        Place::Month(m, member) => {
            Parsed::Month(Box::new(month::read(f, *m, member, id, &mut diags)))
        }
        Place::Training(y) => Parsed::Training(training::read(f, *y, id, &mut diags)),
        Place::Misplaced(_) => Parsed::Nothing,
    };
    (parsed, diags)
}

/// What [`load_and_check`] reads: the whole folder, or some of its files
/// (see [`load_some`]).
#[derive(Clone, Copy)]
pub enum Scope<'a> {
    Folder(&'a Path),
    Files(&'a Path, &'a [(String, Option<String>)]),
    /// A tree of files that is not the folder (a commit's): `root` names it.
    Tree(&'a Path, &'a dyn FileTree),
}

impl<'a> From<&'a Path> for Scope<'a> {
    fn from(root: &'a Path) -> Scope<'a> {
        Scope::Folder(root)
    }
}

/// The day the checks judge by: a date, or a function of the loaded
/// records (today in the team's time zone needs the settings).
pub trait Day {
    fn day(self, records: &Records) -> chrono::NaiveDate;
}

impl Day for chrono::NaiveDate {
    fn day(self, _: &Records) -> chrono::NaiveDate {
        self
    }
}

impl<F: FnOnce(&Records) -> chrono::NaiveDate> Day for F {
    fn day(self, records: &Records) -> chrono::NaiveDate {
        self(records)
    }
}

/// Load → check → sort, the one way every reader, `check`, the write
/// transaction and `import` get records: loads `scope`, runs every
/// cross-file check as of `as_of`, and sorts the diagnostics by place.
pub fn load_and_check<'a>(
    scope: impl Into<Scope<'a>>,
    as_of: impl Day,
) -> Result<Loaded, LoadError> {
    let mut loaded = match scope.into() {
        Scope::Folder(root) => load(root)?,
        Scope::Files(root, files) => load_some(root, files)?,
        Scope::Tree(root, tree) => load_tree(root, tree)?,
    };
    let day = as_of.day(&loaded.records);
    let mut more = crate::check::run(&loaded.records, day);
    loaded.diagnostics.append(&mut more);
    let mut diags = std::mem::take(&mut loaded.diagnostics);
    loaded.records.sources.sort(&mut diags);
    loaded.diagnostics = diags;
    Ok(loaded)
}

#[cfg(test)]
mod tests;
