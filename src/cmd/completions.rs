//! `clientele completions SHELL`: shell completion script on stdout.

use std::io::Write;

use crate::error::{Outcome, Status};
use crate::options::Ctx;

/// Flags of `completions`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn run(args: &Args, _ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let mut cmd = crate::cli::command();
    // generated into memory first: clap_complete panics on a failed write
    // (`completions bash | head -1` closes the pipe early)
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "clientele", &mut script);
    out.write_all(&script)?;
    super::flush(out)?;
    Ok(Status::Success)
}
