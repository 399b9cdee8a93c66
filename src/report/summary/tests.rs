//! Hand-worked cases for the briefing's member rules and dates.

use super::*;
use crate::report::testkit::{day, end_of, from_files};

static TEAM: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    crate::report::testkit::team_toml(&[
        "boss lead 2020-01-01 name = \"張敏\"",
        "amy manager 2020-01-01",
        "ben specialist 2020-01-01",
    ])
});

const AMY: &str = r#"
[[leave]]
kind = "annual"
from = 2026-11-26
to = 2026-11-27
requested = 2026-11-18
status = "pending"
"#;

const BEN: &str = r#"
[[leave]]
kind = "sick"
from = 2026-11-23
to = 2026-11-23
requested = 2026-11-19
status = "approved"
approved_by = "boss"
decided = 2026-11-21
"#;

fn briefing_for(member: Option<&str>) -> Briefing {
    briefing_on("2026-11-20", member)
}

fn briefing_on(d: &str, member: Option<&str>) -> Briefing {
    let now = end_of(d);
    let d = day(d);
    let records = from_files(
        &[
            ("team.toml", TEAM.as_str()),
            ("months/2026-11/amy.toml", AMY),
            ("months/2026-11/ben.toml", BEN),
        ],
        d,
    );
    let o = Options {
        member: member.map(str::to_string),
        top: 3,
    };
    briefing(&records, now, d, &o)
}

fn count(b: &Briefing, key: &str) -> usize {
    b.sections
        .iter()
        .find(|s| s.key == key)
        .map(|s| s.count)
        .unwrap()
}

#[test]
fn days_in_words() {
    let en = |n| when(Lang::En, n);
    assert_eq!(en(25), "25 days late");
    assert_eq!(en(1), "1 day late");
    assert_eq!(en(0), "today");
    assert_eq!(en(-1), "tomorrow");
    assert_eq!(en(-6), "in 6 days");
    assert_eq!(when(Lang::ZhHant, 25), "逾期 25 天");
    assert_eq!(when(Lang::ZhHans, -6), "6 天后");
}

#[test]
fn a_leave_decided_after_d_still_waits() {
    // ben's leave is approved on 21 Nov: on 20 Nov it is pending
    let b = briefing_for(None);
    assert_eq!(count(&b, "leave_pending"), 2);
    assert_eq!(
        b.heading,
        "Briefing for 2026-11-20 (Fri), the team: 3 members, 0 clients"
    );
}

#[test]
fn a_lead_sees_the_requests_waiting_for_them_a_member_only_their_own() {
    assert_eq!(count(&briefing_for(Some("boss")), "leave_pending"), 2);
    let amy = briefing_for(Some("amy"));
    assert_eq!(count(&amy, "leave_pending"), 1);
    let s = amy
        .sections
        .iter()
        .find(|s| s.key == "leave_pending")
        .unwrap();
    assert_eq!(s.command, "clientele leave --pending --member amy");
    assert_eq!(s.rows.rows[0][3], Cell::text("2026-11-26 to 11-27"));
    assert_eq!(s.rows.rows[0][4], Cell::text("2 workdays"));
}

#[test]
fn away_counts_leave_approved_by_d_in_the_next_seven_days() {
    // ben's sick day on Mon 23 Nov is approved on the 21st
    assert_eq!(count(&briefing_on("2026-11-20", None), "away"), 0);
    let b = briefing_on("2026-11-21", None);
    assert_eq!(count(&b, "away"), 1);
    let s = b.sections.iter().find(|s| s.key == "away").unwrap();
    assert_eq!(
        s.command,
        "clientele leave --approved --from 2026-11-21 --to 2026-11-27"
    );
    // a week later it is over
    assert_eq!(count(&briefing_on("2026-11-24", None), "away"), 0);
    // amy's own briefing: not her leave; the lead's: his report's
    assert_eq!(count(&briefing_on("2026-11-21", Some("amy")), "away"), 0);
    assert_eq!(count(&briefing_on("2026-11-21", Some("boss")), "away"), 1);
}

#[test]
fn every_section_is_there_even_when_empty() {
    let b = briefing_for(Some("ben"));
    let keys: Vec<&str> = b.sections.iter().map(|s| s.key).collect();
    assert_eq!(
        keys,
        [
            "followups_overdue",
            "followups_due",
            "complaints_open",
            "complaints_breach",
            "leave_pending",
            "away",
            "actions_overdue",
            "plans_missed",
            "care",
            "kpi",
            "feedback_due"
        ]
    );
    assert_eq!(b.heading, "Briefing for 2026-11-20 (Fri), Ben (ben)");
    // ben is a specialist with a KPI line of his own (no score yet)
    assert_eq!(count(&b, "kpi"), 1);
}

/// amy owns acme, served by ben; its complaint is handled by boss. Received
/// 20 Nov 10:00 (high: respond by 14:00, resolve by 23 Nov 10:00).
const ACME: &str = r#"
id = "acme"
name = "Acme"
stage = "prospect"
owner = "amy"
specialist = "ben"
found = 2026-01-01
potential = 3

[[complaint]]
id = "K-1"
received = 2026-11-20T10:00:00
severity = "high"
summary = "late"
handler = "boss"
"#;

fn section<'a>(b: &'a Briefing, key: &str) -> &'a crate::render::briefing::Section {
    b.sections.iter().find(|s| s.key == key).unwrap()
}

fn with_complaint(now: &str, member: Option<&str>) -> Briefing {
    let now = chrono::NaiveDateTime::parse_from_str(now, "%Y-%m-%dT%H:%M").unwrap();
    let records = from_files(
        &[("team.toml", TEAM.as_str()), ("clients/acme.toml", ACME)],
        now.date(),
    );
    let o = Options {
        member: member.map(str::to_string),
        top: 3,
    };
    briefing(&records, now, now.date(), &o)
}

#[test]
fn a_members_briefing_counts_complaints_on_clients_it_owns_or_serves() {
    for member in ["boss", "amy", "ben"] {
        let b = with_complaint("2026-11-20T11:00", Some(member));
        assert_eq!(count(&b, "complaints_open"), 1, "{member}");
    }
    let b = with_complaint("2026-11-20T11:00", Some("amy"));
    let s = section(&b, "complaints_open");
    assert_eq!(s.command, "clientele complaints --open --member amy");
    // both deadlines: no response yet, so the response deadline shows
    assert_eq!(s.rows.rows[0][5].plain(), "2026-11-20T14:00:00");
    assert_eq!(s.rows.rows[0][6].plain(), "2026-11-23T10:00:00");
}

#[test]
fn complaints_about_to_breach_in_the_next_24_hours() {
    // at 11:00 the response is due at 14:00
    let b = with_complaint("2026-11-20T11:00", None);
    let s = section(&b, "complaints_breach");
    assert_eq!((s.key, s.count), ("complaints_breach", 1));
    assert_eq!(s.command, "clientele complaints --due-within 24h");
    assert_eq!(s.rows.rows[0][4].plain(), "respond");
    assert_eq!(s.rows.rows[0][5].plain(), "2026-11-20T14:00:00");
    // on 21 Nov the response is overdue, and resolution is two days away
    assert_eq!(
        count(
            &with_complaint("2026-11-21T09:00", None),
            "complaints_breach"
        ),
        0
    );
    // on 22 Nov 10:00 the resolution deadline is 24 h away exactly
    let b = with_complaint("2026-11-22T10:00", None);
    assert_eq!(
        section(&b, "complaints_breach").rows.rows[0][4].plain(),
        "resolve"
    );
}

#[test]
fn section_titles_for_scripts_are_the_english_catalog_s() {
    let keys = [
        "followups_overdue",
        "followups_due",
        "complaints_open",
        "leave_pending",
        "away",
        "actions_overdue",
        "plans_missed",
        "care",
        "kpi",
        "feedback_due",
    ];
    for key in keys {
        let en = crate::i18n::tr(Lang::En, &format!("briefing-{key}"), &[]);
        assert_eq!(title(key), en);
    }
}

#[test]
fn results_not_fed_back_after_feedback_days() {
    let r = crate::report::testkit::policy::records();
    let o = |member: Option<&str>| Options {
        member: member.map(str::to_string),
        top: 5,
    };
    let feedback = |d: &str, member: Option<&str>| {
        let b = briefing(&r, end_of(d), day(d), &o(member));
        b.sections
            .into_iter()
            .find(|s| s.key == "feedback_due")
            .unwrap()
    };
    // amy was fed back on 6 Nov, sam was not; day 10 is still in time
    assert_eq!(feedback("2026-11-10", None).count, 0);
    let s = feedback("2026-11-20", None);
    assert_eq!(s.count, 1);
    assert_eq!(s.rows.rows[0][0], Cell::text("sam"));
    assert_eq!(s.command, "clientele appraisal --month 2026-10 --unfed");
    // with a member, the member's own result
    let sam = feedback("2026-11-20", Some("sam"));
    assert_eq!(sam.count, 1);
    assert_eq!(
        sam.command,
        "clientele appraisal --month 2026-10 --unfed --member sam"
    );
    assert_eq!(feedback("2026-11-20", Some("amy")).count, 0);
}

#[test]
fn a_pending_leave_whose_start_has_passed_says_so() {
    let row = |d: &str| {
        let b = briefing_on(d, Some("amy"));
        let s = b
            .sections
            .iter()
            .find(|s| s.key == "leave_pending")
            .unwrap();
        s.rows.rows[0][5].clone()
    };
    assert_eq!(row("2026-11-25"), Cell::text("asked 11-18"));
    assert_eq!(row("2026-11-26"), Cell::text("asked 11-18, start passed"));
}
