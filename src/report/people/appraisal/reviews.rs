//! Appraisal reviews of one period (rules §3.5): which reviews count, and
//! the self, lead and peer components they make for a member.
//!
//! Reviews are read from month folders up to D's month; for each
//! (reviewer, member, period) only the last one counts — the later
//! folder, then the later entry in the file (`check` warns about the
//! duplicates).

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::model::{MemberId, Records, Role, YearMonth};

/// The counted reviews of `period` as of `d`: (reviewer, member) → score.
pub(crate) fn of_period(
    records: &Records,
    period: YearMonth,
    d: NaiveDate,
) -> BTreeMap<(&MemberId, &MemberId), f64> {
    let mut out = BTreeMap::new();
    // month logs are sorted by month, so a later folder overwrites
    for log in records.months_until(YearMonth::of(d)) {
        for r in log.reviews.iter().filter(|r| r.period == period) {
            out.insert((&log.member, &r.of), r.score);
        }
    }
    out
}

/// The review components of one member; `None` where no review exists.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Components {
    /// Its own review.
    pub(crate) own: Option<f64>,
    /// Mean of the reviews by leads other than itself.
    pub(crate) lead: Option<f64>,
    /// Mean of the reviews by anyone else.
    pub(crate) peer: Option<f64>,
}

fn mean(v: &[f64]) -> Option<f64> {
    (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
}

/// Splits the reviews of `member` into self, lead and peer. `role` gives
/// a reviewer's role (`None` for an id not in team.toml: a peer).
pub(crate) fn components<'a>(
    member: &str,
    reviews: impl IntoIterator<Item = (&'a str, f64)>,
    role: impl Fn(&str) -> Option<Role>,
) -> Components {
    let (mut own, mut leads, mut peers) = (None, Vec::new(), Vec::new());
    for (reviewer, score) in reviews {
        if reviewer == member {
            own = Some(score);
        } else if role(reviewer) == Some(Role::Lead) {
            leads.push(score);
        } else {
            peers.push(score);
        }
    }
    Components {
        own,
        lead: mean(&leads),
        peer: mean(&peers),
    }
}

/// The components of every reviewed member of `period`, as of `d`.
pub(crate) fn by_member(
    records: &Records,
    period: YearMonth,
    d: NaiveDate,
) -> BTreeMap<&MemberId, Components> {
    let reviews = of_period(records, period, d);
    let mut grouped: BTreeMap<&MemberId, Vec<(&str, f64)>> = BTreeMap::new();
    for ((reviewer, of), score) in reviews {
        grouped.entry(of).or_default().push((reviewer, score));
    }
    let role = |id: &str| records.member(id).map(|m| m.role);
    grouped
        .into_iter()
        .map(|(of, given)| (of, components(of, given, role)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(id: &str) -> Option<Role> {
        match id {
            "boss" | "boss2" => Some(Role::Lead),
            "amy" | "ben" => Some(Role::Manager),
            _ => None,
        }
    }

    #[test]
    fn self_lead_and_peer() {
        // amy: own 95; leads boss 90, boss2 80 → 85; peers ben 70 and a
        // reviewer not in team.toml 60 → 65
        let c = components(
            "amy",
            [
                ("amy", 95.0),
                ("boss", 90.0),
                ("boss2", 80.0),
                ("ben", 70.0),
                ("ghost", 60.0),
            ],
            role,
        );
        assert_eq!(
            c,
            Components {
                own: Some(95.0),
                lead: Some(85.0),
                peer: Some(65.0)
            }
        );
        // a lead's review of itself is its self review, not a lead review
        let c = components("boss", [("boss", 91.0), ("boss2", 70.0)], role);
        assert_eq!((c.own, c.lead, c.peer), (Some(91.0), Some(70.0), None));
        assert_eq!(components("amy", [], role), Components::default());
    }
}
