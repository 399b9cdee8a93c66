//! `clientele serve`: the records in a browser (see `crate::serve`). This
//! file holds the flags only; the server lives in `crate::serve`.

use std::io::Write;

use crate::error::Outcome;
use crate::options::Ctx;

/// Flags of `serve`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The address to listen on (loopback unless tokens exist or --read-only-public)
    #[arg(long, default_value = "127.0.0.1", value_name = "ADDR")]
    pub(crate) bind: std::net::IpAddr,
    /// The port (0: any free one)
    #[arg(long, default_value_t = 8421)]
    pub(crate) port: u16,
    /// Open the briefing in the default browser
    #[arg(long)]
    pub(crate) open: bool,
    /// Accept writes from members signed in with a token (`clientele token add`)
    #[arg(long)]
    pub(crate) write: bool,
    /// With --write in a git repository, commit each write as its member
    #[arg(long, requires = "write")]
    pub(crate) commit: bool,
    /// Allow a non-loopback address for a read-only server without tokens
    #[arg(long, conflicts_with = "write")]
    pub(crate) read_only_public: bool,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    crate::serve::run(args, ctx, out)
}
