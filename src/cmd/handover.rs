//! Handing one member's work to another in one write (rules §7.2), for
//! `member leave` and `client handover`: the clients the member owns or
//! serves, their open deals, and (for a leave) their unresolved
//! complaints, open action items and the members reporting to them.
//! Every file is edited in place with
//! toml_edit and staged in the command's `Txn`, so the whole handover is
//! saved or refused as one. Nothing here saves or prints.

use toml_edit::Table;

use crate::model::DealStage;
use crate::t;
use crate::write::{Session, WriteError, entry, schema, value};

/// What a handover moves besides clients and open deals.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Scope {
    /// Unresolved complaints the member handles.
    pub(crate) complaints: bool,
    /// Open action items of meetings (every month file is read).
    pub(crate) actions: bool,
    /// The members whose `reports_to` is the member (team.toml).
    pub(crate) reports: bool,
}

/// What moved (or would move).
#[derive(Debug, Default)]
pub(crate) struct Moved {
    pub(crate) owned: Vec<String>,
    pub(crate) served: Vec<String>,
    pub(crate) deals: Vec<String>,
    pub(crate) complaints: Vec<String>,
    pub(crate) actions: usize,
    pub(crate) reports: Vec<String>,
}

impl Moved {
    pub(crate) fn is_empty(&self) -> bool {
        self.owned.is_empty()
            && self.served.is_empty()
            && self.deals.is_empty()
            && self.complaints.is_empty()
            && self.actions == 0
            && self.reports.is_empty()
    }

    /// `clients owned: acme, bolt; open deals: D-2; …`.
    pub(crate) fn describe(&self) -> String {
        let mut parts = Vec::new();
        let mut list = |n: &[String], what: &str| {
            if !n.is_empty() {
                parts.push(t!("handover-part", what = what, ids = n.join(", ")));
            }
        };
        list(&self.owned, "owned");
        list(&self.served, "served");
        list(&self.deals, "deals");
        list(&self.complaints, "complaints");
        list(&self.reports, "reports");
        if self.actions > 0 {
            parts.push(t!("handover-actions", n = self.actions));
        }
        if parts.is_empty() {
            t!("handover-nothing")
        } else {
            parts.join(&t!("handover-separator"))
        }
    }
}

/// Moves `from`'s work to `to` (staged in the session's transaction). With
/// `to` = `None` nothing is staged: the result says what there is.
pub(crate) fn hand_over(
    w: &mut Session<'_>,
    from: &str,
    to: Option<&str>,
    scope: Scope,
) -> Result<Moved, WriteError> {
    let mut moved = Moved::default();
    let new = to.unwrap_or(from);
    for rel in w.all_clients()? {
        let mut doc = w.txn.edit(&rel)?;
        let client = doc.doc.as_table_mut();
        let id = entry::get_str(client, "id").unwrap_or("").to_string();
        client_profile(client, from, new, &id, &mut moved);
        if scope.complaints {
            for c in entries(client, "complaint") {
                if entry::get_str(c, "handler") == Some(from) && !c.contains_key("resolved") {
                    moved
                        .complaints
                        .push(entry::get_str(c, "id").unwrap_or("").into());
                    entry::set(c, schema::COMPLAINT, "handler", value::string(new));
                }
            }
        }
        if to.is_some() {
            w.txn.stage(&rel, doc.render())?;
        }
    }
    if scope.reports {
        moved.reports = reports(w, from, new, to.is_some())?;
    }
    if scope.actions {
        for rel in w.month_files()? {
            let mut doc = w.txn.edit(&rel)?;
            let mut n = 0;
            for m in entries(doc.doc.as_table_mut(), "meeting") {
                for a in entries(m, "action") {
                    if entry::get_str(a, "owner") == Some(from) && !a.contains_key("done") {
                        entry::set(a, schema::ACTION, "owner", value::string(new));
                        n += 1;
                    }
                }
            }
            moved.actions += n;
            if n > 0 && to.is_some() {
                w.txn.stage(&rel, doc.render())?;
            }
        }
    }
    Ok(moved)
}

/// The members who report to `from` (and have not left) now report to
/// `to`; staged when `stage`.
fn reports(
    w: &mut Session<'_>,
    from: &str,
    to: &str,
    stage: bool,
) -> Result<Vec<String>, WriteError> {
    const TEAM: &str = "team.toml";
    let mut doc = w.txn.edit(TEAM)?;
    let mut ids = Vec::new();
    for m in entries(doc.doc.as_table_mut(), "member") {
        if entry::get_str(m, "reports_to") == Some(from) && !m.contains_key("left") {
            ids.push(entry::get_str(m, "id").unwrap_or("").to_string());
            entry::set(m, schema::MEMBER, "reports_to", value::string(to));
        }
    }
    if stage && !ids.is_empty() {
        w.txn.stage(TEAM, doc.render())?;
    }
    Ok(ids)
}

fn is_closed(deal: &Table) -> bool {
    entry::get_str(deal, "stage")
        .and_then(DealStage::parse)
        .is_some_and(|s| matches!(s, DealStage::Won | DealStage::Lost))
}

/// A closed deal of a client that had no `owner` followed the client's
/// owner: it gets `owner = old` written out before the client changes
/// hands, so the sales already won stay where every past KPI counted them.
pub(crate) fn keep_closed_deals(client: &mut Table, old: &str) {
    for d in entries(client, "deal") {
        if is_closed(d) && !d.contains_key("owner") {
            entry::set(d, schema::DEAL, "owner", value::string(old));
        }
    }
}

/// The owner, the specialist and the deals of one client file.
fn client_profile(client: &mut Table, from: &str, to: &str, id: &str, moved: &mut Moved) {
    let owned = entry::get_str(client, "owner") == Some(from);
    if owned {
        keep_closed_deals(client, from);
        moved.owned.push(id.to_string());
        entry::set(client, schema::CLIENT, "owner", value::string(to));
    }
    let served = entry::get_str(client, "specialist") == Some(from);
    if served {
        moved.served.push(id.to_string());
        entry::set(client, schema::CLIENT, "specialist", value::string(to));
    }
    if (owned || served)
        && from != to
        && entry::get_str(client, "specialist") == entry::get_str(client, "owner")
    {
        client.remove("specialist");
    }
    for d in entries(client, "deal").filter(|d| !is_closed(d)) {
        let id = entry::get_str(d, "id").unwrap_or("").to_string();
        match entry::get_str(d, "owner") {
            Some(o) if o == from => {
                moved.deals.push(id);
                entry::set(d, schema::DEAL, "owner", value::string(to));
            }
            None if owned => moved.deals.push(id),
            _ => {}
        }
    }
}

/// The `[[kind]]` entries of a table, to edit.
fn entries<'a>(table: &'a mut Table, kind: &str) -> impl Iterator<Item = &'a mut Table> {
    entry::entries_mut(table, kind)
        .into_iter()
        .flat_map(|a| a.iter_mut())
}
