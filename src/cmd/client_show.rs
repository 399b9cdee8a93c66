//! `clientele client show ID`: one client on one screen (rules §3.16) —
//! the sections of `report::clients::card`, as a table, CSV sections or one
//! JSON object.

use std::io::Write;

use crate::error::{Error, Outcome, Status};
use crate::options::Ctx;
use crate::render::write_sections;
use crate::report::clients::card;
use crate::t;

/// Flags of `client show`.
#[derive(Debug, clap::Args)]
pub(crate) struct ShowArgs {
    /// The client's id
    #[arg(value_name = "ID", value_parser = crate::values::id)]
    pub(crate) id: String,
}

pub(crate) fn run(args: &ShowArgs, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let opened = super::open(ctx)?;
    let Some(client) = opened.records.client(&args.id) else {
        return Err(Error::refused(t!(
            "refuse-no-client-see",
            id = args.id.as_str()
        )));
    };
    if client.found > opened.today {
        return Err(Error::refused(t!(
            "refuse-client-not-found-yet",
            id = client.id.to_string(),
            found = client.found.to_string(),
            today = opened.today.to_string()
        )));
    }
    let sections = card::card(&opened.records, client, opened.now, ctx.reveal);
    write_sections(&sections, ctx.format, &ctx.style, out)?;
    super::flush(out)?;
    Ok(Status::Success)
}
