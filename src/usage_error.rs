//! A command line clap refuses (exit 2), told in the interface language.
//!
//! English keeps clap's own text, byte for byte (scripts and tests read
//! it). In Chinese the common kinds — a value that does not parse, an
//! unknown flag or command, a missing argument, two flags that exclude
//! each other — are worded from the catalogs (`refusals.ftl`), with the
//! reason our value parsers gave (already translated, see `values`), the
//! usage line and the pointer to `--help`. A kind not listed here keeps
//! clap's text. `error:` stays as it is: scripts look for it.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::Lang;
use crate::t;

/// Prints `e` on stderr (or stdout for `--help`), in `lang`.
pub(crate) fn print(e: &clap::Error, lang: Lang) -> std::io::Result<()> {
    match render(e, lang) {
        Some(text) => {
            eprintln!("{text}");
            Ok(())
        }
        None => e.print(),
    }
}

/// The translated text of `e`, or `None` to let clap print it (English,
/// help and version, a kind without a translation).
fn render(e: &clap::Error, lang: Lang) -> Option<String> {
    if lang == Lang::En || !e.use_stderr() {
        return None;
    }
    let text = |k| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let line = match e.kind() {
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e).map(ToString::to_string);
            t!(lang; "usage-invalid-value",
                value = text(ContextKind::InvalidValue).unwrap_or_default(),
                arg = arg,
                why = why.unwrap_or_default())
        }
        ErrorKind::InvalidValue => t!(lang; "usage-invalid-value",
            value = text(ContextKind::InvalidValue).unwrap_or_default(),
            arg = arg,
            why = t!(lang; "usage-possible-values",
                values = text(ContextKind::ValidValue).unwrap_or_default())),
        ErrorKind::UnknownArgument => t!(lang; "usage-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => t!(lang; "usage-unknown-command",
            command = text(ContextKind::InvalidSubcommand).unwrap_or_default()),
        ErrorKind::MissingRequiredArgument => t!(lang; "usage-missing", args = arg),
        ErrorKind::ArgumentConflict => t!(lang; "usage-conflict",
            arg = arg,
            other = text(ContextKind::PriorArg).unwrap_or_default()),
        _ => return None,
    };
    let mut out = format!("error: {line}");
    if let Some(s) =
        text(ContextKind::SuggestedArg).or_else(|| text(ContextKind::SuggestedSubcommand))
    {
        out.push_str(&format!("\n\n  {}", t!(lang; "usage-similar", similar = s)));
    }
    if let Some(usage) = text(ContextKind::Usage) {
        let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
        out.push_str(&format!("\n\n{}{usage}", t!(lang; "help-usage")));
    }
    out.push_str(&format!("\n\n{}", t!(lang; "usage-more")));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_of(args: &[&str], lang: Lang) -> String {
        let e = crate::cli::localized(lang)
            .try_get_matches_from(args)
            .unwrap_err();
        render(&e, lang).unwrap_or_else(|| e.render().to_string())
    }

    #[test]
    fn english_keeps_the_text_of_clap() {
        let e = error_of(&["clientele", "summary", "--bogus"], Lang::En);
        assert!(
            e.starts_with("error: unexpected argument '--bogus' found"),
            "{e}"
        );
    }

    #[test]
    fn chinese_says_which_value_and_why() {
        let args = [
            "clientele",
            "log",
            "acme",
            "--kind",
            "visit",
            "--summary",
            "x",
            "--date",
            "2026-02-30",
        ];
        let e = crate::i18n::with_lang(Lang::ZhHant, || error_of(&args, Lang::ZhHant));
        assert!(
            e.starts_with(
                "error: '2026-02-30' 不是 '--date <YYYY-MM-DD>' 的有效值：`2026-02-30` 不是日期"
            ),
            "{e}"
        );
        assert!(e.ends_with("詳細說明請執行 '--help'。"), "{e}");
        let e = error_of(&["clientele", "log", "acme"], Lang::ZhHans);
        assert!(e.starts_with("error: 缺少必要的参数："), "{e}");
        assert!(e.contains("用法：clientele log"), "{e}");
    }
}
