//! placeholder
use crate::options::Ctx;
use std::io::Write;

/// Flags of `import complaints`.
#[derive(Debug, clap::Args)]
pub struct ComplaintsArgs {
    #[command(flatten)]
    pub common: super::Common,
}

pub fn run(
    _a: &ComplaintsArgs,
    _ctx: &Ctx,
    _out: &mut dyn Write,
) -> anyhow::Result<super::super::Code> {
    Ok(1)
}
