//! `clientele export ics`: the team's calendar feed (RFC 5545);
//! `clientele export sqlite FILE`: every record and report in one SQLite
//! database. Both are pure builds in `crate::export`; this file loads,
//! resolves the options and writes.

use std::io::Write;

use chrono::TimeZone;

use crate::export::ics;
use crate::options::Ctx;

/// Flags of `export`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  clientele export ics -o team.ics                    the team's next 30 days, to subscribe to
  clientele export ics --member li-wei --within 14    one member's next two weeks
  clientele export sqlite team.db                     every record and report, for SQL and BI tools")]
pub struct Args {
    #[command(subcommand)]
    pub kind: Kind,
}

/// What to export.
#[derive(Debug, clap::Subcommand)]
pub enum Kind {
    /// A calendar: follow-ups, visit plans, action items, complaint
    /// deadlines, care dates and training sessions coming due
    Ics(IcsArgs),
}

/// Flags of `export ics`.
#[derive(Debug, clap::Args)]
pub struct IcsArgs {
    /// D and the next N days (overdue items are always in)
    #[arg(long, value_name = "N", default_value_t = 30)]
    pub within: u32,
}

pub fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<super::Code> {
    match &args.kind {
        Kind::Ics(a) => run_ics(a, ctx, out),
    }
}

fn run_ics(args: &IcsArgs, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<super::Code> {
    let opened = crate::open_or_return!(ctx);
    let records = &opened.records;
    let member = super::common::member_filter(records, None, ctx)?;
    let options = ics::events::Options {
        now: opened.now,
        d: opened.d,
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
    Ok(0)
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
