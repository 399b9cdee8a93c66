//! What the records already hold that an import must not repeat: member
//! ids and names, client ids (file stems) and names, deal and complaint
//! ids. Built from records loaded by the command; no file is read here.

use std::collections::{BTreeMap, BTreeSet};

use super::text::name_key;
use crate::model::{Records, Role};

/// The records' ids and names, for look-ups by an import.
#[derive(Clone, Debug, Default)]
pub(crate) struct Existing {
    pub(crate) member_ids: BTreeSet<String>,
    /// name key → (id, role).
    members: BTreeMap<String, (String, Role)>,
    roles: BTreeMap<String, Role>,
    pub(crate) client_ids: BTreeSet<String>,
    /// name key → id.
    clients: BTreeMap<String, String>,
    /// deal id → the client holding it.
    pub(crate) deal_ids: BTreeMap<String, String>,
    /// complaint id → the client holding it.
    pub(crate) complaint_ids: BTreeMap<String, String>,
}

impl Existing {
    pub(crate) fn from_records(r: &Records) -> Existing {
        let mut e = Existing {
            member_ids: r.declared_members.clone(),
            client_ids: r.declared_clients.clone(),
            ..Existing::default()
        };
        for m in &r.members {
            e.member_ids.insert(m.id.to_string());
            e.roles.insert(m.id.to_string(), m.role);
            e.members
                .entry(name_key(&m.name))
                .or_insert_with(|| (m.id.to_string(), m.role));
        }
        for c in &r.clients {
            e.client_ids.insert(c.id.to_string());
            e.clients
                .entry(name_key(&c.name))
                .or_insert_with(|| c.id.to_string());
            for d in &c.deals {
                e.deal_ids.insert(d.id.clone(), c.id.to_string());
            }
            for k in &c.complaints {
                e.complaint_ids.insert(k.id.clone(), c.id.to_string());
            }
        }
        e
    }

    /// The member with this name (any case and spacing).
    pub(crate) fn member_named(&self, name: &str) -> Option<&str> {
        self.members.get(&name_key(name)).map(|(id, _)| id.as_str())
    }

    pub(crate) fn role(&self, id: &str) -> Option<Role> {
        self.roles.get(id).copied()
    }

    /// Adds a member (tests build small records this way).
    #[cfg(test)]
    pub(crate) fn add_member(&mut self, id: &str, name: &str, role: Role) {
        self.member_ids.insert(id.into());
        self.roles.insert(id.into(), role);
        self.members.insert(name_key(name), (id.into(), role));
    }

    /// Adds a client with its deal ids.
    #[cfg(test)]
    pub(crate) fn add_client(&mut self, id: &str, name: &str, deals: &[&str]) {
        self.client_ids.insert(id.into());
        self.clients.insert(name_key(name), id.into());
        for d in deals {
            self.deal_ids.insert((*d).into(), id.into());
        }
    }

    /// Adds a complaint id held by `client`.
    #[cfg(test)]
    pub(crate) fn add_complaint(&mut self, id: &str, client: &str) {
        self.complaint_ids.insert(id.into(), client.into());
    }

    /// The client with this name (any case and spacing).
    pub(crate) fn client_named(&self, name: &str) -> Option<&str> {
        self.clients.get(&name_key(name)).map(String::as_str)
    }
}
