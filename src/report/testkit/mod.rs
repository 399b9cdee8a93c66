//! Test-only builders for the reports' hand-worked cases: small
//! clients, deals, members and month logs, assembled into indexed
//! [`Records`] with the rules' default settings; or (`from_files`) a records
//! folder written from TOML snippets into a temp dir and loaded with the
//! real loader, so a case reads like the records a user writes.
#![allow(dead_code)]

use chrono::NaiveDate;

use crate::diagnostic::FileId;
use crate::model::{
    Client, ClientId, Contact, Deal, DealStage, Interaction, InteractionKind, Leave, LeaveKind,
    LeaveStatus, Member, MemberId, MonthLog, Plan, Records, Role, Spans, Stage, YearMonth,
};

pub(crate) fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// A client with no contacts or deals.
pub(crate) fn client(
    id: &str,
    stage: Stage,
    found: &str,
    since: Option<&str>,
    potential: i64,
) -> Client {
    Client {
        id: ClientId::from(id),
        name: id.to_uppercase(),
        stage,
        owner: MemberId::from("amy"),
        specialist: None,
        industry: None,
        source: None,
        found: day(found),
        since: since.map(day),
        potential,
        tier: None,
        tier_reason: None,
        notes: None,
        contacts: Vec::new(),
        deals: Vec::new(),
        complaints: Vec::new(),
        spans: Spans::default(),
    }
}

/// A signed customer found on its signing day.
pub(crate) fn customer(id: &str, since: &str, potential: i64) -> Client {
    client(id, Stage::Customer, since, Some(since), potential)
}

pub(crate) fn deal(
    id: &str,
    stage: DealStage,
    amount: f64,
    opened: &str,
    closed: Option<&str>,
) -> Deal {
    Deal {
        id: id.into(),
        title: id.into(),
        owner: None,
        stage,
        amount,
        opened: day(opened),
        closed: closed.map(day),
        due: None,
        delivered: None,
        spans: Spans::default(),
    }
}

/// A deal won on `closed`, opened 30 days before.
pub(crate) fn won(id: &str, amount: f64, closed: &str) -> Deal {
    let opened = day(closed) - chrono::Days::new(30);
    Deal {
        opened,
        ..deal(id, DealStage::Won, amount, closed, Some(closed))
    }
}

pub(crate) fn contact(name: &str, birthday: Option<&str>, primary: bool) -> Contact {
    Contact {
        name: name.into(),
        title: None,
        phone: Some("13800001234".into()),
        email: None,
        birthday: birthday.map(day),
        primary,
        spans: Spans::default(),
    }
}

pub(crate) fn member(id: &str, role: Role, reports_to: Option<&str>) -> Member {
    Member {
        id: MemberId::from(id),
        name: id.to_uppercase(),
        role,
        joined: day("2019-01-01"),
        reports_to: reports_to.map(MemberId::from),
        left: None,
        base_bonus: None,
        birthday: None,
        emails: Vec::new(),
        signing_keys: Vec::new(),
        annual_days: None,
        careers: Vec::new(),
        rotations: Vec::new(),
        spans: Spans::default(),
    }
}

/// boss (lead), amy (manager), sam (specialist).
pub(crate) fn team() -> Vec<Member> {
    vec![
        member("boss", Role::Lead, None),
        member("amy", Role::Manager, Some("boss")),
        member("sam", Role::Specialist, Some("boss")),
    ]
}

pub(crate) fn log(month: &str, member: &str) -> MonthLog {
    MonthLog {
        month: month.parse::<YearMonth>().unwrap(),
        member: MemberId::from(member),
        file: FileId(0),
        interactions: Vec::new(),
        plans: Vec::new(),
        attendance: Vec::new(),
        leaves: Vec::new(),
        meetings: Vec::new(),
        reviews: Vec::new(),
        awards: Vec::new(),
        feedback: Vec::new(),
        research: Vec::new(),
        events: Vec::new(),
    }
}

pub(crate) fn interaction(date: &str, client: &str) -> Interaction {
    Interaction {
        date: day(date),
        client: ClientId::from(client),
        kind: InteractionKind::Visit,
        summary: "visit".into(),
        satisfaction: None,
        spans: Spans::default(),
    }
}

pub(crate) fn plan(date: &str, client: &str) -> Plan {
    Plan {
        date: day(date),
        client: ClientId::from(client),
        purpose: None,
        spans: Spans::default(),
    }
}

/// Approved leave `from ..= to`, requested and decided a week before.
pub(crate) fn approved_leave(from: &str, to: &str) -> Leave {
    let asked = day(from) - chrono::Days::new(7);
    Leave {
        kind: LeaveKind::Annual,
        from: day(from),
        to: day(to),
        requested: asked,
        status: LeaveStatus::Approved,
        approved_by: Some(MemberId::from("boss")),
        decided: Some(asked),
        reason: None,
        spans: Spans::default(),
    }
}

pub(crate) fn records(
    members: Vec<Member>,
    clients: Vec<Client>,
    months: Vec<MonthLog>,
) -> Records {
    let mut r = Records::default();
    r.members = members;
    r.clients = clients;
    r.months = months;
    r.index();
    r
}

/// `clientele.toml` with the rules' example settings (the defaults).
pub(crate) const SETTINGS: &str = "[team]\nname = \"t\"\ncurrency = \"CNY\"\n";

/// Loads `files` (path inside the folder, text); `clientele.toml` is
/// added when not given. Checks as of `d` and panics on any error.
pub(crate) fn from_files(files: &[(&str, &str)], d: NaiveDate) -> Records {
    let dir = tempfile::tempdir().unwrap();
    let mut all: Vec<(&str, &str)> = files.to_vec();
    if !files.iter().any(|(p, _)| *p == "clientele.toml") {
        all.push(("clientele.toml", SETTINGS));
    }
    for (path, text) in all {
        let full = dir.path().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
    }
    let loaded = crate::load::load_and_check(dir.path(), d).unwrap();
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|x| x.is_error())
        .map(|x| loaded.records.sources.render(x))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join(""));
    loaded.records
}

/// The end of day `s` (now for `--as-of s`).
pub(crate) fn end_of(s: &str) -> chrono::NaiveDateTime {
    day(s).and_hms_opt(23, 59, 59).unwrap()
}

pub(crate) mod october;

pub(crate) mod policy;

/// A `team.toml` for `from_files`: one `[[member]]` per spec
/// `"id role joined [key = value; …]"`, named after its id with a capital
/// (unless the spec gives `name`), every non-lead reporting to the first
/// lead. The one way the report tests write a team.
pub(crate) fn team_toml(specs: &[&str]) -> String {
    let lead = specs
        .iter()
        .find(|s| s.split_whitespace().nth(1) == Some("lead"))
        .and_then(|s| s.split_whitespace().next())
        .unwrap_or("boss");
    let mut out = String::new();
    for spec in specs {
        let mut words = spec.splitn(4, ' ');
        let (id, role, joined) = (
            words.next().unwrap_or_default(),
            words.next().unwrap_or_default(),
            words.next().unwrap_or_default(),
        );
        let extra: Vec<&str> = words
            .next()
            .map(|e| e.split(';').map(str::trim).collect())
            .unwrap_or_default();
        out.push_str(&format!("\n[[member]]\nid = \"{id}\"\n"));
        if !extra.iter().any(|e| e.starts_with("name =")) {
            let mut name = id.chars();
            let name: String = name
                .next()
                .map(|c| c.to_uppercase().chain(name).collect())
                .unwrap_or_default();
            out.push_str(&format!("name = \"{name}\"\n"));
        }
        out.push_str(&format!("role = \"{role}\"\njoined = {joined}\n"));
        if role != "lead" {
            out.push_str(&format!("reports_to = \"{lead}\"\n"));
        }
        for e in extra {
            out.push_str(e);
            out.push('\n');
        }
    }
    out
}
