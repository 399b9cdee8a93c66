//! `clientele export ics`: the team's calendar feed (RFC 5545);
//! `clientele export sqlite FILE`: every record and report in one SQLite
//! database. Both are pure builds in `crate::export`; this file loads,
//! resolves the options and writes.

use std::io::Write;

use chrono::TimeZone;

use crate::error::{Outcome, Status};
use crate::export::ics;
use crate::options::Ctx;

/// Flags of `export`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) kind: Kind,
}

/// What to export.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum Kind {
    /// A calendar: follow-ups, visit plans, action items, complaint
    /// deadlines, care dates and training sessions coming due
    Ics(IcsArgs),
    /// A SQLite database: a table per kind of record, a table per report
    /// as of D; the file is replaced atomically
    Sqlite(SqliteArgs),
}

/// Flags of `export sqlite`.
#[derive(Debug, clap::Args)]
pub(crate) struct SqliteArgs {
    /// The database file to write (replaced whole)
    #[arg(value_name = "FILE")]
    pub(crate) file: std::path::PathBuf,
}

/// Flags of `export ics`.
#[derive(Debug, clap::Args)]
pub(crate) struct IcsArgs {
    /// D and the next N days (overdue items are always in)
    #[arg(long, value_name = "N", default_value_t = 30)]
    pub(crate) within: u32,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    match &args.kind {
        Kind::Ics(a) => run_ics(a, ctx, out),
        Kind::Sqlite(a) => run_sqlite(a, ctx),
    }
}

fn run_sqlite(args: &SqliteArgs, ctx: &Ctx) -> Outcome {
    use anyhow::Context;
    let opened = super::open(ctx)?;
    let source =
        crate::export::pages::source(&opened.records, (opened.now, opened.today), ctx, None);
    let path = &args.file;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(&dir)
        .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    let mut conn = rusqlite::Connection::open(tmp.path()).map_err(anyhow::Error::from)?;
    crate::export::sqlite::fill(&mut conn, &source, ctx.reveal)
        .with_context(|| format!("cannot write the database {}", path.display()))?;
    conn.close().map_err(|(_, e)| anyhow::Error::from(e))?;
    tmp.as_file().sync_all()?;
    tmp.persist(path)
        .with_context(|| format!("cannot replace {}", path.display()))?;
    Ok(Status::Success)
}

fn run_ics(args: &IcsArgs, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let opened = super::open(ctx)?;
    let records = &opened.records;
    let member = super::filters::member_filter(records, None, ctx)?;
    let options = ics::events::Options {
        now: opened.now,
        d: opened.today,
        within: args.within,
        member: member.as_deref(),
        reveal: ctx.reveal,
    };
    let events = ics::events::events(records, &options);
    let team = &records.settings.team;
    let name = match &member {
        Some(m) => format!("{} · {m}", team.name),
        None => team.name.clone(),
    };
    let stamp = utc(opened.now, &team.timezone);
    write!(
        out,
        "{}",
        ics::calendar(&name, &team.timezone, stamp, &events)
    )?;
    super::flush(out)?;
    Ok(Status::Success)
}

/// The UTC moment of the team's local `now`.
fn utc(now: chrono::NaiveDateTime, timezone: &str) -> chrono::NaiveDateTime {
    match timezone.parse::<chrono_tz::Tz>() {
        Ok(tz) => tz
            .from_local_datetime(&now)
            .earliest()
            .map_or(now, |t| t.naive_utc()),
        Err(_) => now,
    }
}
