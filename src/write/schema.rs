//! The order of keys and entries in each record file (SPEC sections 2 and
//! 5): which keys a table holds and in which order, which arrays of tables
//! are sorted and by what. Writes insert new keys at their place in this
//! order; `fmt` puts whole files in it.

/// What a record file is, by its place in the folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Settings,
    Team,
    Client,
    Month,
    Training,
}

impl FileKind {
    /// Classifies a path (inside the records folder or not) by its last
    /// components: `clientele.toml`, `team.toml`, `clients/<id>.toml`,
    /// `months/<YYYY-MM>/<member>.toml`, `training/<YYYY>.toml`.
    pub fn of(path: &std::path::Path) -> Option<FileKind> {
        let parts: Vec<String> = path
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        let n = parts.len();
        let name = parts.last()?;
        if !name.ends_with(".toml") {
            return None;
        }
        let parent = n.checked_sub(2).map(|i| parts[i].as_str());
        let grand = n.checked_sub(3).map(|i| parts[i].as_str());
        match (name.as_str(), parent, grand) {
            (_, Some("clients"), _) => Some(FileKind::Client),
            (_, Some(_), Some("months")) => Some(FileKind::Month),
            (_, Some("training"), _) => Some(FileKind::Training),
            ("clientele.toml", _, _) => Some(FileKind::Settings),
            ("team.toml", _, _) => Some(FileKind::Team),
            _ => None,
        }
    }
}

pub const CLIENT: &[&str] = &[
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
pub const CONTACT: &[&str] = &["name", "title", "phone", "email", "birthday", "primary"];
pub const DEAL: &[&str] = &[
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
pub const COMPLAINT: &[&str] = &[
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
pub const MONTH: &[&str] = &[
    "interaction",
    "plan",
    "attendance",
    "leave",
    "meeting",
    "review",
    "award",
];
pub const INTERACTION: &[&str] = &["date", "client", "kind", "summary", "satisfaction"];
pub const PLAN: &[&str] = &["date", "client", "purpose"];
pub const ATTENDANCE: &[&str] = &["date", "in", "out", "status"];
pub const LEAVE: &[&str] = &[
    "kind",
    "from",
    "to",
    "requested",
    "status",
    "approved_by",
    "decided",
    "reason",
];
pub const MEETING: &[&str] = &[
    "id",
    "date",
    "kind",
    "title",
    "attendees",
    "minutes",
    "action",
];
pub const ACTION: &[&str] = &["task", "owner", "due", "done"];
pub const REVIEW: &[&str] = &["period", "of", "score", "comment"];
pub const AWARD: &[&str] = &["member", "kind", "period", "amount", "reason"];
pub const TEAM: &[&str] = &["member"];
pub const MEMBER: &[&str] = &[
    "id",
    "name",
    "role",
    "joined",
    "reports_to",
    "left",
    "base_bonus",
    "birthday",
];
pub const TRAINING: &[&str] = &["session"];
pub const SESSION: &[&str] = &[
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
pub const EXAM: &[&str] = &["scores", "retake"];
const SETTINGS: &[&str] = &[
    "team",
    "calendar",
    "tiers",
    "followup",
    "complaints",
    "kpi",
    "appraisal",
    "training",
    "care",
];
const SETTINGS_TEAM: &[&str] = &["name", "currency", "timezone"];
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
const APPRAISAL: &[&str] = &["weights", "grades", "bonus"];
const APPRAISAL_WEIGHTS: &[&str] = &["kpi", "lead", "self", "peer"];
const BONUS: &[&str] = &["A", "B", "C", "D"];
const PASS: &[&str] = &["pass_mark"];
const CARE: &[&str] = &["occasion"];
const OCCASION: &[&str] = &["date", "name"];

/// The keys of the table at `path` (keys from the file's root; array
/// entries are named by their array's key), in order. Empty when unknown:
/// such a table keeps its order.
pub fn keys(kind: FileKind, path: &[&str]) -> &'static [&'static str] {
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
            _ => &[],
        },
        FileKind::Team => match path {
            [] => TEAM,
            ["member"] => MEMBER,
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
        _ => &[],
    }
}

/// How the entries of the array of tables at `path` are sorted (stably):
/// by these keys, in turn. Empty: they keep their order.
pub fn sort_keys(kind: FileKind, path: &[&str]) -> &'static [&'static str] {
    match (kind, path) {
        (FileKind::Client, ["deal"]) => &["opened"],
        (FileKind::Client, ["complaint"]) => &["received"],
        (FileKind::Month, ["interaction" | "plan" | "attendance" | "meeting"]) => &["date"],
        (FileKind::Month, ["leave"]) => &["from"],
        (FileKind::Month, ["review"]) => &["period", "of"],
        (FileKind::Month, ["award"]) => &["period", "member"],
        _ => &[],
    }
}

/// Keys that hold nested entries (`[[deal]]` in a client, `[[meeting.action]]`
/// in a meeting …) rather than fields.
const ENTRIES: &[&str] = &[
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
];

/// Where `key` goes among the keys of a table: its place in `order`;
/// unknown keys and `extra` after the fields, before the nested entries.
pub fn rank(order: &[&str], key: &str) -> usize {
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
    use std::path::Path;

    #[test]
    fn kinds_by_path() {
        let of = |p: &str| FileKind::of(Path::new(p));
        assert_eq!(of("records/clients/a.toml"), Some(FileKind::Client));
        assert_eq!(of("months/2026-11/li-wei.toml"), Some(FileKind::Month));
        assert_eq!(of("x/training/2026.toml"), Some(FileKind::Training));
        assert_eq!(of("clientele.toml"), Some(FileKind::Settings));
        assert_eq!(of("records/team.toml"), Some(FileKind::Team));
        assert_eq!(of("records/notes.toml"), None);
        assert_eq!(of("clients/a.txt"), None);
    }

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
