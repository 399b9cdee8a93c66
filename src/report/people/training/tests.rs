//! Hand-worked training cases (rules §3.7), pass mark 60, D = 2026-11-20.

use super::*;
use crate::report::people::training::sessions::{retakes, sessions};
use crate::report::testkit::{day, from_files as records};

static TEAM: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    crate::report::testkit::team_toml(&[
        "boss lead 2019-01-01",
        "amy manager 2020-01-01",
        "ben manager 2020-01-01",
        "cat specialist 2020-01-01",
        "dan specialist 2020-01-01",
    ])
});

// T1: amy passes; ben fails (52) and passes the retake (71); cat fails
// both (40, 55); dan attended but has no score. T2 has no exam. T3 is
// after D: the plan, not counted.
const Y2026: &str = r#"
[[session]]
id = "T1"
date = 2026-03-01
topic = "negotiation"
category = "sales"
method = "external"
hours = 6
attendees = ["amy", "ben", "cat", "dan"]
  [session.exam]
  scores = { amy = 85, ben = 52, cat = 40 }
  retake = { ben = 71, cat = 55 }

[[session]]
id = "T2"
date = 2026-05-01
topic = "products"
category = "business"
method = "internal"
hours = 1.5
attendees = ["amy", "ben"]

[[session]]
id = "T3"
date = 2026-12-01
topic = "later"
category = "service"
method = "online"
hours = 2
attendees = ["amy"]
  [session.exam]
  scores = { amy = 30 }
"#;

const Y2025: &str = r#"
[[session]]
id = "T0"
date = 2025-06-01
topic = "last year"
category = "teamwork"
method = "field"
hours = 4
attendees = ["boss", "amy"]
"#;

pub(crate) fn team() -> Records {
    records(
        &[
            ("team.toml", TEAM.as_str()),
            ("training/2026.toml", Y2026),
            ("training/2025.toml", Y2025),
        ],
        day("2026-11-20"),
    )
}

fn printed(t: &crate::render::Table) -> Vec<String> {
    t.rows
        .iter()
        .map(|r| r.iter().map(|c| c.plain()).collect::<Vec<_>>().join(","))
        .collect()
}

#[test]
fn per_member() {
    let recs = team();
    let rows = training(&recs, 2026, day("2026-11-20"), None);
    assert_eq!(
        printed(&to_table(&rows)),
        [
            // T1 + T2 = 7.5 h; one exam, passed
            "amy,Amy,2,7.5,1,1,0",
            // the retake passes: passed, no retake needed, still one exam
            "ben,Ben,2,7.5,1,1,0",
            // failed twice: a retake is needed
            "cat,Cat,1,6,1,0,1",
            // no score at all: no exam taken, a retake needed
            "dan,Dan,1,6,0,0,1",
        ]
    );
    // before T1 nothing had happened in 2026
    assert!(training(&recs, 2026, day("2026-02-28"), None).is_empty());
    let one = training(&recs, 2025, day("2026-11-20"), Some("amy"));
    assert_eq!(printed(&to_table(&one)), ["amy,Amy,1,4,0,0,0"]);
}

#[test]
fn sessions_and_retakes() {
    let recs = team();
    let d = day("2026-11-20");
    // by category: business (T2) before sales (T1); T1: 3 scores, 2
    // passed → 0.67, only amy at the first try; dan and cat need a retake
    assert_eq!(
        printed(&crate::report::people::training::sessions::sessions_table(
            &sessions(&recs, 2026, d, None)
        )),
        [
            "T2,2026-05-01,products,business,internal,1.5,2,,,,,",
            "T1,2026-03-01,negotiation,sales,external,6,4,3,2,0.67,2,1",
        ]
    );
    assert_eq!(
        printed(&crate::report::people::training::sessions::retakes_table(
            &retakes(&recs, 2026, d, None)
        )),
        [
            "cat,Cat,T1,2026-03-01,negotiation,40,55",
            "dan,Dan,T1,2026-03-01,negotiation,,",
        ]
    );
    assert!(retakes(&recs, 2026, d, Some("ben")).is_empty());
}
