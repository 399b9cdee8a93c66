//! Reading feedback, research, events, careers, rotations and team targets,
//! and the rules one file (or `check`) applies to them.

use std::path::Path;

use chrono::NaiveDate;

use crate::diagnostic::{Diagnostic, codes};
use crate::load::{Loaded, load_and_check, load_some};
use crate::model::{EventKind, ResearchKind, YearMonth};

const SETTINGS: &str = "[team]\nname = \"t\"\ncurrency = \"CNY\"\n";
const TEAM: &str = r#"
[[member]]
id = "boss"
name = "Boss"
role = "lead"
joined = 2020-01-06

[[member]]
id = "amy"
name = "Amy"
role = "manager"
joined = 2021-03-01
reports_to = "boss"

[[member.career]]
goal = "senior manager"
by = "2027-06"
plan = "lead two key accounts"
mentor = "boss"

[[member.rotation]]
from = 2025-03-01
to = 2025-05-31
area = "after-sales service"
"#;
const CLIENT: &str = "id = \"acme\"\nname = \"Acme\"\nstage = \"lead\"\nowner = \"amy\"\nfound = 2026-01-05\npotential = 3\n";

fn load(files: &[(&str, &str)]) -> Loaded {
    let files: Vec<(String, Option<String>)> = files
        .iter()
        .map(|(p, t)| (p.to_string(), Some(t.to_string())))
        .collect();
    load_some(Path::new("records"), &files).unwrap()
}

fn checked(files: &[(&str, &str)]) -> Loaded {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let full = dir.path().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
    }
    load_and_check(dir.path(), NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()).unwrap()
}

fn codes_of(d: &[Diagnostic]) -> Vec<&'static str> {
    d.iter().map(|d| d.code).collect()
}

fn ym(s: &str) -> YearMonth {
    s.parse().unwrap()
}

#[test]
fn careers_and_rotations_are_read_per_member() {
    let l = load(&[("clientele.toml", SETTINGS), ("team.toml", TEAM)]);
    assert!(l.diagnostics.is_empty(), "{:?}", l.diagnostics);
    let amy = l.records.member("amy").unwrap();
    assert_eq!(amy.careers[0].goal, "senior manager");
    assert_eq!(amy.careers[0].by, ym("2027-06"));
    assert_eq!(amy.careers[0].mentor.as_ref().unwrap().0, "boss");
    assert_eq!(amy.rotations[0].area, "after-sales service");
}

#[test]
fn a_rotation_ending_before_it_starts_is_a_date_order_error() {
    let team = TEAM.replace("to = 2025-05-31", "to = 2025-02-01");
    let l = load(&[("clientele.toml", SETTINGS), ("team.toml", &team)]);
    assert_eq!(codes_of(&l.diagnostics), [codes::DATE_ORDER]);
}

#[test]
fn month_entries_are_read() {
    let month = r#"
[[feedback]]
member = "amy"
period = "2026-10"
date = 2026-11-05
note = "talked through the sales gap"

[[research]]
date = 2026-11-10
topic = "Regional logistics prices"
kind = "industry"
summary = "prices up 5%"
clients = ["acme"]
source = "trade report"

[[event]]
id = "E-2026-01"
date = 2026-11-20
title = "Year-end thanks"
kind = "appreciation"
invited = ["acme"]
attended = ["acme"]
cost = 8000
"#;
    let l = load(&[
        ("clientele.toml", SETTINGS),
        ("team.toml", TEAM),
        ("clients/acme.toml", CLIENT),
        ("months/2026-11/boss.toml", month),
    ]);
    assert!(l.diagnostics.is_empty(), "{:?}", l.diagnostics);
    let log = &l.records.months[0];
    assert_eq!(log.feedback[0].period, ym("2026-10"));
    assert_eq!(log.research[0].kind, ResearchKind::Industry);
    assert_eq!(log.research[0].clients[0].0, "acme");
    assert_eq!(log.events[0].kind, EventKind::Appreciation);
    assert_eq!(log.events[0].cost, Some(8000.0));
}

#[test]
fn early_feedback_and_uninvited_attendance_are_warnings() {
    let month = r#"
[[feedback]]
member = "amy"
period = "2026-11"
date = 2026-11-05

[[event]]
id = "E1"
date = 2026-11-20
title = "Open day"
kind = "open-day"
invited = []
attended = ["acme"]
"#;
    let l = load(&[
        ("clientele.toml", SETTINGS),
        ("team.toml", TEAM),
        ("months/2026-11/boss.toml", month),
    ]);
    assert_eq!(
        codes_of(&l.diagnostics),
        [codes::EARLY_FEEDBACK, codes::NOT_INVITED]
    );
}

#[test]
fn an_entry_outside_its_month_or_of_unknown_kind_is_an_error() {
    let month =
        "[[research]]\ndate = 2026-10-30\ntopic = \"t\"\nkind = \"gossip\"\nsummary = \"s\"\n";
    let l = load(&[
        ("clientele.toml", SETTINGS),
        ("team.toml", TEAM),
        ("months/2026-11/amy.toml", month),
    ]);
    assert_eq!(
        codes_of(&l.diagnostics),
        [codes::OUTSIDE_MONTH, codes::BAD_ENUM]
    );
}

#[test]
fn team_targets_must_be_in_month_order_and_in_range() {
    let settings = format!(
        "{SETTINGS}\n[[team_target]]\nfrom = \"2026-06\"\nsales = 1000\n\n[[team_target]]\nfrom = \"2026-01\"\ncomplaints_on_time = 90\nnew_clients = 0\n"
    );
    let l = load(&[("clientele.toml", &settings), ("team.toml", TEAM)]);
    assert_eq!(
        codes_of(&l.diagnostics),
        [
            codes::TARGET_NOT_POSITIVE,
            codes::OUT_OF_RANGE,
            codes::TARGET_ORDER
        ]
    );
}

#[test]
fn team_targets_apply_from_their_month_until_the_next() {
    let settings = format!(
        "{SETTINGS}\n[career]\npromotion_months = 2\nmin_training_hours = 8\n\n[appraisal]\nfeedback_days = 7\n\n[[team_target]]\nfrom = \"2026-01\"\nsales = 1000\n\n[[team_target]]\nfrom = \"2026-07\"\nsales = 2000\n"
    );
    let l = load(&[("clientele.toml", &settings), ("team.toml", TEAM)]);
    assert!(l.diagnostics.is_empty(), "{:?}", l.diagnostics);
    let s = &l.records.settings;
    assert_eq!(s.career.promotion_months, 2);
    assert_eq!(s.career.min_training_hours, 8.0);
    assert_eq!(s.appraisal.feedback_days, 7);
    let at = |m: &str| crate::model::target_for(&s.team_targets, ym(m)).and_then(|t| t.sales);
    assert_eq!(at("2025-12"), None);
    assert_eq!(at("2026-06"), Some(1000.0));
    assert_eq!(at("2026-07"), Some(2000.0));
}

#[test]
fn check_judges_references_leads_and_event_ids() {
    let amy_month = r#"
[[feedback]]
member = "boss"
period = "2026-10"
date = 2026-11-05

[[research]]
date = 2026-11-10
topic = "t"
kind = "competitor"
summary = "s"
clients = ["nobody"]

[[event]]
id = "E1"
date = 2026-11-20
title = "a"
kind = "seminar"
invited = ["acme"]
"#;
    let boss_month = "[[event]]\nid = \"E1\"\ndate = 2026-11-21\ntitle = \"b\"\nkind = \"other\"\ninvited = [\"ghost\"]\n";
    let team = TEAM.replace("mentor = \"boss\"", "mentor = \"zed\"");
    let l = checked(&[
        ("clientele.toml", SETTINGS),
        ("team.toml", &team),
        ("clients/acme.toml", CLIENT),
        ("months/2026-11/amy.toml", amy_month),
        ("months/2026-11/boss.toml", boss_month),
    ]);
    let mut got = codes_of(&l.diagnostics);
    got.sort_unstable();
    assert_eq!(
        got,
        [
            codes::DUPLICATE_ID,
            codes::UNKNOWN_MEMBER,
            codes::UNKNOWN_CLIENT,
            codes::UNKNOWN_CLIENT,
            codes::NOT_A_LEAD,
        ],
        "{:?}",
        l.diagnostics
    );
}
