//! `clientele log`: not built yet (its issue is open).

use std::io::Write;

use crate::options::Ctx;

/// Flags of this command.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: &Args, _ctx: &Ctx, _out: &mut dyn Write) -> anyhow::Result<super::Code> {
    super::not_built("log")
}
