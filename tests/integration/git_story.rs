//! A records repository with a known history, shared by the `git_*` tests:
//! several authors, a branch and its merge, a rename of a client file, an
//! approval by its lead and one forged by a member. Built with the `git`
//! command line, with fixed names, emails and dates, so every commit hash
//! is the same on every run. The records live in `records/` inside the
//! repository, as in this crate.

use std::path::PathBuf;
use std::process::Command;

use super::common::*;

/// The authors: id, name, email.
const PEOPLE: [(&str, &str, &str); 3] = [
    ("boss", "張敏", "boss@example.com"),
    ("amy", "Amy", "amy@example.com"),
    ("ben", "Ben", "ben@example.com"),
];

/// A temporary repository; the folder goes when it is dropped.
pub struct Story {
    _tmp: tempfile::TempDir,
    pub dir: PathBuf,
}

impl Story {
    /// An empty repository holding a copy of `tests/fixtures/writes` in
    /// `records/`, nothing committed.
    pub fn empty() -> Story {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("repo");
        copy_dir(&crate_path(&fixture("writes")), &dir.join("records"));
        let story = Story { _tmp: tmp, dir };
        story.git(&["init", "-q", "-b", "main"]);
        story
    }

    /// Runs git in the repository; its stdout.
    pub fn git(&self, args: &[&str]) -> String {
        self.git_as("boss", "2026-11-01T09:00:00+08:00", args)
    }

    fn git_as(&self, who: &str, date: &str, args: &[&str]) -> String {
        let (_, name, email) = PEOPLE.iter().find(|p| p.0 == who).unwrap();
        let out = Command::new("git")
            .current_dir(&self.dir)
            .args(args)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_AUTHOR_NAME", name)
            .env("GIT_AUTHOR_EMAIL", email)
            .env("GIT_AUTHOR_DATE", date)
            .env("GIT_COMMITTER_NAME", name)
            .env("GIT_COMMITTER_EMAIL", email)
            .env("GIT_COMMITTER_DATE", date)
            .output()
            .expect("git must be installed for this test");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Commits everything as `who` on `date`, tagged `tag`.
    pub fn commit(&self, who: &str, date: &str, tag: &str) {
        self.git_as(who, date, &["add", "-A"]);
        self.git_as(who, date, &["commit", "-q", "-m", tag]);
        self.git(&["tag", tag]);
    }

    /// Commits everything as `who` on `date`, tagged `tag`, through git2,
    /// with the signature `sign` gives for the commit's data (as `git
    /// commit -S` stores it in `gpgsig`).
    pub fn commit_signed(&self, who: &str, date: &str, tag: &str, sign: impl Fn(&[u8]) -> String) {
        self.git_as(who, date, &["add", "-A"]);
        let repo = git2::Repository::open(&self.dir).unwrap();
        let tree = repo
            .find_tree(repo.index().unwrap().write_tree().unwrap())
            .unwrap();
        let parent = repo.head().unwrap().peel_to_commit().unwrap();
        let (_, name, email) = PEOPLE.iter().find(|p| p.0 == who).unwrap();
        let when = chrono::DateTime::parse_from_rfc3339(date).unwrap();
        let time = git2::Time::new(when.timestamp(), when.offset().local_minus_utc() / 60);
        let person = git2::Signature::new(name, email, &time).unwrap();
        let data = repo
            .commit_create_buffer(&person, &person, tag, &tree, &[&parent])
            .unwrap();
        let signature = sign(&data);
        let id = repo
            .commit_signed(std::str::from_utf8(&data).unwrap(), &signature, None)
            .unwrap();
        let head = repo.head().unwrap().name().unwrap().to_string();
        repo.reference(&head, id, true, tag).unwrap();
        self.git(&["tag", tag]);
    }

    /// The records folder.
    pub fn records(&self) -> PathBuf {
        self.dir.join("records")
    }

    /// Replaces `from` by `to` in the record file `rel`.
    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let path = self.records().join(rel);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{rel} has no {from:?}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    }

    /// Appends `text` to the record file `rel`.
    pub fn append(&self, rel: &str, text: &str) {
        let path = self.records().join(rel);
        let old = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("{old}{text}")).unwrap();
    }

    /// The full hash of a tag.
    pub fn rev(&self, tag: &str) -> String {
        self.git(&["rev-parse", tag]).trim().to_string()
    }

    /// `text` with each `{tag}` replaced by that commit's full hash.
    pub fn hashes(&self, text: &str, tags: &[&str]) -> String {
        tags.iter().fold(text.to_string(), |t, tag| {
            t.replace(&format!("{{{tag}}}"), &self.rev(tag))
        })
    }

    /// clientele run in the records folder.
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        run_in(&self.records(), args)
    }
}

/// The story: c1 the records (by the lead); c2 amy raises acme's
/// potential; c3 on branch `side` ben notes bolt; c4 on main amy moves a
/// deal; c5 the lead merges `side`; c6 amy renames bolt to bolt-co; c7 the
/// lead approves amy's leave and gives ben an award; c8 amy forges an
/// award for herself in the lead's file.
pub fn story() -> Story {
    let s = Story::empty();
    s.edit(
        "team.toml",
        "joined = 2019-01-01\n",
        "joined = 2019-01-01\nemail = \"boss@example.com\"\n",
    );
    s.edit(
        "team.toml",
        "joined = 2020-01-01\n",
        "joined = 2020-01-01\nemails = [\"amy@example.com\", \"amy@home.example\"]\n",
    );
    s.commit("boss", "2026-11-01T09:00:00+08:00", "c1");
    s.edit("clients/acme.toml", "potential = 4", "potential = 5");
    s.commit("amy", "2026-11-02T10:00:00+08:00", "c2");
    s.git(&["checkout", "-q", "-b", "side"]);
    s.edit(
        "clients/bolt.toml",
        "potential = 3\n",
        "potential = 3\nnotes = \"ben's note\"\n",
    );
    s.commit("ben", "2026-11-03T11:00:00+08:00", "c3");
    s.git(&["checkout", "-q", "main"]);
    s.edit(
        "clients/acme.toml",
        "stage = \"proposal\"",
        "stage = \"negotiation\"",
    );
    s.commit("amy", "2026-11-03T15:00:00+08:00", "c4");
    s.git_as(
        "boss",
        "2026-11-04T09:00:00+08:00",
        &["merge", "-q", "--no-ff", "-m", "c5", "side"],
    );
    s.git(&["tag", "c5"]);
    s.git_as(
        "amy",
        "2026-11-05T10:00:00+08:00",
        &[
            "mv",
            "records/clients/bolt.toml",
            "records/clients/bolt-co.toml",
        ],
    );
    s.edit("clients/bolt-co.toml", "id = \"bolt\"", "id = \"bolt-co\"");
    s.edit(
        "months/2026-11/amy.toml",
        "client = \"bolt\"",
        "client = \"bolt-co\"",
    );
    s.commit("amy", "2026-11-05T10:00:00+08:00", "c6");
    s.edit(
        "months/2026-11/amy.toml",
        "status = \"pending\"",
        "status = \"approved\"\napproved_by = \"boss\"\ndecided = 2026-11-19",
    );
    s.append(
        "months/2026-11/boss.toml",
        "\n[[award]]\nmember = \"ben\"\nkind = \"honour\"\nreason = \"客戶表揚\"\n",
    );
    s.commit("boss", "2026-11-19T10:00:00+08:00", "c7");
    s.append(
        "months/2026-11/boss.toml",
        "\n[[award]]\nmember = \"amy\"\nkind = \"bonus\"\namount = 2000\nreason = \"self-given\"\n",
    );
    s.commit("amy", "2026-11-20T18:00:00+08:00", "c8");
    s
}
