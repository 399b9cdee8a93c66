//! The briefing's client sections: follow-ups overdue and due this week,
//! missed visit plans, greetings due.

use chrono::{Days, NaiveDate};

use super::{
    CARE_WITHIN, DUE_WITHIN, MISSED_DAYS, Options, all_overdue, client_name, for_member, section,
    when,
};
use crate::i18n::Lang;
use crate::model::{ClientId, Records, Tier};
use crate::render::Cell;
use crate::render::briefing::Section;
use crate::report::clients::plans::PlanStatus;
use crate::report::clients::{care, followups, plans};
use crate::report::period::Period;
use crate::t;

/// Every graded client's tier as of D, graded once for the briefing.
pub(super) type Tiers = std::collections::BTreeMap<ClientId, Tier>;

/// Follow-ups: the overdue ones (most overdue first) and those due in the
/// next `DUE_WITHIN` days (soonest first).
pub(super) fn followup_sections(
    records: &Records,
    d: NaiveDate,
    o: &Options,
    tiers: &Tiers,
) -> [Section; 2] {
    let all = followups::followups_by(
        records,
        d,
        &followups::Filter {
            member: o.member.clone(),
            ..followups::Filter::default()
        },
        tiers,
    );
    let mut overdue: Vec<&followups::FollowupRow> = all.iter().filter(|r| r.is_overdue()).collect();
    overdue.sort_by_key(|r| (std::cmp::Reverse(r.days_overdue), r.client.to_string()));
    let soon: Vec<&followups::FollowupRow> =
        all.iter().filter(|r| r.due_within(DUE_WITHIN)).collect();
    let columns = ["client", "name", "tier", "owner", "due", "when", "cover"];
    let row = |r: &&followups::FollowupRow, lang: Lang| {
        vec![
            Cell::text(r.client.to_string()),
            Cell::text(r.name.clone()),
            Cell::text(r.tier.map_or("-", |t| t.as_str())),
            Cell::text(r.owner.to_string()),
            Cell::Date(r.due),
            Cell::text(when(lang, r.days_overdue)),
            Cell::opt(r.cover.as_ref(), |m| {
                Cell::text(t!(lang; "briefing-cover", member = m.to_string()))
            }),
        ]
    };
    [
        all_overdue(section(
            "followups_overdue",
            for_member("clientele followups --overdue", "--member", o),
            &columns,
            &overdue,
            o.top,
            row,
        )),
        section(
            "followups_due",
            for_member(
                &format!("clientele followups --within {DUE_WITHIN}"),
                "--member",
                o,
            ),
            &columns,
            &soon,
            o.top,
            row,
        ),
    ]
}

/// Plans missed in the last `MISSED_DAYS` days, latest first.
pub(super) fn plans_section(records: &Records, d: NaiveDate, o: &Options) -> Section {
    let from = d - Days::new(MISSED_DAYS - 1);
    let mut rows = plans::plans(
        records,
        d,
        &plans::Filter {
            member: o.member.clone(),
            status: Some(PlanStatus::Missed),
            period: Period {
                from: Some(from),
                to: Some(d),
            },
            ..plans::Filter::default()
        },
    );
    rows.reverse();
    section(
        "plans_missed",
        for_member(
            &format!(
                "clientele plans --status missed --from {} --to {}",
                from.format("%Y-%m-%d"),
                d.format("%Y-%m-%d")
            ),
            "--member",
            o,
        ),
        &["date", "member", "client", "purpose"],
        &rows,
        o.top,
        |r, _| {
            vec![
                Cell::Date(r.date),
                Cell::text(r.member.to_string()),
                Cell::text(client_name(records, &r.client)),
                Cell::opt(r.purpose.clone(), Cell::Text),
            ]
        },
    )
}

/// Birthdays, anniversaries and occasions in the next `CARE_WITHIN` days.
pub(super) fn care_section(records: &Records, d: NaiveDate, o: &Options, tiers: &Tiers) -> Section {
    let filter = care::Filter {
        member: o.member.clone(),
        ..care::Filter::default()
    };
    let rows: Vec<care::CareRow> = care::care_by(records, d, CARE_WITHIN, tiers)
        .into_iter()
        .filter(|r| filter.keeps(r))
        .collect();
    section(
        "care",
        for_member("clientele care", "--member", o),
        &["date", "occasion", "contact", "client", "owner"],
        &rows,
        o.top,
        |r, _| {
            vec![
                Cell::Date(r.date),
                Cell::text(r.occasion.as_str()),
                Cell::opt(r.contact.clone(), Cell::Text),
                Cell::text(r.client_name.clone()),
                Cell::text(r.owner.to_string()),
            ]
        },
    )
}
