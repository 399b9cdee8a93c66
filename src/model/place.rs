//! What a file is by its place in the records folder: the one classifier
//! of paths, used by the loader (which files to read, and as what) and by
//! the writers and `fmt` (which key order a file follows).
//!
//! The places are `clientele.toml`, `team.toml`, `clients/<id>.toml`,
//! `months/<YYYY-MM>/<member>.toml` and `training/<YYYY>.toml`. A `.toml`
//! file in a month folder not named YYYY-MM, or a training file not named
//! after a year, is [`Place::Misplaced`]: the loader reports it (E0210)
//! and nothing reads or formats it.

use std::path::Path;

use super::YearMonth;

/// The kinds of record files, without what their path says about them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FileKind {
    Settings,
    Team,
    Client,
    Month,
    Training,
}

impl FileKind {
    /// The kind of the record file at `path` (see [`Place::of_path`]);
    /// `None` for a misplaced file or one in no known place.
    pub(crate) fn of(path: &Path) -> Option<FileKind> {
        Place::of_path(path)?.kind()
    }
}

/// What one file is, by its place in the folder.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Place {
    Settings,
    Team,
    /// A client file, with its file stem.
    Client(String),
    /// A month file: the folder's month and the file stem (a member id).
    Month(YearMonth, String),
    Training(i32),
    /// A record file in a badly named place: the message says what is wrong.
    Misplaced(String),
}

impl Place {
    /// Classifies a path inside the records folder, given as its components
    /// (`["months", "2026-11", "li-wei.toml"]`); `None` for a file that is
    /// not `.toml` or is in no known place.
    pub(crate) fn classify<S: AsRef<str>>(parts: &[S]) -> Option<Place> {
        let parts: Vec<&str> = parts.iter().map(AsRef::as_ref).collect();
        let stem = parts.last()?.strip_suffix(".toml")?;
        match parts.as_slice() {
            ["clientele.toml"] => Some(Place::Settings),
            ["team.toml"] => Some(Place::Team),
            ["clients", _] => Some(Place::Client(stem.to_string())),
            ["months", m, _] => Some(match m.parse::<YearMonth>() {
                Ok(m) => Place::Month(m, stem.to_string()),
                Err(_) => Place::Misplaced(format!(
                    "month folder `months/{m}` is not named YYYY-MM (e.g. months/2026-11): its files are not read"
                )),
            }),
            ["training", _] => Some(match stem.parse::<i32>() {
                Ok(y) if stem.len() == 4 && stem.bytes().all(|b| b.is_ascii_digit()) => {
                    Place::Training(y)
                }
                _ => Place::Misplaced(format!(
                    "training file `training/{stem}.toml` is not named after a year (e.g. training/2026.toml): it is not read"
                )),
            }),
            _ => None,
        }
    }

    /// Classifies a path that may lie anywhere (a file given to `fmt`) by its
    /// last components: the longest tail (three, two, then one component)
    /// that names a place.
    pub(crate) fn of_path(path: &Path) -> Option<Place> {
        let parts: Vec<String> = path
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        (1..=parts.len().min(3))
            .rev()
            .find_map(|n| Place::classify(&parts[parts.len() - n..]))
    }

    /// The kind of record the file holds; `None` when it is misplaced.
    pub(crate) fn kind(&self) -> Option<FileKind> {
        Some(match self {
            Place::Settings => FileKind::Settings,
            Place::Team => FileKind::Team,
            Place::Client(_) => FileKind::Client,
            Place::Month(..) => FileKind::Month,
            Place::Training(_) => FileKind::Training,
            Place::Misplaced(_) => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(p: &str) -> Option<FileKind> {
        FileKind::of(Path::new(p))
    }

    #[test]
    fn places_inside_the_folder() {
        let c = |p: &str| Place::classify(&p.split('/').collect::<Vec<_>>());
        assert_eq!(c("clientele.toml"), Some(Place::Settings));
        assert_eq!(c("clients/acme.toml"), Some(Place::Client("acme".into())));
        let m = "2026-11".parse().ok();
        assert_eq!(
            c("months/2026-11/li-wei.toml"),
            m.map(|m| Place::Month(m, "li-wei".into()))
        );
        assert_eq!(c("training/2026.toml"), Some(Place::Training(2026)));
        assert!(matches!(
            c("months/november/li-wei.toml"),
            Some(Place::Misplaced(_))
        ));
        assert!(matches!(c("training/+026.toml"), Some(Place::Misplaced(_))));
        assert_eq!(c("months/team.toml"), None);
        assert_eq!(c("clients/sub/acme.toml"), None);
        assert_eq!(c("clients/acme.txt"), None);
        assert_eq!(c("notes.toml"), None);
    }

    #[test]
    fn kinds_by_the_tail_of_any_path() {
        assert_eq!(of("records/clients/a.toml"), Some(FileKind::Client));
        assert_eq!(of("months/2026-11/li-wei.toml"), Some(FileKind::Month));
        assert_eq!(of("x/training/2026.toml"), Some(FileKind::Training));
        assert_eq!(of("clientele.toml"), Some(FileKind::Settings));
        assert_eq!(of("records/team.toml"), Some(FileKind::Team));
        assert_eq!(of("records/notes.toml"), None);
        assert_eq!(of("clients/a.txt"), None);
    }

    /// The loader reports a month folder not named YYYY-MM (E0210) and does
    /// not read it; `fmt` must not treat its files as month files either
    /// (it used to, as the two classifiers disagreed).
    #[test]
    fn a_month_folder_not_named_yyyy_mm_is_no_month_file() {
        assert_eq!(of("records/months/november/li-wei.toml"), None);
        assert_eq!(of("months/2026-13/li-wei.toml"), None);
        assert_eq!(of("training/notes.toml"), None);
    }
}
