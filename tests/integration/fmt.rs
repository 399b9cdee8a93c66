//! `fmt` on `tests/fixtures/fmt/in` (valid records, nothing canonical):
//! the result is exactly `tests/fixtures/fmt/out`, a second run changes
//! nothing, `--check` lists what would change, and no report says anything
//! different before and after. Also on the `team-work` fixture and the
//! shipped records.

use std::path::Path;

use super::common::*;

/// What the reports built so far say about a folder, in CSV.
fn reports(dir: &Path, as_of: &str) -> Vec<String> {
    let mut out = Vec::new();
    for args in [
        &["check"][..],
        &["complaints"],
        &["complaints", "--summary"],
        &["attendance", "--month", "2026-10"],
        &["attendance", "--month", "2026-11"],
        &["leave"],
        &["actions"],
        &["meetings"],
    ] {
        let mut all = vec!["--records", ".", "--as-of", as_of, "--format", "csv"];
        all.extend_from_slice(args);
        let (code, text, err) = run_in(dir, &all);
        out.push(format!("{args:?} {code}\n{text}{err}"));
    }
    out
}

#[test]
fn fmt_makes_the_files_canonical_and_changes_no_report() {
    let tmp = copy_fixture("fmt/in");
    let dir = tmp.path();
    let before = reports(dir, "2026-11-20");
    let (code, out, _) = run_in(dir, &["--records", ".", "fmt", "--check"]);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        "clientele.toml\nclients/acme.toml\nmonths/2026-11/amy.toml\nmonths/2026-11/boss.toml\nteam.toml\n"
    );
    assert_same_files(dir, &crate_path(&fixture("fmt/in")));
    let (code, out, _) = run_in(dir, &["--records", ".", "fmt"]);
    assert_eq!((code, out.lines().count()), (0, 5));
    assert_same_files(dir, &crate_path(&fixture("fmt/out")));
    assert_eq!(reports(dir, "2026-11-20"), before);
    // canonical: a second run and --check change and list nothing
    assert_eq!(
        run_in(dir, &["--records", ".", "fmt"]),
        (0, String::new(), String::new())
    );
    assert_eq!(
        run_in(dir, &["--records", ".", "fmt", "--check"]),
        (0, String::new(), String::new())
    );
}

#[test]
fn fmt_changes_no_report_on_the_team_work_fixture() {
    let tmp = copy_fixture("team-work");
    let dir = tmp.path();
    let before = reports(dir, "2026-11-20");
    let (code, out, _) = run_in(dir, &["--records", ".", "fmt"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "months/2026-10/amy.toml\nmonths/2026-10/boss.toml\nmonths/2026-11/boss.toml\n"
    );
    assert_eq!(reports(dir, "2026-11-20"), before);
    assert_eq!(reports(dir, "2026-10-15"), {
        let tmp = copy_fixture("team-work");
        reports(tmp.path(), "2026-10-15")
    });
}

#[test]
fn the_shipped_records_are_canonical() {
    let (code, out, err) = run(&["--records", "records", "fmt", "--check"]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
}

#[test]
fn fmt_takes_paths_keeps_crlf_and_leaves_broken_files_alone() {
    let tmp = copy_fixture("fmt/in");
    let dir = tmp.path();
    let amy = dir.join("months/2026-11/amy.toml");
    let crlf = std::fs::read_to_string(&amy).unwrap().replace('\n', "\r\n");
    std::fs::write(&amy, &crlf).unwrap();
    std::fs::write(
        dir.join("clients/broken.toml"),
        "id = \"broken\"\nname = [\n",
    )
    .unwrap();
    let (code, out, err) = run_in(
        dir,
        &[
            "--records",
            ".",
            "fmt",
            "months/2026-11/amy.toml",
            "clients",
        ],
    );
    assert_eq!(code, 1);
    assert_eq!(out, "months/2026-11/amy.toml\nclients/acme.toml\n");
    assert!(
        err.starts_with("clients/broken.toml: error: not valid TOML ("),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("clients/broken.toml")).unwrap(),
        "id = \"broken\"\nname = [\n"
    );
    let expected =
        std::fs::read_to_string(crate_path(&fixture("fmt/out/months/2026-11/amy.toml"))).unwrap();
    assert_eq!(
        std::fs::read_to_string(&amy).unwrap(),
        expected.replace('\n', "\r\n")
    );
    // untouched: not named
    assert_eq!(
        std::fs::read_to_string(dir.join("team.toml")).unwrap(),
        std::fs::read_to_string(crate_path(&fixture("fmt/in/team.toml"))).unwrap()
    );
}
