//! `history CLIENT --tier`: the commits after which a client's tier, as of
//! each commit's date, changed.
//!
//! The walk follows the first parents from the start (the line of the
//! main branch), oldest first, and grades the records as committed at each
//! commit on the commit's author date (`tiers` as of that day). A tier
//! depends on the settings and on every client (scale ranks revenues), so
//! each commit's clients are rebuilt from a cache of parsed client files by
//! blob: a commit re-parses only the files it changed.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use git2::{Commit, Oid, Tree};

use super::{CommitInfo, GitError, Repo};
use crate::load::{MemTree, load_tree};
use crate::model::{Client, Records, Settings};
use crate::report::clients::tiers::tiers_as_of;

/// A commit after which the client's tier changed.
#[derive(Debug)]
pub(crate) struct TierMove {
    pub(crate) commit: CommitInfo,
    /// The client's file in that commit.
    pub(crate) file: String,
    /// The tiers before and after (`""`: not graded).
    pub(crate) old: String,
    pub(crate) new: String,
}

/// The tier moves of the client whose file is `path` at `start`.
pub(crate) fn walk(repo: &Repo, start: &Commit<'_>, path: &str) -> Result<Vec<TierMove>, GitError> {
    let chain = first_parents(repo, start, path)?;
    let mut cache = Cache::default();
    let mut moves = Vec::new();
    let mut last = String::new();
    for (commit, file) in chain.iter().rev() {
        let info = CommitInfo::of(commit);
        let records = cache.records(repo, &commit.tree()?)?;
        let id = file
            .strip_prefix("clients/")
            .and_then(|f| f.strip_suffix(".toml"))
            .unwrap_or("");
        let tier = tiers_as_of(&records, info.day)
            .get(id)
            .map(ToString::to_string)
            .unwrap_or_default();
        if tier != last {
            moves.push(TierMove {
                commit: info,
                file: file.clone(),
                old: std::mem::replace(&mut last, tier.clone()),
                new: tier,
            });
        }
    }
    Ok(moves)
}

/// The first-parent line from `start` back to where the file first
/// appears, newest first, with the file's name in each commit.
fn first_parents<'r>(
    repo: &'r Repo,
    start: &Commit<'r>,
    path: &str,
) -> Result<Vec<(Commit<'r>, String)>, GitError> {
    let mut out = Vec::new();
    let mut commit = start.clone();
    let mut name = path.to_string();
    loop {
        let tree = commit.tree()?;
        if repo.blob_id(&tree, &name).is_none() {
            break;
        }
        let Ok(parent) = commit.parent(0) else {
            out.push((commit, name));
            break;
        };
        let ptree = parent.tree()?;
        let old = match repo.blob_id(&ptree, &name) {
            Some(_) => name.clone(),
            None => repo
                .renamed_from(&ptree, &tree, &name)?
                .unwrap_or_else(|| name.clone()),
        };
        out.push((commit, std::mem::replace(&mut name, old)));
        commit = parent;
    }
    Ok(out)
}

/// What a commit's grades depend on: the settings' blob, the clients' tree.
type Key = (Option<Oid>, Option<Oid>);

/// Parsed files by blob, and the last commit's records.
#[derive(Default)]
struct Cache {
    clients: HashMap<Oid, Option<Client>>,
    settings: HashMap<Oid, Settings>,
    last: Option<(Key, Records)>,
}

impl Cache {
    /// The settings and clients of the records at `tree`.
    fn records(&mut self, repo: &Repo, tree: &Tree<'_>) -> Result<Records, GitError> {
        let settings = repo.blob_id(tree, "clientele.toml");
        let clients = repo.subtree(tree, "clients");
        let key = (settings, clients.as_ref().map(Tree::id));
        if let Some((k, r)) = &self.last
            && *k == key
        {
            return Ok(r.clone());
        }
        let mut records = Records::default();
        if let Some(id) = settings {
            records.settings = self.settings(repo, id);
        }
        for entry in clients.iter().flat_map(Tree::iter) {
            let Some(name) = entry.name().ok().filter(|n| n.ends_with(".toml")) else {
                continue;
            };
            let rel = format!("clients/{name}");
            let client = self.clients.entry(entry.id()).or_insert_with(|| {
                one(repo, &rel, entry.id())
                    .records
                    .clients
                    .into_iter()
                    .next()
            });
            records.clients.extend(client.iter().cloned());
        }
        records.index();
        self.last = Some((key, records.clone()));
        Ok(records)
    }

    fn settings(&mut self, repo: &Repo, id: Oid) -> Settings {
        self.settings
            .entry(id)
            .or_insert_with(|| one(repo, "clientele.toml", id).records.settings)
            .clone()
    }
}

/// The records of one file, loaded alone.
fn one(repo: &Repo, rel: &str, id: Oid) -> crate::load::Loaded {
    let bytes = repo
        .git
        .find_blob(id)
        .map(|b| b.content().to_vec())
        .unwrap_or_default();
    let tree = MemTree(BTreeMap::from([(rel.to_string(), bytes)]));
    load_tree(Path::new("."), &tree).unwrap_or_default()
}
