//! The catalogs: the three hold the same ids, every id the code uses is
//! there, and every id there is used.

use std::collections::BTreeSet;
use std::path::Path;

use super::help_tests::{command_paths, every_argument};
use super::*;

pub(super) const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The files of one catalog folder, sorted.
pub(super) fn catalog_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

/// The message ids of one catalog folder, and their `$arguments`.
fn catalog(lang: Lang) -> BTreeSet<(String, BTreeSet<String>)> {
    let dir = Path::new(ROOT).join("locales").join(lang.tag());
    let mut ids = BTreeSet::new();
    for path in catalog_files(&dir) {
        let text = std::fs::read_to_string(&path).unwrap();
        let mut current: Option<(String, BTreeSet<String>)> = None;
        for line in text.lines() {
            let starts_id = line.starts_with(|c: char| c.is_ascii_alphabetic());
            if starts_id && let Some((id, _)) = line.split_once(" =") {
                ids.extend(current.take());
                current = Some((id.trim().to_string(), BTreeSet::new()));
            }
            if let Some((_, args)) = current.as_mut() {
                for part in line.split('$').skip(1) {
                    let name: String = part
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    args.insert(name);
                }
            }
        }
        ids.extend(current.take());
    }
    ids
}

pub(super) fn ids(lang: Lang) -> BTreeSet<String> {
    catalog(lang).into_iter().map(|(id, _)| id).collect()
}

/// The code of every `.rs` file under `src/` (no comment lines), as one text.
pub(super) fn sources() -> String {
    let mut all = String::new();
    for entry in walkdir::WalkDir::new(Path::new(ROOT).join("src")).sort_by_file_name() {
        let entry = entry.unwrap();
        // these files name ids to test them, which is no use
        let this = ["i18n/tests.rs", "i18n/help_tests.rs"]
            .iter()
            .any(|t| entry.path().ends_with(t));
        if !this && entry.path().extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            // comments name ids as examples: only code counts
            for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
                all.push_str(line);
                all.push('\n');
            }
        }
    }
    all
}

#[test]
fn the_three_catalogs_hold_the_same_ids_with_the_same_arguments() {
    let en = catalog(Lang::En);
    assert!(en.len() > 100, "{}", en.len());
    for lang in [Lang::ZhHant, Lang::ZhHans] {
        let other = catalog(lang);
        let missing: Vec<_> = en.difference(&other).collect();
        let extra: Vec<_> = other.difference(&en).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang}: missing or different {missing:?}, not in en {extra:?}"
        );
    }
}

/// The ids built at run time: a prefix written in the code, then a word
/// that is a string literal somewhere in the code (a column name, a
/// section key, an enum value).
const FAMILIES: &[&str] = &[
    "col-",
    "briefing-",
    "report-event-",
    "report-as-",
    "help-area-",
    "import-count-",
    "section-client-",
    "section-team-",
    "dashboard-",
    "chart-note-",
    "chart-",
];

#[test]
fn every_id_in_the_catalogs_is_used() {
    let src = sources();
    let literal = |s: &str| src.contains(&format!("\"{s}\""));
    let value_family = |id: &str| {
        VALUE_COLUMNS.iter().any(|c| {
            id.strip_prefix(&format!("value-{c}-"))
                .is_some_and(&literal)
        })
    };
    let paths = command_paths();
    let arg_ids: BTreeSet<String> = every_argument()
        .iter()
        .flat_map(|(path, id)| args::ids(path, id))
        .collect();
    let command_family = |id: &str| {
        arg_ids.contains(id)
            || ["about-", "examples-"].iter().any(|f| {
                id.strip_prefix(f)
                    .is_some_and(|p| paths.iter().any(|x| x == p))
            })
    };
    let unused: Vec<String> = ids(Lang::En)
        .into_iter()
        .filter(|id| {
            !literal(id)
                && !value_family(id)
                && !command_family(id)
                && !code_ids().contains(id)
                && !FAMILIES.iter().any(|f| {
                    id.strip_prefix(f).is_some_and(&literal) && src.contains(&format!("\"{f}{{"))
                })
        })
        .collect();
    assert!(unused.is_empty(), "ids nothing uses: {unused:?}");
}

/// The ids of every diagnostic code's title and fix (`code-e0203-title`).
fn code_ids() -> BTreeSet<String> {
    crate::diagnostic::codes::ALL
        .iter()
        .flat_map(|c| [c.id("title"), c.id("fix")])
        .collect()
}

#[test]
fn every_code_has_its_title_and_fix_in_the_three_catalogs() {
    let wanted = code_ids();
    assert_eq!(wanted.len(), 2 * crate::diagnostic::codes::ALL.len());
    for lang in Lang::ALL {
        let have = ids(lang);
        let missing: Vec<_> = wanted.difference(&have).collect();
        assert!(missing.is_empty(), "{lang}: no {missing:?}");
    }
    // translated, not copied: no Chinese entry is the English one
    for id in &wanted {
        let en = tr(Lang::En, id, &[]);
        for lang in [Lang::ZhHant, Lang::ZhHans] {
            assert_ne!(tr(lang, id, &[]), en, "{lang} {id}");
        }
    }
}

/// The places in `src` where `name(` is called (not `xname(`).
fn calls<'a>(src: &'a str, name: &str) -> Vec<&'a str> {
    src.match_indices(name)
        .filter(|(i, _)| {
            !src[..*i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':')
                || src[..*i].ends_with("i18n::")
        })
        .map(|(i, _)| &src[i + name.len()..])
        .collect()
}

/// The first string literal of `call`, when it comes before `stop`.
fn first_literal(call: &str, stop: char) -> Option<String> {
    let start = call.find('"')?;
    if call.find(stop).is_some_and(|s| s < start) {
        return None;
    }
    Some(
        call[start + 1..]
            .chars()
            .take_while(|c| *c != '"')
            .collect(),
    )
}

#[test]
fn every_id_the_code_names_is_in_the_catalogs() {
    let src = sources();
    let known = ids(Lang::En);
    let mut missing = Vec::new();
    for call in calls(&src, "t!(") {
        // `t!(lang; "id", …)` or `t!("id", …)`
        let call = call
            .split_once(';')
            .filter(|(l, _)| !l.contains('"'))
            .map_or(call, |(_, r)| r);
        missing.extend(first_literal(call, ')').filter(|id| !known.contains(id)));
    }
    for call in calls(&src, "tr(") {
        // `tr(lang, "id", …)`
        let Some((_, rest)) = call.split_once(',') else {
            continue;
        };
        if rest.trim_start().starts_with('"') {
            missing.extend(first_literal(rest, ',').filter(|id| !known.contains(id)));
        }
    }
    for call in calls(&src, "msg!(") {
        // `msg!("id", …)`: a diagnostic's message
        missing.extend(first_literal(call, ')').filter(|id| !known.contains(id)));
    }
    missing.extend(diagnostic_ids(&src).filter(|id| !known.contains(id)));
    for c in VALUE_COLUMNS {
        assert!(
            known
                .iter()
                .any(|id| id.starts_with(&format!("value-{c}-"))),
            "{c}"
        );
    }
    assert!(
        missing.is_empty(),
        "ids used but in no catalog: {missing:?}"
    );
}

/// Every `"diag-…"` literal of the code: the ids of diagnostics, of their
/// hints and of the phrases put into them, wherever they are written (a
/// `msg!`, a `Msg::new`, a table of type names); not the prefix itself.
fn diagnostic_ids(src: &str) -> impl Iterator<Item = String> + '_ {
    src.match_indices("\"diag-")
        .map(|(i, _)| {
            src[i + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect::<String>()
        })
        .filter(|id| !id.ends_with('-'))
}

#[test]
fn every_diagnostic_id_is_in_the_catalogs_and_every_one_there_is_used() {
    let src = sources();
    let used: BTreeSet<String> = diagnostic_ids(&src).collect();
    let known: BTreeSet<String> = ids(Lang::En)
        .into_iter()
        .filter(|id| id.starts_with("diag-"))
        .collect();
    assert!(known.len() > 100, "{}", known.len());
    let missing: Vec<_> = used.difference(&known).collect();
    let unused: Vec<_> = known.difference(&used).collect();
    assert!(
        missing.is_empty(),
        "diagnostic ids in no catalog: {missing:?}"
    );
    assert!(unused.is_empty(), "diagnostic ids nothing uses: {unused:?}");
}

/// The top-level parts of a call's arguments (`"id", a = f(x, y), b = c`),
/// up to its closing parenthesis.
fn call_arguments(call: &str) -> Vec<&str> {
    let (mut depth, mut quoted, mut start) = (0i32, false, 0);
    let mut parts = Vec::new();
    for (i, c) in call.char_indices() {
        match c {
            '"' => quoted = !quoted,
            _ if quoted => {}
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => {
                parts.push(&call[start..i]);
                break;
            }
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&call[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts
}

#[test]
fn every_diagnostic_gives_the_arguments_its_message_takes() {
    let src = sources();
    let catalog: std::collections::BTreeMap<String, BTreeSet<String>> =
        catalog(Lang::En).into_iter().collect();
    let mut checked = 0;
    for call in calls(&src, "msg!(") {
        let parts = call_arguments(call);
        let Some(id) = parts.first().and_then(|p| first_literal(p, ')')) else {
            continue;
        };
        let given: BTreeSet<String> = parts[1..]
            .iter()
            .filter_map(|p| p.split_once(" = ").map(|(name, _)| name.trim().to_string()))
            .collect();
        let wanted = catalog.get(&id).cloned().unwrap_or_default();
        assert_eq!(given, wanted, "msg!(\"{id}\", …)");
        checked += 1;
    }
    assert!(checked > 100, "{checked}");
}

#[test]
fn plurals_come_from_the_catalog() {
    let late = |lang, n: i64| tr(lang, "when-late", &[("n", n.into())]);
    assert_eq!(late(Lang::En, 1), "1 day late");
    assert_eq!(late(Lang::En, 25), "25 days late");
    assert_eq!(late(Lang::ZhHant, 25), "逾期 25 天");
    assert_eq!(late(Lang::ZhHans, 1), "逾期 1 天");
    assert_eq!(weekday(Lang::ZhHant, chrono::Weekday::Fri), "週五");
    assert_eq!(weekday(Lang::ZhHans, chrono::Weekday::Fri), "周五");
}

#[test]
fn columns_and_values_show_translated_and_fall_back_to_themselves() {
    assert_eq!(column(Lang::En, "days_overdue"), "days_overdue");
    assert_eq!(column(Lang::ZhHant, "days_overdue"), "逾期天數");
    assert_eq!(column(Lang::ZhHans, "no_such_column"), "no_such_column");
    assert_eq!(
        value(Lang::ZhHant, "status", "overdue").as_deref(),
        Some("逾期")
    );
    assert_eq!(
        value(Lang::ZhHans, "occasion", "birthday").as_deref(),
        Some("生日")
    );
    assert_eq!(value(Lang::ZhHant, "name", "open"), None);
    assert_eq!(value(Lang::ZhHant, "occasion", "年度客戶答謝會"), None);
    assert_eq!(t!(Lang::ZhHans; "table-empty"), "（没有数据）");
}
