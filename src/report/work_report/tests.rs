//! Hand-worked work report cases: amy's week 2026-W44 (Mon 26 Oct – Sun
//! 1 Nov 2026) on the KPI tests' team and client.

use super::*;
use crate::render::work_report::{to_markdown, to_text};
use crate::report::testkit::october::{ACME, AMY_OCT, TEAM};
use crate::report::testkit::{day, end_of, from_files as records};
use crate::report::work_report::items::items_table;
use crate::report::work_report::window::parse_week;

const BOLT: &str = r#"
id = "bolt"
name = "Bolt"
stage = "lead"
owner = "ben"
specialist = "amy"
found = 2026-10-27
potential = 2
"#;

const BOSS_OCT: &str = r#"
[[meeting]]
id = "M-1026"
date = 2026-10-26
kind = "weekly"
attendees = ["amy", "ben"]
  [[meeting.action]]
  task = "send the offer"
  owner = "amy"
  due = 2026-10-28
  done = 2026-10-27
  [[meeting.action]]
  task = "call the bank"
  owner = "amy"
  due = 2026-10-30
  [[meeting.action]]
  task = "not amy's"
  owner = "ben"
  due = 2026-10-30
"#;

const AMY_NOV: &str = r#"
[[plan]]
date = 2026-11-03
client = "acme"
purpose = "renewal *talk*"

[[plan]]
date = 2026-11-20
client = "acme"
"#;

fn week(d: &str) -> WorkReport {
    let recs = records(
        &[
            ("team.toml", TEAM),
            ("clients/acme.toml", ACME),
            ("clients/bolt.toml", BOLT),
            ("months/2026-10/amy.toml", AMY_OCT),
            ("months/2026-10/boss.toml", BOSS_OCT),
            ("months/2026-11/amy.toml", AMY_NOV),
        ],
        day(d),
    );
    let amy = recs.member("amy").unwrap().clone();
    report(
        &recs,
        &amy,
        &parse_week("2026-W44").unwrap(),
        end_of(d),
        day(d),
    )
}

#[test]
fn the_whole_week() {
    // C2 (low: 48 h to respond) was received 30 Oct 09:00 and resolved
    // 1 Nov 10:00 without a response before: 49 h, resolved-late.
    // D2 was won on 28 Oct; D3's delivery (2 Nov) is next week.
    let want = "\
Weekly report: Amy (amy), manager
2026-W44: 2026-10-26 to 2026-11-01

Interactions (2)
  by kind: call 1, email 1
  by client: Acme (acme) 2
  - 2026-10-29 call Acme (acme): c (satisfaction 4)
  - 2026-10-30 email Acme (acme): no rating

New clients (1)
  - 2026-10-27 found: Bolt (bolt), as specialist, now lead

Deals (1)
  - 2026-10-28 won D2 second order (acme), 400,000, now won

Complaints handled (1)
  - C2 (acme, low, received 2026-10-30 09:00): s — received, resolved; resolved-late, satisfaction 1

Action items (2)
  1 done, 1 open
  - 2026-10-27 done: send the offer (M-1026), due 2026-10-28
  - due 2026-10-30 overdue: call the bank (M-1026)

Market research (0)
  (none)

Plans for 2026-W45, 2026-11-02 to 2026-11-08 (1)
  - 2026-11-03 Acme (acme): renewal *talk*
";
    let r = week("2026-11-20");
    assert_eq!(to_text(&r, true), want);
    let md = to_markdown(&r, true);
    assert!(md.starts_with("# Weekly report: Amy (amy), manager\n\n2026-W44: 2026-10-26 to 2026-11-01\n\n## Interactions (2)\n\nby kind: call 1, email 1  \nby client: Acme (acme) 2  \n\n- 2026-10-29 call"), "{md}");
    assert!(
        md.contains("- 2026-11-03 Acme (acme): renewal \\*talk\\*\n"),
        "{md}"
    );
    let t = items_table(&r);
    let sections: Vec<String> = t.rows.iter().map(|row| row[0].plain()).collect();
    assert_eq!(
        sections,
        [
            "interaction",
            "interaction",
            "new-client",
            "deal",
            "complaint",
            "action-done",
            "action-open",
            "plan"
        ]
    );
}

#[test]
fn mid_week_as_of_thursday() {
    // as of Thu 29 Oct: the 30 Oct email and C2 have not happened; the
    // bank call is due on the 30th: still open
    let r = week("2026-10-29");
    assert_eq!(r.end, day("2026-10-29"));
    assert_eq!(r.contacts.len(), 1);
    assert!(r.complaints.is_empty());
    assert_eq!(r.open[0].status, ActionStatus::Open);
    assert!(to_text(&r, true).starts_with(
        "Weekly report: Amy (amy), manager\n2026-W44: 2026-10-26 to 2026-11-01, as of 2026-10-29\n"
    ));
}

#[test]
fn control_characters_in_record_text_are_shown_escaped() {
    let mut r = week("2026-11-20");
    r.name = "Amy\u{1b}[2J".into();
    for s in [to_text(&r, true), to_markdown(&r, true)] {
        assert!(
            s.contains("Amy\\u{1b}\\[2J") || s.contains("Amy\\u{1b}[2J"),
            "{s}"
        );
        assert!(!s.contains('\u{1b}'), "{s}");
    }
}

#[test]
fn the_month_lists_the_member_research_notes() {
    use crate::report::testkit::{end_of, policy};
    let r = policy::records();
    let amy = r.member("amy").unwrap();
    let window = super::window::month("2026-11".parse().unwrap());
    let rep = report(&r, amy, &window, end_of("2026-11-20"), day("2026-11-20"));
    let topics: Vec<&str> = rep.research.iter().map(|n| n.topic.as_str()).collect();
    assert_eq!(topics, ["Logistics outlook", "Competitor pricing"]);
    let text = to_text(&rep, false);
    assert!(
        text.contains("Market research (2)\n  - 2026-11-03 industry Logistics outlook: freight rates steady\n  - 2026-11-10 competitor Competitor pricing: rival cut prices 8% (acme)\n"),
        "{text}"
    );
    let rows = items_table(&rep);
    assert_eq!(
        rows.rows
            .iter()
            .filter(|x| x[0].plain() == "research")
            .count(),
        2
    );
}
