//! The order of keys and entries in each record file (rules §2 and
//! §5): which keys a table holds and in which order, which arrays of tables
//! are sorted and by what. Writes insert new keys at their place in this
//! order; `fmt` puts whole files in it.

pub(crate) use crate::model::FileKind;

pub(crate) const CLIENT: &[&str] = &[
    "id",
    "name",
    "stage",
    "owner",
    "specialist",
    "industry",
    "source",
    "found",
    "since",
    "potential",
    "tier",
    "tier_reason",
    "notes",
    "contact",
    "deal",
    "complaint",
];
pub(crate) const CONTACT: &[&str] = &["name", "title", "phone", "email", "birthday", "primary"];
pub(crate) const DEAL: &[&str] = &[
    "id",
    "title",
    "owner",
    "stage",
    "amount",
    "opened",
    "closed",
    "due",
    "delivered",
];
pub(crate) const COMPLAINT: &[&str] = &[
    "id",
    "received",
    "severity",
    "channel",
    "summary",
    "handler",
    "responded",
    "resolved",
    "satisfaction",
    "departments",
];
pub(crate) const MONTH: &[&str] = &[
    "interaction",
    "plan",
    "attendance",
    "leave",
    "meeting",
    "review",
    "award",
    "feedback",
    "research",
    "event",
];
pub(crate) const INTERACTION: &[&str] = &["date", "client", "kind", "summary", "satisfaction"];
pub(crate) const PLAN: &[&str] = &["date", "client", "purpose"];
pub(crate) const ATTENDANCE: &[&str] = &["date", "in", "out", "status"];
pub(crate) const LEAVE: &[&str] = &[
    "kind",
    "from",
    "to",
    "requested",
    "status",
    "approved_by",
    "decided",
    "reason",
];
pub(crate) const MEETING: &[&str] = &[
    "id",
    "date",
    "kind",
    "title",
    "attendees",
    "minutes",
    "action",
];
pub(crate) const ACTION: &[&str] = &["task", "owner", "due", "done"];
pub(crate) const REVIEW: &[&str] = &["period", "of", "score", "comment"];
pub(crate) const AWARD: &[&str] = &["member", "kind", "period", "amount", "reason"];
pub(crate) const FEEDBACK: &[&str] = &["member", "period", "date", "note"];
pub(crate) const RESEARCH: &[&str] = &["date", "topic", "kind", "summary", "clients", "source"];
pub(crate) const EVENT: &[&str] = &["id", "date", "title", "kind", "invited", "attended", "cost"];
pub(crate) const CAREER: &[&str] = &["goal", "by", "plan", "mentor"];
pub(crate) const ROTATION: &[&str] = &["from", "to", "area"];
pub(crate) const TEAM: &[&str] = &["member"];
pub(crate) const MEMBER: &[&str] = &[
    "id",
    "name",
    "role",
    "joined",
    "reports_to",
    "left",
    "base_bonus",
    "birthday",
    "email",
    "emails",
    "signing_keys",
    "annual_days",
    "career",
    "rotation",
];
pub(crate) const TRAINING: &[&str] = &["session"];
pub(crate) const SESSION: &[&str] = &[
    "id",
    "date",
    "topic",
    "category",
    "method",
    "hours",
    "trainer",
    "attendees",
    "exam",
];
pub(crate) const EXAM: &[&str] = &["scores", "retake"];
const SETTINGS: &[&str] = &[
    "team",
    "calendar",
    "leave",
    "tiers",
    "followup",
    "complaints",
    "kpi",
    "appraisal",
    "training",
    "care",
    "career",
    "team_target",
];
const SETTINGS_TEAM: &[&str] = &["name", "currency", "timezone", "records_start", "lang"];
const LEAVE_SETTINGS: &[&str] = &["annual_days"];
const CALENDAR: &[&str] = &[
    "workdays",
    "holidays",
    "extra_workdays",
    "work_start",
    "work_end",
    "grace_minutes",
];
const TIERS: &[&str] = &["weights", "thresholds"];
const TIER_WEIGHTS: &[&str] = &["scale", "potential", "loyalty"];
const GRADES_ABC: &[&str] = &["A", "B", "C"];
const FOLLOWUP: &[&str] = &["A", "B", "C", "D", "prospect"];
const SEVERITIES: &[&str] = &["high", "medium", "low"];
const LIMITS: &[&str] = &["respond_hours", "resolve_days"];
const KPI: &[&str] = &["weights", "cap", "targets"];
const KPI_METRICS: &[&str] = &["new_clients", "satisfaction", "sales", "projects"];
const ROLES: &[&str] = &["lead", "manager", "specialist"];
const APPRAISAL: &[&str] = &["weights", "grades", "bonus", "feedback_days"];
const CAREER_RULES: &[&str] = &["promotion_months", "min_training_hours"];
const TEAM_TARGET: &[&str] = &[
    "from",
    "new_clients",
    "sales",
    "satisfaction",
    "complaints_on_time",
];
const APPRAISAL_WEIGHTS: &[&str] = &["kpi", "lead", "self", "peer"];
const BONUS: &[&str] = &["A", "B", "C", "D"];
const PASS: &[&str] = &["pass_mark"];
const CARE: &[&str] = &["occasion"];
const OCCASION: &[&str] = &["date", "name"];

/// The keys of the table at `path` (keys from the file's root; array
/// entries are named by their array's key), in order. Empty when unknown:
/// such a table keeps its order.
pub(crate) fn keys(kind: FileKind, path: &[&str]) -> &'static [&'static str] {
    match kind {
        FileKind::Client => match path {
            [] => CLIENT,
            ["contact"] => CONTACT,
            ["deal"] => DEAL,
            ["complaint"] => COMPLAINT,
            _ => &[],
        },
        FileKind::Month => match path {
            [] => MONTH,
            ["interaction"] => INTERACTION,
            ["plan"] => PLAN,
            ["attendance"] => ATTENDANCE,
            ["leave"] => LEAVE,
            ["meeting"] => MEETING,
            ["meeting", "action"] => ACTION,
            ["review"] => REVIEW,
            ["award"] => AWARD,
            ["feedback"] => FEEDBACK,
            ["research"] => RESEARCH,
            ["event"] => EVENT,
            _ => &[],
        },
        FileKind::Team => match path {
            [] => TEAM,
            ["member"] => MEMBER,
            ["member", "career"] => CAREER,
            ["member", "rotation"] => ROTATION,
            _ => &[],
        },
        FileKind::Training => match path {
            [] => TRAINING,
            ["session"] => SESSION,
            ["session", "exam"] => EXAM,
            _ => &[],
        },
        FileKind::Settings => settings_keys(path),
    }
}

fn settings_keys(path: &[&str]) -> &'static [&'static str] {
    match path {
        [] => SETTINGS,
        ["team"] => SETTINGS_TEAM,
        ["calendar"] => CALENDAR,
        ["leave"] => LEAVE_SETTINGS,
        ["tiers"] => TIERS,
        ["tiers", "weights"] => TIER_WEIGHTS,
        ["tiers", "thresholds"] | ["appraisal", "grades"] => GRADES_ABC,
        ["followup"] => FOLLOWUP,
        ["complaints"] => SEVERITIES,
        ["complaints", _] => LIMITS,
        ["kpi"] => KPI,
        ["kpi", "weights"] | ["kpi", "targets", _] => KPI_METRICS,
        ["kpi", "targets"] => ROLES,
        ["appraisal"] => APPRAISAL,
        ["appraisal", "weights"] => APPRAISAL_WEIGHTS,
        ["appraisal", "bonus"] => BONUS,
        ["training"] => PASS,
        ["care"] => CARE,
        ["care", "occasion"] => OCCASION,
        ["career"] => CAREER_RULES,
        ["team_target"] => TEAM_TARGET,
        _ => &[],
    }
}

/// How the entries of the array of tables at `path` are sorted (stably):
/// by these keys, in turn. Empty: they keep their order.
pub(crate) fn sort_keys(kind: FileKind, path: &[&str]) -> &'static [&'static str] {
    match (kind, path) {
        (FileKind::Client, ["deal"]) => &["opened"],
        (FileKind::Client, ["complaint"]) => &["received"],
        (FileKind::Month, ["interaction" | "plan" | "attendance" | "meeting"]) => &["date"],
        (FileKind::Month, ["leave"]) => &["from"],
        (FileKind::Month, ["review"]) => &["period", "of"],
        (FileKind::Month, ["award"]) => &["period", "member"],
        (FileKind::Month, ["feedback"]) => &["date", "member"],
        (FileKind::Month, ["research" | "event"]) => &["date"],
        _ => &[],
    }
}

/// Keys that hold nested entries (`[[deal]]` in a client, `[[meeting.action]]`
/// in a meeting …) rather than fields.
pub(crate) const ENTRIES: &[&str] = &[
    "contact",
    "deal",
    "complaint",
    "interaction",
    "plan",
    "attendance",
    "leave",
    "meeting",
    "review",
    "award",
    "action",
    "member",
    "session",
    "exam",
    "occasion",
    "feedback",
    "research",
    "event",
    "career",
    "rotation",
    "team_target",
];

/// Where `key` goes among the keys of a table: its place in `order`;
/// unknown keys and `extra` after the fields, before the nested entries.
pub(crate) fn rank(order: &[&str], key: &str) -> usize {
    let fields_end = order
        .iter()
        .position(|k| ENTRIES.contains(k))
        .unwrap_or(order.len());
    match order.iter().position(|k| *k == key) {
        Some(i) if i < fields_end => 2 * i,
        Some(i) => 2 * i + 2,
        None if key == "extra" => 2 * fields_end + 1,
        None => 2 * fields_end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks() {
        assert!(rank(DEAL, "id") < rank(DEAL, "closed"));
        assert!(rank(DEAL, "delivered") < rank(DEAL, "typo"));
        assert!(rank(DEAL, "typo") <= rank(DEAL, "extra"));
        // in a client file [extra] goes after the profile, before contacts
        assert!(rank(CLIENT, "notes") < rank(CLIENT, "extra"));
        assert!(rank(CLIENT, "extra") < rank(CLIENT, "contact"));
        assert!(rank(CLIENT, "contact") < rank(CLIENT, "deal"));
        assert!(rank(MEETING, "minutes") < rank(MEETING, "action"));
    }
}
