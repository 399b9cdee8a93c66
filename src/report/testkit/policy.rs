//! A small folder for the policy reports' cases (research, events,
//! feedback, careers, departments): boss (lead), amy (manager), sam
//! (specialist); clients acme (customer since 2025, tier A by override) and
//! bolt (prospect); November 2026 notes, events and feedback.

use chrono::NaiveDate;

use super::{day, from_files};
use crate::model::Records;

pub const TEAM: &str = r#"
[[member]]
id = "boss"
name = "Boss"
role = "lead"
joined = 2020-01-06

[[member]]
id = "amy"
name = "Amy"
role = "manager"
joined = 2025-05-12
reports_to = "boss"
base_bonus = 5000

[[member.career]]
goal = "senior manager"
by = "2027-06"
plan = "lead two key accounts"
mentor = "boss"

[[member.rotation]]
from = 2026-03-01
to = 2026-04-30
area = "after-sales service"

[[member]]
id = "sam"
name = "Sam"
role = "specialist"
joined = 2024-01-08
reports_to = "boss"
"#;

pub const ACME: &str = r#"
id = "acme"
name = "Acme"
stage = "customer"
owner = "amy"
found = 2025-01-06
since = 2025-02-03
potential = 4
tier = "A"
tier_reason = "key account"

[[contact]]
name = "Ann"
phone = "13800001111"

[[complaint]]
id = "C1"
received = 2026-11-02T10:00:00
severity = "medium"
summary = "late delivery"
handler = "sam"
responded = 2026-11-02T12:00:00
resolved = 2026-11-05T10:00:00
satisfaction = 4
departments = ["logistics", "sales"]

[[complaint]]
id = "C2"
received = 2026-11-10T10:00:00
severity = "high"
summary = "wrong invoice"
handler = "sam"
responded = 2026-11-10T11:00:00
resolved = 2026-11-16T10:00:00
satisfaction = 2
departments = ["finance"]
"#;

pub const BOLT: &str = r#"
id = "bolt"
name = "Bolt"
stage = "prospect"
owner = "amy"
found = 2026-09-01
potential = 3
"#;

pub const BOSS_NOVEMBER: &str = r#"
[[review]]
period = "2026-10"
of = "amy"
score = 80
comment = "good client work"

[[feedback]]
member = "amy"
period = "2026-10"
date = 2026-11-06
note = "sales behind plan"

[[event]]
id = "E-2026-01"
date = 2026-11-12
title = "Autumn thanks"
kind = "appreciation"
invited = ["acme", "bolt"]
attended = ["acme"]
cost = 8000

[[event]]
id = "E-2026-02"
date = 2026-11-28
title = "Product seminar"
kind = "seminar"
invited = ["bolt"]
"#;

pub const AMY_NOVEMBER: &str = r#"
[[review]]
period = "2026-10"
of = "amy"
score = 90
comment = "met the visit plan"

[[research]]
date = 2026-11-10
topic = "Competitor pricing"
kind = "competitor"
summary = "rival cut prices 8%"
clients = ["acme"]
source = "trade fair"

[[research]]
date = 2026-11-03
topic = "Logistics outlook"
kind = "industry"
summary = "freight rates steady"
"#;

pub const SAM_NOVEMBER: &str = r#"
[[review]]
period = "2026-10"
of = "amy"
score = 70
comment = "slow to share notes"

[[research]]
date = 2026-11-10
topic = "Bolt's needs"
kind = "client-needs"
summary = "wants faster quotes"
clients = ["bolt", "acme"]

[[research]]
date = 2026-11-25
topic = "Later note"
kind = "other"
summary = "after the 20th"
"#;

/// The folder, checked as of 20 November 2026.
pub fn records() -> Records {
    from_files(&files(&[]), d())
}

/// The folder's files, with `more` added (or replacing one of the same path).
pub fn files<'a>(more: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut all = vec![
        ("team.toml", TEAM),
        ("clients/acme.toml", ACME),
        ("clients/bolt.toml", BOLT),
        ("months/2026-11/boss.toml", BOSS_NOVEMBER),
        ("months/2026-11/amy.toml", AMY_NOVEMBER),
        ("months/2026-11/sam.toml", SAM_NOVEMBER),
    ];
    for (p, t) in more {
        all.retain(|(q, _)| q != p);
        all.push((p, t));
    }
    all
}

/// D: 20 November 2026.
pub fn d() -> NaiveDate {
    day("2026-11-20")
}
