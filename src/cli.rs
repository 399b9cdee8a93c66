//! The command line: clap definitions only. Each subcommand's own flags live
//! beside its code in `crate::cmd::<name>::Args`; this file lists the
//! commands and the global options.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::cmd;
use crate::model::YearMonth;
use crate::options::AsOf;
use crate::render::Format;
use crate::values;

const EXAMPLES: &str = "\
Examples:
  clientele summary                       the morning briefing
  clientele check                         validate every record file
  clientele followups --overdue           clients waiting for a visit
  clientele complaints --open             complaints not yet resolved
  clientele kpi --month 2026-10           last month's KPI
  clientele tiers --format csv > t.csv    client grades for a spreadsheet
  clientele log hd-electronics --kind visit --summary '季度回訪'
  clientele summary --as-of 2026-11-20    replay any past day

The records folder is --records DIR, else $CLIENTELE_RECORDS, else the nearest
folder upwards holding clientele.toml or records/clientele.toml.
Exit codes: 0 ok, 1 the records have errors / a write was refused / a
--fail-on condition held, 2 the command line is wrong (a flag value that
does not parse included, on reports and writes alike).";

/// Runs a customer-operations team from plain-text records kept in git.
#[derive(Debug, Parser)]
#[command(name = "clientele", version, about, after_help = EXAMPLES, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, clap::Args)]
pub struct GlobalArgs {
    /// The records folder (default: found upwards from here)
    #[arg(long, global = true, env = "CLIENTELE_RECORDS", value_name = "DIR")]
    pub records: Option<PathBuf>,
    /// Replay the records as of this date or moment.
    #[arg(long, global = true, env = "CLIENTELE_AS_OF", value_name = "DATE", value_parser = values::as_of,
          help = "Replay the records as of this date or moment (YYYY-MM-DD[THH:MM[:SS]], a space may replace the T)")]
    pub as_of: Option<AsOf>,
    /// Output format (default: from the extension of -o, else table)
    #[arg(long, global = true, value_enum)]
    pub format: Option<Format>,
    /// Write the report to FILE (atomically) instead of stdout; the format
    /// comes from its extension (.csv .json .md .html .xlsx .ics)
    #[arg(long, short, global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The month a report is about (YYYY-MM)
    #[arg(long, global = true, value_name = "YYYY-MM", value_parser = values::month)]
    pub month: Option<YearMonth>,
    /// One member only (for writes: who logs; default $CLIENTELE_MEMBER)
    #[arg(long, global = true, value_name = "ID", value_parser = values::id)]
    pub member: Option<String>,
    /// Print nothing but errors
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// Show confidential contact phones and emails unmasked
    #[arg(long, global = true)]
    pub reveal: bool,
    /// Start CSV output with a UTF-8 byte-order mark (for Excel)
    #[arg(long, global = true)]
    pub bom: bool,
    /// Draw tables with ASCII characters only
    #[arg(long, global = true)]
    pub ascii: bool,
    /// How long a write waits for another write's lock, in seconds (0 to 86400)
    #[arg(long, global = true, value_name = "SECS", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(0..=86_400))]
    pub wait: u64,
    /// When to use colour (never with NO_COLOR set)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// `--color`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The morning briefing: what needs attention today
    Summary(cmd::summary::Args),
    /// Validate every record file and report all problems
    Check(cmd::check::Args),
    /// Create a new records folder
    Init(cmd::init::Args),
    /// Client tiers (grades) with their score breakdown
    Tiers(cmd::tiers::Args),
    /// Clients due or overdue for a follow-up contact
    Followups(cmd::followups::Args),
    /// Visit plans: done, missed or upcoming
    Plans(cmd::plans::Args),
    /// Birthdays, anniversaries, occasions and events coming up
    Care(cmd::care::Args),
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
    /// Training per member: sessions, hours, exams
    Training(cmd::training::Args),
    /// One member's work report (`report weekly`, `report month`)
    Report(cmd::report::Args),
    /// Rewrite record files in canonical form
    Fmt(cmd::fmt::Args),
    /// Add a client (`client add`)
    Client(cmd::client::Args),
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
    /// Print shell completions
    Completions(cmd::completions::Args),
    /// Print the man page
    Man(cmd::man::Args),
}
