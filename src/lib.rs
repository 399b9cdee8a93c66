//! clientele: a customer-operations team run from plain-text TOML records.
//!
//! A request flows `cli` (arguments) → `cmd` (one file per subcommand) →
//! `load` (find, walk, parse into `model`, per-file rules) → `check`
//! (cross-file rules) → `report` (pure functions from records and options
//! to typed rows) → `render` (table, CSV, JSON). A write flows `cmd` →
//! `write` (edit the TOML document in place, re-check, save atomically under
//! a lock). `diagnostic` carries every problem with its `path:line:col`.
//! Flag values are parsed once, by `values`; every command returns an
//! `error::Outcome`, and [`run`] alone prints an error and picks the exit
//! code (0 ok, 1 the records have errors / refused / `--fail-on`, 2 usage).

pub(crate) mod cache;
pub(crate) mod check;
pub(crate) mod cli;
pub(crate) mod cmd;
pub mod diagnostic;
pub(crate) mod error;
mod export;
pub(crate) mod git;
pub(crate) mod i18n;
pub(crate) mod import;
pub(crate) mod load;
pub(crate) mod model;
pub(crate) mod numbers;
pub(crate) mod options;
mod output;
pub(crate) mod privacy;
pub(crate) mod render;
pub(crate) mod report;
pub(crate) mod serve;
pub(crate) mod values;
pub(crate) mod write;

use std::ffi::OsString;
use std::io::{IsTerminal, Write};

use crate::cli::{Cli, ColorChoice, Command};
use crate::error::{Error, Outcome, Status};
use crate::options::Ctx;
use crate::render::Style;

/// Parses the command line, runs the command, returns the exit code: the
/// only place that prints a command's error and chooses 0, 1 or 2.
pub fn run() -> i32 {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = language(&args);
    i18n::set(lang);
    let (cli, matches) = match cli::parse_from(args, lang) {
        Ok(parsed) => parsed,
        Err(e) => return i18n::clap_text::print(e, lang),
    };
    write::lock::set_wait(std::time::Duration::from_secs(cli.global.wait));
    let stdout = std::io::stdout();
    let tty = stdout.is_terminal();
    let mut ctx = match context(&cli, cli::at(&matches), tty) {
        Ok(c) => c,
        Err(e) => return exit_code(Err(e)),
    };
    ctx.style.title = output::title(&matches);
    let mut out = Stdout {
        inner: std::io::BufWriter::new(stdout.lock()),
        failed: false,
    };
    let outcome = match &cli.global.output {
        Some(path) => output::to_file(path, |o| dispatch(&cli.command, &ctx, o)),
        None if ctx.quiet && !speaks_when_quiet(&cli.command) => {
            dispatch(&cli.command, &ctx, &mut std::io::sink())
        }
        None => dispatch(&cli.command, &ctx, &mut out),
    };
    let flushed = match out.flush() {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe && !out.failed => Err(Error::from(e)),
        _ => Ok(()),
    };
    exit_code(outcome.and_then(|status| flushed.map(|()| status)))
}

/// Whether a command still writes to stdout under `-q`: those that decide
/// for themselves what `-q` keeps (`check` its errors, `fmt --check` the
/// files that differ, `import` and `init` their own lines) and those whose
/// output is the point (exports, completions, the man page). `-o FILE`
/// still writes its file. Every report and write
/// prints nothing on stdout under `-q`: a cron job hears only the exit code
/// and stderr.
fn speaks_when_quiet(command: &Command) -> bool {
    matches!(
        command,
        Command::Check(_)
            | Command::Fmt(_)
            | Command::Import(_)
            | Command::Init(_)
            | Command::Export(_)
            | Command::Completions(_)
            | Command::Man(_)
    )
}

/// Buffered stdout that remembers a failed write: the command got that
/// error and decided what it means (a write already saved says `saved;
/// but …`), so the final flush does not report it again.
struct Stdout<W: Write> {
    inner: std::io::BufWriter<W>,
    failed: bool,
}

impl<W: Write> Stdout<W> {
    fn seen<T>(&mut self, r: std::io::Result<T>) -> std::io::Result<T> {
        self.failed |= r.is_err();
        r
    }
}

impl<W: Write> Write for Stdout<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let r = self.inner.write(buf);
        self.seen(r)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let r = self.inner.flush();
        self.seen(r)
    }
}

/// The interface language (`i18n::resolve`), chosen before the command
/// line is parsed so that even its help and errors are in it: `--lang`
/// (looked for in `args`; clap checks it again), `$CLIENTELE_LANG`, a
/// Chinese `LC_ALL`/`LANG`, the records' `[team] lang`, else English.
fn language(args: &[OsString]) -> i18n::Lang {
    let value = |name: &str| -> Option<String> {
        let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
        let long = format!("--{name}");
        let at = args
            .iter()
            .take_while(|a| **a != "--")
            .position(|a| *a == long || a.starts_with(&format!("{long}=")))?;
        match args[at].split_once('=') {
            Some((_, v)) => Some(v.to_string()),
            None => args.get(at + 1).map(|v| (*v).to_string()),
        }
    };
    let flag = value("lang").and_then(|v| i18n::Lang::parse(&v));
    let env = |k: &str| std::env::var(k).ok();
    let records = value("records").or_else(|| env("CLIENTELE_RECORDS"));
    let setting = std::env::current_dir()
        .ok()
        .and_then(|cwd| load::lang_setting(records.as_deref().map(std::path::Path::new), &cwd));
    i18n::resolve(flag, env, setting.as_deref())
}

/// Prints the error, if any (a closed stdout is none), and picks the code.
fn exit_code(outcome: Outcome) -> i32 {
    match outcome {
        Ok(status) => i32::from(status == Status::Failure),
        Err(e) if e.is_broken_pipe() => 0,
        Err(e) => {
            eprintln!("{}", e.message());
            e.exit_code()
        }
    }
}

fn context(cli: &Cli, at: Option<String>, tty: bool) -> Result<Ctx, Error> {
    let g = &cli.global;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let color = match g.color {
        ColorChoice::Always => !no_color,
        ColorChoice::Never => false,
        ColorChoice::Auto => tty && !no_color,
    };
    let width = if tty && !g.wide {
        terminal_width()
    } else {
        None
    };
    Ok(Ctx {
        records: g.records.clone(),
        cwd: std::env::current_dir().map_err(|e| Error::Failed(e.into()))?,
        as_of: g.as_of,
        at,
        clock: chrono::Utc::now(),
        format: output::resolve_format(
            g.format,
            g.output.as_deref(),
            tty,
            matches!(cli.command, Command::Export(_)),
        )
        .map_err(Error::Usage)?,
        month: g.month,
        member: g.member.clone(),
        quiet: g.quiet,
        reveal: g.reveal,
        cache: !g.no_cache,
        style: Style {
            color,
            width,
            ascii: g.ascii,
            bom: g.bom,
            title: String::new(),
        },
    })
}

fn terminal_width() -> Option<u16> {
    if let Some(cols) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return Some(cols);
    }
    comfy_table::Table::new().width()
}

/// Runs one command with the resolved options.
pub(crate) fn dispatch(command: &Command, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    use crate::cmd;
    match command {
        Command::Summary(a) => cmd::summary::run(a, ctx, out),
        Command::Check(a) => cmd::check::run(a, ctx, out),
        Command::Init(a) => cmd::init::run(a, ctx, out),
        Command::Tiers(a) => cmd::tiers::run(a, ctx, out),
        Command::Clients(a) => cmd::clients::run(a, ctx, out),
        Command::Followups(a) => cmd::followups::run(a, ctx, out),
        Command::Plans(a) => cmd::plans::run(a, ctx, out),
        Command::Care(a) => cmd::care::run(a, ctx, out),
        Command::Deals(a) => cmd::deals::run(a, ctx, out),
        Command::Pipeline(a) => cmd::pipeline::run(a, ctx, out),
        Command::Complaints(a) => cmd::complaints::run(a, ctx, out),
        Command::Attendance(a) => cmd::attendance::run(a, ctx, out),
        Command::Leave(a) => cmd::leave::run(a, ctx, out),
        Command::Actions(a) => cmd::actions::run(a, ctx, out),
        Command::Meetings(a) => cmd::meetings::run(a, ctx, out),
        Command::Kpi(a) => cmd::kpi::run(a, ctx, out),
        Command::Appraisal(a) => cmd::appraisal::run(a, ctx, out),
        Command::Promotion(a) => cmd::promotion::run(a, ctx, out),
        Command::Awards(a) => cmd::awards::run(a, ctx, out),
        Command::Training(a) => cmd::training::run(a, ctx, out),
        Command::Report(a) => cmd::report::run(a, ctx, out),
        Command::Fmt(a) => cmd::fmt::run(a, ctx, out),
        Command::Client(a) => cmd::client::run(a, ctx, out),
        Command::Contact(a) => cmd::contact::run(a, ctx, out),
        Command::Member(a) => cmd::member::run(a, ctx, out),
        Command::Log(a) => cmd::log::run(a, ctx, out),
        Command::Plan(a) => cmd::plan::run(a, ctx, out),
        Command::Deal(a) => cmd::deal::run(a, ctx, out),
        Command::Complaint(a) => cmd::complaint::run(a, ctx, out),
        Command::Clock(a) => cmd::clock::run(a, ctx, out),
        Command::Meeting(a) => cmd::meeting::run(a, ctx, out),
        Command::Action(a) => cmd::action::run(a, ctx, out),
        Command::Review(a) => cmd::review::run(a, ctx, out),
        Command::Award(a) => cmd::award::run(a, ctx, out),
        Command::Research(a) => cmd::research::run(a, ctx, out),
        Command::Events(a) => cmd::events::run(a, ctx, out),
        Command::Event(a) => cmd::event::run(a, ctx, out),
        Command::Feedback(a) => cmd::feedback::run(a, ctx, out),
        Command::Careers(a) => cmd::careers::run(a, ctx, out),
        Command::Career(a) => cmd::career::run(a, ctx, out),
        Command::Rotation(a) => cmd::career::run_rotation(a, ctx, out),
        Command::Import(a) => cmd::import::run(a, ctx, out),
        Command::Cache(a) => cmd::cache::run(a, ctx, out),
        Command::Export(a) => cmd::export::run(a, ctx, out),
        Command::Serve(a) => cmd::serve::run(a, ctx, out),
        Command::Token(a) => cmd::token::run(a, ctx, out),
        Command::Completions(a) => cmd::completions::run(a, ctx, out),
        Command::Man(a) => cmd::man::run(a, ctx, out),
        Command::History(a) => cmd::history::run(a, ctx, out),
        Command::Diff(a) => cmd::diff::run(a, ctx, out),
    }
}

/// Runs the command line `argv` in this process on the records folder
/// `root`, quiet, with no wall clock, no environment and no cache, its
/// output into `out`: the in-process entry of the fuzz harness
/// (tests/integration/harden_fuzz.rs). `Ok(true)` is exit 0, `Ok(false)`
/// exit 1 without an error, `Err` the error's message.
#[doc(hidden)]
pub fn run_in_process(
    argv: &[String],
    root: &std::path::Path,
    out: &mut dyn Write,
) -> Result<bool, String> {
    use clap::Parser as _;
    let cli = Cli::try_parse_from(argv).map_err(|e| e.to_string())?;
    let ctx = Ctx {
        records: Some(root.to_path_buf()),
        cwd: root.to_path_buf(),
        as_of: cli.global.as_of,
        at: None,
        clock: chrono::DateTime::default(),
        format: crate::render::Format::Table,
        month: cli.global.month,
        member: cli.global.member.clone(),
        quiet: true,
        reveal: false,
        cache: false,
        style: Style {
            width: Some(80),
            ..Default::default()
        },
    };
    dispatch(&cli.command, &ctx, out)
        .map(|s| s == Status::Success)
        .map_err(|e| e.message())
}
