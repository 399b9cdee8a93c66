//! Commit signatures verified against the team's keys: what a commit's
//! signature says about who made it.
//!
//! An SSH signature (`gpgsig` holding `-----BEGIN SSH SIGNATURE-----`, as
//! `git commit -S` writes with `gpg.format = ssh`) is verified here with
//! the `ssh-key` crate over the signed commit data, in the namespace
//! `git`, for Ed25519, RSA and ECDSA P-256 keys; the key it verifies with
//! is then looked up among the members' `signing_keys`. OpenPGP and X.509
//! signatures, and SSH keys of other algorithms, cannot be verified here
//! and say so. Nothing here decides whether an approval is proven: that is
//! `cmd::approvals`.

use git2::{ErrorCode, Oid, Repository};
use ssh_key::{HashAlg, PublicKey, SshSig};

use super::GitError;

/// The namespace git signs commits in.
const NAMESPACE: &str = "git";

/// What a commit's signature says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Seal {
    /// The commit carries no signature.
    Unsigned,
    /// An SSH signature that verifies over the commit with `key`
    /// (`SHA256:…`), a key of `member` (`None`: of no member).
    Good { key: String, member: Option<String> },
    /// A signature that does not verify over the commit (tampered with,
    /// or made for another namespace): `why`.
    Bad { key: String, why: String },
    /// A signature of a kind not verified here (`openpgp`, `x509`, or an
    /// SSH key algorithm not built in).
    Unverifiable { kind: String },
}

impl Seal {
    /// The state as CSV and JSON print it.
    pub(crate) fn state(&self) -> &'static str {
        match self {
            Seal::Unsigned => "none",
            Seal::Good {
                member: Some(_), ..
            } => "good",
            Seal::Good { member: None, .. } => "unknown-key",
            Seal::Bad { .. } => "bad",
            Seal::Unverifiable { .. } => "not-verifiable",
        }
    }

    /// The key's fingerprint, or the kind of a signature not verified.
    pub(crate) fn key(&self) -> &str {
        match self {
            Seal::Unsigned => "",
            Seal::Good { key, .. } | Seal::Bad { key, .. } => key,
            Seal::Unverifiable { kind } => kind,
        }
    }
}

/// The members' signing keys: member id and key.
#[derive(Debug, Default)]
pub(crate) struct Keyring(Vec<(String, PublicKey)>);

impl Keyring {
    /// The keys of `(member, key as written)` pairs; keys that do not
    /// parse are left out (the loader reports them).
    pub(crate) fn new<'a>(keys: impl IntoIterator<Item = (&'a str, &'a str)>) -> Keyring {
        Keyring(
            keys.into_iter()
                .filter_map(|(m, k)| {
                    let key = PublicKey::from_openssh(k.trim()).ok()?;
                    Some((m.to_string(), key))
                })
                .collect(),
        )
    }

    /// The member whose key this is.
    fn owner(&self, key: &ssh_key::public::KeyData) -> Option<&str> {
        self.0
            .iter()
            .find(|(_, k)| k.key_data() == key)
            .map(|(m, _)| m.as_str())
    }
}

/// The seal of commit `id`.
pub(crate) fn seal(git: &Repository, id: Oid, keys: &Keyring) -> Result<Seal, GitError> {
    let (signature, data) = match git.extract_signature(&id, None) {
        Ok(found) => found,
        Err(e) if e.code() == ErrorCode::NotFound => return Ok(Seal::Unsigned),
        Err(e) => return Err(e.into()),
    };
    let text = String::from_utf8_lossy(&signature);
    Ok(verify(&text, &data, keys))
}

/// The seal of `signature` (armoured text) over `data`.
fn verify(signature: &str, data: &[u8], keys: &Keyring) -> Seal {
    let unverifiable = |kind: &str| Seal::Unverifiable {
        kind: kind.to_string(),
    };
    if signature.contains("-----BEGIN PGP SIGNATURE-----") {
        return unverifiable("openpgp");
    }
    if !signature.contains("-----BEGIN SSH SIGNATURE-----") {
        return unverifiable(if signature.contains("-----BEGIN SIGNED MESSAGE-----") {
            "x509"
        } else {
            "unknown"
        });
    }
    let sig = match SshSig::from_pem(signature.trim()) {
        Ok(sig) => sig,
        Err(e) => {
            return Seal::Bad {
                key: String::new(),
                why: format!("the SSH signature does not decode: {e}"),
            };
        }
    };
    let key = sig.public_key().fingerprint(HashAlg::Sha256).to_string();
    if sig.namespace() != NAMESPACE {
        let why = format!("signed for {:?}, not for git", sig.namespace());
        return Seal::Bad { key, why };
    }
    let signer = PublicKey::from(sig.public_key().clone());
    match signer.verify(NAMESPACE, data, &sig) {
        Ok(()) => Seal::Good {
            member: keys.owner(sig.public_key()).map(str::to_string),
            key,
        },
        Err(ssh_key::Error::AlgorithmUnsupported { .. } | ssh_key::Error::AlgorithmUnknown) => {
            unverifiable(&format!("ssh {}", sig.algorithm()))
        }
        Err(e) => Seal::Bad {
            key,
            why: e.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ssh_key::private::{Ed25519Keypair, PrivateKey};
    use ssh_key::{HashAlg, LineEnding};

    fn key(seed: u8) -> PrivateKey {
        PrivateKey::from(Ed25519Keypair::from_seed(&[seed; 32]))
    }

    fn armour(k: &PrivateKey, namespace: &str, data: &[u8]) -> String {
        let sig = k.sign(namespace, HashAlg::Sha512, data).unwrap();
        sig.to_pem(LineEnding::LF).unwrap()
    }

    fn ring() -> Keyring {
        let amy = key(1).public_key().to_openssh().unwrap();
        Keyring::new([("amy", amy.as_str())])
    }

    #[test]
    fn a_good_signature_names_its_member() {
        let seal = verify(&armour(&key(1), "git", b"tree 1\n"), b"tree 1\n", &ring());
        assert!(
            matches!(seal, Seal::Good { member: Some(ref m), .. } if m == "amy"),
            "{seal:?}"
        );
        let other = verify(&armour(&key(2), "git", b"x"), b"x", &ring());
        assert_eq!(other.state(), "unknown-key");
    }

    #[test]
    fn tampered_data_and_other_namespaces_are_bad() {
        let seal = verify(&armour(&key(1), "git", b"tree 1\n"), b"tree 2\n", &ring());
        assert_eq!(seal.state(), "bad");
        let seal = verify(&armour(&key(1), "file", b"x"), b"x", &ring());
        assert!(
            matches!(seal, Seal::Bad { ref why, .. } if why.contains("\"file\"")),
            "{seal:?}"
        );
    }

    #[test]
    fn openpgp_is_not_verified_here() {
        let pgp = "-----BEGIN PGP SIGNATURE-----\n\nabc\n-----END PGP SIGNATURE-----\n";
        assert_eq!(
            verify(pgp, b"x", &ring()),
            Seal::Unverifiable {
                kind: "openpgp".into()
            }
        );
    }
}
