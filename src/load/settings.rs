//! Reads `clientele.toml` into [`Settings`], with the checks that concern
//! that file alone (thresholds descending, weights summing to 1, targets
//! above 0, a follow-up interval for every tier).

use std::collections::BTreeMap;

use chrono::Weekday;

use super::fields::Fields;
use super::policy;
use super::ranges;
use super::weights::{check_descending, check_weights, numbers};
use crate::diagnostic::{Arg, Diagnostic, Msg, codes};
use crate::model::{
    Appraisal, Calendar, ComplaintLimits, Complaints, Followup, Kpi, KpiTargets, Occasion, Role,
    Settings, Severity, TeamInfo, Tier, Tiers,
};
use crate::msg;

/// The longest follow-up interval, complaint resolve limit or window in
/// days: ten years.
pub(crate) const DAYS_MAX: i64 = 3660;
/// The longest complaint respond limit in hours: a leap year.
mod people;
use people::{appraisal, kpi};

const HOURS_MAX: f64 = 8784.0;
/// The largest grace for lateness in minutes: half a day.
const GRACE_MAX: i64 = 720;

pub(crate) fn read(mut f: Fields<'_, '_>, diags: &mut Vec<Diagnostic>) -> Settings {
    let mut s = Settings {
        file: Some(f.file()),
        pass_mark: 60.0,
        ..Settings::default()
    };
    match f.table("team", "[team]") {
        Some(t) => s.team = team(t, diags),
        None => f.missing("team", Some(msg!("diag-why-team"))),
    }
    if let Some(t) = f.table("calendar", "[calendar]") {
        s.calendar = calendar(t, diags);
    }
    if let Some(mut t) = f.table("leave", "[leave]") {
        s.annual_days = t.int("annual_days");
        if s.annual_days.is_some_and(|n| n < 0) {
            t.error_at(
                "annual_days",
                codes::OUT_OF_RANGE,
                msg!("diag-not-negative", key = "annual_days"),
            );
        }
        t.finish(diags);
    }
    if let Some(t) = f.table("tiers", "[tiers]") {
        s.tiers = tiers(t, diags);
    }
    if let Some(t) = f.table("followup", "[followup]") {
        s.followup = followup(t, diags);
    }
    if let Some(t) = f.table("complaints", "[complaints]") {
        s.complaints = complaints(t, diags);
    }
    if let Some(t) = f.table("kpi", "[kpi]") {
        s.kpi = kpi(t, diags);
    }
    if let Some(t) = f.table("appraisal", "[appraisal]") {
        s.appraisal = appraisal(t, diags);
    }
    if let Some(mut t) = f.table("training", "[training]") {
        if let Some(p) = t.num("pass_mark") {
            s.pass_mark = p;
        }
        t.finish(diags);
    }
    if let Some(mut care) = f.table("care", "[care]") {
        for mut o in care.tables("occasion", "[[care.occasion]]") {
            let date = o.req_date("date");
            let name = o.req_str("name");
            o.finish(diags);
            if let (Some(date), Some(name)) = (date, name) {
                s.occasions.push(Occasion { date, name });
            }
        }
        care.finish(diags);
    }
    if let Some(t) = f.table("career", "[career]") {
        s.career = policy::career_rules(t, diags);
    }
    s.team_targets = policy::team_targets(&mut f, diags);
    f.finish(diags);
    s
}

fn team(mut t: Fields<'_, '_>, diags: &mut Vec<Diagnostic>) -> TeamInfo {
    let mut team = TeamInfo {
        name: t.req_str("name").unwrap_or_default(),
        currency: t.req_str("currency").unwrap_or_default(),
        ..TeamInfo::default()
    };
    if let Some(tz) = t.str("timezone") {
        if tz.parse::<chrono_tz::Tz>().is_err() {
            t.error_at(
                "timezone",
                codes::BAD_VALUE,
                msg!("diag-unknown-timezone", value = &tz),
            );
        } else {
            team.timezone = tz;
        }
    }
    team.records_start = t.date("records_start");
    if let Some(lang) = t.str("lang") {
        team.lang = crate::i18n::Lang::parse(&lang);
        if team.lang.is_none() {
            t.error_at(
                "lang",
                codes::BAD_VALUE,
                msg!("diag-unknown-lang", value = &lang),
            );
        }
    }
    t.finish(diags);
    team
}

fn weekday(s: &str) -> Option<Weekday> {
    Some(match s {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    })
}

fn calendar(mut t: Fields<'_, '_>, diags: &mut Vec<Diagnostic>) -> Calendar {
    let mut c = Calendar::default();
    if t.has("workdays") {
        c.workdays.clear();
        for (name, span) in t.str_array("workdays") {
            match weekday(&name) {
                Some(w) => c.workdays.push(w),
                None => diags.push(Diagnostic::error(
                    codes::BAD_ENUM,
                    span,
                    msg!("diag-bad-workday", value = &name),
                )),
            }
        }
    }
    c.holidays = t
        .date_array("holidays")
        .into_iter()
        .map(|(d, _)| d)
        .collect();
    c.extra_workdays = t
        .date_array("extra_workdays")
        .into_iter()
        .map(|(d, _)| d)
        .collect();
    if let Some(v) = t.time("work_start") {
        c.work_start = v;
    }
    if let Some(v) = t.time("work_end") {
        c.work_end = v;
    }
    if let Some(v) = ranges::int_in(
        &mut t,
        "grace_minutes",
        0..=GRACE_MAX,
        Msg::from("`grace_minutes`"),
    ) {
        c.grace_minutes = v;
    }
    if c.work_end <= c.work_start {
        t.error_at("work_end", codes::DATE_ORDER, msg!("diag-work-end"));
    }
    t.finish(diags);
    c
}

fn tiers(mut t: Fields<'_, '_>, diags: &mut Vec<Diagnostic>) -> Tiers {
    let mut tiers = Tiers::default();
    if let Some([scale, potential, loyalty]) = numbers(
        &mut t,
        "weights",
        "[tiers] weights",
        ["scale", "potential", "loyalty"],
        diags,
    ) {
        check_weights(&mut t, "weights", &[scale, potential, loyalty]);
        tiers.weights = crate::model::TierWeights {
            scale,
            potential,
            loyalty,
        };
    }
    if let Some(v) = numbers(
        &mut t,
        "thresholds",
        "[tiers] thresholds",
        ["A", "B", "C"],
        diags,
    ) {
        check_descending(&mut t, "thresholds", v);
        [tiers.a, tiers.b, tiers.c] = v;
    }
    t.finish(diags);
    tiers
}

fn followup(mut t: Fields<'_, '_>, diags: &mut Vec<Diagnostic>) -> Followup {
    let mut by_tier = BTreeMap::new();
    for tier in Tier::ALL {
        let what = msg!("diag-word-followup-tier", tier = tier);
        match ranges::int_in(&mut t, tier.as_str(), 1..=DAYS_MAX, what) {
            Some(days) => {
                by_tier.insert(*tier, days);
            }
            None => {
                if !t.has(tier.as_str()) {
                    let d = Diagnostic::error(
                        codes::CONFIG_MISSING,
                        t.entry_span(),
                        msg!("diag-followup-tier-missing", tier = tier),
                    );
                    t.diags.push(d);
                }
            }
        }
    }
    let what = msg!("diag-word-followup-prospect");
    let prospect = match ranges::int_in(&mut t, "prospect", 1..=DAYS_MAX, what) {
        Some(p) => p,
        None if t.has("prospect") => 21,
        None => {
            let d = Diagnostic::error(
                codes::CONFIG_MISSING,
                t.entry_span(),
                msg!("diag-followup-prospect-missing"),
            );
            t.diags.push(d);
            21
        }
    };
    t.finish(diags);
    let mut f = Followup::default();
    for (k, v) in by_tier {
        f.by_tier.insert(k, v);
    }
    f.prospect = prospect;
    f
}

fn complaints(mut t: Fields<'_, '_>, diags: &mut Vec<Diagnostic>) -> Complaints {
    let mut c = Complaints::default();
    for sev in Severity::ALL {
        let what = match sev {
            Severity::High => "[complaints] high",
            Severity::Medium => "[complaints] medium",
            Severity::Low => "[complaints] low",
        };
        if !t.has(sev.as_str()) {
            let d = Diagnostic::error(
                codes::CONFIG_MISSING,
                t.entry_span(),
                msg!(
                    "diag-limits-missing",
                    severity = Arg::value("severity", sev)
                ),
            );
            t.diags.push(d);
            continue;
        }
        if let Some([respond_hours, resolve_days]) = numbers(
            &mut t,
            sev.as_str(),
            what,
            ["respond_hours", "resolve_days"],
            diags,
        ) {
            if respond_hours <= 0.0 || resolve_days <= 0.0 {
                t.error_at(
                    sev.as_str(),
                    codes::OUT_OF_RANGE,
                    msg!(
                        "diag-limits-positive",
                        severity = Arg::value("severity", sev)
                    ),
                );
            } else if respond_hours > HOURS_MAX || resolve_days > DAYS_MAX as f64 {
                t.error_at(
                    sev.as_str(),
                    codes::OUT_OF_RANGE,
                    msg!(
                        "diag-limits-too-long",
                        severity = Arg::value("severity", sev),
                        hours = HOURS_MAX,
                        days = DAYS_MAX,
                    ),
                );
            }
            c.limits.insert(
                *sev,
                ComplaintLimits {
                    respond_hours,
                    resolve_days,
                },
            );
        }
    }
    t.finish(diags);
    c
}
