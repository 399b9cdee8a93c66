use super::*;
use crate::report::testkit::{day, from_files};

static TEAM: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    crate::report::testkit::team_toml(&[
        "boss lead 2020-01-01",
        "amy manager 2020-01-01 annual_days = 15",
    ])
});

const SETTINGS: &str = "[team]\nname = \"t\"\ncurrency = \"CNY\"\n\n[leave]\nannual_days = 10\n";

/// amy, November 2026 (starts on a Sunday): annual 2–3 Nov approved
/// (taken as of 20 Nov), 25–27 Nov approved (ahead), 30 Nov – 1 Dec
/// pending, a rejected one and a sick leave (neither counts). A leave
/// across the new year counts only its 2026 days in 2026.
const AMY: &str = r#"
[[leave]]
kind = "annual"
from = 2026-11-02
to = 2026-11-03
requested = 2026-10-20
status = "approved"
approved_by = "boss"
decided = 2026-10-21

[[leave]]
kind = "annual"
from = 2026-11-25
to = 2026-11-27
requested = 2026-11-10
status = "approved"
approved_by = "boss"
decided = 2026-11-11

[[leave]]
kind = "annual"
from = 2026-11-30
to = 2026-12-01
requested = 2026-11-18
status = "pending"

[[leave]]
kind = "annual"
from = 2026-11-16
to = 2026-11-16
requested = 2026-11-10
status = "rejected"
approved_by = "boss"
decided = 2026-11-11

[[leave]]
kind = "sick"
from = 2026-11-05
to = 2026-11-05
requested = 2026-11-05
status = "approved"
approved_by = "boss"
decided = 2026-11-05
"#;

const AMY_DEC: &str = r#"
[[leave]]
kind = "annual"
from = 2026-12-31
to = 2027-01-04
requested = 2026-11-19
status = "approved"
approved_by = "boss"
decided = 2026-11-19
"#;

fn sample() -> Records {
    from_files(
        &[
            ("clientele.toml", SETTINGS),
            ("team.toml", TEAM.as_str()),
            ("months/2026-11/amy.toml", AMY),
            ("months/2026-12/amy.toml", AMY_DEC),
        ],
        day("2026-11-20"),
    )
}

#[test]
fn taken_ahead_pending_and_left() {
    let rows = balances(&sample(), 2026, day("2026-11-20"), None);
    let cells: Vec<String> = to_table(&rows)
        .rows
        .iter()
        .map(|r| r.iter().map(|c| c.plain()).collect::<Vec<_>>().join(","))
        .collect();
    // amy: 15 days of her own; taken 2 (2–3 Nov); ahead 3 (25–27 Nov) + 1
    // (31 Dec; 1–4 Jan are 2027's); pending 2 (30 Nov, 1 Dec); left 15 − 6
    // boss: the team's 10, nothing taken
    assert_eq!(cells, ["amy,Amy,15,2,4,2,9", "boss,Boss,10,0,0,0,10"]);
    // in 2027: Fri 1 and Mon 4 Jan (no holidays in this calendar)
    let next = balances(&sample(), 2027, day("2027-01-10"), Some("amy"));
    assert_eq!((next[0].taken, next[0].left), (2, Some(13)));
}
