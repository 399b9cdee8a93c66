//! `clientele clients`: every client of every stage with its tier, last
//! contact, open deals and open complaints (rules §3.14); `--stage
//! lead,prospect` is the key-prospect list, sorted by potential.

use std::io::Write;

use super::filters::owner_and_member;
use crate::error::{Outcome, Status};
use crate::model::{Source, Stage, Tier};
use crate::options::Ctx;
use crate::report::clients::list::{self, Filter};

/// Flags of `clients`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Only these stages as of today (comma-separated: lead,prospect,customer,dormant,lost)
    #[arg(long, value_delimiter = ',', value_name = "STAGE[,STAGE…]",
          value_parser = crate::values::choice(Stage::parse, Stage::NAMES))]
    pub(crate) stage: Vec<Stage>,
    #[command(flatten)]
    pub(crate) owner: super::flags::ClientOwnerArgs,
    /// Only clients from this lead source
    #[arg(long, value_name = "SOURCE", value_parser = crate::values::choice(Source::parse, Source::NAMES))]
    pub(crate) source: Option<Source>,
    /// Only clients of this industry (any case)
    #[arg(long, value_name = "INDUSTRY", value_parser = crate::values::text)]
    pub(crate) industry: Option<String>,
    /// Only graded clients of this tier (after overrides)
    #[arg(long, value_parser = crate::values::tier, value_name = "A|B|C|D")]
    pub(crate) tier: Option<Tier>,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let opened = super::open(ctx)?;
    let (owner, member) = owner_and_member(&opened.records, args.owner.owner.as_ref(), ctx)?;
    let filter = Filter {
        stages: args.stage.clone(),
        owner,
        member,
        source: args.source,
        industry: args.industry.clone(),
        tier: args.tier,
    };
    let rows = list::clients(&opened.records, opened.now, &filter);
    list::to_table(&rows).write(ctx.format, &ctx.style, out)?;
    super::flush(out)?;
    Ok(Status::Success)
}
