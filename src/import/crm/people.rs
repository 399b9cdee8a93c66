//! Who is who: the export's sales agents and managers resolved to member
//! ids. A name is, in turn: mapped by `--owner-map` (an existing member,
//! or the id a new member gets); a member in team.toml with the same name
//! (see `text::same_name`); else a new member whose id is the name's slug
//! (`text::slug`, collisions `-2`, `-3` …, managers first, each group in
//! name order). New managers become leads; new agents become managers who
//! report to their manager.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::super::existing::Existing;
use super::super::problems::Problems;
use super::super::text::{name_key, slug, unique};
use super::super::values::Text;
use super::read::Agent;
use crate::diagnostic::{Arg, codes};
use crate::model::{Role, is_client_id};
use crate::msg;

/// A row of the owner map: a name in the export → a member id.
#[derive(Clone, Debug)]
pub(crate) struct MapRow {
    pub(crate) name: Text,
    pub(crate) member: Text,
}

/// A member the import adds to team.toml.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct NewMember {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) role: Role,
    pub(crate) joined: NaiveDate,
    pub(crate) reports_to: Option<String>,
}

/// Names resolved to member ids, and the members to create.
#[derive(Debug, Default)]
pub(crate) struct People {
    /// name key → member id.
    pub(crate) ids: BTreeMap<String, String>,
    pub(crate) new: Vec<NewMember>,
}

impl People {
    pub(crate) fn id_of(&self, name: &str) -> Option<&str> {
        self.ids.get(&name_key(name)).map(String::as_str)
    }
}

/// The owner map by name key; its problems reported.
fn owner_map<'a>(rows: &'a [MapRow], p: &mut Problems) -> BTreeMap<String, &'a MapRow> {
    let mut map: BTreeMap<String, &'a MapRow> = BTreeMap::new();
    for r in rows {
        if !is_client_id(&r.member.text) {
            p.error(
                codes::IMPORT_VALUE,
                "import-kind-owner-map",
                r.member.span,
                msg!("import-owner-not-id", member = &r.member.text),
            );
            continue;
        }
        if map.insert(name_key(&r.name.text), r).is_some() {
            p.error(
                codes::IMPORT_VALUE,
                "import-kind-owner-map",
                r.name.span,
                msg!("import-owner-twice", name = &r.name.text),
            );
        }
    }
    map
}

/// The managers (name key → name) and each agent with the row that first
/// names it; an agent under two managers is an error.
fn team<'a>(
    agents: &'a [Agent],
    p: &mut Problems,
) -> (BTreeMap<String, &'a Text>, BTreeMap<String, &'a Agent>) {
    let mut managers: BTreeMap<String, &Text> = BTreeMap::new();
    let mut boss: BTreeMap<String, &Agent> = BTreeMap::new();
    for a in agents {
        managers
            .entry(name_key(&a.manager.text))
            .or_insert(&a.manager);
        match boss.get(&name_key(&a.name.text)) {
            Some(first) if name_key(&first.manager.text) != name_key(&a.manager.text) => {
                p.error(
                    codes::IMPORT_VALUE,
                    "import-kind-two-managers",
                    a.manager.span,
                    msg!(
                        "import-two-managers",
                        agent = &a.name.text,
                        manager = &first.manager.text
                    ),
                );
            }
            Some(_) => {}
            None => {
                boss.insert(name_key(&a.name.text), a);
            }
        }
    }
    (managers, boss)
}

/// Hands out member ids, creating members for names not yet known.
struct Resolver<'a> {
    map: BTreeMap<String, &'a MapRow>,
    existing: &'a Existing,
    joined: NaiveDate,
    taken: BTreeSet<String>,
    people: People,
}

impl Resolver<'_> {
    /// Whether `name` is a member already (or was resolved before).
    fn known(&self, name: &str) -> bool {
        let key = name_key(name);
        self.people.ids.contains_key(&key)
            || self.existing.member_named(name).is_some()
            || self
                .map
                .get(&key)
                .is_some_and(|r| self.existing.member_ids.contains(&r.member.text))
    }

    /// The member id of `name`; a new member with `role` when there is none.
    fn add(&mut self, name: &Text, role: Role, reports_to: Option<String>) -> String {
        let key = name_key(&name.text);
        if let Some(id) = self.people.ids.get(&key) {
            return id.clone();
        }
        let id = match self.map.get(&key) {
            Some(r) => r.member.text.clone(),
            None => match self.existing.member_named(&name.text) {
                Some(id) => id.to_string(),
                None => unique(&slug(&name.text, "member"), &self.taken),
            },
        };
        if self.taken.insert(id.clone()) {
            self.people.new.push(NewMember {
                id: id.clone(),
                name: name.text.clone(),
                role,
                joined: self.joined,
                reports_to,
            });
        }
        self.people.ids.insert(key, id.clone());
        id
    }
}

/// Resolves every agent and manager of the sales team.
pub(crate) fn resolve(
    agents: &[Agent],
    map_rows: &[MapRow],
    existing: &Existing,
    joined: NaiveDate,
    p: &mut Problems,
) -> People {
    let map = owner_map(map_rows, p);
    let (managers, boss) = team(agents, p);
    for (key, r) in &map {
        if !managers.contains_key(key) && !boss.contains_key(key) {
            p.warning(
                codes::IMPORT_SKIPPED,
                "import-kind-owner-unused",
                r.name.span,
                msg!("import-owner-unused", name = &r.name.text),
            );
        }
    }
    let taken = existing.member_ids.clone();
    let mut r = Resolver {
        map,
        existing,
        joined,
        taken,
        people: People::default(),
    };
    for name in managers.values() {
        r.add(name, Role::Lead, None);
    }
    for a in boss.values() {
        let lead = r
            .people
            .id_of(&a.manager.text)
            .unwrap_or_default()
            .to_string();
        if !r.known(&a.name.text)
            && let Some(role) = existing.role(&lead)
            && role != Role::Lead
        {
            p.error(
                codes::IMPORT_REFERENCE,
                "import-kind-not-lead",
                a.manager.span,
                msg!(
                    "import-not-lead",
                    manager = &a.manager.text,
                    lead = &lead,
                    role = Arg::value("role", role)
                ),
            );
            p.help(msg!("import-not-lead-help"));
        }
        r.add(&a.name, Role::Manager, Some(lead));
    }
    r.people
}
