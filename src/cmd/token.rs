//! `clientele token add|list|revoke`: the sign-in tokens of
//! `clientele serve --write` (stored hashed; see `crate::serve`).

use std::io::Write;

use crate::error::{Error, Outcome, Status};
use crate::options::Ctx;
use crate::t;

/// Flags of `token`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) action: TokenAction,
}

#[derive(Debug, clap::Subcommand)]
pub(crate) enum TokenAction {
    /// Make a new token for a member and print it once
    Add {
        /// The member (in team.toml)
        #[arg(value_name = "MEMBER", value_parser = crate::values::id)]
        member: String,
    },
    /// List members with tokens (never the tokens)
    List,
    /// Remove every token of a member
    Revoke {
        /// The member
        #[arg(value_name = "MEMBER", value_parser = crate::values::id)]
        member: String,
    },
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    crate::serve::token_command(&args.action, ctx, out)?;
    Ok(Status::Success)
}

/// A refusal naming an unknown member.
pub(crate) fn unknown(member: &str) -> Error {
    Error::refused(t!("refuse-unknown-member", id = member))
}
