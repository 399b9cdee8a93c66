//! The awards list (rules §4): every `[[award]]` read from the month
//! folders up to D's month, by the month it rewards and the member. The
//! totals per member are `totals`.

pub mod totals;

use crate::model::{AwardKind, MemberId, Records, YearMonth};
use crate::render::{Cell, Table};
use crate::report::period::Period;

pub const COLUMNS: &[&str] = &[
    "period",
    "member",
    "kind",
    "amount",
    "reason",
    "name",
    "logged_by",
];

/// One award.
#[derive(Clone, Debug, PartialEq)]
pub struct AwardRow {
    /// The month it rewards (its `period`, else its folder's month).
    pub period: YearMonth,
    pub member: MemberId,
    pub kind: AwardKind,
    pub amount: Option<f64>,
    pub reason: String,
    /// The member's name from team.toml (empty when unknown).
    pub name: String,
    /// Whose month file holds it (a lead).
    pub logged_by: MemberId,
}

/// Which awards to list.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub member: Option<String>,
    pub kind: Option<AwardKind>,
    /// Awards whose period (a month) touches these days.
    pub period: Period,
}

/// Every award known as of D's month that the filter keeps, sorted by
/// period, then member, then where it is written (folder, file order).
pub fn awards(records: &Records, d_month: YearMonth, filter: &Filter) -> Vec<AwardRow> {
    let mut rows: Vec<AwardRow> = records
        .months_until(d_month)
        .flat_map(|log| {
            log.awards.iter().map(move |a| AwardRow {
                period: a.period.unwrap_or(log.month),
                member: a.member.clone(),
                kind: a.kind,
                amount: a.amount,
                reason: a.reason.clone(),
                name: records
                    .member(&a.member)
                    .map(|m| m.name.clone())
                    .unwrap_or_default(),
                logged_by: log.member.clone(),
            })
        })
        .filter(|r| filter.member.as_deref().is_none_or(|m| *r.member == *m))
        .filter(|r| filter.kind.is_none_or(|k| k == r.kind))
        .filter(|r| {
            filter
                .period
                .overlaps(r.period.first_day(), r.period.last_day())
        })
        .collect();
    rows.sort_by(|a, b| (a.period, &a.member).cmp(&(b.period, &b.member)));
    rows
}

pub fn to_table(rows: &[AwardRow]) -> Table {
    let mut t = Table::new(COLUMNS);
    // left out first when a terminal is too narrow
    t.set_secondary(&["logged_by", "name"]);
    for r in rows {
        t.push(vec![
            Cell::text(r.period.to_string()),
            Cell::text(r.member.0.clone()),
            Cell::text(r.kind.as_str()),
            Cell::opt(r.amount, Cell::Money),
            Cell::text(r.reason.clone()),
            Cell::text(r.name.clone()),
            Cell::text(r.logged_by.0.clone()),
        ]);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::people::awards::totals::{footer, totals};
    use crate::report::testkit::{day, from_files as records};

    static TEAM: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        crate::report::testkit::team_toml(&["boss lead 2019-01-01", "amy manager 2020-01-01"])
    });

    const OCT: &str = r#"
[[award]]
member = "amy"
kind = "bonus"
amount = 1500
reason = "q3 collections"
period = "2026-09"

[[award]]
member = "boss"
kind = "certificate"
reason = "trainer"
"#;

    const NOV: &str = r#"
[[award]]
member = "amy"
kind = "special"
amount = 6000.5
reason = "big deal"
period = "2026-10"

[[award]]
member = "amy"
kind = "honour"
reason = "praise"
"#;

    fn rows(d: &str, filter: &Filter) -> Vec<AwardRow> {
        let recs = records(
            &[
                ("team.toml", TEAM.as_str()),
                ("months/2026-10/boss.toml", OCT),
                ("months/2026-11/boss.toml", NOV),
            ],
            day(d),
        );
        awards(&recs, YearMonth::of(day(d)), filter)
    }

    #[test]
    fn by_period_then_member_read_up_to_d_month() {
        let all = rows("2026-11-20", &Filter::default());
        let got: Vec<String> = all
            .iter()
            .map(|r| format!("{} {} {}", r.period, r.member, r.kind))
            .collect();
        // the certificate has no period: its folder's month, 2026-10
        assert_eq!(
            got,
            [
                "2026-09 amy bonus",
                "2026-10 amy special",
                "2026-10 boss certificate",
                "2026-11 amy honour",
            ]
        );
        // as of October the November folder is not read
        assert_eq!(rows("2026-10-31", &Filter::default()).len(), 2);
        let (per, all) = totals(&all);
        assert_eq!(per[0].count, [1, 1, 1, 0]);
        assert_eq!(per[0].total(), 7500.5);
        assert_eq!(
            footer(&all),
            "4 awards: bonus 1 (1,500), special 1 (6,000.50), honour 1, certificate 1; total 7,500.50"
        );
        let oct = Filter {
            period: Period::month("2026-10".parse().unwrap()),
            ..Filter::default()
        };
        assert_eq!(rows("2026-11-20", &oct).len(), 2);
    }
}
