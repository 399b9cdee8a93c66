//! `clientele careers`: every member's tenure, recent grades, training,
//! career plan, rotations and readiness for promotion (rules §3.10).

use std::io::Write;

use crate::error::{Outcome, Status};
use crate::options::Ctx;
use crate::report::people::careers;

/// Flags of `careers`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {}

pub(crate) fn run(_args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let opened = super::open(ctx)?;
    let member = super::filters::member_filter(&opened.records, None, ctx)?;
    let mut rows = careers::rows(&opened.records, opened.now, opened.today);
    rows.retain(|r| member.as_deref().is_none_or(|m| *r.member == *m));
    careers::to_table(&rows).write(ctx.format, &ctx.style, out)?;
    super::flush(out)?;
    Ok(Status::Success)
}
