//! `clientele research`: the market-research notes (rules §3.12), and
//! `research add`, which logs one in the writer's month file.

use std::io::Write;

use chrono::NaiveDate;

use crate::error::{Error, Outcome, Status};
use crate::model::{ResearchKind, YearMonth};
use crate::options::Ctx;
use crate::report::research::{self, Filter};
use crate::t;
use crate::write::{self, Session, WriteError, entry, schema, value};

/// Flags of `research`.
#[derive(Debug, clap::Args)]
#[command(
    mut_arg("from", |a| a.help("Only notes dated on or after this day")),
    mut_arg("to", |a| a.help("Only notes dated on or before this day")),
    args_conflicts_with_subcommands = true)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) action: Option<ResearchAction>,
    /// Only notes of this kind
    #[arg(long, value_name = "K", value_parser = crate::values::choice(ResearchKind::parse, ResearchKind::NAMES))]
    pub(crate) kind: Option<ResearchKind>,
    /// Only notes naming this client
    #[arg(long, value_name = "ID")]
    pub(crate) client: Option<String>,
    #[command(flatten)]
    pub(crate) period: super::flags::PeriodArgs,
}

#[derive(Debug, clap::Subcommand)]
pub(crate) enum ResearchAction {
    /// Log a research note in your month file
    Add(AddArgs),
}

/// Flags of `research add`.
#[derive(Debug, clap::Args)]
pub(crate) struct AddArgs {
    /// What was researched
    #[arg(long, value_name = "T", value_parser = crate::values::text)]
    pub(crate) topic: String,
    /// industry, competitor, client-needs or other
    #[arg(long, value_name = "K", value_parser = crate::values::choice(ResearchKind::parse, ResearchKind::NAMES))]
    pub(crate) kind: ResearchKind,
    /// What was found
    #[arg(long, value_name = "S", value_parser = crate::values::text)]
    pub(crate) summary: String,
    /// A client the note is about (repeat for more)
    #[arg(long = "client", value_name = "ID", value_parser = crate::values::id)]
    pub(crate) clients: Vec<String>,
    /// Where the information comes from
    #[arg(long, value_name = "S", value_parser = crate::values::text)]
    pub(crate) source: Option<String>,
    /// The day (default today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) date: Option<NaiveDate>,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    if let Some(ResearchAction::Add(a)) = &args.action {
        return write::run(ctx, out, |w| add(w, a));
    }
    let period = args.period.period(ctx)?;
    let opened = super::open(ctx)?;
    if let Some(c) = &args.client
        && opened.records.client(c).is_none()
    {
        return Err(Error::refused(t!("refuse-no-client", id = c.as_str())));
    }
    let filter = Filter {
        kind: args.kind,
        client: args.client.clone(),
        member: super::filters::member_filter(&opened.records, None, ctx)?,
        period,
    };
    let rows = research::rows(&opened.records, &filter, opened.today);
    research::to_table(&rows).write(ctx.format, &ctx.style, out)?;
    super::flush(out)?;
    Ok(Status::Success)
}

fn add(w: &mut Session<'_>, a: &AddArgs) -> Result<String, WriteError> {
    let writer = w.writer()?;
    for c in &a.clients {
        w.client("--client", c)?;
    }
    let date = a.date.unwrap_or(w.today);
    let rel = write::month_file(YearMonth::of(date), &writer.id);
    let mut doc = w.txn.edit(&rel)?;
    let new = entry::Builder::new()
        .set("date", value::date(date))
        .set("topic", value::string(&a.topic))
        .set("kind", value::string(a.kind.as_str()))
        .set("summary", value::string(&a.summary))
        .opt(
            "clients",
            (!a.clients.is_empty()).then(|| value::str_array(&a.clients)),
        )
        .opt("source", a.source.as_deref().map(value::string))
        .build();
    entry::append(&mut doc.doc, schema::MONTH, "research", new)?;
    w.txn.stage(&rel, doc.render())?;
    Ok(t!(
        "write-research",
        kind = a.kind.to_string(),
        date = date.to_string(),
        file = w.display(&rel).to_string()
    ))
}
