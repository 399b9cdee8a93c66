//! The help's catalogs: every command, subcommand and argument has its
//! line in every language, the help shows them, no examples are left in
//! the code, and the examples run the same commands in every language.

use std::path::Path;

use super::tests::{ROOT, ids, sources};
use super::*;

/// Every command path (`clientele`, `leave`, `leave-request`…): the
/// `about-` and `examples-` ids name them.
pub(super) fn command_paths() -> Vec<String> {
    every_command().into_iter().map(|(path, _)| path).collect()
}

/// Every command with its path, the root first.
fn every_command() -> Vec<(String, clap::Command)> {
    fn walk(c: &clap::Command, path: &str, out: &mut Vec<(String, clap::Command)>) {
        out.push((path.to_string(), c.clone()));
        for s in c.get_subcommands() {
            let sub = match path {
                "clientele" => s.get_name().to_string(),
                _ => format!("{path}-{}", s.get_name()),
            };
            walk(s, &sub, out);
        }
    }
    let mut out = Vec::new();
    walk(&crate::cli::command(), "clientele", &mut out);
    out
}

/// Every argument of every command: its command's path and its id.
pub(super) fn every_argument() -> Vec<(String, String)> {
    every_command()
        .iter()
        .flat_map(|(path, c)| {
            c.get_arguments()
                .map(|a| (path.clone(), a.get_id().to_string()))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn every_argument_and_subcommand_has_its_line_in_every_language() {
    let args = every_argument();
    assert!(args.len() > 300, "{}", args.len());
    for lang in Lang::ALL {
        let missing: Vec<String> = args
            .iter()
            .filter(|(path, id)| args::line(lang, path, id).is_none())
            .map(|(path, id)| format!("{path} {id}"))
            .collect();
        assert!(missing.is_empty(), "{lang}: no line for {missing:?}");
        for path in command_paths() {
            let id = format!("about-{path}");
            assert!(lookup(lang, &id, &[]).is_some(), "{lang}: {id}");
        }
    }
}

#[test]
fn the_help_shows_the_lines_of_the_catalogs() {
    let help = |lang: Lang, argv: &[&str]| {
        let argv = std::iter::once("clientele").chain(argv.iter().copied());
        let e = crate::cli::localized(lang)
            .try_get_matches_from(argv)
            .unwrap_err();
        e.render().to_string()
    };
    let leave = help(Lang::ZhHant, &["leave", "request", "-h"]);
    assert!(leave.contains("請假的第一天"), "{leave}");
    assert!(!leave.contains("The first day off"), "{leave}");
    let root = help(Lang::ZhHans, &["-h"]);
    assert!(
        root.contains("[默认：10]") && root.contains("[可选值：auto, always, never]"),
        "{root}"
    );
    assert!(
        !root.contains("[default:") && !root.contains("possible values"),
        "{root}"
    );
    let en = help(Lang::En, &["leave", "-h"]);
    assert!(en.contains("Only requests still pending as of D"), "{en}");
}

#[test]
fn no_examples_are_written_in_the_code() {
    // `examples.ftl` holds them, in every language
    let src = sources();
    let hits: Vec<&str> = src
        .lines()
        .filter(|l| l.contains("after_help") || l.contains("after_long_help"))
        .collect();
    assert_eq!(
        hits,
        ["            Some(e) => c.after_help(e),"],
        "{hits:?}"
    );
}

#[test]
fn every_command_has_its_line_in_the_command_list() {
    let known = ids(Lang::En);
    let cmd = <crate::cli::Cli as clap::CommandFactory>::command();
    for s in cmd.get_subcommands() {
        let id = format!("about-{}", s.get_name());
        assert!(known.contains(&id), "{id} is missing from help.ftl");
    }
}

/// The lines of `examples-…` messages that run a command (`clientele …`),
/// in order.
fn example_commands(lang: Lang) -> Vec<String> {
    let dir = Path::new(ROOT).join("locales").join(lang.tag());
    let text = std::fs::read_to_string(dir.join("examples.ftl")).unwrap();
    text.lines()
        .map(str::trim)
        .filter(|l| l.contains("clientele ") && !l.contains(" ="))
        .map(|l| {
            // after `Example: ` (範例：, 示例：), up to the gap before the description
            let l = ["Example: ", "範例：", "示例："]
                .iter()
                .find_map(|p| l.strip_prefix(p))
                .unwrap_or(l);
            l.split("  ").next().unwrap_or_default().to_string()
        })
        .collect()
}

#[test]
fn the_examples_run_the_same_commands_in_every_language() {
    let en = example_commands(Lang::En);
    assert!(en.len() > 80, "{}", en.len());
    for lang in [Lang::ZhHant, Lang::ZhHans] {
        assert_eq!(example_commands(lang), en, "{lang}");
    }
}
