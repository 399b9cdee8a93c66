//! `clientele feedback MEMBER --period YYYY-MM [--date D] [--note T]`: a
//! lead records that a member's appraisal result was discussed with the
//! member (rules §3.9), as a `[[feedback]]` in the lead's month file of
//! the date.

use std::io::Write;

use chrono::NaiveDate;

use crate::error::Outcome;
use crate::model::{Role, YearMonth};
use crate::options::Ctx;
use crate::t;
use crate::write::{self, WriteError, entry, schema, value};

/// Flags of `feedback`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The member whose result was fed back
    #[arg(value_name = "MEMBER", value_parser = crate::values::id)]
    pub(crate) of: String,
    /// The month appraised
    #[arg(long, value_name = "YYYY-MM", value_parser = crate::values::month)]
    pub(crate) period: YearMonth,
    /// When it was discussed (default today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) date: Option<NaiveDate>,
    /// What was said
    #[arg(long, value_name = "T", value_parser = crate::values::text)]
    pub(crate) note: Option<String>,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    write::run(ctx, out, |w| {
        let lead = w.writer()?;
        if lead.role != Role::Lead {
            return Err(WriteError::refused(t!(
                "refuse-feedback-by-lead",
                id = lead.id.to_string(),
                role = crate::i18n::word("role", lead.role.as_str())
            )));
        }
        let of = w.member("MEMBER", &args.of)?;
        let date = args.date.unwrap_or(w.today);
        let rel = write::month_file(YearMonth::of(date), &lead.id);
        let mut doc = w.txn.edit(&rel)?;
        let new = entry::Builder::new()
            .set("member", value::string(&of.id))
            .set("period", value::string(&args.period.to_string()))
            .set("date", value::date(date))
            .opt("note", args.note.as_deref().map(value::string))
            .build();
        entry::append(&mut doc.doc, schema::MONTH, "feedback", new)?;
        w.txn.stage(&rel, doc.render())?;
        Ok(t!(
            "write-fed-back",
            lead = lead.id.to_string(),
            member = of.id.to_string(),
            period = args.period.to_string(),
            date = date.to_string(),
            file = w.display(&rel).to_string()
        ))
    })
}
