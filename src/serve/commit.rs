//! `--commit`: each write from the browser becomes one git commit in the
//! records' repository, authored (and committed) by the signed-in member
//! with the name and `email` of their `[[member]]` in team.toml, so the
//! history shows who did what. Runs the `git` program (the one the team
//! already uses on this folder); writes are serialised by `State::writing`.

use std::path::Path;
use std::process::Command;

use super::State;

/// Refuses `--commit` outside a git work tree.
pub(crate) fn check_repo(root: &Path) -> Result<(), String> {
    let out = git(root)
        .args(["rev-parse", "--is-inside-work-tree"])
        .output();
    match out {
        Ok(o) if o.status.success() => Ok(()),
        _ => Err(format!(
            "--commit: {} is not in a git repository",
            root.display()
        )),
    }
}

fn git(root: &Path) -> Command {
    let mut c = Command::new("git");
    c.arg("-C").arg(root);
    c
}

/// The folder's `git status` before a write (`None` without `--commit`).
pub(crate) fn status(state: &State) -> Option<String> {
    if !state.commit {
        return None;
    }
    let o = git(&state.root)
        .args(["status", "--porcelain", "--", "."])
        .output()
        .ok()?;
    Some(String::from_utf8_lossy(&o.stdout).into_owned())
}

/// Commits the files the write changed (those `git status` newly lists;
/// never the lock, the token file or `.gitignore`), as `member`. Nothing to do without
/// `--commit` or when the write changed nothing.
pub(crate) fn commit(
    state: &State,
    member: &str,
    argv: &[String],
    before: &Option<String>,
) -> Result<(), String> {
    if !state.commit || status(state) == *before {
        return Ok(());
    }
    let after = status(state).unwrap_or_default();
    let old = before.as_deref().unwrap_or("");
    let paths: Vec<&str> = after
        .lines()
        .filter(|l| !old.lines().any(|o| o == *l))
        .filter_map(|l| l.get(3..))
        .filter(|p| !p.starts_with(".clientele") && *p != ".gitignore")
        .collect();
    if paths.is_empty() {
        return Ok(());
    }
    let (name, email) = author(&state.root, member)?;
    let add = git(&state.root)
        .args(["add", "-A", "--"])
        .args(&paths)
        .output()
        .map_err(|e| e.to_string())?;
    if !add.status.success() {
        return Err(String::from_utf8_lossy(&add.stderr).into_owned());
    }
    let words: Vec<&str> = argv.iter().skip(2).map(String::as_str).collect();
    let message = format!("{member}: {}\n\nmade in clientele serve\n", words.join(" "));
    let out = git(&state.root)
        .args([
            "-c",
            &format!("user.name={name}"),
            "-c",
            &format!("user.email={email}"),
        ])
        .args([
            "commit",
            "-q",
            "--author",
            &format!("{name} <{email}>"),
            "-m",
            &message,
        ])
        .output()
        .map_err(|e| e.to_string())?;
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

/// The member's name and `email` from team.toml (or `extra.email`,
/// where folders kept it before team.toml had the field).
fn author(root: &Path, member: &str) -> Result<(String, String), String> {
    let text = std::fs::read_to_string(root.join("team.toml")).map_err(|e| e.to_string())?;
    let team: toml::Table = toml::from_str(&text).map_err(|e| e.to_string())?;
    let entry = team
        .get("member")
        .and_then(toml::Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(toml::Value::as_table)
        .find(|m| m.get("id").and_then(toml::Value::as_str) == Some(member))
        .ok_or_else(|| format!("`{member}` is not in team.toml"))?;
    let field = |k: &str| entry.get(k).and_then(toml::Value::as_str).map(String::from);
    let extra = entry
        .get("extra")
        .and_then(|e| e.get("email"))
        .and_then(toml::Value::as_str)
        .map(String::from);
    let email = field("email")
        .or(extra)
        .ok_or_else(|| format!("`{member}` has no `email` in team.toml: a commit needs one"))?;
    Ok((field("name").unwrap_or_else(|| member.to_string()), email))
}
