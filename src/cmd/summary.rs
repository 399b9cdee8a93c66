//! `clientele summary`: the morning briefing (see `report::summary`).

use std::io::Write;

use crate::error::Outcome;
use crate::options::Ctx;
use crate::report::summary::{self, Options};

/// Flags of `summary`.
#[derive(Debug, clap::Args)]
#[command(
    mut_arg("fail_on", |a| a.help("Exit 1 when a follow-up, complaint or action item is overdue")))]
pub struct Args {
    /// Rows shown per section
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub top: usize,
    #[command(flatten)]
    pub fail_on: super::flags::FailOnArgs,
}

pub fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let opened = super::open(ctx)?;
    let member = super::filters::member_filter(&opened.records, None, ctx)?;
    let options = Options {
        member,
        top: args.top,
    };
    let b = summary::briefing(&opened.records, opened.now, opened.today, &options);
    if ctx.format == crate::render::Format::Html {
        let now_d = (opened.now, opened.today);
        let src =
            crate::export::pages::source(&opened.records, now_d, ctx, options.member.as_deref());
        out.write_all(crate::export::pages::summary(&b, &src).as_bytes())?;
    } else {
        b.write(ctx.format, &ctx.style, out)?;
    }
    super::flush(out)?;
    Ok(args.fail_on.status(|| b.anything_overdue()))
}
