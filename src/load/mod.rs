//! Loading a records folder: find it, walk it in sorted order, read and
//! parse every file in parallel, build the [`Records`] model.
//!
//! The pipeline is `walk → read (parallel) → parse (parallel) → assemble`;
//! each step adds to one list of diagnostics instead of stopping, so a run
//! reports every problem at once. The cross-file rules live in
//! `crate::check`; this module only judges one file at a time.

mod client;
mod fields;
mod find;
mod ids;
mod month;
mod settings;
mod team;
mod training;

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use toml::de::DeTable;

pub use fields::parse_hhmm;
pub use find::find_root;

use crate::diagnostic::{Diagnostic, FileId, SourceFile, SourceMap, Span, codes};
use crate::model::{Client, Member, MonthLog, Records, Settings, TrainingYear, YearMonth};

/// What stops a load before any file is judged.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{} is not a records folder: it has no clientele.toml (create one with `clientele init`)", dir.display())]
    NotRecords { dir: PathBuf },
    #[error("no records folder found from {}: pass --records DIR, set CLIENTELE_RECORDS, or run `clientele init`", cwd.display())]
    NotFound { cwd: PathBuf },
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

/// What one file is, by its place in the folder.
#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Settings,
    Team,
    Client(String),
    Month(YearMonth, String),
    Training(i32),
    /// A record file in a badly named place: the message says what is wrong.
    Misplaced(String),
}

/// One parsed file.
enum Parsed {
    Settings(Box<Settings>),
    Team(Vec<Member>, Vec<String>),
    Client(Box<Client>),
    Month(MonthLog),
    Training(TrainingYear),
    Nothing,
}

/// Loads the folder at `root` (as the user gave it, for display).
pub fn load(root: &Path) -> Result<Loaded, LoadError> {
    let found = walk(root)?;
    let texts: Vec<(String, Option<Kind>, Result<String, String>)> = found
        .into_par_iter()
        .map(|(rel, kind)| {
            let text = read_text(&root.join(&rel));
            (rel, kind, text)
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
            None => {
                let path = root.join(rel);
                if !path.is_file() {
                    continue;
                }
                read_text(&path)
            }
        };
        let parts: Vec<String> = rel.split('/').map(str::to_string).collect();
        let stem = parts
            .last()
            .and_then(|l| l.strip_suffix(".toml"))
            .unwrap_or("");
        texts.push((rel.clone(), classify(&parts, stem), text));
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

fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read(path)
        .map_err(|e| e.to_string())
        .and_then(|b| String::from_utf8(b).map_err(|_| "the file is not UTF-8 text".to_string()))
}

/// Parses the files read and builds the records (shared by `load` and
/// `load_some`).
fn assemble(root: &Path, texts: Vec<(String, Option<Kind>, Result<String, String>)>) -> Loaded {
    let mut diagnostics = Vec::new();
    let mut sources = SourceMap::new(root);
    let mut jobs = Vec::new();
    let mut declared_clients = std::collections::BTreeSet::new();
    for (rel, kind, text) in texts {
        let (text, problem) = match text {
            Ok(t) => (t, None),
            Err(e) => (String::new(), Some(e)),
        };
        let id = sources.add(SourceFile::new(rel.clone(), text));
        if let Some(e) = problem {
            diagnostics.push(Diagnostic::error(
                codes::UNREADABLE,
                Span::file_start(id),
                format!("cannot read {rel}: {e}"),
            ));
            continue;
        }
        match kind {
            Some(Kind::Misplaced(why)) => diagnostics.push(Diagnostic::error(
                codes::BAD_PATH,
                Span::file_start(id),
                why,
            )),
            Some(kind) => {
                if let Kind::Client(stem) = &kind {
                    declared_clients.insert(stem.clone());
                }
                jobs.push((id, kind));
            }
            None => diagnostics.push(
                Diagnostic::warning(
                    codes::NOT_READ,
                    Span::file_start(id),
                    format!("{rel} is not read: it is not where any record lives"),
                )
                .with_help("clients/<id>.toml, months/YYYY-MM/<member>.toml, training/YYYY.toml"),
            ),
        }
    }
    for required in ["team.toml"] {
        if !jobs.iter().any(|(_, k)| *k == Kind::Team) {
            let id = sources.add(SourceFile::new(required.to_string(), String::new()));
            diagnostics.push(Diagnostic::error(
                codes::BAD_PATH,
                Span::file_start(id),
                "team.toml is missing: list the team's members there",
            ));
        }
    }
    let parsed: Vec<(Parsed, Vec<Diagnostic>)> = jobs
        .par_iter()
        .map(|(id, kind)| {
            let file = &sources.files[id.0 as usize];
            parse_file(*id, kind, &file.text)
        })
        .collect();
    let mut records = Records::default();
    for (p, mut d) in parsed {
        diagnostics.append(&mut d);
        match p {
            Parsed::Settings(s) => records.settings = *s,
            Parsed::Team(m, declared) => {
                records.members = m;
                records.declared_members = declared.into_iter().collect();
            }
            Parsed::Client(c) => records.clients.push(*c),
            Parsed::Month(m) => records.months.push(m),
            Parsed::Training(t) => records.training.push(t),
            Parsed::Nothing => {}
        }
    }
    records.sources = sources;
    records.declared_clients = declared_clients;
    records.index();
    Loaded {
        records,
        diagnostics,
    }
}

fn parse_file(id: FileId, kind: &Kind, text: &str) -> (Parsed, Vec<Diagnostic>) {
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
    let what = match kind {
        Kind::Settings => "clientele.toml",
        Kind::Team => "team.toml",
        Kind::Client(_) => "client",
        Kind::Month(..) => "month file",
        Kind::Training(_) | Kind::Misplaced(_) => "training file",
    };
    let f = fields::Fields::new(id, what, doc.get_ref(), doc.span());
    let parsed = match kind {
        Kind::Settings => Parsed::Settings(Box::new(settings::read(f, &mut diags))),
        Kind::Team => {
            let (members, declared) = team::read(f, &mut diags);
            Parsed::Team(members, declared)
        }
        Kind::Client(stem) => match client::read(f, stem, &mut diags) {
            Some(c) => Parsed::Client(Box::new(c)),
            None => Parsed::Nothing,
        },
        Kind::Month(m, member) => Parsed::Month(month::read(f, *m, member, id, &mut diags)),
        Kind::Training(y) => Parsed::Training(training::read(f, *y, id, &mut diags)),
        Kind::Misplaced(_) => Parsed::Nothing,
    };
    (parsed, diags)
}

/// Lists the record files below `root`, sorted, with what each one is.
/// Hidden entries (`.git`) are skipped; files of other types are ignored.
fn walk(root: &Path) -> Result<Vec<(String, Option<Kind>)>, LoadError> {
    let mut out = Vec::new();
    let walker = walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = entry.map_err(|e| LoadError::Io {
            path: e
                .path()
                .map_or_else(|| root.to_path_buf(), Path::to_path_buf),
            source: e
                .into_io_error()
                .unwrap_or_else(|| std::io::Error::other("walk failed")),
        })?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel_path = entry.path().strip_prefix(root).unwrap_or(entry.path());
        let parts: Vec<String> = rel_path
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        let Some(last) = parts.last() else { continue };
        let Some(stem) = last.strip_suffix(".toml") else {
            continue;
        };
        out.push((parts.join("/"), classify(&parts, stem)));
    }
    Ok(out)
}

/// What a `.toml` file is by its place; `None` when it is in no known place.
fn classify(parts: &[String], stem: &str) -> Option<Kind> {
    match parts {
        [f] if f == "clientele.toml" => Some(Kind::Settings),
        [f] if f == "team.toml" => Some(Kind::Team),
        [d, _] if d == "clients" => Some(Kind::Client(stem.to_string())),
        [d, m, _] if d == "months" => Some(match m.parse::<YearMonth>() {
            Ok(m) => Kind::Month(m, stem.to_string()),
            Err(_) => Kind::Misplaced(format!(
                "month folder `months/{m}` is not named YYYY-MM (e.g. months/2026-11): its files are not read"
            )),
        }),
        [d, _] if d == "training" => Some(
            if stem.len() == 4 && stem.bytes().all(|b| b.is_ascii_digit()) {
                Kind::Training(stem.parse().unwrap_or(0))
            } else {
                Kind::Misplaced(format!(
                    "training file `training/{stem}.toml` is not named after a year (e.g. training/2026.toml): it is not read"
                ))
            },
        ),
        _ => None,
    }
}

/// What [`load_and_check`] reads: the whole folder, or some of its files
/// (see [`load_some`]).
#[derive(Clone, Copy, Debug)]
pub enum Scope<'a> {
    Folder(&'a Path),
    Files(&'a Path, &'a [(String, Option<String>)]),
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
    };
    let day = as_of.day(&loaded.records);
    let mut more = crate::check::run(&loaded.records, day);
    loaded.diagnostics.append(&mut more);
    let mut diags = std::mem::take(&mut loaded.diagnostics);
    loaded.records.sources.sort(&mut diags);
    loaded.diagnostics = diags;
    Ok(loaded)
}
