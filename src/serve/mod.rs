//! `clientele serve`: the records in a browser. Every report is a page
//! (server-rendered HTML from the report's own `--format html`, wrapped in
//! a shell with navigation) and a data file (`/<report>.csv|.json`, the
//! very bytes the CLI prints, because the same `dispatch` writes them).
//! The folder is watched (`watch`) and read for every request, through the
//! cache of parsed records as the CLI does. Each request runs in its page's
//! language (`?lang=`, `Accept-Language`, the folder's `lang` setting).
//!
//! Owns: the bind rules (loopback only, unless tokens exist or
//! `--read-only-public`), the `Host` check against DNS rebinding, the
//! worker threads, the request's language. `http` is the HTTP edge,
//! `routes` the read-only pages, `page` the shell, `query` the
//! query-string-to-flags translation, `run` the command runner, `forms` and
//! `fields` the writes, `auth` and `tokens` who asks, `commit` the commits.

mod auth;
mod commit;
mod fields;
mod forms;
mod gzip;
mod http;
mod page;
mod query;
mod routes;
mod run;
mod tokens;
mod watch;

use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;

use crate::cmd::serve::Args;
use crate::error::{Error, Outcome, Status};
use crate::options::Ctx;
use crate::t;
use http::{Reply, Request};

pub(crate) use auth::token_command;

/// What every handler shares.
pub(crate) struct State {
    /// The server's own options (folder, clock source, `--as-of`).
    pub(crate) base: Ctx,
    pub(crate) root: PathBuf,
    pub(crate) changes: Arc<watch::Changes>,
    /// The address served, for the `Host` check.
    pub(crate) addr: SocketAddr,
    /// `--write`, `--commit`.
    pub(crate) write: bool,
    pub(crate) commit: bool,
    pub(crate) sessions: auth::Sessions,
    /// Held while a write and its commit run.
    pub(crate) writing: std::sync::Mutex<()>,
}

/// How many requests are answered at once.
const WORKERS: usize = 4;

/// Serves until killed.
pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let root = crate::load::find_root(ctx.records.as_deref(), &ctx.cwd)?;
    allowed_bind(args, &root)?;
    if args.commit {
        commit::check_repo(&root).map_err(Error::Refused)?;
    }
    let server = tiny_http::Server::http((args.bind, args.port)).map_err(|e| {
        Error::Failed(anyhow::anyhow!(
            "cannot listen on {}:{}: {e}",
            args.bind,
            args.port
        ))
    })?;
    let addr = server
        .server_addr()
        .to_ip()
        .ok_or_else(|| Error::Failed(anyhow::anyhow!("not an IP listener")))?;
    let url = format!("http://{addr}/");
    writeln!(out, "serving {} on {url}", root.display())?;
    out.flush()?;
    if args.open {
        let _ = std::process::Command::new("xdg-open").arg(&url).spawn();
    }
    let changes = Arc::new(watch::Changes::new(&root));
    let _watcher = watch::watch(&root, Arc::clone(&changes))
        .map_err(|e| Error::Failed(anyhow::anyhow!("cannot watch {}: {e}", root.display())))?;
    let state = State {
        base: ctx.clone(),
        root,
        changes,
        addr,
        write: args.write,
        commit: args.commit,
        sessions: auth::Sessions::default(),
        writing: std::sync::Mutex::new(()),
    };
    std::thread::scope(|s| {
        for _ in 0..WORKERS {
            s.spawn(|| serve_requests(&server, &state));
        }
    });
    Ok(Status::Success)
}

/// Loopback always; any other address only read-only on request
/// (`--read-only-public`) or with `--write` once tokens exist.
fn allowed_bind(args: &Args, root: &std::path::Path) -> Result<(), Error> {
    if args.bind.is_loopback() || args.read_only_public {
        return Ok(());
    }
    if args.write && !tokens::load(root)?.is_empty() {
        return Ok(());
    }
    Err(Error::refused(format!(
        "not serving on {}: the records would be open to the network; keep the default \
         loopback address, or give --read-only-public to publish them read-only",
        args.bind
    )))
}

fn serve_requests(server: &tiny_http::Server, state: &State) {
    while let Ok(mut raw) = server.recv() {
        let started = std::time::Instant::now();
        let req = http::read(&mut raw);
        let reply = gzip::compressed(&req, answer(state, &req));
        eprintln!(
            "{} {} {} {}ms",
            req.method,
            req.path,
            reply.status,
            started.elapsed().as_millis()
        );
        let _ = http::send(raw, reply);
    }
}

/// The reply to one request, in its language.
pub(crate) fn answer(state: &State, req: &Request) -> Reply {
    let asked = query::pairs(&req.query)
        .into_iter()
        .find(|(k, _)| k == "lang")
        .map(|(_, v)| v);
    let folder = crate::load::lang_setting(Some(&state.root), &state.base.cwd);
    let lang = page::language(
        asked.as_deref(),
        req.header("accept-language"),
        folder.as_deref(),
    );
    crate::i18n::with_lang(lang, || answer_in_lang(state, req))
}

fn answer_in_lang(state: &State, req: &Request) -> Reply {
    if !host_ok(state, req.header("host")) {
        return Reply::text(421, t!("serve-wrong-host"));
    }
    if req.path == "/login" {
        return auth::login(&state.root, &state.sessions, req);
    }
    let (api, path) = match req.path.strip_prefix("/api") {
        Some(rest) => (true, rest),
        None => (false, req.path.as_str()),
    };
    let Some(words) = forms::find(path) else {
        return match req.method.as_str() {
            "GET" | "HEAD" => routes::get(state, req),
            _ => Reply::text(405, t!("serve-no-post")),
        };
    };
    if !state.write {
        return Reply::text(403, t!("serve-read-only"));
    }
    let signed = if api {
        auth::bearer(&state.root, req)
    } else {
        auth::session(&state.root, &state.sessions, req)
    };
    let Some(signed) = signed else {
        return Reply::text(403, t!("serve-sign-in-first"));
    };
    match (req.method.as_str(), api) {
        ("POST", _) => forms::post(state, req, words, &signed, !api),
        ("GET", false) => forms::show(state, req, words, &signed, ""),
        _ => Reply::text(405, t!("serve-post-the-write")),
    }
}

/// On loopback, the `Host` must name loopback too: a page elsewhere that
/// points its own name at 127.0.0.1 (DNS rebinding) gets nothing.
fn host_ok(state: &State, host: Option<&str>) -> bool {
    if !state.addr.ip().is_loopback() {
        return true;
    }
    let Some(host) = host else { return false };
    let name = host.rsplit_once(':').map_or(host, |(n, _)| n);
    matches!(name, "localhost" | "127.0.0.1" | "[::1]")
        || name.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}
