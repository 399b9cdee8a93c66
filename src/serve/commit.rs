//! `--commit`: each write from the browser becomes one git commit in the
//! records' repository, authored (and committed) by the signed-in member
//! with their name and first address (`email`/`emails`) in team.toml, so
//! the history shows who did what. The commit is made through libgit2
//! (`git::commit`), of the files the write changed only; writes are
//! serialised by `State::writing`.

use std::collections::BTreeMap;
use std::path::Path;

use super::State;
use crate::git::commit::{self, Author};
use crate::t;

/// Refuses `--commit` outside a git work tree.
pub(crate) fn check_repo(root: &Path) -> Result<(), String> {
    if commit::in_work_tree(root) {
        Ok(())
    } else {
        Err(format!(
            "--commit: {} is not in a git repository",
            root.display()
        ))
    }
}

/// The files `git status` lists, each with the digest of its content now.
pub(crate) type Dirty = BTreeMap<String, Option<git2::Oid>>;

/// The folder's uncommitted files before a write (`None` without `--commit`).
pub(crate) fn status(state: &State) -> Option<Dirty> {
    if !state.commit {
        return None;
    }
    let files = commit::dirty(&state.root).ok()?;
    Some(
        files
            .into_iter()
            .map(|f| {
                let id = git2::Oid::hash_file(git2::ObjectType::Blob, state.root.join(&f)).ok();
                (f, id)
            })
            .collect(),
    )
}

/// Commits the files the write changed (never the lock, the token file or
/// `.gitignore`) as `member`. A file that had uncommitted changes before
/// the write is left out, and named in the warning returned: commit it by
/// hand. Nothing to do without `--commit` or when nothing changed.
pub(crate) fn commit(
    state: &State,
    member: &str,
    argv: &[String],
    before: &Option<Dirty>,
) -> Result<Option<String>, String> {
    let (Some(before), Some(after)) = (before, status(state)) else {
        return Ok(None);
    };
    let ours = |f: &str| {
        let name = f.rsplit('/').next().unwrap_or(f);
        !name.starts_with(".clientele") && name != ".gitignore"
    };
    let (fresh, skipped): (Vec<_>, Vec<_>) = after
        .iter()
        .filter(|(f, id)| ours(f) && before.get(*f) != Some(id))
        .map(|(f, _)| f.clone())
        .partition(|f| !before.contains_key(f));
    if !fresh.is_empty() {
        let author = author(state, member)?;
        let words: Vec<&str> = argv.iter().skip(2).map(String::as_str).collect();
        let message = format!("{member}: {}\n\nmade in clientele serve\n", words.join(" "));
        commit::commit_files(&state.root, &fresh, &author, &message)
            .map_err(|e| e.message().to_string())?;
    }
    Ok((!skipped.is_empty()).then(|| t!("serve-not-committed-dirty", files = skipped.join(", "))))
}

/// The member's name and first address in team.toml.
fn author(state: &State, member: &str) -> Result<Author, String> {
    let team = super::forms::team(state);
    let m = team
        .iter()
        .find(|m| &*m.id == member)
        .ok_or_else(|| format!("`{member}` is not in team.toml"))?;
    let email = m
        .emails
        .first()
        .ok_or_else(|| format!("`{member}` has no `email` in team.toml: a commit needs one"))?;
    Ok(Author {
        name: m.name.clone(),
        email: email.clone(),
    })
}
