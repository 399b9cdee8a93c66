//! `--help` in the reader's language: the global options under their own
//! heading after a command's own flags, `clientele --help` listing the
//! commands by area, headings and each command's examples (`after_help`)
//! from the catalogs (`help.ftl`, `examples.ftl`), each argument's line
//! from `args.ftl` (see `i18n::args`); `man` and `completions` use the
//! English command as it is.
//!
//! A new command: add its name to an area of [`AREAS`] (else it is listed
//! under "Other commands"), its one-line `about-<name>` to the three
//! `help.ftl` (`about-<name>-<sub>` for a subcommand, in `args.ftl`), the
//! line of each new argument (`arg-<id>` or `arg-<name>-<id>`) to the three
//! `args.ftl`, and its examples as `examples-<name>` (`examples-<name>-<sub>`
//! for a subcommand) to the three `examples.ftl`; never an `after_help` in
//! the code. `cargo test i18n` says what is missing.

use clap::{Arg, ArgAction, Command};

use super::{Lang, tr};
use crate::t;

/// The command areas of `clientele --help`, in order, each with its
/// heading id (`help-area-<key>`) and its commands.
pub(crate) const AREAS: &[(&str, &[&str])] = &[
    (
        "daily",
        &[
            "summary",
            "followups",
            "plans",
            "care",
            "log",
            "plan",
            "clock",
        ],
    ),
    (
        "clients",
        &[
            "clients", "tiers", "pipeline", "deals", "client", "contact", "deal", "events",
            "event", "research",
        ],
    ),
    ("complaints", &["complaints", "complaint"]),
    (
        "team",
        &[
            "member",
            "attendance",
            "leave",
            "actions",
            "meetings",
            "meeting",
            "action",
            "report",
        ],
    ),
    (
        "appraisal",
        &[
            "kpi",
            "appraisal",
            "feedback",
            "promotion",
            "careers",
            "career",
            "rotation",
            "awards",
            "review",
            "award",
            "training",
        ],
    ),
    (
        "records",
        &["check", "fmt", "import", "export", "history", "diff"],
    ),
    (
        "setup",
        &["init", "serve", "token", "cache", "completions", "man"],
    ),
];

/// `cmd` (the whole `clientele` command) with every command's examples
/// (`examples-<path>`) in `lang`: what `man` prints, in English.
pub(crate) fn with_examples(cmd: Command, lang: Lang) -> Command {
    fn walk(c: Command, lang: Lang, path: &str) -> Command {
        let c = match super::lookup(lang, &format!("examples-{path}"), &[]) {
            Some(e) => c.after_help(e),
            None => c,
        };
        c.mut_subcommands(|s| {
            let sub = match path {
                "clientele" => s.get_name().to_string(),
                _ => format!("{path}-{}", s.get_name()),
            };
            walk(s, lang, &sub)
        })
    }
    walk(cmd, lang, "clientele")
}

/// `cmd` (the whole `clientele` command) with its help in `lang`.
pub(crate) fn localize(cmd: Command, lang: Lang) -> Command {
    let cmd = with_examples(cmd, lang);
    let global = t!(lang; "help-global-heading");
    let cmd = super::args::localize(cmd, lang, "clientele").mut_args(|a| {
        if a.get_help_heading() != Some(crate::cli::GLOBAL) {
            return a;
        }
        a.help_heading(global.clone())
    });
    let list = command_list(&cmd, lang);
    let template = format!(
        "{{about-with-newline}}\n{}{{usage}}\n\n{list}{{all-args}}{{after-help}}",
        t!(lang; "help-usage")
    );
    let cmd = own_headings(cmd, lang)
        .about(t!(lang; "about-clientele"))
        .help_template(template)
        .override_usage("clientele [OPTIONS] <COMMAND>")
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t!(lang; "help-version"))
                .display_order(LAST + 1)
                .help_heading(t!(lang; "help-options")),
        );
    let cmd = cmd.mut_subcommands(|sub| {
        let path = sub.get_name().to_string();
        localize_sub(sub, lang, &path)
    });
    // the root's own list replaces clap's
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    subs.iter()
        .fold(cmd, |c, name| c.mut_subcommand(name, |s| s.hide(true)))
}

/// A subcommand at `path` (`leave`, `leave-request`) and its own
/// subcommands in `lang`: its one line (`about-<path>`), its arguments'.
fn localize_sub(sub: Command, lang: Lang, path: &str) -> Command {
    let template = format!(
        "{{about-with-newline}}\n{}{{usage}}\n\n{{all-args}}{{after-help}}",
        t!(lang; "help-usage")
    );
    let sub = match super::lookup(lang, &format!("about-{path}"), &[]) {
        Some(about) => sub.about(about),
        None => sub,
    };
    let sub = super::args::localize(sub, lang, path);
    own_headings(sub.help_template(template), lang)
        .subcommand_help_heading(t!(lang; "help-commands"))
        .mut_subcommands(|s| {
            let sub = format!("{path}-{}", s.get_name());
            localize_sub(s, lang, &sub)
        })
}

/// The place of `-h` and `-V` among a command's options: last.
const LAST: usize = 10_000;

/// A command's own flags under "Options" and its positional arguments under
/// "Arguments", in `lang`, with its own `-h, --help` (clap's would be
/// English).
fn own_headings(cmd: Command, lang: Lang) -> Command {
    let (options, arguments) = (t!(lang; "help-options"), t!(lang; "help-arguments"));
    cmd.mut_args(|a| match a.get_help_heading() {
        Some(_) => a,
        None if a.is_positional() => a.help_heading(arguments.clone()),
        None => a.help_heading(options.clone()),
    })
    .disable_help_flag(true)
    .arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(t!(lang; "help-help"))
            // after the command's own flags, those a parent passes down included
            .display_order(LAST)
            .help_heading(options),
    )
}

/// The commands of `cmd` by area, with their one-line descriptions.
fn command_list(cmd: &Command, lang: Lang) -> String {
    let subs: Vec<&Command> = cmd.get_subcommands().collect();
    let width = subs.iter().map(|s| s.get_name().len()).max().unwrap_or(0);
    let about = |s: &Command| {
        super::lookup(lang, &format!("about-{}", s.get_name()), &[])
            .unwrap_or_else(|| s.get_about().map(ToString::to_string).unwrap_or_default())
    };
    let line = |s: &Command| format!("  {:width$}  {}\n", s.get_name(), about(s));
    let mut out = String::new();
    for (key, names) in AREAS {
        out.push_str(&tr(lang, &format!("help-area-{key}"), &[]));
        out.push('\n');
        for name in *names {
            if let Some(s) = subs.iter().find(|s| s.get_name() == *name) {
                out.push_str(&line(s));
            }
        }
        out.push('\n');
    }
    let others: Vec<&&Command> = subs
        .iter()
        .filter(|s| !AREAS.iter().any(|(_, n)| n.contains(&s.get_name())))
        .collect();
    if !others.is_empty() {
        out.push_str(&t!(lang; "help-area-other"));
        out.push('\n');
        for s in others {
            out.push_str(&line(s));
        }
        out.push('\n');
    }
    out
}
