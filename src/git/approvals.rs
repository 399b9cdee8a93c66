//! Approvals proven by commits: for each approval in the records at a
//! commit — a leave's `approved_by`, a lead's `[[review]]`, an
//! `[[award]]` — the commit that added it, and whether its author is the
//! member who gave it.
//!
//! An approval is identified by the values that make it (a leave's kind,
//! dates, status, approver and decision date; a review's period, member and
//! score; an award's member, kind, period, amount and reason), so editing
//! another field later does not move it. The commit that added it is the
//! newest commit, in topological order, whose file holds it while none of
//! its parents' files does: a merge adds only what neither side had (a
//! conflict resolved by hand). Each such commit's signature is verified
//! against the team's keys (`signature`).

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap, HashSet};

use git2::{Commit, Oid, Sort, Tree};
use toml::{Table, Value};

use super::signature::{Keyring, Seal, seal};
use super::tomldiff::show;
use super::{CommitInfo, GitError, Repo};
use crate::model::{Member, Role};

/// One approval found in the records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Approval {
    /// The month file, inside the records folder.
    pub(crate) file: String,
    /// The entry, named as `history` names it (`leave[2026-11-03]`).
    pub(crate) entry: String,
    /// The member who gave it.
    pub(crate) by: String,
    key: String,
}

/// An approval, the commit that added it (`None`: not found, which
/// happens only for a file the walk could not follow) and that commit's
/// signature.
#[derive(Debug)]
pub(crate) struct Proof {
    pub(crate) approval: Approval,
    pub(crate) added: Option<(CommitInfo, Seal)>,
}

/// A member as `check --approvals` knows them: a lead or not, and their
/// emails in lower case.
#[derive(Debug)]
pub(crate) struct Giver {
    pub(crate) lead: bool,
    pub(crate) emails: Vec<String>,
}

/// The members of `team.toml` and their signing keys.
#[derive(Debug, Default)]
pub(crate) struct Team {
    pub(crate) members: BTreeMap<String, Giver>,
    pub(crate) keys: Keyring,
}

impl Team {
    /// The members as the loader reads them.
    pub(crate) fn of(members: &[Member]) -> Team {
        let givers = members.iter().map(|m| {
            let giver = Giver {
                lead: m.role == Role::Lead,
                emails: m.emails.iter().map(|e| e.to_lowercase()).collect(),
            };
            (m.id.to_string(), giver)
        });
        let keys = members
            .iter()
            .flat_map(|m| m.signing_keys.iter().map(|k| (m.id.0.as_str(), k.as_str())));
        Team {
            members: givers.collect(),
            keys: Keyring::new(keys),
        }
    }

    fn is_lead(&self, member: &str) -> bool {
        self.members.get(member).is_some_and(|g| g.lead)
    }

    /// Whether `email` is one of the member's.
    pub(crate) fn is_members(&self, member: &str, email: &str) -> bool {
        let email = email.to_lowercase();
        self.members
            .get(member)
            .is_some_and(|g| g.emails.contains(&email))
    }
}

/// Every approval at `commit` and the commit that added each.
pub(crate) fn prove(repo: &Repo, commit: &Commit<'_>, team: &Team) -> Result<Vec<Proof>, GitError> {
    let tree = commit.tree()?;
    let mut wanted: Vec<Approval> = Vec::new();
    for (file, id) in month_files(repo, &tree) {
        wanted.extend(approvals(&file, &repo.text(id).unwrap_or_default(), team));
    }
    let files: HashSet<&str> = wanted.iter().map(|a| a.file.as_str()).collect();
    let mut added: HashMap<(String, String), CommitInfo> = HashMap::new();
    let mut parsed: HashMap<(Oid, String), HashSet<String>> = HashMap::new();
    let mut revwalk = repo.git.revwalk()?;
    revwalk.set_sorting(Sort::TOPOLOGICAL | Sort::TIME)?;
    revwalk.push(commit.id())?;
    for id in revwalk {
        let c = repo.git.find_commit(id?)?;
        let ctree = c.tree()?;
        let parents: Vec<Tree<'_>> = c.parents().map(|p| p.tree()).collect::<Result<_, _>>()?;
        for file in &files {
            let Some(here) = repo.blob_id(&ctree, file) else {
                continue;
            };
            let before: Vec<Option<Oid>> = parents.iter().map(|t| repo.blob_id(t, file)).collect();
            if before.contains(&Some(here)) {
                continue;
            }
            let mut new = keys(repo, &mut parsed, here, file, team);
            for b in before.into_iter().flatten() {
                let old = keys(repo, &mut parsed, b, file, team);
                new.retain(|k| !old.contains(k));
            }
            for k in new {
                added
                    .entry((file.to_string(), k))
                    .or_insert_with(|| CommitInfo::of(&c));
            }
        }
    }
    let mut seals: HashMap<Oid, Seal> = HashMap::new();
    let mut proofs = Vec::with_capacity(wanted.len());
    for a in wanted {
        let added = match added.get(&(a.file.clone(), a.key.clone())) {
            Some(c) => {
                let s = match seals.entry(c.id) {
                    Entry::Occupied(known) => known.get().clone(),
                    Entry::Vacant(new) => new.insert(seal(&repo.git, c.id, &team.keys)?).clone(),
                };
                Some((c.clone(), s))
            }
            None => None,
        };
        proofs.push(Proof { approval: a, added });
    }
    Ok(proofs)
}

/// The approval keys of a blob of `file`, parsed once.
fn keys(
    repo: &Repo,
    parsed: &mut HashMap<(Oid, String), HashSet<String>>,
    id: Oid,
    file: &str,
    team: &Team,
) -> HashSet<String> {
    parsed
        .entry((id, file.to_string()))
        .or_insert_with(|| {
            approvals(file, &repo.text(id).unwrap_or_default(), team)
                .into_iter()
                .map(|a| a.key)
                .collect()
        })
        .clone()
}

/// The month files of the records at `tree`: path and blob.
fn month_files(repo: &Repo, tree: &Tree<'_>) -> Vec<(String, Oid)> {
    let mut out = Vec::new();
    let Some(months) = repo.subtree(tree, "months") else {
        return out;
    };
    for m in months.iter() {
        let Some(name) = m.name().ok() else { continue };
        let Some(folder) = repo.subtree(tree, &format!("months/{name}")) else {
            continue;
        };
        for f in folder.iter() {
            if let Some(file) = f.name().ok().filter(|n| n.ends_with(".toml")) {
                out.push((format!("months/{name}/{file}"), f.id()));
            }
        }
    }
    out
}

/// The approvals in a month file's text.
fn approvals(file: &str, text: &str, team: &Team) -> Vec<Approval> {
    let mut out = Vec::new();
    let Ok(t) = text.parse::<Table>() else {
        return out;
    };
    let writer = file
        .rsplit('/')
        .next()
        .and_then(|n| n.strip_suffix(".toml"))
        .unwrap_or("");
    let v = |m: &Table, k: &str| m.get(k).map(show).unwrap_or_default();
    let mut push = |entry: String, by: String, key: String| {
        out.push(Approval {
            file: file.to_string(),
            entry,
            by,
            key,
        });
    };
    for l in array(&t, "leave") {
        if let Some(by) = l.get("approved_by").and_then(Value::as_str) {
            let fields = ["kind", "from", "to", "status", "decided"].map(|k| v(l, k));
            push(
                format!("leave[{}]", v(l, "from")),
                by.to_string(),
                format!("leave|{}|{by}", fields.join("|")),
            );
        }
    }
    if team.is_lead(writer) {
        for r in array(&t, "review") {
            let fields = ["period", "of", "score"].map(|k| v(r, k));
            push(
                format!("review[{} {}]", v(r, "of"), v(r, "period")),
                writer.to_string(),
                format!("review|{}", fields.join("|")),
            );
        }
    }
    for a in array(&t, "award") {
        let fields = ["member", "kind", "period", "amount", "reason"].map(|k| v(a, k));
        let name = [v(a, "member"), v(a, "period")].join(" ");
        push(
            format!("award[{}]", name.trim()),
            writer.to_string(),
            format!("award|{}", fields.join("|")),
        );
    }
    out
}

fn array<'t>(t: &'t Table, key: &str) -> impl Iterator<Item = &'t Table> {
    t.get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_table)
}
