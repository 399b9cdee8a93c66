//! Query strings as the CLI's flags: `/followups?overdue=1&owner=li-wei`
//! becomes `clientele followups --overdue --owner=li-wei`. Which flags a
//! command has, and whether each takes a value, comes from clap's own
//! definition, so a page accepts exactly the flags the command does (and
//! refuses, with clap's message, what the command would refuse). Global
//! options that choose where or how output goes are not taken from a URL.

use crate::t;

/// Flags a URL may not set: the folder, the output and its form are the
/// server's; `--reveal` is a lead's action (`?reveal=1` on a page, checked
/// and logged by `routes`), never a command-line flag from a link.
const DENIED: &[&str] = &[
    "records", "output", "format", "reveal", "quiet", "bom", "ascii", "color", "help", "version",
];

/// Decodes `application/x-www-form-urlencoded` text (`+` is a space).
pub(crate) fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (hex(bytes.get(i + 1)), hex(bytes.get(i + 2))) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: Option<&u8>) -> Option<u8> {
    (*b? as char)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

/// The pairs of a query string or form body, decoded, in order; empty
/// names are dropped.
pub(crate) fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .filter(|(k, _)| !k.is_empty())
        .collect()
}

/// Flags a form may not set either: the writer is the signed-in member.
pub(crate) const WRITER: &[&str] = &["member", "by"];

/// The command line for the command `words` with `pairs` as its flags.
/// A name the command does not know, or one of [`DENIED`] or `also`, is
/// an error naming it; a switch takes `1`/`true`/`on`/`yes` (or nothing)
/// to be set and `0`/`false`/`off`/`no` to be left out. A positional
/// argument goes by its name in lower case (`client`, `from_date`); an
/// empty value is left out.
pub(crate) fn argv_with(
    words: &[&str],
    pairs: &[(String, String)],
    also: &[&str],
) -> Result<Vec<String>, String> {
    let root = <crate::cli::Cli as clap::CommandFactory>::command();
    let cmd = command(&root, words)?;
    let mut flags = Vec::new();
    let mut positional: Vec<(usize, String)> = Vec::new();
    for (key, value) in pairs {
        if let Some(at) = cmd
            .get_positionals()
            .position(|a| positional_name(a).eq_ignore_ascii_case(key))
        {
            if !value.is_empty() {
                positional.push((at, value.clone()));
            }
            continue;
        }
        let long = key.replace('_', "-");
        if DENIED.contains(&long.as_str()) || also.contains(&long.as_str()) {
            return Err(t!("serve-query-denied", key = key.as_str()));
        }
        let arg = cmd
            .get_arguments()
            .chain(root.get_arguments())
            .find(|a| a.get_long() == Some(long.as_str()))
            .ok_or_else(|| {
                t!(
                    "serve-query-unknown",
                    command = words.join(" "),
                    flag = long.as_str()
                )
            })?;
        if arg.get_action().takes_values() {
            if !value.is_empty() || also.is_empty() {
                flags.push(format!("--{long}={value}"));
            }
        } else {
            match value.as_str() {
                "" | "1" | "true" | "on" | "yes" => flags.push(format!("--{long}")),
                "0" | "false" | "off" | "no" => {}
                other => {
                    return Err(t!("serve-query-switch", key = key.as_str(), value = other));
                }
            }
        }
    }
    positional.sort_by_key(|(at, _)| *at);
    let mut out = vec!["clientele".to_string()];
    out.extend(words.iter().map(|w| (*w).to_string()));
    out.extend(flags);
    if !positional.is_empty() {
        out.push("--".to_string());
        out.extend(positional.into_iter().map(|(_, v)| v));
    }
    Ok(out)
}

/// A positional argument's name: its name in `--help` (`CLIENT`,
/// `FROM_DATE`), which a form gives in lower case.
pub(crate) fn positional_name(a: &clap::Arg) -> String {
    a.get_value_names()
        .and_then(|v| v.first())
        .map_or_else(|| a.get_id().to_string(), |n| n.to_string())
}

/// [`argv_with`] for a report's page or data file.
pub(crate) fn argv(words: &[&str], pairs: &[(String, String)]) -> Result<Vec<String>, String> {
    argv_with(words, pairs, &[])
}

/// The clap definition of the command `words`.
pub(crate) fn command<'a>(
    root: &'a clap::Command,
    words: &[&str],
) -> Result<&'a clap::Command, String> {
    let mut cmd = root;
    for w in words {
        cmd = cmd
            .find_subcommand(w)
            .ok_or_else(|| format!("no command `{w}`"))?;
    }
    Ok(cmd)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strs(v: &[String]) -> Vec<&str> {
        v.iter().map(String::as_str).collect()
    }

    #[test]
    fn decodes_forms() {
        assert_eq!(decode("a+b%20c%E5%9B%9E"), "a b c回");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz"), "%zz");
    }

    #[test]
    fn query_becomes_the_cli_flags() {
        let p = pairs("overdue=1&owner=li-wei&as_of=2026-11-20");
        let a = argv(&["followups"], &p).unwrap();
        assert_eq!(
            strs(&a),
            [
                "clientele",
                "followups",
                "--overdue",
                "--owner=li-wei",
                "--as-of=2026-11-20"
            ]
        );
        let off = argv(&["followups"], &pairs("overdue=0")).unwrap();
        assert_eq!(strs(&off), ["clientele", "followups"]);
    }

    #[test]
    fn unknown_and_denied_flags_are_refused() {
        assert!(argv(&["followups"], &pairs("nope=1")).is_err());
        assert!(argv(&["followups"], &pairs("records=/etc")).is_err());
        assert!(argv(&["followups"], &pairs("reveal=1")).is_err());
        assert!(argv(&["followups"], &pairs("overdue=maybe")).is_err());
        assert!(argv_with(&["log"], &pairs("client=acme&member=boss"), WRITER).is_err());
        assert!(argv_with(&["review"], &pairs("of=amy&by=boss"), WRITER).is_err());
    }

    #[test]
    fn positionals_go_by_name_after_the_flags() {
        let p = pairs("summary=-x&client=acme&kind=visit&date=");
        let a = argv_with(&["log"], &p, WRITER).unwrap();
        assert_eq!(
            strs(&a),
            [
                "clientele",
                "log",
                "--summary=-x",
                "--kind=visit",
                "--",
                "acme"
            ]
        );
        let p = pairs("from_date=2026-11-23&member=amy");
        let a = argv_with(&["leave", "approve"], &p, WRITER).unwrap();
        assert_eq!(
            strs(&a),
            ["clientele", "leave", "approve", "--", "amy", "2026-11-23"]
        );
    }
}
