//! The October team of the KPI, appraisal, promotion and work-report
//! cases: boss (manager), amy, ben and eve, the client acme and amy's
//! October log; `appraisal_team` adds the reviews handed in for October.
//! The hand-worked numbers are in `people/kpi/tests.rs` and
//! `people/appraisal/tests.rs`.

use crate::model::Records;

use super::{day, from_files as records};

pub(crate) const TEAM: &str = r#"
[[member]]
id = "boss"
name = "Boss"
role = "lead"
joined = 2019-01-01

[[member]]
id = "amy"
name = "Amy"
role = "manager"
joined = 2020-01-01
reports_to = "boss"
base_bonus = 5000

[[member]]
id = "ben"
name = "Ben"
role = "specialist"
joined = 2026-10-15
reports_to = "boss"
base_bonus = 3000

[[member]]
id = "cat"
name = "Cat"
role = "specialist"
joined = 2026-11-02
reports_to = "boss"

[[member]]
id = "dan"
name = "Dan"
role = "manager"
joined = 2020-01-01
left = 2026-09-30
reports_to = "boss"

[[member]]
id = "eve"
name = "Eve"
role = "manager"
joined = 2020-01-01
left = 2026-10-10
reports_to = "boss"
"#;

pub(crate) const ACME: &str = r#"
id = "acme"
name = "Acme"
stage = "customer"
owner = "amy"
specialist = "ben"
found = 2026-09-01
since = 2026-10-20
potential = 3

[[contact]]
name = "X"

[[deal]]
id = "D1"
title = "first order"
stage = "won"
amount = 300000
opened = 2026-09-01
closed = 2026-10-10
due = 2026-10-25
delivered = 2026-10-24

[[deal]]
id = "D2"
title = "second order"
stage = "won"
amount = 400000
opened = 2026-09-15
closed = 2026-10-28
due = 2026-11-30

[[deal]]
id = "D3"
title = "late project"
stage = "won"
amount = 100000
opened = 2026-08-01
closed = 2026-09-20
due = 2026-10-30
delivered = 2026-11-02

[[deal]]
id = "D4"
title = "lost one"
stage = "lost"
amount = 999999
opened = 2026-09-01
closed = 2026-10-15

[[deal]]
id = "D5"
title = "ben's own"
owner = "ben"
stage = "won"
amount = 50000
opened = 2026-10-16
closed = 2026-10-20

[[complaint]]
id = "C1"
received = 2026-10-11T09:00:00
severity = "low"
summary = "s"
handler = "amy"
responded = 2026-10-11T10:00:00
resolved = 2026-10-12T10:00:00
satisfaction = 3

[[complaint]]
id = "C2"
received = 2026-10-30T09:00:00
severity = "low"
summary = "s"
handler = "amy"
resolved = 2026-11-01T10:00:00
satisfaction = 1
"#;

pub(crate) const AMY_OCT: &str = r#"
[[interaction]]
date = 2026-10-05
client = "acme"
kind = "visit"
summary = "v"
satisfaction = 5

[[interaction]]
date = 2026-10-29
client = "acme"
kind = "call"
summary = "c"
satisfaction = 4

[[interaction]]
date = 2026-10-30
client = "acme"
kind = "email"
summary = "no rating"
"#;

pub(crate) fn kpi_team(d: &str) -> Records {
    records(
        &[
            ("team.toml", TEAM),
            ("clients/acme.toml", ACME),
            ("months/2026-10/amy.toml", AMY_OCT),
        ],
        day(d),
    )
}

const BOSS_OCT: &str = r#"
[[review]]
period = "2026-10"
of = "amy"
score = 60
"#;

const EVE_OCT: &str = r#"
[[review]]
period = "2026-10"
of = "amy"
score = 70
"#;

const BOSS_NOV: &str = r#"
[[review]]
period = "2026-10"
of = "amy"
score = 90

[[review]]
period = "2026-10"
of = "ben"
score = 50

[[review]]
period = "2026-10"
of = "ben"
score = 70
"#;

const AMY_NOV: &str = r#"
[[review]]
period = "2026-10"
of = "amy"
score = 95
"#;

const BEN_NOV: &str = r#"
[[review]]
period = "2026-10"
of = "amy"
score = 80
"#;

pub(crate) fn appraisal_team(d: &str) -> Records {
    records(
        &[
            ("team.toml", TEAM),
            ("clients/acme.toml", ACME),
            ("months/2026-10/amy.toml", AMY_OCT),
            ("months/2026-10/boss.toml", BOSS_OCT),
            ("months/2026-10/eve.toml", EVE_OCT),
            ("months/2026-11/boss.toml", BOSS_NOV),
            ("months/2026-11/amy.toml", AMY_NOV),
            ("months/2026-11/ben.toml", BEN_NOV),
        ],
        day(d),
    )
}
