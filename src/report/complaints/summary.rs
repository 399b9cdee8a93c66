//! The complaints period summary: per month received, how many complaints,
//! how many are open, overdue and resolved, the on-time response and
//! resolution rates and the average satisfaction. Built from the rows of
//! `complaints` (so the same filters and the same "now" apply).

use std::collections::BTreeMap;

use chrono::NaiveDateTime;

use super::ComplaintRow;
use crate::model::{ComplaintStatus, YearMonth};
use crate::render::{Cell, Table};

pub const COLUMNS: &[&str] = &[
    "month",
    "complaints",
    "open",
    "overdue",
    "resolved",
    "response_on_time",
    "response_rate",
    "resolution_on_time",
    "resolution_rate",
    "satisfaction",
];

/// The counts of one month (or of all listed complaints).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// `None` for the total over every month.
    pub month: Option<YearMonth>,
    pub complaints: usize,
    pub open: usize,
    pub overdue: usize,
    /// `resolved` and `resolved-late`.
    pub resolved: usize,
    /// First response ≤ respond_due.
    pub response_on_time: usize,
    /// Complaints whose response can be judged: a first response exists, or
    /// respond_due has passed without one.
    pub response_judged: usize,
    /// Resolved ≤ resolve_due.
    pub resolution_on_time: usize,
    /// Resolved, or resolve_due has passed.
    pub resolution_judged: usize,
    pub rated: usize,
    pub satisfaction_sum: i64,
}

impl Summary {
    fn add(&mut self, r: &ComplaintRow, now: NaiveDateTime) {
        self.complaints += 1;
        match r.status {
            ComplaintStatus::Open => self.open += 1,
            ComplaintStatus::Overdue => self.overdue += 1,
            ComplaintStatus::Resolved | ComplaintStatus::ResolvedLate => self.resolved += 1,
        }
        if let Some(first) = r.first_response {
            self.response_judged += 1;
            self.response_on_time += usize::from(first <= r.respond_due);
        } else if now > r.respond_due {
            self.response_judged += 1;
        }
        if let Some(resolved) = r.resolved {
            self.resolution_judged += 1;
            self.resolution_on_time += usize::from(resolved <= r.resolve_due);
        } else if now > r.resolve_due {
            self.resolution_judged += 1;
        }
        if let Some(s) = r.satisfaction {
            self.rated += 1;
            self.satisfaction_sum += s;
        }
    }

    /// on time / judged; `None` when nothing can be judged yet.
    pub fn response_rate(&self) -> Option<f64> {
        ratio(self.response_on_time, self.response_judged)
    }

    pub fn resolution_rate(&self) -> Option<f64> {
        ratio(self.resolution_on_time, self.resolution_judged)
    }

    /// Mean rating of the rated (resolved) complaints.
    pub fn satisfaction(&self) -> Option<f64> {
        (self.rated > 0).then(|| self.satisfaction_sum as f64 / self.rated as f64)
    }
}

fn ratio(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// One summary per month received, in month order.
pub fn by_month(rows: &[ComplaintRow], now: NaiveDateTime) -> Vec<Summary> {
    let mut months: BTreeMap<YearMonth, Summary> = BTreeMap::new();
    for r in rows {
        let m = YearMonth::of(r.received.date());
        months
            .entry(m)
            .or_insert_with(|| Summary {
                month: Some(m),
                ..Summary::default()
            })
            .add(r, now);
    }
    months.into_values().collect()
}

/// One summary over all `rows`.
pub fn total(rows: &[ComplaintRow], now: NaiveDateTime) -> Summary {
    let mut s = Summary::default();
    for r in rows {
        s.add(r, now);
    }
    s
}

pub fn to_table(summaries: &[Summary]) -> Table {
    let mut t = Table::new(COLUMNS);
    let int = |n: usize| Cell::Int(n as i64);
    for s in summaries {
        t.push(vec![
            s.month
                .map_or_else(|| Cell::text("total"), |m| Cell::text(m.to_string())),
            int(s.complaints),
            int(s.open),
            int(s.overdue),
            int(s.resolved),
            int(s.response_on_time),
            Cell::opt(s.response_rate(), Cell::Dec2),
            int(s.resolution_on_time),
            Cell::opt(s.resolution_rate(), Cell::Dec2),
            Cell::opt(s.satisfaction(), Cell::Dec2),
        ]);
    }
    t
}

/// The one-line footer under the table format's list, in the reader's
/// language.
pub fn footer(s: &Summary) -> String {
    footer_in(crate::i18n::current(), s)
}

fn footer_in(lang: crate::i18n::Lang, s: &Summary) -> String {
    let rate = |on: usize, judged: usize, r: Option<f64>| match r {
        Some(r) => format!(
            "{on}/{judged} ({:.0}%)",
            crate::numbers::round_to(r * 100.0, 0)
        ),
        None => "-".to_string(),
    };
    let satisfaction = s.satisfaction().map_or_else(
        || "-".to_string(),
        |v| crate::t!(lang; "complaints-rated", mean = crate::numbers::dec2(v), n = s.rated),
    );
    crate::t!(lang; "complaints-footer",
        complaints = s.complaints,
        open = s.open,
        overdue = s.overdue,
        resolved = s.resolved,
        response = rate(s.response_on_time, s.response_judged, s.response_rate()),
        resolution = rate(s.resolution_on_time, s.resolution_judged, s.resolution_rate()),
        satisfaction = satisfaction)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClientId, Complaint, ComplaintLimits, MemberId, Severity, Spans};
    use crate::report::complaints::evaluate;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S").unwrap()
    }

    fn row(
        received: &str,
        responded: Option<&str>,
        resolved: Option<&str>,
        sat: Option<i64>,
        now: &str,
    ) -> ComplaintRow {
        let c = Complaint {
            id: received.into(),
            received: at(received),
            severity: Severity::Medium,
            channel: None,
            summary: "s".into(),
            handler: MemberId::from("w"),
            responded: responded.map(at),
            resolved: resolved.map(at),
            satisfaction: sat,
            departments: Vec::new(),
            spans: Spans::default(),
        };
        // medium: 24 h to respond, 7 days to resolve
        let l = ComplaintLimits {
            respond_hours: 24.0,
            resolve_days: 7.0,
        };
        evaluate(&ClientId::from("c"), &c, l, at(now)).unwrap()
    }

    #[test]
    fn months_and_rates() {
        let now = "2026-11-20T23:59:59";
        let rows = vec![
            // October: responded in 2 h, resolved in 2 days, rated 5
            row(
                "2026-10-30T10:00:00",
                Some("2026-10-30T12:00:00"),
                Some("2026-11-01T10:00:00"),
                Some(5),
                now,
            ),
            // November: responded after 30 h (late), resolved after 10 days (late), rated 2
            row(
                "2026-11-02T10:00:00",
                Some("2026-11-03T16:00:00"),
                Some("2026-11-12T10:00:00"),
                Some(2),
                now,
            ),
            // November: no response, received 19 Nov 10:00: respond_due 20 Nov 10:00 passed
            row("2026-11-19T10:00:00", None, None, None, now),
            // November: received 20 Nov 08:00: nothing can be judged yet
            row("2026-11-20T08:00:00", None, None, None, now),
        ];
        let m = by_month(&rows, at(now));
        assert_eq!(m.len(), 2);
        assert_eq!(
            (m[0].complaints, m[0].resolved, m[0].response_rate()),
            (1, 1, Some(1.0))
        );
        assert_eq!(m[0].satisfaction(), Some(5.0));
        let nov = &m[1];
        // 3 complaints: 1 resolved-late, 1 overdue (no response by due), 1 open
        assert_eq!(
            (nov.complaints, nov.open, nov.overdue, nov.resolved),
            (3, 1, 1, 1)
        );
        // response judged: the late one and the unanswered overdue one; 0 on time
        assert_eq!((nov.response_on_time, nov.response_judged), (0, 2));
        assert_eq!(nov.response_rate(), Some(0.0));
        // resolution judged: only the resolved one (others' resolve_due is ahead)
        assert_eq!((nov.resolution_on_time, nov.resolution_judged), (0, 1));
        let t = total(&rows, at(now));
        // satisfaction (5 + 2) / 2 = 3.5
        assert_eq!(t.satisfaction(), Some(3.5));
        // response: 1 on time of 3 judged
        assert_eq!(
            footer_in(crate::i18n::Lang::En, &t),
            "4 complaints: 1 open, 1 overdue, 2 resolved; on time: response 1/3 (33%), resolution 1/2 (50%); satisfaction 3.50 (2 rated)"
        );
    }
}
