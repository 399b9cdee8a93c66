//! The interface in three languages: what a person reads changes with
//! `--lang` (and `LANG`, `$CLIENTELE_LANG`, `[team] lang`); what a script
//! reads — CSV, JSON, exit codes — never does.

use std::io::Read;
use std::process::Stdio;

use crate::common::*;

pub const LANGS: [&str; 3] = ["en", "zh-Hant", "zh-Hans"];

/// Every report on the sample records.
pub const REPORTS: &[&[&str]] = &[
    &["summary"],
    &["summary", "--member", "li-wei"],
    &["check"],
    &["tiers"],
    &["followups"],
    &["plans"],
    &["care"],
    &["pipeline"],
    &["pipeline", "--by", "owner"],
    &["complaints"],
    &["complaints", "--summary"],
    &["attendance"],
    &["attendance", "--days"],
    &["leave"],
    &["actions"],
    &["meetings"],
    &["kpi"],
    &["kpi", "--explain", "li-wei"],
    &["appraisal", "--month", "2026-10"],
    &["appraisal", "--missing"],
    &["promotion"],
    &["awards"],
    &["awards", "--totals"],
    &["training"],
    &["training", "--sessions"],
    &["training", "--retakes"],
    &["report", "weekly", "--member", "li-wei"],
    &["report", "month", "--member", "li-wei"],
];

pub fn sample(lang: &str, args: &[&str]) -> (i32, String, String) {
    let mut all = vec![
        "--records",
        "records",
        "--as-of",
        "2026-11-20",
        "--lang",
        lang,
    ];
    all.extend_from_slice(args);
    run(&all)
}

#[test]
fn csv_and_json_are_the_same_bytes_in_every_language() {
    for report in REPORTS {
        for format in ["csv", "json"] {
            let args: Vec<&str> = report.iter().copied().chain(["--format", format]).collect();
            let en = sample("en", &args);
            assert_eq!(en.0, 0, "{args:?}: {}", en.2);
            for lang in &LANGS[1..] {
                assert_eq!(sample(lang, &args), en, "{lang} {args:?}");
            }
        }
    }
}

#[test]
fn exit_codes_do_not_change_with_the_language() {
    for lang in LANGS {
        let (code, _, _) = run(&["--records", &fixture("check-refs"), "--lang", lang, "check"]);
        assert_eq!(code, 1, "{lang}");
        let (code, _, _) = run(&["--lang", lang, "summary", "--as-of", "not-a-date"]);
        assert_eq!(code, 2, "{lang}");
    }
}

#[test]
fn the_briefing_in_each_language() {
    for lang in LANGS {
        let (code, out, err) = sample(lang, &["summary"]);
        assert_eq!(code, 0, "{err}");
        expect_file(&format!("i18n/summary.{lang}.txt"), &out);
        let (_, md, _) = sample(lang, &["summary", "--format", "md"]);
        expect_file(&format!("i18n/summary.{lang}.md"), &md);
    }
}

/// Every broken fixture of `check`: each finds its own kinds of problem.
const BROKEN: &[&str] = &[
    "check-clients",
    "check-config",
    "check-dates",
    "check-fields",
    "check-ids",
    "check-policy",
    "check-ranges",
    "check-refs",
    "check-syntax",
    "check-training",
];

/// `check` on `fixture` in `lang`; D far ahead of the wall clock, so that
/// "after today" is fixed.
fn check(fixture_name: &str, lang: &str, more: &[&str]) -> (i32, String, String) {
    let dir = fixture(fixture_name);
    let mut all = vec!["--records", &dir, "--lang", lang, "--as-of", "2098-12-31"];
    all.push("check");
    all.extend_from_slice(more);
    run(&all)
}

#[test]
fn check_on_broken_records_in_each_language() {
    for lang in LANGS {
        let mut all = String::new();
        for name in BROKEN {
            let (_, out, err) = check(name, lang, &[]);
            all.push_str(&format!("$ clientele check  # {name}\n{err}{out}\n"));
        }
        expect_file(&format!("i18n/check.{lang}.txt"), &all);
    }
}

/// Diagnostics are read by scripts in CSV and JSON: the same English text,
/// the same bytes, whatever the language; the exit code too.
#[test]
fn check_csv_and_json_are_english_in_every_language() {
    for name in BROKEN {
        for format in ["csv", "json"] {
            let en = check(name, "en", &["--format", format]);
            assert!(
                en.1.contains("\"E0") || en.1.contains(",E0") || en.1.contains("W0"),
                "{name} {format}: {}",
                en.1
            );
            for lang in &LANGS[1..] {
                assert_eq!(
                    check(name, lang, &["--format", format]),
                    en,
                    "{lang} {name} {format}"
                );
            }
        }
    }
    // while the text output speaks the language, codes and all
    let (code, text, _) = check("check-fields", "zh-Hant", &[]);
    assert_eq!(code, 1);
    assert!(
        text.contains(": error: `amount` 必須是數字，目前是字串 [E0203]\n"),
        "{text}"
    );
    let (_, text, _) = check("check-fields", "zh-Hans", &[]);
    assert!(
        text.contains(": error: `amount` 必须是数字，目前是字符串 [E0203]\n"),
        "{text}"
    );
}

/// The parser's own reason after "invalid TOML:" reads in the language,
/// for the common mistakes of `check-toml`; CSV stays English.
#[test]
fn toml_syntax_reasons_in_each_language() {
    for lang in LANGS {
        let (code, out, err) = check("check-toml", lang, &[]);
        assert_eq!(code, 1, "{err}");
        expect_file(&format!("i18n/toml.{lang}.txt"), &out);
    }
    let (_, text, _) = check("check-toml", "zh-Hant", &[]);
    assert!(
        text.contains(": error: TOML 格式錯誤：重複的鍵 [E0101]\n"),
        "{text}"
    );
    assert!(!text.contains("expected"), "{text}");
    let en = check("check-toml", "en", &["--format", "csv"]);
    assert!(en.1.contains("invalid TOML: duplicate key"), "{}", en.1);
    assert_eq!(check("check-toml", "zh-Hant", &["--format", "csv"]), en);
}

/// `check --explain` in the reader's language: the code's title, its fix,
/// and the refusal of an unknown code.
#[test]
fn explain_in_each_language() {
    for lang in LANGS {
        let (code, out, _) = run(&["--lang", lang, "check", "--explain", "E0203"]);
        assert_eq!(code, 0, "{lang}");
        let (code, _, err) = run(&["--lang", lang, "check", "--explain", "E9999"]);
        assert_eq!(code, 1, "{lang}");
        let all = format!(
            "$ clientele check --explain E0203\n{out}\n$ clientele check --explain E9999\n{err}"
        );
        expect_file(&format!("i18n/explain.{lang}.txt"), &all);
    }
}

#[test]
fn one_table_per_report_family_in_each_language() {
    let families: &[(&str, &[&str])] = &[
        ("followups", &["followups", "--overdue"]),
        ("complaints", &["complaints", "--open"]),
        ("leave", &["leave", "--pending"]),
        ("kpi", &["kpi"]),
        ("kpi-explain", &["kpi", "--explain", "li-wei"]),
        ("attendance-days", &["attendance", "--days"]),
        ("training", &["training", "--sessions"]),
        (
            "report",
            &[
                "report", "weekly", "--member", "li-wei", "--week", "2026-W46",
            ],
        ),
    ];
    for lang in LANGS {
        let mut all = String::new();
        for (name, args) in families {
            let (code, out, err) = sample(lang, args);
            assert_eq!(code, 0, "{name}: {err}");
            all.push_str(&format!("$ clientele {}\n{out}\n", args.join(" ")));
        }
        expect_file(&format!("i18n/tables.{lang}.txt"), &all);
    }
}

#[test]
fn help_in_each_language() {
    for lang in LANGS {
        let mut all = String::new();
        for args in [&["-h"][..], &["clock", "-h"], &["leave", "-h"]] {
            let mut full = vec!["--lang", lang];
            full.extend_from_slice(args);
            let (code, out, _) = run(&full);
            assert_eq!(code, 0);
            all.push_str(&format!("$ clientele {}\n{out}\n", args.join(" ")));
        }
        expect_file(&format!("i18n/help.{lang}.txt"), &all);
    }
}

#[test]
fn a_command_lists_its_own_flags_before_the_global_options() {
    let (_, out, _) = run(&["clock", "-h"]);
    let own = out.find("--out").unwrap();
    let global = out.find("Global options:").unwrap();
    assert!(own < global && out.find("--bom").unwrap() > global, "{out}");
}

#[test]
fn the_language_comes_from_lang_then_the_records_setting() {
    let briefing = |cmd: &mut assert_cmd::Command| {
        let (code, out, err) =
            output(cmd.args(["--records", "records", "--as-of", "2026-11-20", "summary"]));
        assert_eq!(code, 0, "{err}");
        out.lines().next().unwrap_or_default().to_string()
    };
    assert!(briefing(clientele().env("LANG", "zh_TW.UTF-8")).contains("團隊簡報"));
    assert!(
        briefing(
            clientele()
                .env("LC_ALL", "zh_CN.UTF-8")
                .env("LANG", "zh_TW.UTF-8")
        )
        .contains("团队简报")
    );
    assert!(
        briefing(
            clientele()
                .env("LANG", "zh_TW.UTF-8")
                .env("CLIENTELE_LANG", "en")
        )
        .starts_with("Briefing")
    );
    // a records folder that asks for Simplified Chinese
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&crate_path("records"), tmp.path());
    let settings = tmp.path().join("clientele.toml");
    let text = std::fs::read_to_string(&settings).unwrap();
    std::fs::write(
        &settings,
        text.replacen("[team]\n", "[team]\nlang = \"zh-Hans\"\n", 1),
    )
    .unwrap();
    let (code, out, err) = run_in(tmp.path(), &["--as-of", "2026-11-20", "summary"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("2026-11-20（周五）团队简报"), "{out}");
    let (code, out, _) = output(
        clientele()
            .current_dir(tmp.path())
            .env("LANG", "en_US.UTF-8")
            .args(["check"]),
    );
    assert_eq!(code, 0, "{out}");
    // a wrong setting is an error of the records
    std::fs::write(
        &settings,
        text.replacen("[team]\n", "[team]\nlang = \"fr\"\n", 1),
    )
    .unwrap();
    let (code, out, _) = run_in(tmp.path(), &["check"]);
    assert_eq!(code, 1);
    assert!(out.contains("unknown language `fr`"), "{out}");
}

#[test]
fn completions_survive_a_closed_pipe() {
    let mut child = clientele_process(&crate_path("."))
        .args(["completions", "zsh"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(status.code(), Some(0), "{err}");
}

#[test]
fn writes_confirm_in_the_reader_s_language_and_write_the_same_bytes() {
    let log = |lang: &str| {
        let f = Folder::new();
        let args = [
            "--lang",
            lang,
            "--member",
            "amy",
            "log",
            "acme",
            "--kind",
            "visit",
            "--summary",
            "季度回訪",
        ];
        let out = f.ok(&args);
        (out, f.read(AMY))
    };
    let (en, en_file) = log("en");
    assert!(en.starts_with("logged visit with acme on "), "{en}");
    let (hant, hant_file) = log("zh-Hant");
    assert!(
        hant.starts_with("已記錄 ") && hant.contains(" 與 acme 的拜訪，寫入 "),
        "{hant}"
    );
    let (hans, hans_file) = log("zh-Hans");
    assert!(hans.contains(" 与 acme 的拜访，写入 "), "{hans}");
    assert_eq!(hant_file, en_file);
    assert_eq!(hans_file, en_file);
}
