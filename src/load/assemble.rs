//! Putting the files of one load together: each file read is parsed on
//! its own (`prepare`, on any thread), then `assemble` numbers them in path
//! order, reports the files that could not be read or are misplaced, and
//! builds the [`Records`]. A file that cannot be read or parsed is one
//! error: the client it holds still counts as declared, and a broken
//! `team.toml` leaves member references unjudged.

use std::path::Path;

use toml::de::DeTable;

use super::{Loaded, client, fields, month, read, settings, team, training};
use crate::diagnostic::{Diagnostic, FileId, Msg, SourceFile, SourceMap, Span, codes};
use crate::model::{Client, Member, MonthLog, Place, Records, Settings, TrainingYear};

/// One parsed file.
pub(crate) enum Parsed {
    Settings(Box<Settings>),
    Team(Vec<Member>, Vec<String>),
    Client(Box<Client>),
    Month(Box<MonthLog>),
    Training(TrainingYear),
    Nothing,
}

/// A file once read: its source and, for a record in its place, what it
/// holds and the problems found in it alone.
pub(crate) struct Done {
    pub(crate) file: SourceFile,
    pub(crate) parsed: Option<(Parsed, Vec<Diagnostic>)>,
}

/// A file found, by its path inside the folder: its place, and what it
/// holds or why it could not be read.
pub(crate) type Prepared = (String, Option<Place>, Result<Done, read::Unread>);

/// Parses the text read of file `id` when it is a record in its place;
/// keeps the text only when `keep` (else only its length and digest).
pub(crate) fn prepare(
    id: FileId,
    rel: String,
    place: Option<Place>,
    text: Result<String, read::Unread>,
    keep: bool,
) -> Prepared {
    let done = text.map(|text| {
        let parsed = match &place {
            Some(Place::Misplaced(_)) | None => None,
            Some(p) => Some(parse_file(id, p, &text)),
        };
        let mut file = SourceFile::new(rel.clone(), text);
        if !keep {
            file.let_go();
        }
        Done { file, parsed }
    });
    (rel, place, done)
}

/// Builds the records from the files prepared, numbered in their order
/// (shared by `load` and `load_some`).
pub(crate) fn assemble(root: &Path, files: Vec<Prepared>) -> Loaded {
    let mut diagnostics = Vec::new();
    let mut sources = SourceMap::new(root);
    let (jobs, unread) = register(files, &mut sources, &mut diagnostics);
    require_team(&jobs, &unread, &mut sources, &mut diagnostics);
    let mut records = Records::default();
    records.team_unread = unread.contains(&Place::Team);
    // room for exactly the records read: grown by doubling, the lists
    // would keep up to twice their size
    let count = |f: fn(&Place) -> bool| jobs.iter().filter(|(p, _)| f(p)).count();
    records
        .clients
        .reserve_exact(count(|p| matches!(p, Place::Client(_))));
    records
        .months
        .reserve_exact(count(|p| matches!(p, Place::Month(..))));
    let mut declared_clients = Vec::new();
    for (place, (p, mut d)) in jobs {
        diagnostics.append(&mut d);
        if place == Place::Team && matches!(p, Parsed::Nothing) {
            records.team_unread = true;
        }
        if let Place::Client(stem) = place {
            declared_clients.push(stem);
        }
        records.add(p);
    }
    records.declared_clients = declared_clients
        .into_iter()
        .chain(unread.into_iter().filter_map(|p| match p {
            Place::Client(stem) => Some(stem),
            _ => None,
        }))
        .collect();
    records.sources = sources;
    records.index();
    Loaded {
        records,
        diagnostics,
    }
}

/// What a file parsed holds, by its place.
type Job = (Place, (Parsed, Vec<Diagnostic>));

/// Adds every file to `sources` and returns those parsed, and the places
/// of those that could not be read; reports the files that cannot be
/// read, are misplaced or are in no known place.
fn register(
    files: Vec<Prepared>,
    sources: &mut SourceMap,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<Job>, Vec<Place>) {
    let mut jobs = Vec::new();
    let mut unread = Vec::new();
    for (rel, place, done) in files {
        let (file, parsed, problem) = match done {
            Ok(d) => (d.file, d.parsed, None),
            Err(e) => (SourceFile::new(rel.clone(), String::new()), None, Some(e)),
        };
        let id = sources.add(file);
        let start = Span::file_start(id);
        match (problem, place, parsed) {
            (Some(e), place, _) => {
                let d = Diagnostic::error(e.code, start, e.message);
                diagnostics.push(match e.help {
                    Some(h) => d.with_help(h),
                    None => d,
                });
                unread.extend(place);
            }
            (None, Some(Place::Misplaced(_)), _) => {
                diagnostics.push(Diagnostic::error(codes::BAD_PATH, start, misplaced(&rel)));
            }
            (None, Some(place), Some(parsed)) => jobs.push((place, parsed)),
            (None, _, _) => diagnostics.push(
                Diagnostic::warning(
                    codes::NOT_READ,
                    start,
                    crate::msg!("diag-not-read", path = &rel),
                )
                .with_help(crate::msg!("diag-not-read-help")),
            ),
        }
    }
    (jobs, unread)
}

/// Why the record file `rel` is in a badly named place (see
/// [`Place::classify`]): a month folder, or a training file.
fn misplaced(rel: &str) -> Msg {
    match rel.split('/').collect::<Vec<_>>().as_slice() {
        ["months", folder, ..] => crate::msg!("diag-month-folder-name", folder = folder),
        [.., file] => crate::msg!(
            "diag-training-file-name",
            stem = file.strip_suffix(".toml").unwrap_or(file)
        ),
        [] => Msg::from(rel),
    }
}

/// Reports a missing `team.toml` (every other file refers to its members).
fn require_team(
    jobs: &[Job],
    unread: &[Place],
    sources: &mut SourceMap,
    diags: &mut Vec<Diagnostic>,
) {
    let found = jobs.iter().map(|(p, _)| p).chain(unread);
    if !found.into_iter().any(|p| *p == Place::Team) {
        let id = sources.add(SourceFile::new("team.toml".to_string(), String::new()));
        diags.push(Diagnostic::error(
            codes::BAD_PATH,
            Span::file_start(id),
            crate::msg!("diag-no-team"),
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

/// Parses file `id`, a record at `place`; a large client file in pieces
/// (`super::pieces`), which gives what parsing it whole gives.
pub(crate) fn parse_file(id: FileId, place: &Place, text: &str) -> (Parsed, Vec<Diagnostic>) {
    if let Place::Client(stem) = place
        && let Some(read) = super::pieces::client(id, stem, text)
    {
        return read;
    }
    parse_whole(id, place, text)
}

/// Parses file `id` as one TOML document.
pub(crate) fn parse_whole(id: FileId, place: &Place, text: &str) -> (Parsed, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let doc = match DeTable::parse(text) {
        Ok(doc) => doc,
        Err(e) => {
            let span = e.span().map_or(Span::file_start(id), |r| Span::new(id, r));
            let msg = e.message().trim().trim_end_matches('.').to_string();
            diags.push(Diagnostic::error(
                codes::TOML_SYNTAX,
                span,
                crate::msg!(
                    "diag-toml-syntax",
                    reason = crate::diagnostic::toml_reason(&msg)
                ),
            ));
            return (Parsed::Nothing, diags);
        }
    };
    let what = match place {
        Place::Settings => "clientele.toml",
        Place::Team => "team.toml",
        Place::Client(_) => "diag-word-client-file",
        Place::Month(..) => "diag-word-month-file",
        Place::Training(_) | Place::Misplaced(_) => "diag-word-training-file",
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
