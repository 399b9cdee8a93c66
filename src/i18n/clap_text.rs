//! What clap itself prints when the command line asks for help or is
//! wrong, in the reader's language: the help (headings end in `：` in
//! Chinese; clap writes `:` after them) and the errors, through clap's
//! hook for them ([`clap::error::ErrorFormatter`]).
//!
//! Translated: the `error:` prefix, the sentence of every error clap makes
//! while parsing (unknown, missing, conflicting or invalid arguments and
//! values), the `tip:` lines, `Usage:` and the `--help` hint. Kept as clap
//! writes them: argument and value names (they are typed), the reason a
//! value parser gives (`crate::values` writes it), and the sentence of an
//! error kind clap makes outside parsing (none here; it falls back to
//! clap's English one-line description of the kind).

use std::io::{IsTerminal, Write};

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, Error, ErrorFormatter, ErrorKind};

use super::{FluentValue, Lang, tr};

/// Prints what clap returned instead of matches (help, version or an
/// error) in `lang`; the exit code: 0 for help and version, else 2.
pub(crate) fn print(e: Error, lang: Lang) -> i32 {
    let code = if e.use_stderr() { 2 } else { 0 };
    let shown = match e.kind() {
        _ if lang == Lang::En => e.print(),
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => help(&e, lang),
        _ => e.apply::<Localized>().print(),
    };
    drop(shown);
    code
}

/// The help in `lang` with its headings closed by a full-width colon.
fn help(e: &Error, lang: Lang) -> std::io::Result<()> {
    let styled = e.render();
    let color = |tty: bool| tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let text = |tty: bool| match color(tty) {
        true => styled.ansi().to_string(),
        false => styled.to_string(),
    };
    let headings = [
        "help-options",
        "help-arguments",
        "help-commands",
        "help-global-heading",
    ];
    let fix = |mut s: String| {
        for id in headings {
            let h = tr(lang, id, &[]);
            s = s.replace(&format!("{h}:"), &format!("{h}："));
        }
        s
    };
    if e.use_stderr() {
        let mut err = std::io::stderr().lock();
        let s = fix(text(err.is_terminal()));
        err.write_all(s.as_bytes())
    } else {
        let mut out = std::io::stdout().lock();
        let s = fix(text(out.is_terminal()));
        out.write_all(s.as_bytes())?;
        out.flush()
    }
}

/// clap's errors in the current language.
pub(crate) struct Localized;

impl ErrorFormatter for Localized {
    fn format_error(error: &Error<Self>) -> StyledStr {
        let lang = super::current();
        let say = |id: &str, args: &[(&str, FluentValue<'_>)]| tr(lang, id, args);
        let mut s = say("clap-error", &[]) + &sentence(error, &say);
        let tips = tips(error, &say);
        if !tips.is_empty() {
            s.push('\n');
            for tip in tips {
                s.push_str(&format!("\n  {}{tip}", say("clap-tip", &[])));
            }
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            let usage = usage.to_string();
            let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
            s.push_str(&format!("\n\n{}{usage}", say("help-usage", &[])));
        }
        s.push_str("\n\n");
        s.push_str(&say("clap-more", &[("flag", "--help".into())]));
        s.push('\n');
        StyledStr::from(s)
    }
}

type Say<'a> = dyn Fn(&str, &[(&str, FluentValue<'_>)]) -> String + 'a;

fn string(error: &Error<Localized>, kind: ContextKind) -> String {
    match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn list(error: &Error<Localized>, kind: ContextKind) -> Vec<String> {
    match error.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    }
}

/// The error's sentence in the current language.
fn sentence(error: &Error<Localized>, say: &Say<'_>) -> String {
    let arg = string(error, ContextKind::InvalidArg);
    let value = string(error, ContextKind::InvalidValue);
    let sub = string(error, ContextKind::InvalidSubcommand);
    let n = |k| string(error, k);
    let args = |more: &[(&'static str, String)]| -> Vec<(&'static str, FluentValue<'static>)> {
        [
            ("arg", arg.clone()),
            ("value", value.clone()),
            ("sub", sub.clone()),
        ]
        .into_iter()
        .chain(more.iter().cloned())
        .map(|(k, v)| (k, FluentValue::from(v)))
        .collect()
    };
    let possible = |label: &str, kind| {
        let values = list(error, kind);
        match values.is_empty() {
            true => String::new(),
            false => format!("\n  [{}{}]", say(label, &[]), values.join(", ")),
        }
    };
    match error.kind() {
        ErrorKind::InvalidValue if value.is_empty() => say("clap-value-missing", &args(&[])),
        ErrorKind::InvalidValue => {
            say("clap-value-invalid", &args(&[]))
                + &possible("clap-possible", ContextKind::ValidValue)
        }
        ErrorKind::ValueValidation => match std::error::Error::source(error) {
            Some(why) => say("clap-value-rejected", &args(&[("why", why.to_string())])),
            None => say("clap-value-invalid", &args(&[])),
        },
        ErrorKind::UnknownArgument => say("clap-unknown-argument", &args(&[])),
        ErrorKind::InvalidSubcommand => say("clap-unknown-subcommand", &args(&[])),
        ErrorKind::NoEquals => say("clap-no-equals", &args(&[])),
        ErrorKind::TooManyValues => say("clap-too-many", &args(&[])),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let expected = [ContextKind::MinValues, ContextKind::ExpectedNumValues]
                .into_iter()
                .map(n)
                .find(|s| !s.is_empty())
                .unwrap_or_default();
            let more = [
                ("expected", expected),
                ("actual", n(ContextKind::ActualNumValues)),
            ];
            say("clap-wrong-number", &args(&more))
        }
        ErrorKind::ArgumentConflict => {
            let prior = list(error, ContextKind::PriorArg);
            match prior.first() {
                Some(p) if *p == arg => say("clap-repeated", &args(&[])),
                _ => say("clap-conflict", &args(&[("prior", prior.join(", "))])),
            }
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = list(error, ContextKind::InvalidArg);
            let lines: String = missing.iter().map(|m| format!("\n  {m}")).collect();
            say("clap-missing", &[]) + &lines
        }
        ErrorKind::MissingSubcommand => {
            say("clap-missing-subcommand", &args(&[]))
                + &possible("clap-subcommands", ContextKind::ValidSubcommand)
        }
        kind => kind.as_str().unwrap_or_default().to_string(),
    }
}

/// The `tip:` lines: a similar name, or how to pass a value that looks
/// like a flag.
fn tips(error: &Error<Localized>, say: &Say<'_>) -> Vec<String> {
    let similar = [
        (ContextKind::SuggestedSubcommand, "clap-similar-subcommand"),
        (ContextKind::SuggestedArg, "clap-similar-argument"),
        (ContextKind::SuggestedValue, "clap-similar-value"),
    ];
    let mut tips: Vec<String> = similar
        .into_iter()
        .filter_map(|(kind, id)| {
            let names = list(error, kind);
            (!names.is_empty()).then(|| say(id, &[("name", names.join("', '").into())]))
        })
        .collect();
    if let Some(ContextValue::StyledStrs(more)) = error.get(ContextKind::Suggested) {
        // clap's advice (`to pass '-x' as a value, use '-- -x'`): as written
        tips.extend(more.iter().map(ToString::to_string));
    }
    tips
}
