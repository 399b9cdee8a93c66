//! Replay (rules §3.0): what the records knew as of "now" and D. Every report
//! reads dated facts through these functions, so nothing dated later than
//! `--as-of` is ever counted.

use chrono::{NaiveDate, NaiveDateTime};

use crate::model::{Action, Client, Complaint, Deal, DealStage, Stage};

/// A client's stage as of `d`: a customer (or dormant client) whose `since`
/// is after `d` counts as a prospect. Stages have no other history.
pub(crate) fn client_stage(client: &Client, d: NaiveDate) -> Stage {
    match client.stage {
        Stage::Customer | Stage::Dormant if client.since.is_none_or(|s| s > d) => Stage::Prospect,
        s => s,
    }
}

/// Graded (rules §3.1): stage `customer` with `since` ≤ `d`.
pub(crate) fn is_graded(client: &Client, d: NaiveDate) -> bool {
    client.is_graded(d)
}

/// Whether the client had been found by `d`.
pub(crate) fn is_known(client: &Client, d: NaiveDate) -> bool {
    client.found <= d
}

/// A deal's stage as of `d`: `None` before it was opened; a won or lost
/// deal closed after `d` is still in negotiation.
pub(crate) fn deal_stage(deal: &Deal, d: NaiveDate) -> Option<DealStage> {
    if deal.opened > d {
        return None;
    }
    Some(match deal.stage {
        DealStage::Won | DealStage::Lost if deal.closed.is_none_or(|c| c > d) => {
            DealStage::Negotiation
        }
        s => s,
    })
}

/// The close date of a won or lost deal, once it is ≤ `d`.
pub(crate) fn deal_closed(deal: &Deal, d: NaiveDate) -> Option<NaiveDate> {
    deal_stage(deal, d)
        .filter(|s| matches!(s, DealStage::Won | DealStage::Lost))
        .and(deal.closed)
}

/// Whether the deal was won by `d`, and when.
pub(crate) fn won_on(deal: &Deal, d: NaiveDate) -> Option<NaiveDate> {
    (deal_stage(deal, d) == Some(DealStage::Won))
        .then_some(deal.closed)
        .flatten()
}

/// The delivery date, once it is ≤ `d`.
pub(crate) fn delivered(deal: &Deal, d: NaiveDate) -> Option<NaiveDate> {
    deal.delivered.filter(|x| *x <= d)
}

/// A complaint as known at `now`: `None` before it was received.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct ComplaintAsOf {
    pub(crate) responded: Option<NaiveDateTime>,
    pub(crate) resolved: Option<NaiveDateTime>,
    pub(crate) satisfaction: Option<i64>,
}

pub(crate) fn complaint(c: &Complaint, now: NaiveDateTime) -> Option<ComplaintAsOf> {
    if c.received > now {
        return None;
    }
    let resolved = c.resolved.filter(|t| *t <= now);
    Some(ComplaintAsOf {
        responded: c.responded.filter(|t| *t <= now),
        resolved,
        // a rating is given on the outcome: known once the complaint is
        // resolved as of now
        satisfaction: c.satisfaction.filter(|_| resolved.is_some()),
    })
}

/// The day an action item was done, once it is ≤ `d`.
pub(crate) fn action_done(a: &Action, d: NaiveDate) -> Option<NaiveDate> {
    a.done.filter(|x| *x <= d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Spans;

    fn deal(stage: DealStage, opened: &str, closed: Option<&str>) -> Deal {
        Deal {
            id: "D".into(),
            title: "t".into(),
            owner: None,
            stage,
            amount: 1.0,
            opened: opened.parse().unwrap(),
            closed: closed.map(|c| c.parse().unwrap()),
            due: None,
            delivered: None,
            spans: Spans::default(),
        }
    }

    #[test]
    fn deals_replay() {
        let d: NaiveDate = "2026-11-20".parse().unwrap();
        let won = deal(DealStage::Won, "2026-10-01", Some("2026-11-25"));
        assert_eq!(deal_stage(&won, d), Some(DealStage::Negotiation));
        assert_eq!(won_on(&won, d), None);
        let later = deal(DealStage::Lead, "2026-11-21", None);
        assert_eq!(deal_stage(&later, d), None);
        let won = deal(DealStage::Won, "2026-10-01", Some("2026-11-20"));
        assert_eq!(won_on(&won, d), Some(d));
    }
}
