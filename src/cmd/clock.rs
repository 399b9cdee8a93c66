//! `clientele clock [--date D] [--in HH:MM] [--out HH:MM] [--field]`:
//! attendance. The first `clock` of a day adds its `[[attendance]]` entry
//! with the clock-in time (now, or `--in`); the next one completes it with
//! the clock-out (now, or `--out`). `--field` marks a day of field work or
//! travel. The entry lives in the writer's month file of the day.

use std::io::Write;

use chrono::{NaiveDate, NaiveTime, Timelike};
use toml_edit::Table;

use crate::error::Outcome;
use crate::model::YearMonth;
use crate::options::Ctx;
use crate::t;
use crate::write::{self, Session, WriteError, entry, schema, value};

/// Flags of `clock`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The day (default today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) date: Option<NaiveDate>,
    /// Clock-in time
    #[arg(long = "in", value_name = "HH:MM", value_parser = crate::values::time)]
    pub(crate) clock_in: Option<NaiveTime>,
    /// Clock-out time
    #[arg(long = "out", value_name = "HH:MM", value_parser = crate::values::time)]
    pub(crate) clock_out: Option<NaiveTime>,
    /// Field work or travel: counts as present, never late or early
    #[arg(long)]
    pub(crate) field: bool,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    write::run(ctx, out, |w| clock(w, args))
}

fn hhmm(t: NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

fn clock(w: &mut Session<'_>, a: &Args) -> Result<String, WriteError> {
    let who = w.writer()?;
    let date = a.date.unwrap_or(w.today);
    super::happened::on_or_before("--date", date, w.today)?;
    let t_in = a.clock_in;
    let t_out = a.clock_out;
    let now = (date == w.today).then(|| {
        let t = w.now.time();
        NaiveTime::from_hms_opt(t.hour(), t.minute(), 0).unwrap_or(t)
    });
    let rel = write::month_file(YearMonth::of(date), &who.id);
    let mut doc = w.txn.edit(&rel)?;
    let existing = entry::entries_mut(doc.doc.as_table_mut(), "attendance").and_then(|a| {
        a.iter_mut()
            .find(|t| entry::get_datetime(t, "date") == Some(date.to_string()))
    });
    let done = match existing {
        Some(day) => complete(day, date, a, t_in, t_out, now)?,
        None => {
            let t_in = match (t_in, a.field, t_out) {
                (Some(t), _, _) => Some(t),
                (None, true, _) => None,
                (None, false, Some(_)) => {
                    return Err(WriteError::refused(t!(
                        "refuse-no-clock-in",
                        date = date.to_string()
                    )));
                }
                (None, false, None) => Some(now.ok_or_else(|| not_today(date))?),
            };
            let new = entry::Builder::new()
                .set("date", value::date(date))
                .opt("in", t_in.map(value::time))
                .opt("out", t_out.map(value::time))
                .opt("status", a.field.then(|| value::string("field")))
                .build();
            write::ordered::insert_by(&mut doc.doc, schema::MONTH, "attendance", "date", new)?;
            let mut parts = Vec::new();
            parts.extend(t_in.map(|t| t!("write-clock-in", time = hhmm(t))));
            parts.extend(t_out.map(|t| t!("write-clock-out", time = hhmm(t))));
            if a.field {
                parts.push(t!("write-clock-field"));
            }
            t!(
                "write-clocked",
                date = date.to_string(),
                parts = parts.join(", ")
            )
        }
    };
    w.txn.stage(&rel, doc.render())?;
    Ok(t!(
        "write-in-file",
        done = done,
        file = w.display(&rel).to_string()
    ))
}

fn not_today(date: NaiveDate) -> WriteError {
    WriteError::refused(t!("refuse-clock-not-today", date = date.to_string()))
}

/// Completes (or corrects) the day's entry.
fn complete(
    day: &mut Table,
    date: NaiveDate,
    a: &Args,
    t_in: Option<NaiveTime>,
    t_out: Option<NaiveTime>,
    now: Option<NaiveTime>,
) -> Result<String, WriteError> {
    let has_in = entry::get_str(day, "in").map(str::to_string);
    let has_out = entry::get_str(day, "out").map(str::to_string);
    let mut parts = Vec::new();
    if let Some(t) = t_in {
        if let Some(old) = &has_in {
            return Err(WriteError::refused(t!(
                "refuse-clocked-in",
                date = date.to_string(),
                old = old.to_string()
            )));
        }
        entry::set(day, schema::ATTENDANCE, "in", value::time(t));
        parts.push(t!("write-clock-in", time = hhmm(t)));
    }
    let out = match (t_out, t_in, a.field) {
        (Some(t), _, _) => Some(t),
        (None, None, false) => {
            if let Some(old) = &has_out {
                return Err(WriteError::refused(t!(
                    "refuse-clocked-out",
                    clock_in = has_in.as_deref().unwrap_or("field"),
                    old = old.to_string(),
                    date = date.to_string()
                )));
            }
            Some(now.ok_or_else(|| not_today(date))?)
        }
        _ => None,
    };
    if let Some(t) = out {
        entry::set(day, schema::ATTENDANCE, "out", value::time(t));
        parts.push(t!("write-clock-out", time = hhmm(t)));
    }
    if a.field {
        entry::set(day, schema::ATTENDANCE, "status", value::string("field"));
        parts.push(t!("write-clock-field"));
    }
    Ok(t!(
        "write-clocked",
        date = date.to_string(),
        parts = parts.join(", ")
    ))
}
