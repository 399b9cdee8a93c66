//! `[kpi]` (weights, cap, targets per role) and `[appraisal]` (weights,
//! grades, bonus, feedback days) of `clientele.toml`: the people area.

use super::*;

const METRICS: [&str; 4] = ["new_clients", "satisfaction", "sales", "projects"];

fn targets(mut t: Fields<'_, '_>, diags: &mut Vec<Diagnostic>) -> KpiTargets {
    let get = |t: &mut Fields<'_, '_>, key: &'static str| {
        let v = t.num(key);
        if let Some(v) = v
            && v <= 0.0
        {
            t.error_at(
                key,
                codes::TARGET_NOT_POSITIVE,
                msg!("diag-target-positive", key = key),
            );
        }
        v
    };
    let out = KpiTargets {
        new_clients: get(&mut t, METRICS[0]),
        satisfaction: get(&mut t, METRICS[1]),
        sales: get(&mut t, METRICS[2]),
        projects: get(&mut t, METRICS[3]),
    };
    t.finish(diags);
    out
}

pub(super) fn kpi(mut t: Fields<'_, '_>, diags: &mut Vec<Diagnostic>) -> Kpi {
    let mut k = Kpi::default();
    if let Some(w) = numbers(&mut t, "weights", "[kpi] weights", METRICS, diags) {
        check_weights(&mut t, "weights", &w);
        k.weights = KpiTargets {
            new_clients: Some(w[0]),
            satisfaction: Some(w[1]),
            sales: Some(w[2]),
            projects: Some(w[3]),
        };
    }
    if let Some(cap) = t.num("cap") {
        if cap < 1.0 {
            t.error_at(
                "cap",
                codes::OUT_OF_RANGE,
                msg!("diag-at-least-one", key = "cap"),
            );
        }
        k.cap = cap;
    }
    if let Some(mut tt) = t.table("targets", "[kpi.targets]") {
        k.targets.clear();
        for role in Role::ALL {
            if let Some(rt) = tt.table(role.as_str(), "[kpi.targets.<role>]") {
                k.targets.insert(*role, targets(rt, diags));
            }
        }
        tt.finish(diags);
    }
    t.finish(diags);
    k
}

pub(super) fn appraisal(mut t: Fields<'_, '_>, diags: &mut Vec<Diagnostic>) -> Appraisal {
    let mut a = Appraisal::default();
    if let Some(w) = numbers(
        &mut t,
        "weights",
        "[appraisal] weights",
        ["kpi", "lead", "self", "peer"],
        diags,
    ) {
        check_weights(&mut t, "weights", &w);
        [a.w_kpi, a.w_lead, a.w_self, a.w_peer] = w;
    }
    if let Some(g) = numbers(
        &mut t,
        "grades",
        "[appraisal] grades",
        ["A", "B", "C"],
        diags,
    ) {
        check_descending(&mut t, "grades", g);
        [a.grade_a, a.grade_b, a.grade_c] = g;
    }
    if let Some(b) = numbers(
        &mut t,
        "bonus",
        "[appraisal] bonus",
        ["A", "B", "C", "D"],
        diags,
    ) {
        a.bonus = Tier::ALL.iter().copied().zip(b).collect();
    }
    if let Some(n) = t.int("feedback_days") {
        match u32::try_from(n) {
            Ok(n) if (1..=31).contains(&n) => a.feedback_days = n,
            _ => t.error_at(
                "feedback_days",
                codes::OUT_OF_RANGE,
                msg!("diag-feedback-days"),
            ),
        }
    }
    t.finish(diags);
    a
}
