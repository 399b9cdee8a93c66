//! `clientele care`: contact birthdays, client anniversaries and the team's
//! occasions in the next days (rules §3.8), with the client's owner.

use std::io::Write;

use super::filters::owner_and_member;
use crate::error::{Outcome, Status};
use crate::options::Ctx;
use crate::report::clients::care::{self, DEFAULT_WITHIN, Filter};

/// Flags of `care`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The window: D and the next N days (0 to 3660)
    #[arg(long, value_name = "N", default_value_t = DEFAULT_WITHIN,
          value_parser = clap::value_parser!(u32).range(0..=3660))]
    pub within: u32,
    #[command(flatten)]
    pub owner: super::flags::ClientOwnerArgs,
    /// Only this kind of date
    #[arg(long, value_parser = ["birthday", "anniversary", "occasion", "event"], value_name = "KIND")]
    pub kind: Option<String>,
}

pub fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let opened = super::open(ctx)?;
    let (owner, member) = owner_and_member(&opened.records, args.owner.owner.as_ref(), ctx)?;
    let filter = Filter {
        owner,
        member,
        kind: args.kind.clone(),
    };
    let mut rows = care::care(&opened.records, opened.today, args.within);
    rows.retain(|r| filter.keeps(r));
    care::to_table(&rows, ctx.reveal).write(ctx.format, &ctx.style, out)?;
    super::flush(out)?;
    Ok(Status::Success)
}
