//! `clientele events`: client events with whom they invited, who attended
//! and the attendance rate (rules §3.13).

use std::io::Write;

use crate::error::{Error, Outcome, Status};
use crate::model::EventKind;
use crate::options::Ctx;
use crate::report::clients::events::{self, Filter};
use crate::t;

/// Flags of `events`.
#[derive(Debug, clap::Args)]
#[command(
    mut_arg("from", |a| a.help("Only events dated on or after this day")),
    mut_arg("to", |a| a.help("Only events dated on or before this day")))]
pub(crate) struct Args {
    /// Only events of this kind
    #[arg(long, value_name = "K", value_parser = crate::values::choice(EventKind::parse, EventKind::NAMES))]
    pub(crate) kind: Option<EventKind>,
    /// Only events this client was invited to or attended
    #[arg(long, value_name = "ID")]
    pub(crate) client: Option<String>,
    #[command(flatten)]
    pub(crate) period: super::flags::PeriodArgs,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
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
        organiser: super::filters::member_filter(&opened.records, None, ctx)?,
        period,
    };
    let rows = events::rows(&opened.records, &filter, opened.today);
    events::to_table(&rows).write(ctx.format, &ctx.style, out)?;
    super::flush(out)?;
    Ok(Status::Success)
}
