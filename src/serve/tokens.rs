//! Sign-in tokens: `.clientele-tokens.toml` at the top of the records
//! folder holds, per token, its member and the SHA-256 of the token —
//! never the token itself, which `clientele token add` prints once. The
//! file is gitignored (a `.gitignore` line is added beside it) and read
//! afresh on every check, so a revoked token stops working at once.

use std::fmt::Write as _;
use std::path::Path;

use sha2::Digest as _;

use crate::error::Error;

/// The file name, at the top of the records folder.
pub(crate) const FILE: &str = ".clientele-tokens.toml";

/// One stored token.
#[derive(Clone, Debug, serde::Deserialize, serde::Serialize)]
pub(crate) struct Entry {
    pub(crate) member: String,
    pub(crate) sha256: String,
    pub(crate) created: String,
}

#[derive(Debug, Default, serde::Deserialize, serde::Serialize)]
struct TokenFile {
    #[serde(default)]
    token: Vec<Entry>,
}

/// Every stored token (none when the file is missing).
pub(crate) fn load(root: &Path) -> Result<Vec<Entry>, Error> {
    let path = root.join(FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::Failed(anyhow::anyhow!("{}: {e}", path.display()))),
    };
    let file: TokenFile = toml::from_str(&text)
        .map_err(|e| Error::Failed(anyhow::anyhow!("{}: {e}", path.display())))?;
    Ok(file.token)
}

/// Replaces the stored tokens, and makes sure git ignores the file.
pub(crate) fn save(root: &Path, entries: &[Entry]) -> Result<(), Error> {
    let file = TokenFile {
        token: entries.to_vec(),
    };
    let body = toml::to_string(&file).map_err(|e| Error::Failed(e.into()))?;
    let text = format!(
        "# clientele serve: sign-in tokens, hashed (clientele token add|list|revoke).\n\
         # Never commit this file.\n\n{body}"
    );
    crate::write::atomic::save_bytes(&root.join(FILE), text.as_bytes())
        .map_err(|e| Error::Failed(anyhow::anyhow!("{e}")))?;
    ignore(root)
}

/// Adds the file to the folder's `.gitignore` when it is not there.
fn ignore(root: &Path) -> Result<(), Error> {
    let path = root.join(".gitignore");
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    if old.lines().any(|l| l.trim() == FILE) {
        return Ok(());
    }
    let sep = if old.is_empty() || old.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    let new = format!("{old}{sep}{FILE}\n");
    crate::write::atomic::save_bytes(&path, new.as_bytes())
        .map_err(|e| Error::Failed(anyhow::anyhow!("{e}")))
}

/// `n` random bytes as lower-case hex.
pub(crate) fn random_hex(n: usize) -> Result<String, Error> {
    let mut bytes = vec![0u8; n];
    getrandom::fill(&mut bytes)
        .map_err(|e| Error::Failed(anyhow::anyhow!("no randomness: {e}")))?;
    Ok(hex(&bytes))
}

fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// A new token: `ct_` and 64 hex digits (256 random bits).
pub(crate) fn new_token() -> Result<String, Error> {
    Ok(format!("ct_{}", random_hex(32)?))
}

/// The stored form of a token.
pub(crate) fn hash(token: &str) -> String {
    hex(&sha2::Sha256::digest(token.as_bytes()))
}

/// The member a token signs in, if it is stored.
pub(crate) fn member_of(root: &Path, token: &str) -> Option<String> {
    let h = hash(token.trim());
    load(root)
        .ok()?
        .into_iter()
        .find(|e| same(&e.sha256, &h))
        .map(|e| e.member)
}

/// Compares two hashes in time independent of where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_hash_is_stored_and_it_signs_in() {
        let dir = tempfile::tempdir().unwrap();
        let token = new_token().unwrap();
        assert_eq!(token.len(), 67);
        let entry = Entry {
            member: "li-wei".into(),
            sha256: hash(&token),
            created: "2026-12-02T06:00:00".into(),
        };
        save(dir.path(), &[entry]).unwrap();
        let text = std::fs::read_to_string(dir.path().join(FILE)).unwrap();
        assert!(!text.contains(&token));
        assert_eq!(member_of(dir.path(), &token).as_deref(), Some("li-wei"));
        assert_eq!(member_of(dir.path(), "ct_00"), None);
        let ignore = std::fs::read_to_string(dir.path().join(".gitignore")).unwrap();
        assert_eq!(ignore, format!("{FILE}\n"));
        save(dir.path(), &[]).unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.path().join(".gitignore")).unwrap(),
            ignore
        );
    }
}
