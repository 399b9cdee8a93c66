//! `clientele completions SHELL`: shell completion script on stdout.

use std::io::Write;

use clap::CommandFactory;

use crate::error::{Outcome, Status};
use crate::options::Ctx;

/// Flags of `completions`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example: clientele completions bash > /etc/bash_completion.d/clientele")]
pub struct Args {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn run(args: &Args, _ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let mut cmd = crate::cli::Cli::command();
    clap_complete::generate(args.shell, &mut cmd, "clientele", out);
    Ok(Status::Success)
}
