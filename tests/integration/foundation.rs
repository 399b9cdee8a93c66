//! `check`, `init` and the global options.

use super::common::*;

#[test]
fn init_creates_a_folder_that_passes_check_and_refuses_to_overwrite() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("recs");
    let dir_s = dir.to_str().unwrap();
    let (code, _, _) = run(&["init", dir_s, "--lead", "zhang-min", "--lead-name", "張敏"]);
    assert_eq!(code, 0);
    let (code, out, _) = run(&["--records", dir_s, "check"]);
    assert_eq!(
        (code, out.as_str()),
        (0, "2 files checked: 0 errors, 0 warnings\n")
    );
    let (code, _, err) = run(&["init", dir_s]);
    assert_eq!(code, 1);
    assert!(err.contains("already exists"), "{err}");
}

/// Each error family's fixture gives exactly the expected `check` output
/// (`tests/expected/check/<fixture>.txt`) and exit code 1. Set
/// `UPDATE_EXPECT=1` to rewrite the files after an intended change, then
/// review the diff.
#[test]
fn check_reports_every_problem_of_each_family_exactly() {
    let families = [
        "check-syntax",
        "check-fields",
        "check-ids",
        "check-refs",
        "check-dates",
        "check-ranges",
        "check-config",
        "check-training",
    ];
    for name in families {
        let (code, out, err) = run(&[
            "--records",
            &fixture(name),
            "check",
            "--as-of",
            "2026-11-20",
        ]);
        assert_eq!(code, 1, "{name}: {err}");
        expect_file(&format!("check/{name}.txt"), &out);
    }
}

#[test]
fn the_base_fixture_is_clean_and_quiet_prints_nothing() {
    let (code, out, _) = run(&["--records", &fixture("base"), "check"]);
    assert_eq!(
        (code, out.as_str()),
        (0, "3 files checked: 0 errors, 0 warnings\n")
    );
    let (code, out, _) = run(&["--records", &fixture("base"), "--quiet", "check"]);
    assert_eq!((code, out.as_str()), (0, ""));
}

#[test]
fn check_quiet_still_prints_errors_and_json_lists_them() {
    let (code, out, _) = run(&["--records", &fixture("check-syntax"), "-q", "check"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("clients/broken.toml:2:13: error: invalid TOML"),
        "{out}"
    );
    let (code, out, _) = run(&[
        "--records",
        &fixture("check-syntax"),
        "--format",
        "json",
        "check",
    ]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v[0]["path"],
        "tests/fixtures/check-syntax/clients/broken.toml"
    );
    assert_eq!(v[0]["line"], 2);
    assert_eq!(v[0]["code"], "E0101");
}

#[test]
fn strict_turns_warnings_into_failure() {
    let (code, _, _) = run(&["--records", &fixture("check-ranges"), "check", "--strict"]);
    assert_eq!(code, 1);
}

#[test]
fn explain_prints_a_code_and_rejects_unknown_ones() {
    let (code, out, _) = run(&["check", "--explain", "E0203"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("E0203: a value of the wrong type\nfix: "),
        "{out}"
    );
    let (code, _, err) = run(&["check", "--explain", "E9999"]);
    assert_eq!(code, 1);
    assert!(err.contains("unknown code"), "{err}");
}

#[test]
fn bad_as_of_is_a_usage_error() {
    let (code, _, err) = run(&[
        "--records",
        &fixture("base"),
        "check",
        "--as-of",
        "2026-02-30",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("is not a date"), "{err}");
    let (code, _, _) = run(&[
        "--records",
        &fixture("base"),
        "check",
        "--as-of",
        "2026-11-20T08:15",
    ]);
    assert_eq!(code, 0);
}

#[test]
fn records_folder_is_found_from_env_and_errors_clearly_when_missing() {
    let out = clientele()
        .env("CLIENTELE_RECORDS", fixture("base"))
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let tmp = tempfile::tempdir().unwrap();
    let out = clientele()
        .current_dir(tmp.path())
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no records folder found"), "{err}");
}

#[test]
fn completions_and_man_page_render() {
    let (code, out, _) = run(&["completions", "bash"]);
    assert_eq!(code, 0);
    assert!(out.contains("clientele"));
    let (code, out, _) = run(&["man"]);
    assert_eq!(code, 0);
    assert!(
        out.contains(".TH clientele"),
        "{}",
        &out[..200.min(out.len())]
    );
}

/// `man --dir` writes a page per command, so the main page's
/// `clientele-summary(1)` references resolve.
#[test]
fn man_dir_writes_a_page_per_command() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("man1");
    let (code, out, err) = run(&["man", "--dir", dir.to_str().unwrap()]);
    assert_eq!((code, err.as_str()), (0, ""));
    let pages: usize = out.split(' ').next().unwrap().parse().unwrap();
    assert!(pages > 40, "{out}");
    for page in [
        "clientele.1",
        "clientele-summary.1",
        "clientele-leave-approve.1",
        "clientele-import-crm.1",
    ] {
        let text = std::fs::read_to_string(dir.join(page)).unwrap();
        assert!(text.contains(".TH clientele"), "{page}");
    }
    let summary = std::fs::read_to_string(dir.join("clientele-summary.1")).unwrap();
    assert!(summary.contains("fail\\-on"), "{summary}");
}

#[test]
fn unknown_flag_is_exit_2() {
    let (code, _, _) = run(&["check", "--no-such-flag"]);
    assert_eq!(code, 2);
}

/// docs/diagnostics.md is the table of `codes::ALL` with the English
/// catalog's title and fix of each; it never drifts.
#[test]
fn diagnostics_doc_lists_every_code() {
    use clientele::diagnostic::codes::ALL;
    let mut doc = String::from(
        "# Diagnostic codes\n\n\
         Every problem `clientele check` reports carries a stable code. `E` codes are\n\
         errors (reports refuse to run until they are fixed), `W` codes are warnings.\n\
         `clientele check --explain CODE` prints one entry, in the reader's language.\n\
         This page is generated from the English catalog, `locales/en/codes.ftl`\n\
         (a test keeps it in step).\n\n\
         | code | what it means | how to fix it |\n| --- | --- | --- |\n",
    );
    for c in ALL {
        doc.push_str(&format!(
            "| {} | {} | {} |\n",
            c.code,
            c.title(),
            c.fix().replace('|', "\\|")
        ));
    }
    expect_golden(&crate_path("docs/diagnostics.md"), &doc);
}

/// The shipped sample records pass `check` with no errors and no warnings,
/// for the README's date and for today.
#[test]
fn shipped_records_pass_check() {
    for args in [&["check", "--as-of", "2026-11-20"][..], &["check"][..]] {
        let (code, out, _) = run(&[&["--records", "records"], args].concat());
        assert_eq!(code, 0, "{out}");
        assert!(
            out.ends_with(" files checked: 0 errors, 0 warnings\n"),
            "{out}"
        );
    }
    // found from the repository root without --records
    let (code, _, _) = run(&["check"]);
    assert_eq!(code, 0);
}

/// `check` quotes the offending line; a phone in it is masked unless
/// `--reveal`.
#[test]
fn check_masks_phones_in_quoted_lines_unless_revealed() {
    let tmp = copy_fixture("base");
    let path = tmp.path().join("clients/hd-electronics.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text.replace("phone = \"13800000000\"", "phone = 13812345678");
    std::fs::write(&path, text).unwrap();
    let dir = tmp.path().to_str().unwrap();
    let (code, out, _) = run(&["--records", dir, "check"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("| phone = 1******5678\n"), "{out}");
    assert!(!out.contains("13812345678"), "{out}");
    let (_, out, _) = run(&["--records", dir, "--reveal", "check"]);
    assert!(out.contains("| phone = 13812345678\n"), "{out}");
}

/// A control character in a quoted line is shown escaped, and the caret
/// still points at the offending character.
#[test]
fn check_escapes_control_characters_in_quoted_lines() {
    let tmp = copy_fixture("base");
    let path = tmp.path().join("clients/hd-electronics.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{text}note = \"a\u{1b}[2J\" x\n")).unwrap();
    let (code, out, _) = run(&["--records", tmp.path().to_str().unwrap(), "check"]);
    assert_eq!(code, 1, "{out}");
    assert!(!out.contains('\u{1b}'), "{out}");
    let quote = out.lines().find(|l| l.contains("| note = ")).unwrap();
    let caret = out.lines().find(|l| l.trim_end().ends_with('^')).unwrap();
    assert!(quote.ends_with("| note = \"a\\u{1b}[2J\" x"), "{out}");
    assert_eq!(caret.len(), quote.len(), "{out}");
}

/// Every rule the code cites — "SPEC 3.1", "SPEC section 4" or "rules
/// §3.1" — is a section of docs/rules.md, with its fixed anchor.
#[test]
fn every_rule_the_code_cites_is_a_section_of_rules_md() {
    let rules = std::fs::read_to_string(crate_path("docs/rules.md")).unwrap();
    let mut cited = std::collections::BTreeSet::new();
    for e in walkdir::WalkDir::new(crate_path("src")) {
        let e = e.unwrap();
        if !e.file_type().is_file() {
            continue;
        }
        let text = std::fs::read_to_string(e.path()).unwrap();
        for marker in ["SPEC section ", "SPEC sections ", "SPEC ", "rules §"] {
            for (at, _) in text.match_indices(marker) {
                let number: String = text[at + marker.len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || *c == '.')
                    .collect();
                let number = number.trim_end_matches('.');
                if !number.is_empty() {
                    cited.insert(number.to_string());
                }
            }
        }
    }
    assert!(cited.contains("3.1"), "{cited:?}");
    for number in &cited {
        let anchor = format!("<a id=\"s{number}\"></a>\n## {number} ");
        assert!(
            rules.contains(&anchor),
            "docs/rules.md has no section {number}"
        );
    }
}
