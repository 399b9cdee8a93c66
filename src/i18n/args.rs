//! The one-line help of every argument in the reader's language, and the
//! notes clap would add in English after it (`[default: …]`, `[possible
//! values: …]`, `[env: …]`), from the catalogs (`args.ftl`, `help.ftl`).
//!
//! An argument's line is, first found: `flag-<id>` for a global option,
//! else `arg-<command path>-<id>` (`arg-leave-request-from`), else the
//! shared `arg-<id>` (`arg-client`: most flags mean the same everywhere),
//! else the code's own text. Ids use `-` where clap's use `_`.

use clap::{Arg, Command};

use super::{Lang, lookup};
use crate::t;

/// The catalog ids that may hold the line of argument `id` of the command
/// at `path` (`clientele`, `leave`, `leave-request`), most specific first.
pub(crate) fn ids(path: &str, id: &str) -> Vec<String> {
    let id = id.replace('_', "-");
    match path {
        "clientele" => vec![format!("flag-{id}")],
        _ => vec![format!("arg-{path}-{id}"), format!("arg-{id}")],
    }
}

/// The line of argument `id` of the command at `path` in `lang`, if a
/// catalog has one.
pub(crate) fn line(lang: Lang, path: &str, id: &str) -> Option<String> {
    ids(path, id).iter().find_map(|id| lookup(lang, id, &[]))
}

/// `cmd`'s own arguments (not its subcommands') with their lines in `lang`.
pub(crate) fn localize(cmd: Command, lang: Lang, path: &str) -> Command {
    cmd.mut_args(|a| {
        let a = match line(lang, path, a.get_id().as_str()) {
            Some(help) => a.help(help),
            None => a,
        };
        notes(a, lang)
    })
}

/// `a` with clap's notes after its help written by us in `lang`, and
/// clap's own (English) hidden.
fn notes(mut a: Arg, lang: Lang) -> Arg {
    let mut notes = Vec::new();
    if let Some(env) = a.get_env().filter(|_| !a.is_hide_env_set()) {
        notes.push(t!(lang; "help-env", name = env.to_string_lossy().to_string()));
        a = a.hide_env(true);
    }
    let takes = a.get_action().takes_values();
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().to_string())
        .collect();
    if takes && !defaults.is_empty() && !a.is_hide_default_value_set() {
        notes.push(t!(lang; "help-default", value = defaults.join(" ")));
        a = a.hide_default_value(true);
    }
    let possible: Vec<String> = a
        .get_value_parser()
        .possible_values()
        .map(|pv| {
            pv.filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .collect()
        })
        .unwrap_or_default();
    if takes && !possible.is_empty() && !a.is_hide_possible_values_set() {
        notes.push(t!(lang; "help-possible", values = possible.join(", ")));
        a = a.hide_possible_values(true);
    }
    if notes.is_empty() {
        return a;
    }
    let help = a.get_help().map(ToString::to_string).unwrap_or_default();
    a.help(format!("{help} {}", notes.join(" ")))
}
