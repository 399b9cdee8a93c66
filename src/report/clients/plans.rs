//! Visit plans (rules §3.2): each `[[plan]]` as `done` (the planning member
//! logged an interaction with that client from the plan's date to three
//! days after, and by D), `missed` (date + 3 < D, not done) or `upcoming`.
//! Every plan is listed, also those dated after D: a plan is about the
//! future.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};

use crate::model::{ClientId, MemberId, Plan, Records};
use crate::render::{Cell, Table};
use crate::report::period::Period;

pub const COLUMNS: &[&str] = &["date", "member", "client", "purpose", "status", "visited"];

/// Days after a plan's date in which a visit still fulfils it.
pub const GRACE_DAYS: u64 = 3;

pub use crate::model::PlanStatus;

/// One plan as of D.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanRow {
    pub date: NaiveDate,
    pub member: MemberId,
    pub client: ClientId,
    pub purpose: Option<String>,
    pub status: PlanStatus,
    /// The first interaction that fulfilled it, when done.
    pub visited: Option<NaiveDate>,
}

/// Which plans to list; every condition given must hold.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// The planning member.
    pub member: Option<String>,
    pub client: Option<String>,
    pub status: Option<PlanStatus>,
    /// By the plan's date.
    pub period: Period,
}

impl Filter {
    /// Every condition but the status, which needs the interactions.
    fn keeps_plan(&self, member: &str, p: &Plan) -> bool {
        self.member.as_deref().is_none_or(|m| member == m)
            && self.client.as_deref().is_none_or(|c| *p.client == *c)
            && self.period.contains(p.date)
    }
}

/// The status of `plan`, made by `member`, as of `d`, and the visit that
/// fulfilled it.
pub fn status(
    records: &Records,
    member: &str,
    plan: &Plan,
    d: NaiveDate,
) -> (PlanStatus, Option<NaiveDate>) {
    let mut dates: Vec<NaiveDate> = records
        .months_of(member)
        .flat_map(|log| &log.interactions)
        .filter(|i| i.client == plan.client)
        .map(|i| i.date)
        .collect();
    dates.sort_unstable();
    status_in(&dates, plan, d)
}

/// The status of `plan` from the sorted dates of its member's interactions
/// with its client.
fn status_in(dates: &[NaiveDate], plan: &Plan, d: NaiveDate) -> (PlanStatus, Option<NaiveDate>) {
    let last = plan.date + Days::new(GRACE_DAYS);
    let first = dates[dates.partition_point(|x| *x < plan.date)..].first();
    let visited = first.copied().filter(|v| *v <= last.min(d));
    let status = match visited {
        Some(_) => PlanStatus::Done,
        None if last < d => PlanStatus::Missed,
        None => PlanStatus::Upcoming,
    };
    (status, visited)
}

/// The sorted interaction dates of each (member, client): every plan's
/// status is then one binary search.
fn visits(records: &Records) -> HashMap<(&str, &str), Vec<NaiveDate>> {
    let mut visits: HashMap<(&str, &str), Vec<NaiveDate>> = HashMap::new();
    for log in &records.months {
        for i in &log.interactions {
            visits
                .entry((&log.member, &i.client))
                .or_default()
                .push(i.date);
        }
    }
    for dates in visits.values_mut() {
        dates.sort_unstable();
    }
    visits
}

/// The `plans` report as of `d`, sorted by date, member, client. The
/// filters that do not need the status apply first, so the status is
/// judged only for the plans that may be listed.
pub fn plans(records: &Records, d: NaiveDate, filter: &Filter) -> Vec<PlanRow> {
    let visits = visits(records);
    let mut rows: Vec<PlanRow> = records
        .months
        .iter()
        .flat_map(|log| log.plans.iter().map(move |p| (log, p)))
        .filter(|(log, p)| filter.keeps_plan(&log.member, p))
        .map(|(log, p)| {
            let dates = visits.get(&(&*log.member, &*p.client));
            let (status, visited) = status_in(dates.map_or(&[], Vec::as_slice), p, d);
            PlanRow {
                date: p.date,
                member: log.member.clone(),
                client: p.client.clone(),
                purpose: p.purpose.clone(),
                status,
                visited,
            }
        })
        .filter(|r| filter.status.is_none_or(|s| r.status == s))
        .collect();
    rows.sort_by(|a, b| (a.date, &a.member, &a.client).cmp(&(b.date, &b.member, &b.client)));
    rows
}

pub fn to_table(rows: &[PlanRow]) -> Table {
    let mut t = Table::new(COLUMNS);
    // left out first when a terminal is too narrow
    t.set_secondary(&["visited"]);
    for r in rows {
        t.push(vec![
            Cell::Date(r.date),
            Cell::text(r.member.0.clone()),
            Cell::text(r.client.0.clone()),
            Cell::opt(r.purpose.clone(), Cell::Text),
            Cell::text(r.status.as_str()),
            Cell::opt(r.visited, Cell::Date),
        ]);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testkit::*;

    /// amy plans five visits; D is Fri 20 Nov 2026.
    fn sample() -> Records {
        let mut nov = log("2026-11", "amy");
        nov.plans = vec![
            // visited 3 days later, the last day that counts: done
            plan("2026-11-02", "acme"),
            // visited 4 days later: too late, and 6 + 3 < 20: missed
            plan("2026-11-06", "bolt"),
            // 17 + 3 = 20 = D, not visited yet: still upcoming
            plan("2026-11-17", "acme"),
            // visited on 21 Nov, after D: upcoming as of D
            plan("2026-11-19", "bolt"),
            // sam visited, not amy: missed
            plan("2026-11-09", "acme"),
        ];
        nov.interactions = vec![
            interaction("2026-11-05", "acme"),
            interaction("2026-11-10", "bolt"),
            interaction("2026-11-21", "bolt"),
        ];
        let mut sam = log("2026-11", "sam");
        sam.interactions = vec![interaction("2026-11-09", "acme")];
        let mut dec = log("2026-12", "amy");
        // a plan into the next month's file, visited there
        dec.plans = vec![plan("2026-11-30", "acme")];
        dec.interactions = vec![interaction("2026-12-01", "acme")];
        records(team(), Vec::new(), vec![nov, sam, dec])
    }

    fn brief(rows: &[PlanRow]) -> Vec<String> {
        rows.iter()
            .map(|r| {
                format!(
                    "{} {} {} {}",
                    r.date,
                    r.client,
                    r.status.as_str(),
                    r.visited.map_or("-".into(), |v| v.to_string())
                )
            })
            .collect()
    }

    #[test]
    fn done_missed_upcoming() {
        let r = sample();
        let rows = plans(&r, day("2026-11-20"), &Filter::default());
        assert_eq!(
            brief(&rows),
            [
                "2026-11-02 acme done 2026-11-05",
                "2026-11-06 bolt missed -",
                "2026-11-09 acme missed -",
                "2026-11-17 acme upcoming -",
                "2026-11-19 bolt upcoming -",
                "2026-11-30 acme upcoming -",
            ]
        );
        // on 21 Nov: 17 + 3 = 20 < 21 → missed; 19 Nov's visit on 21 → done
        let rows = plans(&r, day("2026-11-21"), &Filter::default());
        assert_eq!(rows[3].status, PlanStatus::Missed);
        assert_eq!(rows[4].visited, Some(day("2026-11-21")));
        // in December the plan of 30 Nov is done by the visit of 1 Dec
        let rows = plans(&r, day("2026-12-05"), &Filter::default());
        assert_eq!(rows[5].status, PlanStatus::Done);
    }

    #[test]
    fn filters() {
        let r = sample();
        let d = day("2026-11-20");
        let missed = Filter {
            status: Some(PlanStatus::Missed),
            ..Filter::default()
        };
        assert_eq!(plans(&r, d, &missed).len(), 2);
        let november = Filter {
            period: Period::month("2026-11".parse().unwrap()),
            client: Some("bolt".into()),
            ..Filter::default()
        };
        assert_eq!(plans(&r, d, &november).len(), 2);
        let sam = Filter {
            member: Some("sam".into()),
            ..Filter::default()
        };
        assert!(plans(&r, d, &sam).is_empty());
    }
}
