//! `clientele serve --write`: tokens (hashed, gitignored), signing in,
//! a form write equal to the CLI write (whole files compared), CSRF, the
//! lead-only refusals, bearer calls, and `--commit` authored by the member.

use std::collections::BTreeMap;

use super::common::*;
use super::serve::{Response, Server};

/// A token for `member` in `f`.
fn token(f: &Folder, member: &str) -> String {
    let (code, out, err) = f.run(&["token", "add", member]);
    assert_eq!(code, 0, "{err}");
    out.trim().to_string()
}

/// Signs in; returns the cookie header.
fn sign_in(s: &Server, token: &str) -> String {
    let r = s.get(&format!("/login?token={token}"));
    assert_eq!(r.status, 303, "{}", r.text());
    let cookie = r.header("set-cookie").unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    format!("Cookie: {}", cookie.split(';').next().unwrap())
}

/// The CSRF token of the form at `path`.
fn csrf(s: &Server, cookie: &str, path: &str) -> String {
    let html = s.request("GET", path, &[cookie], "").text();
    let at = html.find("name=\"csrf\" value=\"").unwrap() + 19;
    html[at..at + 64].to_string()
}

fn post(s: &Server, cookie: &str, path: &str, body: &str) -> Response {
    let headers = [cookie, "Content-Type: application/x-www-form-urlencoded"];
    s.request("POST", path, &headers, body)
}

/// The records' files without the token file, the cache, the lock and `.gitignore`.
fn records(f: &Folder) -> BTreeMap<String, Vec<u8>> {
    let mut all = f.snapshot();
    all.retain(|k, _| {
        !k.starts_with(".clientele") && !k.ends_with(".gitignore") && !k.starts_with(".git/")
    });
    all
}

#[test]
fn tokens_are_stored_hashed_listed_and_revoked() {
    let f = Folder::new();
    let t = token(&f, "amy");
    assert!(t.starts_with("ct_"), "{t}");
    let stored = f.read(".clientele-tokens.toml");
    assert!(
        !stored.contains(&t) && stored.contains("member = \"amy\""),
        "{stored}"
    );
    assert!(f.read(".gitignore").contains(".clientele-tokens.toml"));
    assert!(f.ok(&["token", "list"]).starts_with("amy\t"));
    let (code, _, err) = f.run(&["token", "add", "nobody"]);
    assert_eq!(code, 1, "{err}");
    f.ok(&["token", "revoke", "amy"]);
    assert_eq!(f.ok(&["token", "list"]), "");
}

#[test]
fn a_form_write_is_the_cli_write() {
    let cli = Folder::new();
    cli.ok(&[
        "--member",
        "amy",
        "log",
        "acme",
        "--kind",
        "visit",
        "--summary",
        "季度回訪 a+b",
        "--satisfaction",
        "5",
    ]);
    let web = Folder::new();
    let t = token(&web, "amy");
    let s = Server::start(web.path(), &["--write"]);
    let cookie = sign_in(&s, &t);
    let form = s.request("GET", "/log", &[&cookie], "").text();
    assert!(
        form.contains("name=\"client\"") && form.contains("name=\"kind\""),
        "{form}"
    );
    assert!(
        !form.contains("name=\"member\""),
        "the writer is never a field"
    );
    let c = csrf(&s, &cookie, "/log");
    let body = format!(
        "csrf={c}&client=acme&kind=visit&summary=%E5%AD%A3%E5%BA%A6%E5%9B%9E%E8%A8%AA+a%2Bb&satisfaction=5&date="
    );
    let r = post(&s, &cookie, "/log", &body);
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(r.text().contains("Done:"));
    assert_eq!(records(&web), records(&cli));
}

#[test]
fn a_post_without_its_csrf_token_or_session_is_403() {
    let f = Folder::new();
    let t = token(&f, "amy");
    let before = records(&f);
    let s = Server::start(f.path(), &["--write"]);
    let cookie = sign_in(&s, &t);
    let body = "client=acme&kind=visit&summary=x";
    assert_eq!(post(&s, &cookie, "/log", body).status, 403);
    assert_eq!(
        post(&s, &cookie, "/log", &format!("csrf=00&{body}")).status,
        403
    );
    assert_eq!(post(&s, "X-None: 1", "/log", body).status, 403);
    assert_eq!(s.get("/login?token=ct_nope").status, 403);
    assert_eq!(records(&f), before);
}

#[test]
fn only_a_lead_approves_leave_and_refusals_are_the_clis() {
    let f = Folder::new();
    let amy = token(&f, "amy");
    let boss = token(&f, "boss");
    let before = records(&f);
    let s = Server::start(f.path(), &["--write"]);
    let a = sign_in(&s, &amy);
    let approve = "member=amy&from_date=2026-11-26";
    let r = post(
        &s,
        &a,
        "/leave/approve",
        &format!("csrf={}&{approve}", csrf(&s, &a, "/leave/approve")),
    );
    assert_eq!(r.status, 403, "{}", r.text());
    assert_eq!(records(&f), before);
    let unknown = post(
        &s,
        &a,
        "/log",
        &format!(
            "csrf={}&client=nobody&kind=visit&summary=x",
            csrf(&s, &a, "/log")
        ),
    );
    assert_eq!(unknown.status, 422);
    let (_, _, cli_err) = f.run(&[
        "--member",
        "amy",
        "log",
        "nobody",
        "--kind",
        "visit",
        "--summary",
        "x",
    ]);
    let message = cli_err.trim_start_matches("error: ").trim();
    assert!(
        unknown
            .text()
            .contains(&message.replace('\'', "&#39;").replace('"', "&quot;")),
        "{} vs {cli_err}",
        unknown.text()
    );
    let b = sign_in(&s, &boss);
    let r = post(
        &s,
        &b,
        "/leave/approve",
        &format!("csrf={}&{approve}", csrf(&s, &b, "/leave/approve")),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(f.read(AMY).contains("approved_by = \"boss\""));
}

#[test]
fn a_bearer_call_writes_as_its_member() {
    let f = Folder::new();
    let t = token(&f, "amy");
    let s = Server::start(f.path(), &["--write"]);
    let auth = format!("Authorization: Bearer {t}");
    let r = s.request(
        "POST",
        "/api/plan",
        &[&auth],
        "client=acme&date=2026-11-25&purpose=demo",
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(f.read(AMY).contains("purpose = \"demo\""));
    let r = s.request(
        "POST",
        "/api/plan",
        &["Authorization: Bearer ct_bad"],
        "client=acme&date=2026-11-25",
    );
    assert_eq!(r.status, 403);
    let ro = Server::start(f.path(), &[]);
    assert_eq!(
        ro.request("POST", "/api/plan", &[&auth], "client=acme&date=2026-11-25")
            .status,
        403
    );
}

/// `git -C dir ARGS`, which must succeed; its stdout.
fn git(dir: &std::path::Path, args: &[&str]) -> String {
    let o = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn with_commit_each_write_is_the_members_commit() {
    let f = Folder::new();
    let team = f
        .read("team.toml")
        .replacen(
            "reports_to = \"boss\"\n",
            "reports_to = \"boss\"\nemail = \"amy@example.com\"\n",
            1,
        )
        .replacen(
            "role = \"lead\"\n",
            "role = \"lead\"\nemails = [\"min@example.com\", \"boss@example.com\"]\n",
            1,
        );
    f.write("team.toml", &team);
    let git = |args: &[&str]| git(f.path(), args);
    git(&["init", "-q"]);
    git(&["add", "-A"]);
    git(&[
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@t",
        "commit",
        "-qm",
        "start",
    ]);
    // someone's own work in progress: staged, and only in the work tree
    f.write(
        "clients/bolt.toml",
        &format!("{}\n", f.read("clients/bolt.toml")),
    );
    git(&["add", "clients/bolt.toml"]);
    f.write("clientele.toml", &format!("{}\n", f.read("clientele.toml")));
    let t = token(&f, "amy");
    let s = Server::start(f.path(), &["--write", "--commit"]);
    let c = sign_in(&s, &t);
    let body = format!(
        "csrf={}&client=acme&kind=call&summary=follow+up",
        csrf(&s, &c, "/log")
    );
    let r = post(&s, &c, "/log", &body);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        git(&["log", "-1", "--format=%an <%ae>|%cn <%ce>"]).trim(),
        "Amy <amy@example.com>|Amy <amy@example.com>"
    );
    assert_eq!(git(&["show", "--name-only", "--format="]).trim(), AMY);
    let status: std::collections::BTreeSet<String> = git(&["status", "--porcelain"])
        .lines()
        .filter(|l| !l.ends_with(".gitignore") && !l.contains(".clientele"))
        .map(String::from)
        .collect();
    assert_eq!(
        status,
        ["M  clients/bolt.toml", " M clientele.toml"]
            .map(String::from)
            .into(),
        "the write is committed; the rest is as it was (the token file ignored)"
    );
    // a lead approves leave from the browser: the lead's commit
    let b = sign_in(&s, &token(&f, "boss"));
    let body = format!(
        "csrf={}&member=amy&from_date=2026-11-26",
        csrf(&s, &b, "/leave/approve")
    );
    let r = post(&s, &b, "/leave/approve", &body);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        git(&["log", "-1", "--format=%an <%ae>|%s"]).trim(),
        "張敏 <min@example.com>|boss: leave approve -- amy 2026-11-26"
    );
    assert_eq!(git(&["show", "--name-only", "--format="]).trim(), AMY);
}
