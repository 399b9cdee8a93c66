//! Structure-aware fuzzing with proptest (cargo-fuzz needs a nightly
//! toolchain): the loader and every report on record folders mutated the
//! way people and merges break them, and every write command on hostile
//! input. The property: nothing panics; a write that succeeds leaves a
//! folder `check` still reads. CI runs a small fixed budget;
//! `HARDEN_FUZZ_CASES=N` runs longer (results in docs/reliability.md).

use std::path::Path;

use clap::Parser;
use proptest::prelude::*;

use super::common::*;

pub fn cases(default: u32) -> u32 {
    std::env::var("HARDEN_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Runs `clientele ARGS` in this process on `root` as of `d`; a panic
/// fails the property, an error is an answer.
fn run_here(
    root: &Path,
    d: &str,
    member: Option<&str>,
    args: &[String],
) -> Result<clientele::error::Status, String> {
    let mut argv = vec!["clientele".to_string(), "--records".into()];
    argv.push(root.to_string_lossy().into_owned());
    argv.extend(["--as-of".into(), d.into(), "-q".into()]);
    if let Some(m) = member {
        argv.extend(["--member".into(), m.into()]);
    }
    argv.extend(args.iter().cloned());
    in_process(root, &argv)
}

/// Parses `argv` and dispatches the command in this process, its output
/// into memory.
pub fn in_process(root: &Path, argv: &[String]) -> Result<clientele::error::Status, String> {
    let cli = clientele::cli::Cli::try_parse_from(argv).map_err(|e| e.to_string())?;
    let ctx = clientele::options::Ctx {
        records: Some(root.to_path_buf()),
        cwd: root.to_path_buf(),
        as_of: cli.global.as_of,
        at: None,
        clock: chrono::DateTime::default(),
        format: clientele::render::Format::Table,
        month: cli.global.month,
        member: cli.global.member.clone(),
        quiet: true,
        reveal: false,
        cache: false,
        style: clientele::render::Style {
            width: Some(80),
            ..Default::default()
        },
    };
    let mut out = Vec::new();
    clientele::dispatch(&cli.command, &ctx, &mut out).map_err(|e| e.message())
}

const REPORTS: &[&str] = &[
    "check",
    "summary",
    "tiers",
    "followups",
    "plans",
    "care",
    "pipeline",
    "complaints",
    "attendance",
    "leave",
    "actions",
    "meetings",
    "kpi",
    "appraisal",
    "promotion",
    "awards",
    "training",
    "research",
    "events",
    "careers",
    "report team",
];

/// Hostile text: control characters, escapes, quotes, long runs, CJK,
/// bidi overrides, NUL.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9 _-]{0,12}",
        "\\PC{0,24}",
        Just("\u{1b}[31mred\u{1b}[0m".to_string()),
        Just("a\u{0}b".to_string()),
        Just("\u{202e}evil".to_string()),
        Just("=HYPERLINK(\"x\")".to_string()),
        Just("x".repeat(5000)),
        Just("con".to_string()),
        Just("../../etc/passwd".to_string()),
        Just("\"\\\n'''".to_string()),
    ]
}

/// A TOML value of any type, often out of range.
fn toml_value() -> impl Strategy<Value = String> {
    prop_oneof![
        text().prop_map(|s| format!("{s:?}")),
        any::<i64>().prop_map(|n| n.to_string()),
        prop_oneof![
            Just("inf"),
            Just("nan"),
            Just("-0.0"),
            Just("1e308"),
            Just("1e-320")
        ]
        .prop_map(String::from),
        any::<f64>().prop_map(|f| format!("{f:?}")),
        prop_oneof![
            Just("0000-01-01"),
            Just("9999-12-31"),
            Just("2026-02-29"),
            Just("2026-11-20T25:00:00"),
            Just("2026-11-20T09:00:00"),
            Just("1979-05-27T07:32:00Z")
        ]
        .prop_map(String::from),
        Just("[]".to_string()),
        Just("{}".to_string()),
        Just("[1, \"a\", 2026-11-20]".to_string()),
        Just("true".to_string()),
    ]
}

#[derive(Debug, Clone)]
enum Mutation {
    /// Replace the value of the `n`-th `key = value` line.
    Value(usize, String),
    /// Append an entry `[[kind]]` with these keys.
    Entry(&'static str, Vec<(&'static str, String)>),
    /// Delete the `n`-th line.
    DropLine(usize),
    /// Duplicate the `n`-th line.
    DupLine(usize),
    /// Put a byte at a position (by a fraction of the length).
    Byte(u8, u16),
}

const KINDS: &[&str] = &[
    "attendance",
    "interaction",
    "plan",
    "meeting",
    "leave",
    "review",
    "award",
    "deal",
    "complaint",
    "contact",
    "member",
    "occasion",
    "feedback",
    "research",
    "event",
    "team_target",
];
const KEYS: &[&str] = &[
    "id",
    "date",
    "in",
    "out",
    "kind",
    "client",
    "summary",
    "title",
    "attendees",
    "status",
    "from",
    "to",
    "requested",
    "amount",
    "stage",
    "opened",
    "closed",
    "received",
    "severity",
    "handler",
    "responded",
    "resolved",
    "score",
    "period",
    "name",
    "role",
    "joined",
    "left",
    "reports_to",
    "birthday",
    "phone",
    "email",
    "satisfaction",
    "owner",
    "since",
    "found",
    "potential",
    "primary",
    "field",
    "actions",
    "note",
    "topic",
    "clients",
    "invited",
    "attended",
    "cost",
    "new_clients",
    "sales",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (0usize..400, toml_value()).prop_map(|(n, v)| Mutation::Value(n, v)),
        3 => (
            prop::sample::select(KINDS),
            prop::collection::vec((prop::sample::select(KEYS), toml_value()), 0..6)
        )
            .prop_map(|(k, kv)| Mutation::Entry(k, kv)),
        1 => (0usize..400).prop_map(Mutation::DropLine),
        1 => (0usize..400).prop_map(Mutation::DupLine),
        1 => (any::<u8>(), any::<u16>()).prop_map(|(b, at)| Mutation::Byte(b, at)),
    ]
}

fn apply(text: &str, m: &Mutation) -> Vec<u8> {
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    match m {
        Mutation::Value(n, v) => {
            let assigns: Vec<usize> = (0..lines.len())
                .filter(|i| lines[*i].contains(" = "))
                .collect();
            if let Some(i) = assigns.get(n % assigns.len().max(1)) {
                let key = lines[*i].split(" = ").next().unwrap_or("").to_string();
                lines[*i] = format!("{key} = {v}");
            }
        }
        Mutation::Entry(kind, kv) => {
            lines.push(format!("\n[[{kind}]]"));
            lines.extend(kv.iter().map(|(k, v)| format!("{k} = {v}")));
        }
        Mutation::DropLine(n) if !lines.is_empty() => {
            let i = n % lines.len();
            lines.remove(i);
        }
        Mutation::DupLine(n) if !lines.is_empty() => {
            let i = n % lines.len();
            let l = lines[i].clone();
            lines.insert(i, l);
        }
        Mutation::Byte(b, at) => {
            let mut bytes = text.as_bytes().to_vec();
            let i = usize::from(*at) * bytes.len() / 65536;
            bytes.insert(i, *b);
            return bytes;
        }
        _ => {}
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out.into_bytes()
}

/// The record files of a fixture, by path inside it.
fn record_files(root: &Path) -> Vec<String> {
    let mut v: Vec<String> = snapshot(root)
        .into_keys()
        .filter(|k| k.ends_with(".toml"))
        .collect();
    v.sort();
    v
}

fn as_of() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("2026-11-20".to_string()),
        Just("2026-12-31".to_string()),
        Just("9999-12-31".to_string()),
        Just("0000-01-01".to_string()),
        (2025i32..=2027, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(12), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_loader_and_every_report_survive_mutated_records(
        fixture in prop::sample::select(&["team-work", "client-reports", "appraisal", "writes", "policy"][..]),
        edits in prop::collection::vec((any::<prop::sample::Index>(), mutation()), 1..5),
        d in as_of(),
    ) {
        let tmp = copy_fixture(fixture);
        let files = record_files(tmp.path());
        for (which, m) in &edits {
            let rel = which.get(&files);
            let path = tmp.path().join(rel);
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            std::fs::write(&path, apply(&text, m)).unwrap();
        }
        for r in REPORTS {
            let args: Vec<String> = r.split(' ').map(String::from).collect();
            let _ = run_here(tmp.path(), &d, None, &args);
        }
    }
}

/// Every write command with slots for generated values: `{T}` text,
/// `{D}` a date, `{H}` a time, `{N}` a number, `{I}` an id.
const WRITES: &[&str] = &[
    "log {I} --kind visit --summary {T}",
    "log acme --kind call --summary {T} --date {D} --satisfaction {N}",
    "plan {I} --date {D}",
    "clock --in {H}",
    "clock --date {D} --in {H} --out {H}",
    "client add {I} --name {T} --owner amy",
    "deal add acme --id {I} --title {T} --amount {N}",
    "deal set acme D-1 --amount {N}",
    "complaint open acme --id {I} --severity low --summary {T} --handler amy --received {D}T09:00",
    "complaint respond {I}",
    "meeting add --kind weekly --title {T} --attendees amy,{I}",
    "action done {D} {N}",
    "review amy --period 2026-10 --score {N}",
    "award ben --kind bonus --reason {T} --amount {N}",
    "leave request --kind annual --from {D} --to {D}",
    "leave approve amy {D} --by boss",
    "feedback amy --period 2026-10 --date {D} --note {T}",
    "research add --topic {T} --kind other --summary {T} --client {I}",
    "event add --date {D} --title {T} --kind seminar --invite acme,{I} --cost {N}",
    "event attended {I} acme",
    "career set ben --goal {T} --by 2027-06 --mentor {I}",
    "rotation add ben --from {D} --to {D} --area {T}",
    "complaint open acme --id {I} --severity low --summary {T} --handler amy --department {T}",
];

fn slot() -> impl Strategy<Value = (String, String, String, String, String)> {
    (
        text(),
        prop_oneof![
            as_of(),
            Just("2026-02-30".to_string()),
            Just("soon".to_string())
        ],
        prop_oneof![
            Just("09:00".to_string()),
            Just("25:00".to_string()),
            Just("23:59".to_string()),
            "[0-9:]{0,6}"
        ],
        prop_oneof![
            Just("1e308".to_string()),
            Just("1000000000001".to_string()),
            Just("-1".to_string()),
            Just("NaN".to_string()),
            any::<i64>().prop_map(|n| n.to_string()),
            (0u32..200).prop_map(|n| n.to_string()),
        ],
        prop_oneof![
            text(),
            "[a-z][a-z0-9-]{0,10}",
            Just("acme".to_string()),
            Just("C-1".to_string())
        ],
    )
}

fn fill(template: &str, (t, d, h, n, i): &(String, String, String, String, String)) -> Vec<String> {
    template
        .split(' ')
        .map(|w| {
            w.replace("{T}", t)
                .replace("{D}", d)
                .replace("{H}", h)
                .replace("{N}", n)
                .replace("{I}", i)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(24), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_write_survives_hostile_input_and_leaves_a_readable_folder(
        template in prop::sample::select(WRITES),
        values in slot(),
        member in prop_oneof![Just("amy"), Just("boss"), Just("ben")],
    ) {
        let f = Folder::new();
        let args = fill(template, &values);
        let wrote = run_here(f.path(), D, Some(member), &args).is_ok();
        let checked = run_here(f.path(), D, None, &["check".to_string()]);
        if wrote {
            prop_assert_eq!(checked, Ok(clientele::error::Status::Success), "{:?} broke the records", args);
        }
        prop_assert!(!f.path().join(".clientele-journal").exists());
    }
}
