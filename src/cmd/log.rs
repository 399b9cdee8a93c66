//! `clientele log CLIENT --kind KIND --summary TEXT [--date D]
//! [--satisfaction N]`: appends an `[[interaction]]` to the writer's month
//! file of the date (`months/YYYY-MM/<member>.toml`, created when missing).
//! The writer is `--member`, else `$CLIENTELE_MEMBER`; the date defaults
//! to today.

use std::io::Write;

use chrono::NaiveDate;

use crate::error::Outcome;
use crate::model::{InteractionKind, YearMonth};
use crate::options::Ctx;
use crate::write::{self, Session, WriteError, entry, schema, value};

/// Flags of `log`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The client (its id)
    #[arg(value_name = "CLIENT", value_parser = crate::values::id)]
    pub client: String,
    /// visit, call, email, meeting, care or feedback
    #[arg(long, value_name = "KIND", value_parser = crate::values::choice(InteractionKind::parse, InteractionKind::NAMES))]
    pub kind: InteractionKind,
    /// What happened
    #[arg(long, value_name = "TEXT", value_parser = crate::values::text)]
    pub summary: String,
    /// The day (default today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub date: Option<NaiveDate>,
    /// The client's rating, 1..5
    #[arg(long, value_name = "N", value_parser = crate::values::rating)]
    pub satisfaction: Option<i64>,
}

pub fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    write::run(ctx, out, |w| stage(w, args))
}

/// Stages the new interaction; returns what to tell the user.
fn stage(w: &mut Session<'_>, args: &Args) -> Result<String, WriteError> {
    let who = w.writer()?;
    let client = args.client.clone();
    w.client("client", &client)?;
    let kind = args.kind;
    let summary = args.summary.clone();
    let date = args.date.unwrap_or(w.today);
    super::happened::on_or_before("--date", date, w.today)?;
    let satisfaction = args.satisfaction;
    let rel = write::month_file(YearMonth::of(date), &who.id);
    let mut doc = w.txn.edit(&rel)?;
    let new = entry::Builder::new()
        .set("date", value::date(date))
        .set("client", value::string(&client))
        .set("kind", value::string(kind.as_str()))
        .set("summary", value::string(&summary))
        .opt("satisfaction", satisfaction.map(value::int))
        .build();
    write::ordered::insert_by(&mut doc.doc, schema::MONTH, "interaction", "date", new)?;
    w.txn.stage(&rel, doc.render())?;
    Ok(crate::t!(
        "write-logged",
        kind = crate::i18n::word("kind", kind.as_str()),
        client = client.as_str(),
        date = date.to_string(),
        file = w.display(&rel)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_reads_the_settings_team_client_and_its_own_file_only() {
        let tmp = write::test_folder();
        let ctx = write::test_ctx(tmp.path(), Some("amy"));
        let mut w = Session::open(&ctx).unwrap();
        let args = Args {
            client: "acme".into(),
            kind: InteractionKind::Visit,
            summary: "x".into(),
            date: None,
            satisfaction: None,
        };
        stage(&mut w, &args).unwrap();
        assert_eq!(
            w.txn.check_files(),
            [
                "clientele.toml",
                "clients/acme.toml",
                "months/2026-11/amy.toml",
                "team.toml"
            ]
        );
    }
}
