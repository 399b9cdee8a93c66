//! Running a command for a request: the same `crate::dispatch` the CLI
//! runs, into a buffer, with the server's folder and clock and the
//! request's flags. That is why `/kpi.csv` is byte for byte what
//! `clientele kpi --format csv` prints: it is the same code writing.

use crate::cli::Cli;
use crate::error::{Error, Outcome};
use crate::options::Ctx;
use crate::render::Format;

/// What a command wrote and how it ended.
pub(crate) struct Ran {
    pub(crate) outcome: Outcome,
    pub(crate) body: Vec<u8>,
}

/// Parses `argv` as the CLI would and runs it in `format` on `base`'s
/// folder, phones and emails unmasked when `reveal` (a lead's logged
/// view). A command line clap refuses is `Error::Usage` with clap's text.
pub(crate) fn run(base: &Ctx, argv: &[String], format: Format, reveal: bool) -> Ran {
    let mut body = Vec::new();
    let outcome = parse(argv).and_then(|(cli, matches)| {
        let mut ctx = request_ctx(base, &cli, &matches, format);
        ctx.reveal = reveal;
        crate::dispatch(&cli.command, &ctx, &mut body)
    });
    Ran { outcome, body }
}

fn parse(argv: &[String]) -> Result<(Cli, clap::ArgMatches), Error> {
    let matches = <Cli as clap::CommandFactory>::command()
        .try_get_matches_from(argv)
        .map_err(|e| Error::usage(e.render().to_string().trim_end().to_string()))?;
    let cli = <Cli as clap::FromArgMatches>::from_arg_matches(&matches)
        .map_err(|e| Error::usage(e.to_string()))?;
    Ok((cli, matches))
}

/// The server's options with the request's `--as-of`, `--month` and
/// `--member`; no colour, no terminal width, no byte-order mark — what the
/// CLI uses when its output is not a terminal.
fn request_ctx(base: &Ctx, cli: &Cli, matches: &clap::ArgMatches, format: Format) -> Ctx {
    let mut ctx = base.clone();
    ctx.format = format;
    ctx.as_of = cli.global.as_of.or(base.as_of);
    ctx.month = cli.global.month.or(base.month);
    ctx.member = cli.global.member.clone();
    ctx.quiet = format == Format::Html;
    ctx.reveal = false;
    ctx.style.color = false;
    ctx.style.width = None;
    ctx.style.bom = false;
    ctx.style.title = crate::output::title(matches);
    ctx
}
