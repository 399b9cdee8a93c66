//! `clientele followups`: graded customers and prospects with their last
//! contact, interval, due date, days overdue and cover (rules §3.2).

use std::io::Write;

use super::filters::owner_and_member;
use crate::error::Outcome;
use crate::model::Tier;
use crate::options::Ctx;
use crate::report::clients::followups::{self, Filter};

/// Flags of `followups`.
#[derive(Debug, clap::Args)]
#[command(
    mut_arg("fail_on", |a| a.help("Exit 1 when a listed follow-up is overdue")))]
pub(crate) struct Args {
    /// Only overdue follow-ups (with --within: overdue or due soon)
    #[arg(long)]
    pub(crate) overdue: bool,
    /// Only follow-ups due in the next N days (today included; 0 to 3660)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=3660))]
    pub(crate) within: Option<u32>,
    #[command(flatten)]
    pub(crate) owner: super::flags::ClientOwnerArgs,
    /// Only customers of this tier (after overrides)
    #[arg(long, value_parser = crate::values::tier, value_name = "A|B|C|D")]
    pub(crate) tier: Option<Tier>,
    #[command(flatten)]
    pub(crate) fail_on: super::flags::FailOnArgs,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let opened = super::open(ctx)?;
    let (owner, member) = owner_and_member(&opened.records, args.owner.owner.as_ref(), ctx)?;
    let filter = Filter {
        overdue: args.overdue,
        within: args.within.map(i64::from),
        owner,
        member,
        tier: args.tier,
    };
    let rows = followups::followups(&opened.records, opened.today, &filter);
    let overdue = rows.iter().any(|r| r.is_overdue());
    let table = followups::to_table(&rows);
    drop(rows); // the table holds what is printed
    table.write(ctx.format, &ctx.style, out)?;
    super::flush(out)?;
    Ok(args.fail_on.status(|| overdue))
}
