//! `clientele tiers`: every graded client's score, tier, override and the
//! tier at the end of last month (rules §3.1).

use std::io::Write;

use super::filters::owner_and_member;
use crate::error::{Outcome, Status};
use crate::model::Tier;
use crate::options::Ctx;
use crate::render::Format;
use crate::report::clients::tiers::{self, Filter};

/// Flags of `tiers`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Only clients of this tier (after overrides)
    #[arg(long, value_parser = crate::values::tier, value_name = "A|B|C|D")]
    pub(crate) tier: Option<Tier>,
    #[command(flatten)]
    pub(crate) owner: super::flags::ClientOwnerArgs,
    /// Only clients whose tier differs from last month's (newly graded included)
    #[arg(long)]
    pub(crate) changed: bool,
    /// Show the inputs of each score in the table too (CSV and JSON always have them)
    #[arg(long)]
    pub(crate) breakdown: bool,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let opened = super::open(ctx)?;
    let (owner, member) = owner_and_member(&opened.records, args.owner.owner.as_ref(), ctx)?;
    let filter = Filter {
        tier: args.tier,
        owner,
        member,
        changed: args.changed,
    };
    let rows = tiers::tiers(&opened.records, opened.today, &filter);
    let breakdown = args.breakdown || ctx.format != Format::Table;
    let table = tiers::to_table(&rows, breakdown);
    drop(rows); // the table holds what is printed
    table.write(ctx.format, &ctx.style, out)?;
    super::flush(out)?;
    Ok(Status::Success)
}
