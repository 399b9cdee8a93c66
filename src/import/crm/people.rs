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
use crate::diagnostic::codes;
use crate::model::{Role, is_client_id};

/// A row of the owner map: a name in the export → a member id.
#[derive(Clone, Debug)]
pub struct MapRow {
    pub name: Text,
    pub member: Text,
}

/// A member the import adds to team.toml.
#[derive(Clone, Debug, PartialEq)]
pub struct NewMember {
    pub id: String,
    pub name: String,
    pub role: Role,
    pub joined: NaiveDate,
    pub reports_to: Option<String>,
}

/// Names resolved to member ids, and the members to create.
#[derive(Debug, Default)]
pub struct People {
    /// name key → member id.
    pub ids: BTreeMap<String, String>,
    pub new: Vec<NewMember>,
}

impl People {
    pub fn id_of(&self, name: &str) -> Option<&str> {
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
                "bad owner-map rows",
                r.member.span,
                format!(
                    "`{}` is not a member id: use lowercase letters, digits and `-`",
                    r.member.text
                ),
            );
            continue;
        }
        if map.insert(name_key(&r.name.text), r).is_some() {
            p.error(
                codes::IMPORT_VALUE,
                "bad owner-map rows",
                r.name.span,
                format!("`{}` is mapped twice", r.name.text),
            );
        }
    }
    map
}

/// Resolves every agent and manager of the sales team.
pub fn resolve(
    agents: &[Agent],
    map_rows: &[MapRow],
    existing: &Existing,
    joined: NaiveDate,
    p: &mut Problems,
) -> People {
    let map = owner_map(map_rows, p);
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
                    "agents under two managers",
                    a.manager.span,
                    format!(
                        "agent `{}` is already under manager `{}`",
                        a.name.text, first.manager.text
                    ),
                );
            }
            Some(_) => {}
            None => {
                boss.insert(name_key(&a.name.text), a);
            }
        }
    }
    for (key, r) in &map {
        if !managers.contains_key(key) && !boss.contains_key(key) {
            p.warning(
                codes::IMPORT_SKIPPED,
                "owner-map rows not used",
                r.name.span,
                format!(
                    "`{}` is not in sales_teams.csv: this row is not used",
                    r.name.text
                ),
            );
        }
    }
    let mut people = People::default();
    let mut taken: BTreeSet<String> = existing.member_ids.clone();
    let mut created: BTreeSet<String> = BTreeSet::new();
    let mut add =
        |name: &Text, role: Role, reports_to: Option<String>, people: &mut People| -> String {
            let key = name_key(&name.text);
            if let Some(id) = people.ids.get(&key) {
                return id.clone();
            }
            let id = match map.get(&key) {
                Some(r) => r.member.text.clone(),
                None => match existing.member_named(&name.text) {
                    Some(id) => id.to_string(),
                    None => unique(&slug(&name.text, "member"), &taken),
                },
            };
            if !existing.member_ids.contains(&id) && created.insert(id.clone()) {
                taken.insert(id.clone());
                people.new.push(NewMember {
                    id: id.clone(),
                    name: name.text.clone(),
                    role,
                    joined,
                    reports_to,
                });
            }
            people.ids.insert(key, id.clone());
            id
        };
    for name in managers.values() {
        add(name, Role::Lead, None, &mut people);
    }
    for a in boss.values() {
        let lead = people
            .id_of(&a.manager.text)
            .unwrap_or_default()
            .to_string();
        let is_new = !people.ids.contains_key(&name_key(&a.name.text))
            && existing.member_named(&a.name.text).is_none()
            && map
                .get(&name_key(&a.name.text))
                .is_none_or(|r| !existing.member_ids.contains(&r.member.text));
        if is_new
            && let Some(role) = existing.role(&lead)
            && role != Role::Lead
        {
            p.error(codes::IMPORT_REFERENCE, "managers who are not leads", a.manager.span,
                format!("manager `{}` is `{lead}` in team.toml, a {role}: the agents under a manager report to a lead", a.manager.text));
            p.help("map the manager to a lead with --owner-map, or make the member a lead in team.toml");
        }
        add(&a.name, Role::Manager, Some(lead), &mut people);
    }
    people
}
