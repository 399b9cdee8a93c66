//! The commits that changed a record, oldest first, each with its field
//! changes.
//!
//! A walk visits every commit reachable from the start in topological
//! order (children before parents) and follows the tracked files down to
//! each parent: a client file renamed by a commit is followed under its old
//! name in the commits before. A commit changed a file when the file's blob
//! differs from every parent's (a merge that took one side's version
//! changed nothing); its changes are the fields whose new value differs
//! from every parent's, with the first parent's value as the old one. Only
//! blob ids are compared while walking; a file is parsed once per blob.

use std::collections::HashMap;
use std::rc::Rc;

use git2::{Commit, Oid, Sort, Tree};

use super::tomldiff::{self, Change, Flat};
use super::{CommitInfo, GitError, Repo};

/// What to follow.
pub(crate) enum Track {
    /// One file (a client's), followed across renames.
    File(String),
    /// A member: their `[[member]]` in `team.toml` and their month files
    /// (of one month, or all).
    Member { id: String, month: Option<String> },
}

/// One commit's changes to one tracked file.
#[derive(Debug)]
pub(crate) struct Step {
    pub(crate) commit: CommitInfo,
    /// The file inside the records folder, as named in that commit.
    pub(crate) file: String,
    pub(crate) changes: Vec<Change>,
}

/// Walks the history from `start` and returns the steps oldest first.
pub(crate) fn walk(repo: &Repo, start: &Commit<'_>, track: &Track) -> Result<Vec<Step>, GitError> {
    let mut revwalk = repo.git.revwalk()?;
    revwalk.set_sorting(Sort::TOPOLOGICAL | Sort::TIME)?;
    revwalk.push(start.id())?;
    let mut walker = Walker {
        repo,
        flats: HashMap::new(),
        names: HashMap::new(),
        blobs: HashMap::new(),
    };
    if let Track::File(p) = track {
        walker.names.insert(start.id(), p.clone());
    }
    let mut steps = Vec::new();
    for id in revwalk {
        let commit = repo.git.find_commit(id?)?;
        let mut found = walker.commit(&commit, track)?;
        found.reverse();
        steps.append(&mut found);
    }
    steps.reverse();
    Ok(steps)
}

struct Walker<'r> {
    repo: &'r Repo,
    /// Parsed blobs.
    flats: HashMap<Oid, Rc<Flat>>,
    /// The tracked file's name in each commit still to visit.
    names: HashMap<Oid, String>,
    /// Blob look-ups by tree and path.
    blobs: HashMap<(Oid, String), Option<Oid>>,
}

impl<'r> Walker<'r> {
    fn commit(&mut self, c: &Commit<'r>, track: &Track) -> Result<Vec<Step>, GitError> {
        let tree = c.tree()?;
        let parents: Vec<Tree<'r>> = c.parents().map(|p| p.tree()).collect::<Result<_, _>>()?;
        let mut steps = Vec::new();
        match track {
            Track::File(_) => {
                let Some(path) = self.names.remove(&c.id()) else {
                    return Ok(steps);
                };
                let olds = self.follow(c, &tree, &parents, &path)?;
                if let Some(step) = self.step(c, &tree, &path, &parents, &olds, None)? {
                    steps.push(step);
                }
            }
            Track::Member { id, month } => {
                let filter = format!("member[{id}]");
                if let Some(step) =
                    self.step(c, &tree, "team.toml", &parents, &[], Some(&filter))?
                {
                    steps.push(step);
                }
                for path in self.month_files(&tree, &parents, id, month.as_deref()) {
                    if let Some(step) = self.step(c, &tree, &path, &parents, &[], None)? {
                        steps.push(step);
                    }
                }
            }
        }
        Ok(steps)
    }

    /// The tracked file's name in each parent (its old name when `c`
    /// renamed it), remembered for when the walk reaches the parent.
    fn follow(
        &mut self,
        c: &Commit<'r>,
        tree: &Tree<'r>,
        parents: &[Tree<'r>],
        path: &str,
    ) -> Result<Vec<String>, GitError> {
        let here = self.blob(tree, path);
        let mut olds = Vec::new();
        for (i, ptree) in parents.iter().enumerate() {
            let mut old = path.to_string();
            if here.is_some()
                && self.blob(ptree, path).is_none()
                && let Some(from) = self.repo.renamed_from(ptree, tree, path)?
            {
                old = from;
            }
            if let Ok(p) = c.parent_id(i) {
                self.names.entry(p).or_insert_with(|| old.clone());
            }
            olds.push(old);
        }
        Ok(olds)
    }

    /// The month files of member `id` in `tree` or any parent.
    fn month_files(
        &self,
        tree: &Tree<'r>,
        parents: &[Tree<'r>],
        id: &str,
        month: Option<&str>,
    ) -> Vec<String> {
        let mut months = std::collections::BTreeSet::new();
        for t in std::iter::once(tree).chain(parents) {
            match month {
                Some(m) => {
                    months.insert(m.to_string());
                }
                None => {
                    if let Some(sub) = self.repo.subtree(t, "months") {
                        months.extend(sub.iter().filter_map(|e| e.name().ok().map(str::to_string)));
                    }
                }
            }
        }
        months
            .into_iter()
            .map(|m| format!("months/{m}/{id}.toml"))
            .collect()
    }

    /// The step of commit `c` on `path` (named `olds[i]` in parent `i`,
    /// `path` when not given), or `None` when `c` did not change it.
    fn step(
        &mut self,
        c: &Commit<'r>,
        tree: &Tree<'r>,
        path: &str,
        parents: &[Tree<'r>],
        olds: &[String],
        entry: Option<&str>,
    ) -> Result<Option<Step>, GitError> {
        let here = self.blob(tree, path);
        let before: Vec<Option<Oid>> = parents
            .iter()
            .enumerate()
            .map(|(i, t)| self.blob(t, olds.get(i).map_or(path, String::as_str)))
            .collect();
        if before.contains(&here) || (before.is_empty() && here.is_none()) {
            return Ok(None);
        }
        let new = self.flat(here);
        let mut changes = match before.first() {
            Some(first) => tomldiff::diff(&self.flat(*first), &new),
            None => tomldiff::diff(&Flat::new(), &new),
        };
        for other in before.iter().skip(1) {
            let theirs = tomldiff::diff(&self.flat(*other), &new);
            changes.retain(|ch| {
                theirs
                    .iter()
                    .any(|t| t.entry == ch.entry && t.field == ch.field)
            });
        }
        if let Some(e) = entry {
            changes.retain(|ch| ch.entry == e || ch.entry.starts_with(&format!("{e}.")));
        }
        if changes.is_empty() {
            return Ok(None);
        }
        Ok(Some(Step {
            commit: CommitInfo::of(c),
            file: path.to_string(),
            changes,
        }))
    }

    /// The blob of `path` in `tree`, looked up once: a commit's tree is
    /// looked at again as its child's parent.
    fn blob(&mut self, tree: &Tree<'r>, path: &str) -> Option<Oid> {
        let key = (tree.id(), path.to_string());
        if let Some(found) = self.blobs.get(&key) {
            return *found;
        }
        let found = self.repo.blob_id(tree, path);
        self.blobs.insert(key, found);
        found
    }

    fn flat(&mut self, id: Option<Oid>) -> Rc<Flat> {
        let Some(id) = id else {
            return Rc::new(Flat::new());
        };
        if let Some(f) = self.flats.get(&id) {
            return f.clone();
        }
        let text = self.repo.text(id).unwrap_or_default();
        let f = Rc::new(tomldiff::flatten(&text));
        self.flats.insert(id, f.clone());
        f
    }
}
