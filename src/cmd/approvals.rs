//! `clientele check --approvals`: every approval in the committed records
//! (a leave's `approved_by`, a lead's review, an award) proven by the
//! commit that added it, whose author must be the member who gave it
//! (one of their `email`/`emails` in `team.toml`).
//!
//! Output: each approval not proven, as `file: entry by MEMBER: why`, then
//! `N approvals checked: M not proven`; CSV and JSON list every approval
//! with its status. Exit 1 when one is not proven.

use std::collections::BTreeMap;
use std::io::Write;

use crate::error::{Outcome, Status};
use crate::git::approvals::{self, Proof, Team};
use crate::git::{GitError, Repo};
use crate::load::{self, MemTree};
use crate::options::Ctx;
use crate::render::{Cell, Format, Table};

/// Why an approval is proven or not.
fn status(p: &Proof, team: &Team) -> (&'static str, String) {
    let by = &p.approval.by;
    match &p.added {
        _ if team.get(by).is_none_or(|(_, emails)| emails.is_empty()) => (
            "no-email",
            format!("{by} has no `email` in team.toml, so the commit cannot prove it: add theirs"),
        ),
        None => ("not-found", "no commit adds it".to_string()),
        Some(c) if approvals::is_members(team, by, &c.email) => ("proven", String::new()),
        Some(c) => (
            "forged",
            format!(
                "added in commit {} by {} <{}>, who is not {by}",
                c.short(),
                c.author,
                c.email
            ),
        ),
    }
}

pub fn run(ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let root = load::find_root(ctx.records.as_deref(), &ctx.cwd)?;
    let repo = Repo::open(&root, "check --approvals")?;
    let commit = repo.commit(super::at::start(ctx))?;
    let tree = commit.tree().map_err(GitError::from)?;
    let team_bytes = repo
        .blob_id(&tree, "team.toml")
        .and_then(|id| repo.git.find_blob(id).ok())
        .map(|b| b.content().to_vec())
        .unwrap_or_default();
    let files = MemTree(BTreeMap::from([("team.toml".to_string(), team_bytes)]));
    let team = approvals::team(&load::load_tree(&root, &files)?.records.members);
    let proofs = approvals::prove(&repo, &commit, &team)?;
    let judged: Vec<(&Proof, (&str, String))> =
        proofs.iter().map(|p| (p, status(p, &team))).collect();
    let failed = judged.iter().filter(|(_, (s, _))| *s != "proven").count();
    match ctx.format {
        Format::Csv | Format::Json | Format::Html | Format::Xlsx | Format::Ics => {
            let mut t = Table::new(&[
                "file", "entry", "by", "status", "commit", "author", "email", "date", "problem",
            ]);
            for (p, (s, why)) in &judged {
                let c = p.added.as_ref();
                t.push(vec![
                    Cell::text(p.approval.file.clone()),
                    Cell::text(p.approval.entry.clone()),
                    Cell::text(p.approval.by.clone()),
                    Cell::text(*s),
                    Cell::opt(c.map(|c| c.id.to_string()), Cell::Text),
                    Cell::opt(c.map(|c| c.author.clone()), Cell::Text),
                    Cell::opt(c.map(|c| c.email.clone()), Cell::Text),
                    Cell::opt(c.map(|c| c.date.clone()), Cell::Text),
                    Cell::text(why.clone()),
                ]);
            }
            t.write(ctx.format, &ctx.style, out)?;
        }
        Format::Table | Format::Md => {
            for (p, (_, why)) in judged.iter().filter(|(_, (s, _))| *s != "proven") {
                let a = &p.approval;
                writeln!(out, "{}: {} by {}: {why}", a.file, a.entry, a.by)?;
            }
            if !ctx.quiet || failed > 0 {
                writeln!(
                    out,
                    "{} approvals checked: {failed} not proven",
                    judged.len()
                )?;
            }
        }
    }
    super::flush(out)?;
    Ok(Status::failure_if(failed > 0))
}
