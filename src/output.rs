//! `-o FILE`: a report written to a file instead of stdout, its format
//! picked from the extension unless `--format` says otherwise, and the
//! file replaced atomically (a temporary file beside it, renamed over it),
//! so an interrupted run leaves the old file or the new one, never half.
//!
//! Also the name a report's page or sheet carries (`kpi`, `report month`),
//! taken from the command line as parsed.

use std::io::Write;
use std::path::Path;

use crate::error::{Outcome, Status};
use crate::render::Format;
use crate::t;

/// The output format: `--format` when given, else the extension of `-o`,
/// else a table. An extension we do not know, a binary format sent to a
/// terminal, or a calendar asked of a report (`calendar` is false) is a
/// usage error.
pub(crate) fn resolve_format(
    format: Option<Format>,
    output: Option<&Path>,
    tty: bool,
    calendar: bool,
) -> Result<Format, String> {
    let chosen = match (format, output) {
        (Some(f), _) => f,
        (None, Some(path)) => Format::from_path(path)
            .ok_or_else(|| t!("usage-format-unknown", path = path.display().to_string()))?,
        (None, None) => Format::Table,
    };
    if chosen == Format::Ics && !calendar {
        return Err(t!("usage-format-ics"));
    }
    if chosen == Format::Xlsx && output.is_none() && tty {
        return Err(t!("usage-format-xlsx"));
    }
    Ok(chosen)
}

/// The subcommands named on the command line, e.g. `report month`.
pub(crate) fn title(matches: &clap::ArgMatches) -> String {
    let mut names = Vec::new();
    let mut m = matches;
    while let Some((name, sub)) = m.subcommand() {
        names.push(name.to_string());
        m = sub;
    }
    names.join(" ")
}

/// Runs `report` into memory and, when it produced something (or
/// succeeded), saves it to `path` atomically. Nothing is written when the
/// command fails.
pub(crate) fn to_file(path: &Path, report: impl FnOnce(&mut dyn Write) -> Outcome) -> Outcome {
    let mut buf: Vec<u8> = Vec::new();
    let status = report(&mut buf)?;
    if status == Status::Success || !buf.is_empty() {
        save(path, &buf)?;
    }
    Ok(status)
}

/// Replaces `path` with `bytes` atomically (creating missing folders).
pub(crate) fn save(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    crate::write::atomic::save_bytes(path, bytes).map_err(|e| std::io::Error::other(e.to_string()))
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn format_comes_from_the_flag_then_the_extension() {
        let p = PathBuf::from("out/kpi.XLSX");
        assert_eq!(
            resolve_format(None, Some(&p), true, false),
            Ok(Format::Xlsx)
        );
        assert_eq!(
            resolve_format(Some(Format::Csv), Some(&p), true, false),
            Ok(Format::Csv)
        );
        assert_eq!(resolve_format(None, None, true, false), Ok(Format::Table));
        let bad = PathBuf::from("kpi.pdf");
        assert!(resolve_format(None, Some(&bad), false, false).is_err());
        assert!(resolve_format(Some(Format::Xlsx), None, true, false).is_err());
        assert_eq!(
            resolve_format(Some(Format::Xlsx), None, false, false),
            Ok(Format::Xlsx)
        );
        let ics = PathBuf::from("team.ics");
        assert!(resolve_format(None, Some(&ics), false, false).is_err());
        assert_eq!(
            resolve_format(None, Some(&ics), false, true),
            Ok(Format::Ics)
        );
    }

    #[test]
    fn a_failed_report_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kpi.csv");
        std::fs::write(&path, "old").unwrap();
        let failed = to_file(&path, |out| {
            out.write_all(b"half")?;
            Err(std::io::Error::other("stopped").into())
        });
        assert!(failed.is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        let ok = to_file(&path, |out| {
            out.write_all(b"new")?;
            Ok(Status::Success)
        });
        assert_eq!(ok.unwrap(), Status::Success);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary file left");
    }
}
