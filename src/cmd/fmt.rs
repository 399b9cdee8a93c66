//! `clientele fmt [--check] [PATH…]`: rewrites record files in the
//! canonical form of rules §5 (see `crate::write::canon`); with
//! `--check`, lists the files that would change and exits 1 when there are
//! any. Without PATH, every record file of the records folder; a PATH may
//! be a file or a folder. A canonical file is never rewritten; each file
//! written is first proved to hold the same records, and is saved
//! atomically under the folder's lock. Files are formatted in parallel and
//! reported in path order; a file whose lines are surely canonical
//! (`canon::surely_canonical`) is only parsed once, to know it is TOML.

use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostic::display_join;
use crate::error::{Error, Outcome, Status};
use crate::load;
use crate::options::Ctx;
use crate::t;
use crate::write::canon::{Canon, canonical, surely_canonical};
use crate::write::lock::FolderLock;
use crate::write::same_records::same_records;
use crate::write::schema::FileKind;

/// Flags of `fmt`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Only list the files that would change; exit 1 when there are any
    #[arg(long)]
    pub(crate) check: bool,
    /// Files or folders (default: the records folder)
    #[arg(value_name = "PATH")]
    pub(crate) paths: Vec<PathBuf>,
}

/// One file to format: its path to open and to show, and its kind.
struct Target {
    path: PathBuf,
    shown: String,
    canon: Canon,
}

fn targets_in(base: &Path, shown_base: &Path, out: &mut Vec<Target>) {
    if base.is_file() {
        if let Some(kind) = FileKind::of(shown_base) {
            out.push(target(
                base.to_path_buf(),
                shown_base.to_string_lossy().into_owned(),
                kind,
            ));
        }
        return;
    }
    let walker = walkdir::WalkDir::new(base)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker.filter_map(Result::ok) {
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(base).unwrap_or(entry.path());
        let rel_text: Vec<String> = rel
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        let rel_text = rel_text.join("/");
        let Some(kind) = FileKind::of(&shown_base.join(rel)) else {
            continue;
        };
        out.push(target(
            entry.path().to_path_buf(),
            display_join(shown_base, &rel_text),
            kind,
        ));
    }
}

fn target(path: PathBuf, shown: String, kind: FileKind) -> Target {
    let month = (kind == FileKind::Month)
        .then(|| {
            path.parent()
                .and_then(|p| p.file_name())
                .map(|n| n.to_string_lossy().into_owned())
        })
        .flatten();
    Target {
        path,
        shown,
        canon: Canon { kind, month },
    }
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let root = load::find_root(ctx.records.as_deref(), &ctx.cwd);
    let mut targets = Vec::new();
    if args.paths.is_empty() {
        let root = root.as_ref().map_err(|e| anyhow::anyhow!("{e}"))?;
        targets_in(&ctx.cwd.join(root), root, &mut targets);
    } else {
        for p in &args.paths {
            let full = ctx.cwd.join(p);
            if !full.exists() {
                return Err(Error::refused(t!(
                    "refuse-does-not-exist",
                    path = p.display().to_string()
                )));
            }
            targets_in(&full, p, &mut targets);
        }
    }
    // writers take the folder's lock; so does fmt when it rewrites
    let _lock = match (&root, args.check) {
        (Ok(r), false) => Some(FolderLock::acquire(&ctx.cwd.join(r))?),
        _ => None,
    };
    let mut failed = false;
    let mut differ = 0;
    // each file on its own, on all cores; reported in path order
    let results: Vec<Result<bool, String>> = targets
        .par_iter()
        .map(|t| format_one(t, args.check))
        .collect();
    for (t, result) in targets.iter().zip(results) {
        match result {
            Ok(false) => {}
            Ok(true) => {
                differ += 1;
                if args.check || !ctx.quiet {
                    writeln!(out, "{}", t.shown)?;
                }
            }
            Err(why) => {
                // a file-level diagnostic (the run goes on), not the command's error
                crate::error::file_error(&t.shown, why);
                failed = true;
            }
        }
    }
    super::flush(out)?;
    Ok(Status::failure_if(failed || (args.check && differ > 0)))
}

/// Formats one file; whether it differs (and, without `check`, was
/// rewritten).
fn format_one(t: &Target, check: bool) -> Result<bool, String> {
    let bytes = std::fs::read(&t.path).map_err(|e| t!("fmt-unreadable", why = e.to_string()))?;
    let text = String::from_utf8(bytes).map_err(|_| t!("fmt-not-utf8"))?;
    // most files are canonical: proved so by one look at their lines and
    // one plain parse, without building the document
    if surely_canonical(&t.canon, &text) && toml::de::DeTable::parse(&text).is_ok() {
        return Ok(false);
    }
    let new =
        canonical(&t.canon, &text).map_err(|e| t!("fmt-invalid-toml", why = e.to_string()))?;
    if new == text {
        return Ok(false);
    }
    if !same_records(t.canon.kind, &text, &new) {
        return Err(t!("fmt-would-change-records"));
    }
    if !check {
        crate::write::atomic::save(&t.path, &new).map_err(|e| e.to_string())?;
    }
    Ok(true)
}
