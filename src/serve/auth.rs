//! Who is asking: `clientele token …` (the command), sessions made by
//! `/login?token=…` (a random id in an HttpOnly, SameSite=Strict cookie,
//! with its own CSRF token for the forms), and bearer tokens for
//! `/api/…`. A session lasts while the server runs and its member keeps a
//! token: revoking the member's tokens ends it.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::sync::Mutex;

use super::http::{Reply, Request};
use super::tokens::{self, Entry};
use crate::cmd::token::{TokenAction, unknown};
use crate::error::Error;
use crate::options::Ctx;
use crate::t;

/// The session cookie's name.
const COOKIE: &str = "clientele_session";

/// A signed-in member.
#[derive(Clone, Debug)]
pub(crate) struct Signed {
    pub(crate) member: String,
    /// The form token of this session (empty for a bearer call).
    pub(crate) csrf: String,
}

/// The sessions of a running server.
#[derive(Debug, Default)]
pub(crate) struct Sessions {
    map: Mutex<HashMap<String, Signed>>,
}

impl Sessions {
    fn insert(&self, id: String, s: Signed) {
        if let Ok(mut m) = self.map.lock() {
            m.insert(id, s);
        }
    }

    fn get(&self, id: &str) -> Option<Signed> {
        self.map.lock().ok()?.get(id).cloned()
    }
}

/// `/login?token=…`: a session and its cookie, then the briefing.
pub(crate) fn login(root: &Path, sessions: &Sessions, req: &Request) -> Reply {
    let token = super::query::pairs(&req.query)
        .into_iter()
        .find(|(k, _)| k == "token")
        .map(|(_, v)| v);
    let Some(member) = token.and_then(|t| tokens::member_of(root, &t)) else {
        return Reply::text(403, t!("serve-bad-token"));
    };
    let (Ok(id), Ok(csrf)) = (tokens::random_hex(32), tokens::random_hex(32)) else {
        return Reply::text(500, t!("serve-no-random"));
    };
    sessions.insert(id.clone(), Signed { member, csrf });
    let mut reply = Reply::redirect("/");
    reply.headers.push((
        "Set-Cookie",
        format!("{COOKIE}={id}; HttpOnly; SameSite=Strict; Path=/"),
    ));
    reply
}

/// The member of the request's session cookie, while they keep a token.
pub(crate) fn session(root: &Path, sessions: &Sessions, req: &Request) -> Option<Signed> {
    let s = sessions.get(req.cookie(COOKIE)?)?;
    let still = tokens::load(root)
        .ok()?
        .iter()
        .any(|e| e.member == s.member);
    still.then_some(s)
}

/// The member of an `Authorization: Bearer …` header.
pub(crate) fn bearer(root: &Path, req: &Request) -> Option<Signed> {
    let token = req.header("authorization")?.strip_prefix("Bearer ")?;
    tokens::member_of(root, token).map(|member| Signed {
        member,
        csrf: String::new(),
    })
}

/// `clientele token add|list|revoke`.
pub(crate) fn token_command(
    action: &TokenAction,
    ctx: &Ctx,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let opened = crate::cmd::open(ctx)?;
    let root = crate::load::find_root(ctx.records.as_deref(), &ctx.cwd)?;
    let mut all = tokens::load(&root)?;
    match action {
        TokenAction::Add { member } => {
            if opened.records.member(member).is_none() {
                return Err(unknown(member));
            }
            let token = tokens::new_token()?;
            all.push(Entry {
                member: member.clone(),
                sha256: tokens::hash(&token),
                created: opened.now.format("%Y-%m-%dT%H:%M:%S").to_string(),
            });
            tokens::save(&root, &all)?;
            writeln!(out, "{token}")?;
            eprintln!(
                "a token for {member}: shown this once, stored only as its hash in {}",
                tokens::FILE
            );
        }
        TokenAction::List => {
            for e in &all {
                writeln!(out, "{}\t{}", e.member, e.created)?;
            }
        }
        TokenAction::Revoke { member } => {
            let before = all.len();
            all.retain(|e| &e.member != member);
            if all.len() == before {
                return Err(Error::refused(format!("`{member}` has no token")));
            }
            tokens::save(&root, &all)?;
            writeln!(out, "revoked {} token(s) of {member}", before - all.len())?;
        }
    }
    Ok(())
}
