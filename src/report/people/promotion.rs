//! `promotion`: members with grade A or B in each of the last N months'
//! appraisals — the policy links promotion and pay to appraisal results.
//!
//! The N months end with the last month whose appraisal is complete: the
//! month before D's (reviews of a month are handed in the month after), or
//! the month given. A member counts when appraised with grade A or B in
//! every one of them; a month not appraised (not yet a member, no final)
//! breaks the run.

use chrono::{NaiveDate, NaiveDateTime};

use crate::model::{MemberId, Records, Role, Tier, YearMonth};
use crate::render::{Cell, Table};
use crate::report::people::appraisal;

pub const COLUMNS: &[&str] = &[
    "member", "name", "role", "from", "to", "months", "a", "b", "grades", "eligible", "ready",
];

/// One member's grades over the months.
#[derive(Clone, Debug, PartialEq)]
pub struct PromotionRow {
    pub member: MemberId,
    pub name: String,
    pub role: Role,
    pub from: YearMonth,
    pub to: YearMonth,
    /// The grade of each month, oldest first (`None`: not appraised).
    pub grades: Vec<Option<Tier>>,
    /// A or B in every month.
    pub eligible: bool,
    /// Ready for promotion by the career rules (rules §3.10); set by
    /// [`mark_ready`].
    pub ready: bool,
}

impl PromotionRow {
    pub fn count(&self, grade: Tier) -> usize {
        self.grades.iter().filter(|g| **g == Some(grade)).count()
    }

    /// The grades as text, oldest first: `A B B A n/a B` (`n/a`: not appraised).
    pub fn grades_text(&self) -> String {
        let g: Vec<&str> = self
            .grades
            .iter()
            .map(|g| g.map_or("n/a", Tier::as_str))
            .collect();
        g.join(" ")
    }
}

/// The `n` months ending with `last`, oldest first.
pub fn months(last: YearMonth, n: usize) -> Vec<YearMonth> {
    let mut out = vec![last];
    while out.len() < n {
        let earlier = out[out.len() - 1].prev();
        out.push(earlier);
    }
    out.truncate(n);
    out.reverse();
    out
}

/// Every member appraised in `last` with its grades over the `n` months
/// ending there; `all` = false keeps only the eligible. Sorted by member.
pub fn promotion(
    records: &Records,
    last: YearMonth,
    n: usize,
    all: bool,
    now: NaiveDateTime,
    d: NaiveDate,
) -> Vec<PromotionRow> {
    let months = months(last, n);
    let per_month: Vec<Vec<appraisal::AppraisalRow>> = months
        .iter()
        .map(|m| appraisal::rows(records, *m, now, d))
        .collect();
    let Some(latest) = per_month.last() else {
        return Vec::new();
    };
    let mut rows: Vec<PromotionRow> = latest
        .iter()
        .map(|r| {
            let grades: Vec<Option<Tier>> = per_month
                .iter()
                .map(|rows| {
                    rows.iter()
                        .find(|x| x.member == r.member)
                        .and_then(|x| x.grade)
                })
                .collect();
            let eligible = grades.iter().all(|g| matches!(g, Some(Tier::A | Tier::B)));
            PromotionRow {
                member: r.member.clone(),
                name: r.name.clone(),
                role: records
                    .member(&r.member)
                    .map_or(Role::Specialist, |m| m.role),
                from: months[0],
                to: last,
                grades,
                eligible,
                ready: false,
            }
        })
        .filter(|r| all || r.eligible)
        .collect();
    rows.sort_by(|a, b| a.member.cmp(&b.member));
    rows
}

/// Fills `ready` (rules §3.10), judged over the months ending with `last`.
pub fn mark_ready(
    records: &Records,
    rows: &mut [PromotionRow],
    last: YearMonth,
    now: NaiveDateTime,
    d: NaiveDate,
) {
    let ready = crate::report::people::careers::ready_members(records, last, now, d);
    for r in rows {
        r.ready = ready.contains(&r.member);
    }
}

pub fn to_table(rows: &[PromotionRow]) -> Table {
    let mut t = Table::new(COLUMNS);
    for r in rows {
        t.push(vec![
            Cell::text(r.member.0.clone()),
            Cell::text(r.name.clone()),
            Cell::text(r.role.as_str()),
            Cell::text(r.from.to_string()),
            Cell::text(r.to.to_string()),
            Cell::Int(r.grades.len() as i64),
            Cell::Int(r.count(Tier::A) as i64),
            Cell::Int(r.count(Tier::B) as i64),
            Cell::text(r.grades_text()),
            Cell::Bool(r.eligible),
            Cell::Bool(r.ready),
        ]);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testkit::october::appraisal_team as team;
    use crate::report::testkit::{day, end_of};

    #[test]
    fn months_end_with_the_last() {
        let m = |s: &str| s.parse::<YearMonth>().unwrap();
        let got: Vec<String> = months(m("2026-02"), 3)
            .iter()
            .map(|x| x.to_string())
            .collect();
        assert_eq!(got, ["2025-12", "2026-01", "2026-02"]);
        assert!(months(m("2026-02"), 0).is_empty());
    }

    #[test]
    fn a_or_b_in_every_month() {
        // October: ben A, amy B, eve D. September: amy appraised on KPI
        // alone (no deal, rating or client in September: new_clients 0 and
        // sales 0 → 0.0 → D); ben had not joined yet; eve 0.0 → D.
        let recs = team("2026-11-20");
        let (now, d) = (end_of("2026-11-20"), day("2026-11-20"));
        let oct: YearMonth = "2026-10".parse().unwrap();
        let one = promotion(&recs, oct, 1, false, now, d);
        let ids: Vec<&str> = one.iter().map(|r| &*r.member).collect();
        assert_eq!(ids, ["amy", "ben"]);
        let two = promotion(&recs, oct, 2, true, now, d);
        let got: Vec<(&str, String, bool)> = two
            .iter()
            .map(|r| (&*r.member, r.grades_text(), r.eligible))
            .collect();
        assert_eq!(
            got,
            [
                ("amy", "D B".to_string(), false),
                ("ben", "n/a A".to_string(), false),
                ("eve", "D D".to_string(), false),
            ]
        );
        assert!(promotion(&recs, oct, 2, false, now, d).is_empty());
    }
}
