//! `clientele check --approvals`: every approval in the committed records
//! (a leave's `approved_by`, a lead's review, an award) proven by the
//! commit that added it: signed with one of the giver's `signing_keys`,
//! or else (unsigned, or signed with a key no member carries or that is
//! not verifiable here) authored with one of their `email`/`emails` in
//! `team.toml`. A signature that does not verify, or verifies with another
//! member's key, is a forgery whatever the author. `--require-signed`
//! accepts signatures only.
//!
//! Output: each approval not proven, as `file: entry by MEMBER: why`, then
//! how many were checked and how each was proven; CSV and JSON list every
//! approval with its status and proof. Exit 1 when one is not proven.

use std::collections::BTreeMap;
use std::io::Write;

use crate::error::{Outcome, Status};
use crate::git::approvals::{self, Proof, Team};
use crate::git::signature::Seal;
use crate::git::{CommitInfo, GitError, Repo};
use crate::i18n::{self, Lang};
use crate::load::{self, MemTree};
use crate::options::Ctx;
use crate::render::{Cell, Format, Table};
use crate::t;

/// How an approval stands: its status (`proven`, `forged`,
/// `bad-signature`, `unsigned`, `no-email`, `not-found`), how it was
/// proven (`signature`, `author`, or empty), and why not.
struct Verdict {
    status: &'static str,
    proof: &'static str,
    problem: String,
}

fn proven(proof: &'static str) -> Verdict {
    Verdict {
        status: "proven",
        proof,
        problem: String::new(),
    }
}

fn failed(status: &'static str, problem: String) -> Verdict {
    Verdict {
        status,
        proof: "",
        problem,
    }
}

/// Judges one approval: a good signature by the giver's key proves it; a
/// bad one, or one by another member's key, is a forgery; otherwise the
/// author's email decides, unless signatures are required.
fn judge(p: &Proof, team: &Team, require_signed: bool, lang: Lang) -> Verdict {
    let by = p.approval.by.as_str();
    let Some((c, seal)) = &p.added else {
        return failed("not-found", t!(lang; "approvals-not-found"));
    };
    let commit = c.short();
    match seal {
        Seal::Good {
            member: Some(m), ..
        } if m == by => proven("signature"),
        Seal::Good {
            member: Some(m),
            key,
        } => failed(
            "forged",
            t!(lang;
                "approvals-other-key",
                commit = commit,
                key = key.as_str(),
                signer = m.as_str(),
                by = by
            ),
        ),
        Seal::Bad { why, .. } => failed(
            "bad-signature",
            t!(lang;
                "approvals-bad-signature",
                commit = commit,
                why = why.as_str(),
                by = by
            ),
        ),
        _ if require_signed => failed("unsigned", unsigned(&commit, seal, lang)),
        _ if team.members.get(by).is_none_or(|g| g.emails.is_empty()) => {
            failed("no-email", t!(lang; "approvals-no-email", by = by))
        }
        _ if team.is_members(by, &c.email) => proven("author"),
        _ => failed("forged", forged(c, by, lang)),
    }
}

/// Why a commit that `--require-signed` wants signed does not prove.
fn unsigned(commit: &str, seal: &Seal, lang: Lang) -> String {
    match seal {
        Seal::Good { key, .. } => {
            t!(lang; "approvals-unknown-key", commit = commit, key = key.as_str())
        }
        Seal::Unverifiable { kind } => {
            t!(lang;
                "approvals-unverifiable",
                commit = commit,
                kind = kind.as_str()
            )
        }
        _ => t!(lang; "approvals-unsigned", commit = commit),
    }
}

fn forged(c: &CommitInfo, by: &str, lang: Lang) -> String {
    t!(lang;
        "approvals-forged",
        commit = c.short(),
        author = c.author.as_str(),
        email = c.email.as_str(),
        by = by
    )
}

/// The team of `team.toml` as committed at the commit checked.
fn team_at(
    repo: &Repo,
    tree: &git2::Tree<'_>,
    root: &std::path::Path,
) -> Result<Team, crate::error::Error> {
    let team_bytes = repo
        .blob_id(tree, "team.toml")
        .and_then(|id| repo.git.find_blob(id).ok())
        .map(|b| b.content().to_vec())
        .unwrap_or_default();
    let files = MemTree(BTreeMap::from([("team.toml".to_string(), team_bytes)]));
    Ok(Team::of(&load::load_tree(root, &files)?.records.members))
}

pub(crate) fn run(ctx: &Ctx, require_signed: bool, out: &mut dyn Write) -> Outcome {
    let root = load::find_root(ctx.records.as_deref(), &ctx.cwd)?;
    let repo = Repo::open(&root, "check --approvals")?;
    let commit = repo.commit(super::at::start(ctx))?;
    let tree = commit.tree().map_err(GitError::from)?;
    let team = team_at(&repo, &tree, &root)?;
    let proofs = approvals::prove(&repo, &commit, &team)?;
    // what scripts read (CSV, JSON) is English; text in the reader's language
    let lang = match ctx.format {
        Format::Table | Format::Md => i18n::current(),
        _ => Lang::En,
    };
    let judged: Vec<(&Proof, Verdict)> = proofs
        .iter()
        .map(|p| (p, judge(p, &team, require_signed, lang)))
        .collect();
    let count = |f: &dyn Fn(&Verdict) -> bool| judged.iter().filter(|(_, v)| f(v)).count();
    let failures = count(&|v| v.status != "proven");
    match ctx.format {
        Format::Csv | Format::Json | Format::Html | Format::Xlsx | Format::Ics => {
            to_table(&judged).write(ctx.format, &ctx.style, out)?;
        }
        Format::Table | Format::Md => {
            for (p, v) in judged.iter().filter(|(_, v)| v.status != "proven") {
                let a = &p.approval;
                writeln!(out, "{}: {} by {}: {}", a.file, a.entry, a.by, v.problem)?;
            }
            if !ctx.quiet || failures > 0 {
                let line = t!(
                    "approvals-summary",
                    n = judged.len(),
                    signed = count(&|v| v.proof == "signature"),
                    authored = count(&|v| v.proof == "author"),
                    failed = failures
                );
                writeln!(out, "{line}")?;
            }
        }
    }
    super::flush(out)?;
    Ok(Status::failure_if(failures > 0))
}

/// Every approval with its verdict, the commit and its signature.
fn to_table(judged: &[(&Proof, Verdict)]) -> Table {
    let mut t = Table::new(&[
        "file",
        "entry",
        "by",
        "status",
        "proof",
        "commit",
        "author",
        "email",
        "date",
        "signature",
        "signer",
        "key",
        "problem",
    ]);
    for (p, v) in judged {
        let c = p.added.as_ref().map(|(c, _)| c);
        let seal = p.added.as_ref().map(|(_, s)| s);
        let signer = seal.and_then(|s| match s {
            Seal::Good { member, .. } => member.clone(),
            _ => None,
        });
        t.push(vec![
            Cell::text(p.approval.file.clone()),
            Cell::text(p.approval.entry.clone()),
            Cell::text(p.approval.by.clone()),
            Cell::text(v.status),
            Cell::text(v.proof),
            Cell::opt(c.map(|c| c.id.to_string()), Cell::Text),
            Cell::opt(c.map(|c| c.author.clone()), Cell::Text),
            Cell::opt(c.map(|c| c.email.clone()), Cell::Text),
            Cell::opt(c.map(|c| c.date.clone()), Cell::Text),
            Cell::opt(seal.map(|s| s.state().to_string()), Cell::Text),
            Cell::opt(signer, Cell::Text),
            Cell::opt(
                seal.map(|s| s.key().to_string()).filter(|k| !k.is_empty()),
                Cell::Text,
            ),
            Cell::text(v.problem.clone()),
        ]);
    }
    t
}
