//! `clientele import crm DIR` and `clientele import complaints FILE`:
//! another tool's export as records (see docs/import.md).
//!
//! Safety is that of every writing command, for many files at once: the
//! inputs are read and the whole import is planned and validated against
//! the records first, without a lock; on any error every problem is
//! printed (`path:line:col`) and nothing is written, not even the lock
//! file (exit 1). Then, under the folder's lock, the plan is made again
//! against the records as they are now, staged in a `write::Txn`,
//! re-checked with the project's own loader and checks, and saved
//! atomically file by file — or, with `--dry-run`, only described.

mod complaints;
mod crm;

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::diagnostic::{Diagnostic, codes};
use crate::error::{Error, Outcome, Status};
use crate::import::inputs::{InFile, Inputs, Open, Stream};
use crate::import::tally::Tally;
use crate::import::{Existing, Problems};
use crate::load;
use crate::model::Records;
use crate::options::Ctx;
use crate::t;
use crate::write::{Txn, WriteError};

/// `import` subcommands.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) source: Source,
}

#[derive(Debug, clap::Subcommand)]
pub(crate) enum Source {
    /// Members, clients and deals from a CRM export folder
    Crm(crm::CrmArgs),
    /// Complaints from a CFPB-style complaint export, into one client
    Complaints(complaints::ComplaintsArgs),
}

/// The flags every import takes.
#[derive(Debug, clap::Args)]
pub(crate) struct Common {
    /// Check everything and print what would be created; write nothing
    #[arg(long)]
    pub(crate) dry_run: bool,
    /// Leave out what the records already hold instead of refusing
    #[arg(long)]
    pub(crate) skip_existing: bool,
    /// Print every problem (default: the first 5 of each kind, then a count)
    #[arg(long)]
    pub(crate) show_all: bool,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    match &args.source {
        Source::Crm(a) => crm::run(a, ctx, out),
        Source::Complaints(a) => complaints::run(a, ctx, out),
    }
}

/// A path as the user gave it, and where it is.
fn located(ctx: &Ctx, p: &Path) -> (PathBuf, String) {
    let shown = p.to_string_lossy().replace('\\', "/");
    let full = if p.is_absolute() {
        p.to_path_buf()
    } else {
        ctx.cwd.join(p)
    };
    (full, shown)
}

/// Opens an input file, to be read as a stream (and read again to quote
/// the lines problems point at); the error says which could not be read
/// and why.
fn read_input(path: &Path, shown: &str) -> Result<InFile, String> {
    let path = path.to_path_buf();
    let open: Open = Box::new(move || {
        let file = std::fs::File::open(&path)?;
        Ok(Box::new(std::io::BufReader::with_capacity(1 << 16, file)) as Stream)
    });
    InFile::opened(shown.to_string(), open)
        .map_err(|e| t!("import-cannot-read", file = shown, error = e.to_string()))
}

/// The records an import is checked against: settings, team, every client.
fn state(root: &Path, txn: Option<&mut Txn>) -> Result<Records, WriteError> {
    let mut files = vec!["clientele.toml".to_string(), "team.toml".to_string()];
    let clients = load::files_in(root, "clients")?;
    if let Some(txn) = txn {
        for f in &clients {
            txn.need(f.clone());
        }
    }
    files.extend(clients);
    let list: Vec<(String, Option<String>)> = files.into_iter().map(|f| (f, None)).collect();
    Ok(load::load_some(root, &list)?.records)
}

/// One importer: plans against the records, stages its plan in a write.
pub(crate) trait Importer {
    type Plan;
    /// Why the import cannot start at all (an unknown client, say).
    fn refuse(&self, _existing: &Existing) -> Option<String> {
        None
    }
    /// What the records hold → the plan; problems collected in `p`.
    fn plan(&self, existing: &Existing, today: NaiveDate, p: &mut Problems) -> Self::Plan;
    /// Stages the plan's files in `txn`; what it adds, for the user.
    fn stage(&self, plan: &Self::Plan, txn: &mut Txn) -> Result<Tally, WriteError>;
}

/// Prints the problems to stderr; only the errors with `--quiet`.
fn print_problems(p: &Problems, inputs: &Inputs, all: bool, quiet: bool) {
    let mut err = std::io::stderr().lock();
    let _ = p.print(inputs, all, quiet, &mut err);
}

/// Plans, validates, stages, re-checks and saves one import (module doc).
fn execute<I: Importer>(
    importer: I,
    ctx: &Ctx,
    common: &Common,
    inputs: &Inputs,
    mut problems: Problems,
    out: &mut dyn Write,
) -> Outcome {
    let root = load::find_root(ctx.records.as_deref(), &ctx.cwd)?;
    let records = state(&root, None)?;
    let (_, today) = ctx.now(&records.settings.team.timezone);
    let existing = Existing::from_records(&records);
    if let Some(why) = importer.refuse(&existing) {
        return Err(Error::refused(t!("import-refused", why = why)));
    }
    importer.plan(&existing, today, &mut problems);
    print_problems(&problems, inputs, common.show_all, ctx.quiet);
    if problems.errors() > 0 {
        return Err(Error::refused(t!(
            "import-failed",
            errors = problems.errors(),
            warnings = problems.warnings()
        )));
    }
    drop((existing, records));
    let mut txn = Txn::begin(&root)?;
    // an import's new files are kept on disk until the commit, not all in
    // memory (docs/import.md, "Memory of `import crm`")
    txn.spill_new_files()?;
    let summary = restage(&importer, ctx, common, inputs, &root, &mut txn, today)?;
    // what the import read is let go before the write is re-checked
    drop(importer);
    let checked = crate::write::save_checked(txn, today, "import", common.dry_run)?;
    let printed = (|| {
        if !ctx.quiet {
            summary.print(common.dry_run, out)?;
            note_warnings(&checked.warnings);
        }
        super::flush(out)
    })();
    if common.dry_run {
        return printed.map(|()| Status::Success);
    }
    crate::write::session::saved(checked.saved_but, printed)
}

/// Under the lock: plans again against the records as they are now and
/// stages the plan, or says why it cannot be.
fn restage<I: Importer>(
    importer: &I,
    ctx: &Ctx,
    common: &Common,
    inputs: &Inputs,
    root: &Path,
    txn: &mut Txn,
    today: NaiveDate,
) -> Result<Tally, Error> {
    let records = state(root, Some(txn))?;
    let existing = Existing::from_records(&records);
    // the plan needs only the ids and names: the records (every complaint
    // of a large client file) go before the new texts are built
    drop(records);
    if let Some(why) = importer.refuse(&existing) {
        return Err(Error::refused(t!("import-refused", why = why)));
    }
    let mut again = Problems::default();
    let plan = importer.plan(&existing, today, &mut again);
    if again.errors() > 0 {
        print_problems(&again, inputs, common.show_all, ctx.quiet);
        return Err(Error::refused(t!("import-changed")));
    }
    Ok(importer.stage(&plan, txn)?)
}

/// One line counting the warnings the new records bring, by code.
fn note_warnings(warnings: &[Diagnostic]) {
    let mut by_code: std::collections::BTreeMap<&str, usize> = Default::default();
    for w in warnings {
        *by_code.entry(w.code).or_default() += 1;
    }
    if by_code.is_empty() {
        return;
    }
    let parts: Vec<String> = by_code
        .iter()
        .map(|(code, n)| match codes::lookup(code) {
            Some(info) => format!("{n} × {code} {}", info.title()),
            None => format!("{n} × {code}"),
        })
        .collect();
    crate::error::note(t!("import-brings", warnings = parts.join(", ")));
}
