//! `clientele man`: the man page (roff) on stdout.

use std::io::Write;

use clap::CommandFactory;

use crate::options::Ctx;

/// Flags of `man`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example: clientele man > clientele.1 && man ./clientele.1")]
pub struct Args {}

pub fn run(_args: &Args, _ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<super::Code> {
    let cmd = crate::cli::Cli::command();
    clap_mangen::Man::new(cmd).render(out)?;
    Ok(0)
}
