//! `clientele plan CLIENT --date D [--purpose TEXT]`: appends a `[[plan]]`
//! (a planned visit) to the writer's month file of the planned date.

use std::io::Write;

use chrono::NaiveDate;

use crate::error::Outcome;
use crate::model::YearMonth;
use crate::options::Ctx;
use crate::write::{self, entry, schema, value};

/// Flags of `plan`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The client to visit (its id)
    #[arg(value_name = "CLIENT", value_parser = crate::values::id)]
    pub client: String,
    /// The planned day
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub date: NaiveDate,
    /// What the visit is for
    #[arg(long, value_name = "TEXT", value_parser = crate::values::text)]
    pub purpose: Option<String>,
}

pub fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    write::run(ctx, out, |w| {
        let who = w.writer()?;
        let client = args.client.clone();
        w.client("client", &client)?;
        let date = args.date;
        let purpose = args.purpose.clone();
        let rel = write::month_file(YearMonth::of(date), &who.id);
        let mut doc = w.txn.edit(&rel)?;
        let new = entry::Builder::new()
            .set("date", value::date(date))
            .set("client", value::string(&client))
            .opt("purpose", purpose.as_deref().map(value::string))
            .build();
        write::ordered::insert_by(&mut doc.doc, schema::MONTH, "plan", "date", new)?;
        w.txn.stage(&rel, doc.render())?;
        Ok(crate::t!(
            "write-planned",
            client = client.as_str(),
            date = date.to_string(),
            file = w.display(&rel)
        ))
    })
}
