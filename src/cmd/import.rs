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

use crate::diagnostic::{SourceMap, codes};
use crate::import::summary::Summary;
use crate::import::{Existing, Problems};
use crate::load;
use crate::model::Records;
use crate::options::Ctx;
use crate::write::{Txn, WriteError};

/// `import` subcommands.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub source: Source,
}

#[derive(Debug, clap::Subcommand)]
pub enum Source {
    /// Members, clients and deals from a CRM export folder
    #[command(after_help = "Examples:
  clientele import crm ~/exports/crm --dry-run     see what would be created
  clientele import crm ~/exports/crm --owner-map owners.csv
  clientele import crm ~/exports/crm --skip-existing   import only what is new")]
    Crm(crm::CrmArgs),
    /// Complaints from a CFPB-style complaint export, into one client
    #[command(after_help = "Examples:
  clientele import complaints complaints.csv --client acme --handler wang-fang --dry-run
  clientele import complaints complaints.csv --client acme --handler wang-fang \\
      --company 'ACME BANK, N.A.' --severity-map severities.csv")]
    Complaints(complaints::ComplaintsArgs),
}

/// The flags every import takes.
#[derive(Debug, clap::Args)]
pub struct Common {
    /// Check everything and print what would be created; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Leave out what the records already hold instead of refusing
    #[arg(long)]
    pub skip_existing: bool,
    /// Print every problem (default: the first 5 of each kind, then a count)
    #[arg(long)]
    pub show_all: bool,
}

pub fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<super::Code> {
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

/// Reads an input file; `None` (with the message printed) when it cannot.
fn read_input(path: &Path, shown: &str) -> Option<crate::import::crm::InFile> {
    match std::fs::read(path) {
        Ok(bytes) => Some(crate::import::crm::InFile {
            shown: shown.to_string(),
            bytes,
        }),
        Err(e) => {
            eprintln!("error: cannot read {shown}: {e}");
            None
        }
    }
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
pub trait Importer {
    type Plan;
    /// Why the import cannot start at all (an unknown client, say).
    fn refuse(&self, _existing: &Existing) -> Option<String> {
        None
    }
    /// What the records hold → the plan; problems collected in `p`.
    fn plan(&self, existing: &Existing, today: NaiveDate, p: &mut Problems) -> Self::Plan;
    /// Stages the plan's files in `txn`; what it adds, for the user.
    fn stage(&self, plan: &Self::Plan, txn: &mut Txn) -> Result<Summary, WriteError>;
}

/// Prints the problems to stderr; only the errors with `--quiet`.
fn print_problems(p: &Problems, sources: &SourceMap, all: bool, quiet: bool) {
    let mut err = std::io::stderr().lock();
    let _ = p.print(sources, all, quiet, &mut err);
}

/// Plans, validates, stages, re-checks and saves one import (module doc).
fn execute<I: Importer>(
    importer: &I,
    ctx: &Ctx,
    common: &Common,
    sources: &SourceMap,
    mut problems: Problems,
    out: &mut dyn Write,
) -> anyhow::Result<super::Code> {
    let root = load::find_root(ctx.records.as_deref(), &ctx.cwd)?;
    let records = state(&root, None)?;
    let (_, today) = ctx.now(&records.settings.team.timezone);
    let existing = Existing::from_records(&records);
    if let Some(why) = importer.refuse(&existing) {
        eprintln!("error: {why}; nothing was imported");
        return Ok(1);
    }
    importer.plan(&existing, today, &mut problems);
    print_problems(&problems, sources, common.show_all, ctx.quiet);
    if problems.errors() > 0 {
        eprintln!(
            "error: {}, {}: nothing was imported",
            count(problems.errors(), "error"),
            count(problems.warnings(), "warning")
        );
        return Ok(1);
    }
    let mut txn = Txn::begin(&root)?;
    let Some(summary) = restage(importer, ctx, common, sources, &root, &mut txn, today)? else {
        return Ok(1);
    };
    let checked = txn.check(today)?;
    if !checked.errors.is_empty() {
        let mut err = std::io::stderr().lock();
        let _ = writeln!(
            err,
            "error: refused, nothing was written: the import would break the records' rules (lines as they would be):"
        );
        for e in &checked.errors {
            let _ = write!(err, "{e}");
        }
        return Ok(1);
    }
    if !common.dry_run {
        txn.commit()?;
    }
    if !ctx.quiet {
        summary.print(common.dry_run, out)?;
        note_warnings(&checked.warnings);
    }
    super::flush(out)?;
    Ok(0)
}

/// Under the lock: plans again against the records as they are now and
/// stages the plan; `None` (the reason printed) when it cannot be.
fn restage<I: Importer>(
    importer: &I,
    ctx: &Ctx,
    common: &Common,
    sources: &SourceMap,
    root: &Path,
    txn: &mut Txn,
    today: NaiveDate,
) -> anyhow::Result<Option<Summary>> {
    let records = state(root, Some(txn))?;
    let existing = Existing::from_records(&records);
    if let Some(why) = importer.refuse(&existing) {
        eprintln!("error: {why}; nothing was imported");
        return Ok(None);
    }
    let mut again = Problems::default();
    let plan = importer.plan(&existing, today, &mut again);
    if again.errors() > 0 {
        print_problems(&again, sources, common.show_all, ctx.quiet);
        eprintln!("error: the records changed while importing: nothing was imported (run again)");
        return Ok(None);
    }
    match importer.stage(&plan, txn) {
        Ok(s) => Ok(Some(s)),
        Err(WriteError::Refused(why)) => {
            eprintln!("error: {why}");
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

/// `1 error`, `2 errors`.
fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// One line counting the warnings the new records bring, by code.
fn note_warnings(warnings: &[String]) {
    let mut by_code: std::collections::BTreeMap<String, usize> = Default::default();
    for w in warnings {
        let code = w
            .lines()
            .next()
            .and_then(|l| l.rsplit_once('['))
            .map_or("", |(_, c)| c.trim_end_matches(']'));
        *by_code.entry(code.to_string()).or_default() += 1;
    }
    if by_code.is_empty() {
        return;
    }
    let parts: Vec<String> = by_code
        .iter()
        .map(|(code, n)| match codes::lookup(code) {
            Some(info) => format!("{n} × {code} {}", info.title),
            None => format!("{n} × {code}"),
        })
        .collect();
    eprintln!(
        "note: the imported records bring {} (see `clientele check`)",
        parts.join(", ")
    );
}
