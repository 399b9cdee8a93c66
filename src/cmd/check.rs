//! `clientele check`: validate every record file, report every problem.
//!
//! Output (stdout): each problem as `path:line:col: error: message [CODE]`
//! with the line and a caret, then `6 files checked: 1 error, 2 warnings`
//! (in the reader's language; CSV and JSON list the problems only).
//! Exit 1 when there are errors. `--quiet` prints only errors.

use std::io::Write;

use crate::diagnostic::{Msg, codes};
use crate::error::{Error, Outcome, Status};
use crate::load;
use crate::options::Ctx;
use crate::render::{Cell, Format, Table};
use crate::t;

/// Flags of `check`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Explain a diagnostic code (e.g. E0203) and exit
    #[arg(long, value_name = "CODE")]
    pub(crate) explain: Option<String>,
    /// Treat warnings as errors (exit 1 when there are any)
    #[arg(long)]
    pub(crate) strict: bool,
    /// Prove every approval by the commit that added it (needs git; see docs/git.md)
    #[arg(long)]
    pub(crate) approvals: bool,
    /// With --approvals: accept only approvals added in commits signed with the giver's `signing_keys`
    #[arg(long, requires = "approvals")]
    pub(crate) require_signed: bool,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    if let Some(code) = &args.explain {
        return explain(code, out);
    }
    if args.approvals {
        return super::approvals::run(ctx, args.require_signed, out);
    }
    let root = load::find_root(ctx.records.as_deref(), &ctx.cwd)?;
    let loaded = super::at::load_and_check(ctx, &root)?;
    // left to the exit to reclaim, as a report's (`super::Opened`)
    let records = std::mem::ManuallyDrop::new(loaded.records);
    let sources = &records.sources;
    let mut diags = loaded.diagnostics;
    let today = real_today(ctx, &records).max(ctx.today(&records));
    diags.extend(crate::check::happened_after(&records, today));
    sources.sort(&mut diags);
    let errors = diags.iter().filter(|x| x.is_error()).count();
    let warnings = diags.len() - errors;
    let failed = errors > 0 || (args.strict && warnings > 0);
    match ctx.format {
        Format::Csv | Format::Json | Format::Html | Format::Xlsx | Format::Ics => {
            let mut t = Table::new(&["path", "line", "col", "severity", "code", "message", "help"]);
            for x in &diags {
                let (line, col) = sources.line_col(x.span);
                t.push(vec![
                    Cell::text(sources.display_path(x.span.file)),
                    Cell::Int(line as i64),
                    Cell::Int(col as i64),
                    Cell::text(x.severity.as_str()),
                    Cell::text(x.code),
                    Cell::text(x.message.en()),
                    Cell::opt(x.help.as_ref().map(Msg::en), Cell::Text),
                ]);
            }
            t.write(ctx.format, &ctx.style, out)?;
        }
        Format::Table | Format::Md => {
            for x in diags.iter().filter(|x| !ctx.quiet || x.is_error()) {
                write!(out, "{}", sources.render_with(x, ctx.reveal))?;
            }
            if !ctx.quiet || failed {
                let line = crate::t!(
                    "check-summary",
                    files = sources.files.len(),
                    errors = errors,
                    warnings = warnings
                );
                writeln!(out, "{line}")?;
            }
        }
    }
    super::flush(out)?;
    Ok(Status::failure_if(failed))
}

/// The wall clock's day: an `--as-of` in the past replays, and entries after
/// it are expected then, not mistakes (rules §6.1).
fn real_today(ctx: &Ctx, records: &crate::model::Records) -> chrono::NaiveDate {
    let wall = Ctx {
        as_of: None,
        ..ctx.clone()
    };
    wall.today(records)
}

/// `--explain CODE`: the code's title and fix in the reader's language.
fn explain(code: &str, out: &mut dyn Write) -> Outcome {
    let Some(info) = codes::lookup(code) else {
        let known: Vec<&str> = codes::ALL.iter().map(|c| c.code).collect();
        return Err(Error::refused(t!(
            "refuse-unknown-code",
            code = code.to_string(),
            known = known.join(&t!("list-separator"))
        )));
    };
    let lang = crate::i18n::current();
    let title = info.title_in(lang);
    let fix = info.fix_in(lang);
    writeln!(
        out,
        "{}\n{}",
        t!("check-explain-title", code = info.code, title = title),
        t!("check-explain-fix", fix = fix)
    )?;
    Ok(Status::Success)
}
