//! `--help` and clap's errors in the reader's language, and a header for
//! every column a report can show.

use crate::common::*;
use crate::i18n::{LANGS, REPORTS, sample};

#[test]
fn clap_s_errors_in_the_reader_s_language() {
    let (code, _, err) = run(&["--lang", "zh-Hant", "leave", "--frm", "2026"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("error: 無法識別的參數 '--frm'"), "{err}");
    assert!(err.contains("提示：有相近的參數：'--from'"), "{err}");
    assert!(err.contains("用法：clientele leave"), "{err}");
    assert!(err.ends_with("詳細說明請執行 '--help'。\n"), "{err}");
    let (code, _, err) = run(&["--lang", "zh-Hans", "leave", "request"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("error: 缺少下列必要参数：\n  --kind <K>"),
        "{err}"
    );
    let (code, _, err) = run(&["--lang", "zh-Hant", "--format", "xx", "summary"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("'--format <FORMAT>' 的值 'xx' 無效\n  [可選值：table, csv"),
        "{err}"
    );
    // English is clap's own text
    let (code, _, err) = run(&["leave", "--frm", "2026"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("error: unexpected argument '--frm' found"),
        "{err}"
    );
}

#[test]
fn every_line_of_a_command_s_help_is_in_the_reader_s_language() {
    let (code, out, _) = run(&["--lang", "zh-Hant", "member", "leave", "-h"]);
    assert_eq!(code, 0);
    for line in [
        "成員離職",
        "選項：",
        "離職的成員",
        "在團隊的最後一天",
        "通用選項：",
        "[預設：10]",
        "範例：",
    ] {
        assert!(out.contains(line), "{line}: {out}");
    }
    for english in [
        "Options",
        "Arguments",
        "[default",
        "possible values",
        "Example",
        "The member who leaves",
    ] {
        assert!(!out.contains(english), "{english}: {out}");
    }
}

/// The `col-` ids of a language's catalogs.
fn column_ids(lang: &str) -> std::collections::BTreeSet<String> {
    let text = std::fs::read_to_string(crate_path(&format!("locales/{lang}/columns.ftl"))).unwrap();
    text.lines()
        .filter_map(|l| {
            l.strip_prefix("col-")?
                .split_once(" =")
                .map(|(id, _)| id.to_string())
        })
        .collect()
}

#[test]
fn every_column_a_report_can_show_has_its_header_in_every_language() {
    let mut reports: Vec<&[&str]> = REPORTS.to_vec();
    reports.extend_from_slice(&[
        &["tiers", "--breakdown"],
        &["pipeline", "--by", "source"],
        &["complaints", "--by-department"],
        &["leave", "--balance"],
        &["appraisal", "--member", "li-wei", "--comments"],
        &["promotion", "--all"],
        &["training", "--plan"],
        &["clients"],
        &["deals"],
        &["events"],
        &["research"],
        &["careers"],
        &["check", "--show-all"],
    ]);
    let mut columns = std::collections::BTreeSet::new();
    for report in &reports {
        let args: Vec<&str> = report.iter().copied().chain(["--format", "csv"]).collect();
        let (code, out, err) = sample("en", &args);
        assert!(code == 0 || report[0] == "check", "{args:?}: {err}");
        columns.extend(
            out.lines()
                .next()
                .unwrap_or_default()
                .split(',')
                .map(String::from),
        );
    }
    // the sections of `client show` and `report team`, through their JSON rows
    for args in [
        &["client", "show", "hd-electronics"][..],
        &["report", "team"],
    ] {
        let all: Vec<&str> = args.iter().copied().chain(["--format", "json"]).collect();
        let (code, out, err) = sample("en", &all);
        assert_eq!(code, 0, "{err}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        for section in v.as_object().unwrap().values() {
            let rows = match section {
                serde_json::Value::Array(rows) => rows.clone(),
                one @ serde_json::Value::Object(_) => vec![one.clone()],
                _ => Vec::new(),
            };
            for row in rows.iter().filter_map(|r| r.as_object()) {
                columns.extend(row.keys().cloned());
            }
        }
    }
    // `attendance --days` has a column per day: shown as the date
    columns.retain(|c| !c.is_empty() && !c.starts_with("20"));
    assert!(columns.len() > 150, "{}", columns.len());
    for lang in LANGS {
        let known = column_ids(lang);
        let missing: Vec<&String> = columns.iter().filter(|c| !known.contains(*c)).collect();
        assert!(missing.is_empty(), "{lang}: no col- line for {missing:?}");
    }
}
