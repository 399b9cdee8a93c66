//! The command line: clap definitions only. Each subcommand's own flags live
//! beside its code in `crate::cmd::<name>::Args`; this file lists the
//! commands and the global options.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{ArgMatches, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::cmd;
use crate::model::YearMonth;
use crate::options::AsOf;
use crate::render::Format;
use crate::values;

/// The heading of the options every command takes, after a command's own.
pub(crate) const GLOBAL: &str = "Global options";

/// Runs a customer-operations team from plain-text records kept in git.
#[derive(Debug, Parser)]
#[command(name = "clientele", version, about, max_term_width = 100)]
pub(crate) struct Cli {
    #[command(flatten)]
    pub(crate) global: GlobalArgs,
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The `clientele` command with its help in `lang` (`i18n::help`); `man`
/// and `completions` use [`command`] as it is (English).
pub(crate) fn localized(lang: crate::i18n::Lang) -> clap::Command {
    crate::i18n::help::localize(command(), lang)
}

/// Parses `args` (the program name first), with help and usage in `lang`;
/// the matches too (`-o` reads the command's path from them).
pub(crate) fn parse_from(
    args: Vec<OsString>,
    lang: crate::i18n::Lang,
) -> Result<(Cli, clap::ArgMatches), clap::Error> {
    let matches = localized(lang).try_get_matches_from(args)?;
    Ok((Cli::from_arg_matches(&matches)?, matches))
}

/// Options every command takes.
#[derive(Debug, clap::Args)]
pub(crate) struct GlobalArgs {
    /// The records folder (default: found upwards from here)
    #[arg(long, global = true, help_heading = GLOBAL, env = "CLIENTELE_RECORDS", value_name = "DIR")]
    pub(crate) records: Option<PathBuf>,
    /// Replay the records as of this date or moment.
    #[arg(long, global = true, help_heading = GLOBAL, env = "CLIENTELE_AS_OF", value_name = "DATE", value_parser = values::as_of,
          help = "Replay the records as of this date or moment (YYYY-MM-DD[THH:MM[:SS]], a space may replace the T)")]
    pub(crate) as_of: Option<AsOf>,
    /// Output format (default: from the extension of -o, else table)
    #[arg(long, global = true, help_heading = GLOBAL, value_enum)]
    pub(crate) format: Option<Format>,
    /// Write the report to FILE (atomically) instead of stdout; the format
    /// comes from its extension (.csv .json .md .html .xlsx .ics)
    #[arg(long, short, global = true, help_heading = GLOBAL, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// The month a report is about (YYYY-MM)
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "YYYY-MM", value_parser = values::month)]
    pub(crate) month: Option<YearMonth>,
    /// One member only (for writes: who logs; default $CLIENTELE_MEMBER)
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "ID", value_parser = values::id)]
    pub(crate) member: Option<String>,
    /// Print nothing but errors (a report prints nothing: its exit code speaks)
    #[arg(long, short, global = true, help_heading = GLOBAL)]
    pub(crate) quiet: bool,
    /// Show confidential contact phones and emails unmasked
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub(crate) reveal: bool,
    /// Start CSV output with a UTF-8 byte-order mark (for Excel)
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub(crate) bom: bool,
    /// Draw tables with ASCII characters only
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub(crate) ascii: bool,
    /// Read every file, without the cache of parsed records
    #[arg(long, global = true, env = "CLIENTELE_NO_CACHE", help_heading = GLOBAL,
          value_parser = clap::builder::FalseyValueParser::new())]
    pub(crate) no_cache: bool,
    /// How long a write waits for another write's lock, in seconds (0 to 86400)
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "SECS", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(0..=86_400))]
    pub(crate) wait: u64,
    /// Show every column of a table, however wide the terminal
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub(crate) wide: bool,
    /// Interface language: en, zh-Hant or zh-Hans (default: a Chinese LC_ALL/LANG, then the team's lang in clientele.toml, else en)
    #[arg(long, global = true, help_heading = GLOBAL, env = "CLIENTELE_LANG", value_name = "LANG",
          value_parser = crate::i18n::parse_lang)]
    pub(crate) lang: Option<crate::i18n::Lang>,
    /// When to use colour (never with NO_COLOR set)
    #[arg(long, global = true, help_heading = GLOBAL, value_enum, default_value_t = ColorChoice::Auto)]
    pub(crate) color: ColorChoice,
}

/// `--color`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// The morning briefing: what needs attention today
    Summary(cmd::summary::Args),
    /// Validate every record file and report all problems
    Check(cmd::check::Args),
    /// Create a new records folder
    Init(cmd::init::Args),
    /// Client tiers (grades) with their score breakdown
    Tiers(cmd::tiers::Args),
    /// Every client of every stage; `--stage lead,prospect`: the key prospects
    Clients(cmd::clients::Args),
    /// Clients due or overdue for a follow-up contact
    Followups(cmd::followups::Args),
    /// Visit plans: done, missed or upcoming
    Plans(cmd::plans::Args),
    /// Birthdays, anniversaries, occasions and events coming up
    Care(cmd::care::Args),
    /// Every deal with its stage and delivery status
    Deals(cmd::deals::Args),
    /// Deals by stage, conversion and time to close
    Pipeline(cmd::pipeline::Args),
    /// Complaints with their deadlines and status
    Complaints(cmd::complaints::Args),
    /// Monthly attendance tally per member
    Attendance(cmd::attendance::Args),
    /// Leave requests (and `leave request|approve|reject` to write them)
    Leave(cmd::leave::Args),
    /// Meeting action items
    Actions(cmd::actions::Args),
    /// Meetings by date
    Meetings(cmd::meetings::Args),
    /// Monthly KPI per member
    Kpi(cmd::kpi::Args),
    /// Monthly appraisal: scores, grade, rank and bonus
    Appraisal(cmd::appraisal::Args),
    /// Members with grade A or B in each of the last months
    Promotion(cmd::promotion::Args),
    /// Careers: tenure, grades, training, plan, rotations, promotion readiness
    Careers(cmd::careers::Args),
    /// Set a member's career plan (`career set`)
    Career(cmd::career::Args),
    /// Record a job rotation (`rotation add`)
    Rotation(cmd::career::RotationArgs),
    /// Awards by month and member
    Awards(cmd::awards::Args),
    /// Training per member and the plan (`training add|score` to write)
    Training(cmd::training::Args),
    /// One member's work report (`report weekly`, `report month`)
    Report(cmd::report::Args),
    /// Rewrite record files in canonical form
    Fmt(cmd::fmt::Args),
    /// Add, change or hand over clients (`client add|set|handover`)
    Client(cmd::client::Args),
    /// Add, change or remove a client's contacts (`contact add|set|remove`)
    Contact(cmd::contact::Args),
    /// Add, change or let go a team member (`member add|set|leave`)
    Member(cmd::member::Args),
    /// Log an interaction with a client
    Log(cmd::log::Args),
    /// Plan a visit
    Plan(cmd::plan::Args),
    /// Add or update a deal (`deal add|set`)
    Deal(cmd::deal::Args),
    /// Open, respond to or resolve a complaint
    Complaint(cmd::complaint::Args),
    /// Clock in or out
    Clock(cmd::clock::Args),
    /// Log a meeting (`meeting add`)
    Meeting(cmd::meeting::Args),
    /// Mark a meeting action done (`action done`)
    Action(cmd::action::Args),
    /// Give an appraisal score
    Review(cmd::review::Args),
    /// Record that a member's appraisal result was fed back
    Feedback(cmd::feedback::Args),
    /// Record an award
    Award(cmd::award::Args),
    /// Market research notes (and `research add`)
    Research(cmd::research::Args),
    /// Client events: invited, attended, attendance rate
    Events(cmd::events::Args),
    /// Log a client event (`event add`) or who attended (`event attended`)
    Event(cmd::event::Args),
    /// Export a calendar feed (`export ics`) or a SQLite database (`export sqlite`)
    Export(cmd::export::Args),
    /// Import a CRM export (`import crm`) or complaints (`import complaints`)
    Import(cmd::import::Args),
    /// The records in a browser: every report a page, live as files change
    Serve(cmd::serve::Args),
    /// Sign-in tokens for `serve --write` (`token add|list|revoke`)
    Token(cmd::token::Args),
    /// The cache of parsed records (`cache clear`)
    Cache(cmd::cache::Args),
    /// Print shell completions
    Completions(cmd::completions::Args),
    /// Print the man page
    Man(cmd::man::Args),
    /// Every commit that changed a client or a member's records (needs git)
    History(cmd::history::Args),
    /// What a change does to the reports: REF1 against REF2 (needs git)
    Diff(cmd::diff::Args),
}

/// The commands that only read the records: each takes `--at REF`.
pub(crate) const READS: &[&str] = &[
    "summary",
    "check",
    "tiers",
    "followups",
    "plans",
    "care",
    "pipeline",
    "complaints",
    "attendance",
    "leave",
    "actions",
    "meetings",
    "kpi",
    "appraisal",
    "promotion",
    "awards",
    "training",
    "report",
    "history",
    "export",
    "careers",
    "events",
    "research",
    "clients",
    "deals",
];

/// The whole command line: the derived definitions, with `--at REF` added
/// to every read command (not global: `complaint respond --at` is a time).
pub(crate) fn command() -> clap::Command {
    let mut c = Cli::command();
    for name in READS {
        c = c.mut_subcommand(*name, |s| {
            s.arg(
                clap::Arg::new("at_ref")
                    .long("at")
                    .value_name("REF")
                    .global(matches!(*name, "report" | "export"))
                    .help("Read the records as committed at REF (a commit, tag, branch, HEAD~3), without a checkout"),
            )
        });
    }
    c
}

/// `--at REF` of the read command given, if any.
pub(crate) fn at(matches: &ArgMatches) -> Option<String> {
    matches.subcommand().and_then(|(_, m)| at_of(m))
}

fn at_of(m: &ArgMatches) -> Option<String> {
    m.try_get_one::<String>("at_ref")
        .ok()
        .flatten()
        .cloned()
        .or_else(|| m.subcommand().and_then(|(_, sub)| at_of(sub)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_read_command_takes_at() {
        let c = command();
        for name in READS {
            let sub = c.find_subcommand(name);
            let at = sub.and_then(|s| s.get_arguments().find(|a| a.get_id() == "at_ref"));
            assert!(at.is_some(), "{name}");
        }
        for argv in [
            ["report", "--at", "v1", "weekly"],
            ["report", "weekly", "--at", "v1"],
        ] {
            let m = command().try_get_matches_from(std::iter::once("clientele").chain(argv));
            assert_eq!(at(&m.unwrap()).as_deref(), Some("v1"));
        }
    }
}
