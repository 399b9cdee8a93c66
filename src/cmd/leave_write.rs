//! `clientele leave request|approve|reject`: not built yet (its issue is open).

use std::io::Write;

use crate::options::Ctx;

/// The writing subcommands of `leave`.
#[derive(Debug, clap::Subcommand)]
pub enum LeaveAction {
    /// Request a leave
    Request {},
}

pub fn run(_action: &LeaveAction, _ctx: &Ctx, _out: &mut dyn Write) -> anyhow::Result<super::Code> {
    super::not_built("leave request")
}
