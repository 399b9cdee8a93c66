//! `clientele leave`: the leave report, and `leave request|approve|reject`
//! (those write; see `leave_write`).

use std::io::Write;

use crate::options::Ctx;

/// Flags of `leave`.
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    pub action: Option<super::leave_write::LeaveAction>,
}

pub fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<super::Code> {
    if let Some(action) = &args.action {
        return super::leave_write::run(action, ctx, out);
    }
    super::not_built("leave")
}
