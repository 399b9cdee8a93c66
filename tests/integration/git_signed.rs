//! `check --approvals` with signed commits: a signature by the giver's key
//! proves an approval whoever the author; a signature that does not verify,
//! or one by another member's key, is a forgery even when the author is the
//! giver; an unsigned commit falls back to its author, unless
//! `--require-signed`.

use ssh_key::private::{Ed25519Keypair, PrivateKey};
use ssh_key::{HashAlg, LineEnding};

use super::git_story::Story;

/// A fixed signing key (the same on every run).
fn key(seed: u8) -> PrivateKey {
    PrivateKey::from(Ed25519Keypair::from_seed(&[seed; 32]))
}

/// An SSH signature of `data` by `k`, as `git commit -S` writes it.
fn ssh_sign(k: &PrivateKey, data: &[u8]) -> String {
    k.sign("git", HashAlg::Sha512, data)
        .unwrap()
        .to_pem(LineEnding::LF)
        .unwrap()
}

fn public(seed: u8, comment: &str) -> String {
    let k = key(seed);
    format!("{} {comment}", k.public_key().to_openssh().unwrap())
}

fn award(s: &Story, reason: &str) {
    s.append(
        "months/2026-11/boss.toml",
        &format!("\n[[award]]\nmember = \"ben\"\nkind = \"honour\"\nreason = \"{reason}\"\n"),
    );
}

/// c1 the team with boss's and amy's keys; c2 amy commits boss's approval
/// of her leave, signed with boss's key; c3 boss commits an award with a
/// signature that does not match the commit; c4 boss commits an award
/// signed with amy's key; c5 boss commits an award unsigned.
fn signed_story() -> Story {
    let s = Story::empty();
    s.edit(
        "team.toml",
        "joined = 2019-01-01\n",
        &format!(
            "joined = 2019-01-01\nemail = \"boss@example.com\"\nsigning_keys = [\"{}\"]\n",
            public(1, "boss@laptop")
        ),
    );
    s.edit(
        "team.toml",
        "joined = 2020-01-01\n",
        &format!(
            "joined = 2020-01-01\nemail = \"amy@example.com\"\nsigning_keys = [\"{}\"]\n",
            public(2, "amy@laptop")
        ),
    );
    s.commit("boss", "2026-11-01T09:00:00+08:00", "c1");
    s.edit(
        "months/2026-11/amy.toml",
        "status = \"pending\"",
        "status = \"approved\"\napproved_by = \"boss\"\ndecided = 2026-11-19",
    );
    s.commit_signed("amy", "2026-11-19T10:00:00+08:00", "c2", |d| {
        ssh_sign(&key(1), d)
    });
    award(&s, "bad signature");
    s.commit_signed("boss", "2026-11-19T11:00:00+08:00", "c3", |d| {
        ssh_sign(&key(1), &[d, b"tampered".as_slice()].concat())
    });
    award(&s, "amy's key");
    s.commit_signed("boss", "2026-11-19T12:00:00+08:00", "c4", |d| {
        ssh_sign(&key(2), d)
    });
    award(&s, "unsigned");
    s.commit("boss", "2026-11-19T13:00:00+08:00", "c5");
    s
}

#[test]
fn signatures_prove_and_expose_approvals() {
    let s = signed_story();
    let (code, out, err) = s.run(&["check", "--approvals"]);
    assert_eq!(err, "");
    let fingerprint = key(2).public_key().fingerprint(HashAlg::Sha256).to_string();
    let want = format!(
        "months/2026-11/boss.toml: award[ben] by boss: added in commit {c3}, whose signature does not verify (cryptographic error): not proven by boss\n\
months/2026-11/boss.toml: award[ben] by boss: added in commit {c4}, signed with {fingerprint}, a key of amy, not of boss\n\
4 approvals checked: 1 proven by signature, 1 by author, 2 not proven\n",
        c3 = &s.rev("c3")[..10],
        c4 = &s.rev("c4")[..10],
    );
    assert_eq!((code, out), (1, want));
}

#[test]
fn each_approval_says_how_it_was_proven() {
    let s = signed_story();
    let (_, out, _) = s.run(&["check", "--approvals", "--format", "csv"]);
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split(',').collect()).collect();
    assert_eq!(
        rows[0],
        [
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
            "problem"
        ]
    );
    // status, proof, author's email, signature, signer
    let got: Vec<[&str; 5]> = rows[1..]
        .iter()
        .map(|r| [r[3], r[4], r[7], r[9], r[10]])
        .collect();
    assert_eq!(
        got,
        [
            ["proven", "signature", "amy@example.com", "good", "boss"],
            ["bad-signature", "", "boss@example.com", "bad", ""],
            ["forged", "", "boss@example.com", "good", "amy"],
            ["proven", "author", "boss@example.com", "none", ""],
        ]
    );
}

#[test]
fn require_signed_refuses_what_only_the_author_proves() {
    let s = signed_story();
    let (code, out, _) = s.run(&["check", "--approvals", "--require-signed"]);
    assert_eq!(code, 1);
    let unsigned = format!(
        "months/2026-11/boss.toml: award[ben] by boss: added in commit {}, which is not signed (--require-signed)\n",
        &s.rev("c5")[..10]
    );
    assert!(out.contains(&unsigned), "{out}");
    assert!(
        out.ends_with("4 approvals checked: 1 proven by signature, 0 by author, 3 not proven\n"),
        "{out}"
    );
    let (code, _, err) = s.run(&["check", "--require-signed"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn a_signing_key_that_does_not_parse_is_an_error() {
    let s = Story::empty();
    s.edit(
        "team.toml",
        "joined = 2019-01-01\n",
        "joined = 2019-01-01\nsigning_keys = [\"ssh-ed25519 not-a-key\"]\n",
    );
    let (code, out, _) = s.run(&["check"]);
    assert_eq!(code, 1);
    assert!(out.contains("E0209"), "{out}");
    assert!(out.contains("which is not a public SSH key"), "{out}");
}

#[test]
fn openpgp_and_unknown_keys_fall_back_to_the_author() {
    let s = Story::empty();
    s.edit(
        "team.toml",
        "joined = 2019-01-01\n",
        "joined = 2019-01-01\nemail = \"boss@example.com\"\n",
    );
    s.commit("boss", "2026-11-01T09:00:00+08:00", "c1");
    award(&s, "openpgp");
    s.commit_signed("boss", "2026-11-19T10:00:00+08:00", "c2", |_| {
        "-----BEGIN PGP SIGNATURE-----\n\niQEzBAABCAAdFiEE\n-----END PGP SIGNATURE-----\n"
            .to_string()
    });
    award(&s, "unknown key");
    s.commit_signed("boss", "2026-11-19T11:00:00+08:00", "c3", |d| {
        ssh_sign(&key(9), d)
    });
    let (code, out, _) = s.run(&["check", "--approvals", "--format", "csv"]);
    assert_eq!(code, 0, "{out}");
    let fingerprint = key(9).public_key().fingerprint(HashAlg::Sha256).to_string();
    let tail: Vec<String> = out
        .lines()
        .skip(1)
        .map(|l| l.split(',').skip(9).collect::<Vec<_>>().join(","))
        .collect();
    assert_eq!(
        tail,
        [
            "not-verifiable,,openpgp,".to_string(),
            format!("unknown-key,,{fingerprint},")
        ]
    );
    let (code, out, _) = s.run(&["check", "--approvals", "--require-signed"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("whose openpgp signature cannot be verified here"),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "signed with {fingerprint}, a key no member carries"
        )),
        "{out}"
    );
}
