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
//! conflict resolved by hand).

use std::collections::{BTreeMap, HashMap, HashSet};

use git2::{Commit, Oid, Sort, Tree};
use toml::{Table, Value};

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

/// An approval and the commit that added it (`None`: not found, which
/// happens only for a file the walk could not follow).
#[derive(Debug)]
pub(crate) struct Proof {
    pub(crate) approval: Approval,
    pub(crate) added: Option<CommitInfo>,
}

/// A member's id, whether a lead, and their emails, from `team.toml`.
pub(crate) type Team = BTreeMap<String, (bool, Vec<String>)>;

/// The members of `team.toml` as the loader reads it: lead or not, and
/// their emails in lower case.
pub(crate) fn team(members: &[Member]) -> Team {
    members
        .iter()
        .map(|m| {
            let emails = m.emails.iter().map(|e| e.to_lowercase()).collect();
            (m.id.0.clone(), (m.role == Role::Lead, emails))
        })
        .collect()
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
    Ok(wanted
        .into_iter()
        .map(|a| {
            let added = added.get(&(a.file.clone(), a.key.clone())).cloned();
            Proof { approval: a, added }
        })
        .collect())
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

/// Whether `email` is one of the member's.
pub(crate) fn is_members(team: &Team, member: &str, email: &str) -> bool {
    let email = email.to_lowercase();
    team.get(member)
        .is_some_and(|(_, emails)| emails.contains(&email))
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
    if team.get(writer).is_some_and(|(lead, _)| *lead) {
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
