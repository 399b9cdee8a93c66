//! `clientele summary`: the morning briefing (see `report::summary`).

use std::io::Write;

use crate::options::Ctx;
use crate::report::summary::{self, Options};

/// Flags of `summary`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  clientele summary                          the team's briefing for today
  clientele summary --member li-wei          one member's briefing
  clientele summary --as-of 2026-11-20       replay a past morning
  clientele summary --format md | mail -s briefing team@example.com
  clientele summary --format csv             one line per section: the counts
  clientele summary --fail-on overdue        exit 1 when a follow-up, complaint or action is overdue")]
pub struct Args {
    /// Rows shown per section
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub top: usize,
    /// Exit 1 when a follow-up, complaint or action item is overdue
    #[arg(long, value_enum, value_name = "WHAT")]
    pub fail_on: Option<super::common::FailOn>,
}

pub fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<super::Code> {
    let opened = crate::open_or_return!(ctx);
    let member = super::common::member_filter(&opened.records, None, ctx)?;
    let options = Options {
        member,
        top: args.top,
    };
    let b = summary::briefing(&opened.records, opened.now, opened.d, &options);
    if ctx.format == crate::render::Format::Html {
        let now_d = (opened.now, opened.d);
        let src =
            crate::export::pages::source(&opened.records, now_d, ctx, options.member.as_deref());
        out.write_all(crate::export::pages::summary(&b, &src).as_bytes())?;
    } else {
        b.write(ctx.format, &ctx.style, out)?;
    }
    super::flush(out)?;
    let failed = args.fail_on == Some(super::common::FailOn::Overdue) && b.anything_overdue();
    Ok(i32::from(failed))
}
