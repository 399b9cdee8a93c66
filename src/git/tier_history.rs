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
        let tier = tiers_as_of(records, info.day)
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

/// Parsed files by blob, and the last commit's records, patched from one
/// commit to the next where only some client files changed.
#[derive(Default)]
struct Cache {
    clients: HashMap<Oid, Option<Client>>,
    settings: HashMap<Oid, Settings>,
    key: Option<Key>,
    /// The last commit's client files: name and blob.
    files: Vec<(String, Oid)>,
    records: Records,
}

impl Cache {
    /// The settings and clients of the records at `tree`.
    fn records(&mut self, repo: &Repo, tree: &Tree<'_>) -> Result<&Records, GitError> {
        let settings = repo.blob_id(tree, "clientele.toml");
        let clients = repo.subtree(tree, "clients");
        let key = (settings, clients.as_ref().map(Tree::id));
        if self.key == Some(key) {
            return Ok(&self.records);
        }
        self.key = Some(key);
        self.records.settings = match settings {
            Some(id) => self.settings(repo, id),
            None => Settings::default(),
        };
        let files: Vec<(String, Oid)> = clients
            .iter()
            .flat_map(Tree::iter)
            .filter_map(|e| {
                let name = e.name().ok().filter(|n| n.ends_with(".toml"))?;
                Some((name.to_string(), e.id()))
            })
            .collect();
        let same_names = files.len() == self.files.len()
            && files.iter().zip(&self.files).all(|(a, b)| a.0 == b.0);
        if same_names {
            let old = std::mem::take(&mut self.files);
            for ((name, new), (_, was)) in files.iter().zip(&old) {
                if new != was {
                    self.patch(repo, name, *new);
                }
            }
        } else {
            self.records.clients = files
                .iter()
                .filter_map(|(name, id)| self.client(repo, name, *id).clone())
                .collect();
        }
        self.files = files;
        self.records.index();
        Ok(&self.records)
    }

    /// Replaces the client of file `name` by its version in blob `id`.
    fn patch(&mut self, repo: &Repo, name: &str, id: Oid) {
        let stem = name.strip_suffix(".toml").unwrap_or(name);
        let new = self.client(repo, name, id).clone();
        let clients = &mut self.records.clients;
        let at = clients.iter().position(|c| *c.id == *stem);
        match (at, new) {
            (Some(i), Some(c)) => clients[i] = c,
            (Some(i), None) => {
                clients.remove(i);
            }
            (None, Some(c)) => clients.push(c),
            (None, None) => {}
        }
    }

    fn client(&mut self, repo: &Repo, name: &str, id: Oid) -> &Option<Client> {
        self.clients.entry(id).or_insert_with(|| {
            one(repo, &format!("clients/{name}"), id)
                .records
                .clients
                .into_iter()
                .next()
        })
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
