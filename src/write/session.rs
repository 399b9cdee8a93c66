//! Running a write command: find the folder, take the lock, let the
//! command stage its change, re-check it, save it, and tell the user.
//!
//! A refusal (an unknown client or member, a rule the new text would
//! break) is returned as `Error::Refused` (exit 1) and nothing is written;
//! a value that does not parse never gets here (clap refuses it, exit 2).
//! New warnings the write brings are listed on stderr.

use chrono::{NaiveDate, NaiveDateTime};

use super::{Checked, Txn, WriteError};
use crate::diagnostic::display_join;
use crate::error::{Error, Outcome, Status};
use crate::load;
use crate::model::{Member, YearMonth};
use crate::options::Ctx;
use crate::t;

/// What a write command knows before it starts: the transaction (the lock,
/// the settings and the team), "now" and today in the team's time zone
/// (or `--as-of`), and the global `--member`.
pub(crate) struct Session<'a> {
    pub(crate) txn: Txn,
    pub(crate) now: NaiveDateTime,
    pub(crate) today: NaiveDate,
    ctx: &'a Ctx,
}

impl<'a> Session<'a> {
    /// Finds the records folder, takes its lock, reads the settings and the
    /// team, and resolves "now" in the team's time zone.
    pub(crate) fn open(ctx: &'a Ctx) -> Result<Session<'a>, WriteError> {
        let root = load::find_root(ctx.records.as_deref(), &ctx.cwd)?;
        let txn = Txn::begin(&root)?;
        let (now, today) = ctx.now(&txn.records().settings.team.timezone);
        Ok(Session {
            txn,
            now,
            today,
            ctx,
        })
    }

    /// Who writes: `--member`, else `$CLIENTELE_MEMBER`; must be a member.
    pub(crate) fn writer(&self) -> Result<Member, WriteError> {
        let env = std::env::var("CLIENTELE_MEMBER")
            .ok()
            .filter(|v| !v.trim().is_empty());
        let Some(id) = self.ctx.member.clone().or(env) else {
            return Err(WriteError::refused(t!("refuse-who-writes")));
        };
        self.member("--member", &id)
    }

    /// A member named by a flag; must be in team.toml.
    pub(crate) fn member(&self, what: &str, id: &str) -> Result<Member, WriteError> {
        let id = super::input::id(what, id)?;
        self.txn.member(&id).cloned().ok_or_else(|| {
            WriteError::refused(t!("refuse-not-a-member", flag = what, id = id.as_str()))
        })
    }

    /// A client named by an argument: its file must exist. Returns the
    /// path of its file inside the folder; the check will read it.
    pub(crate) fn client(&mut self, what: &str, id: &str) -> Result<String, WriteError> {
        let id = super::input::id(what, id)?;
        let rel = client_file(&id);
        if !self.txn.root().join(&rel).is_file() {
            return Err(WriteError::refused(t!(
                "refuse-no-client-file",
                id = id.as_str(),
                file = rel.as_str()
            )));
        }
        self.txn.need(rel.clone());
        Ok(rel)
    }

    /// Every client file (for the uniqueness of deal and complaint ids).
    pub(crate) fn all_clients(&mut self) -> Result<Vec<String>, WriteError> {
        let files = load::files_in(self.txn.root(), "clients")?;
        for f in &files {
            self.txn.need(f.clone());
        }
        Ok(files)
    }

    /// Where each deal (`kind` = "deal") or complaint id is used: id → the
    /// client file holding it. Reads every client file (and only those);
    /// they also join the check.
    pub(crate) fn entry_ids(
        &mut self,
        kind: &str,
    ) -> Result<std::collections::BTreeMap<String, String>, WriteError> {
        let files = self.all_clients()?;
        let list: Vec<(String, Option<String>)> = files.into_iter().map(|f| (f, None)).collect();
        let loaded = load::load_some(self.txn.root(), &list)?;
        let records = &loaded.records;
        let mut out = std::collections::BTreeMap::new();
        for c in &records.clients {
            let rel = client_file(&c.id);
            let ids: Vec<&String> = match kind {
                "deal" => c.deals.iter().map(|d| &d.id).collect(),
                _ => c.complaints.iter().map(|k| &k.id).collect(),
            };
            for id in ids {
                out.entry(id.clone()).or_insert_with(|| rel.clone());
            }
        }
        Ok(out)
    }

    /// Refuses a new deal or complaint id already used in a client file.
    pub(crate) fn unique(&mut self, kind: &str, id: &str) -> Result<(), WriteError> {
        match self.entry_ids(kind)?.get(id) {
            Some(rel) => Err(WriteError::refused(t!(
                "refuse-entry-id-taken",
                kind = kind,
                id = id,
                file = self.display(rel).to_string()
            ))),
            None => Ok(()),
        }
    }

    /// Every month file, loaded (for ids unique across month files:
    /// meetings, events). The files are read, not checked.
    pub(crate) fn month_logs(&self) -> Result<Vec<crate::model::MonthLog>, WriteError> {
        let list: Vec<(String, Option<String>)> =
            self.month_files()?.into_iter().map(|f| (f, None)).collect();
        Ok(load::load_some(self.txn.root(), &list)?.records.months)
    }

    /// Every month file of the folder, sorted (`months/<YYYY-MM>/<member>.toml`).
    pub(crate) fn month_files(&self) -> Result<Vec<String>, WriteError> {
        let root = self.txn.root();
        let mut months: Vec<String> = std::fs::read_dir(root.join("months"))
            .map(|d| {
                d.filter_map(Result::ok)
                    .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| !n.starts_with('.'))
                    .collect()
            })
            .unwrap_or_default();
        months.sort();
        let mut files = Vec::new();
        for m in months {
            files.extend(load::files_in(root, &format!("months/{m}"))?);
        }
        Ok(files)
    }

    /// The path of a file as the user sees it (the folder joined with it).
    pub(crate) fn display(&self, rel: &str) -> String {
        display_join(self.txn.root(), rel)
    }
}

/// The `[[kind]]` entry of a client document whose `id` is `id` (a deal,
/// a complaint).
pub(crate) fn entry_mut<'a>(
    doc: &'a mut super::EditDoc,
    kind: &str,
    id: &str,
) -> Option<&'a mut toml_edit::Table> {
    super::entry::entries_mut(doc.doc.as_table_mut(), kind)?
        .iter_mut()
        .find(|t| super::entry::get_str(t, "id") == Some(id))
}

/// `clients/<id>.toml`.
pub(crate) fn client_file(id: &str) -> String {
    format!("clients/{id}.toml")
}

/// `months/<YYYY-MM>/<member>.toml`.
pub(crate) fn month_file(month: YearMonth, member: &str) -> String {
    format!("months/{month}/{member}.toml")
}

/// Runs a write: `change` stages the new texts and returns what to tell
/// the user; then the change is checked and saved, or refused.
pub(crate) fn run(
    ctx: &Ctx,
    out: &mut dyn std::io::Write,
    change: impl FnOnce(&mut Session<'_>) -> Result<String, WriteError>,
) -> Outcome {
    let mut w = Session::open(ctx)?;
    let done = change(&mut w)?;
    let checked = save_checked(w.txn, w.today, "change", false)?;
    let printed = (|| {
        if !ctx.quiet {
            eprint!("{}", checked.render_warnings());
            writeln!(out, "{done}")?;
        }
        crate::cmd::flush(out)
    })();
    saved(checked.saved_but, printed)
}

/// The end of a write once its change is saved: whatever failed after
/// (`but`, or printing the confirmation) is a warning, `saved; but …`, and
/// the exit code is 0 — running the command again would add the change
/// twice.
pub(crate) fn saved(but: Option<String>, printed: Result<(), Error>) -> Outcome {
    let mut buts: Vec<String> = but.into_iter().collect();
    if let Err(e) = printed
        && !e.is_broken_pipe()
    {
        buts.push(t!("but-not-printed", why = e.text()));
    }
    for b in buts {
        crate::error::warn(t!("saved-but", but = b));
    }
    Ok(Status::Success)
}

/// The end of every write and import: re-checks the staged texts as of
/// `today`, refuses them when they bring new errors, else saves them
/// (unless `dry_run`). Returns what the check found (the new warnings).
pub(crate) fn save_checked(
    txn: Txn,
    today: NaiveDate,
    what: &str,
    dry_run: bool,
) -> Result<Checked, Error> {
    let mut txn = txn;
    let checked = txn.check(today)?;
    refuse_broken(&checked, what)?;
    let mut checked = checked;
    if !dry_run {
        checked.saved_but = txn.commit()?.but;
    }
    Ok(checked)
}

/// Refuses a staged `what` (a change, an import) that brings new errors,
/// listing them with the lines as they would be.
fn refuse_broken(checked: &Checked, what: &str) -> Result<(), Error> {
    if checked.errors.is_empty() {
        return Ok(());
    }
    let lines = checked.render_errors();
    Err(Error::refused(t!(
        "refuse-breaks-rules",
        what = what,
        lines = lines.strip_suffix('\n').unwrap_or(&lines)
    )))
}

/// A context for tests: the records at `records`, as of 2026-11-20, the
/// writer `member`.
#[cfg(test)]
pub(crate) fn test_ctx(records: &std::path::Path, member: Option<&str>) -> Ctx {
    Ctx {
        records: Some(records.to_path_buf()),
        cwd: std::path::PathBuf::from("."),
        as_of: Some(crate::options::AsOf::Date(
            NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default(),
        )),
        at: None,
        clock: chrono::DateTime::default(),
        format: crate::render::Format::Table,
        month: None,
        member: member.map(str::to_string),
        quiet: true,
        reveal: false,
        cache: false,
        style: crate::render::Style {
            color: false,
            width: None,
            ascii: false,
            bom: false,
            title: String::new(),
        },
    }
}

/// A copy of the `writes` fixture, for tests.
#[cfg(test)]
pub(crate) fn test_folder() -> tempfile::TempDir {
    fn copy(from: &std::path::Path, to: &std::path::Path) {
        let _ = std::fs::create_dir_all(to);
        for e in std::fs::read_dir(from).into_iter().flatten().flatten() {
            let target = to.join(e.file_name());
            if e.path().is_dir() {
                copy(&e.path(), &target);
            } else {
                let _ = std::fs::copy(e.path(), &target);
            }
        }
    }
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    copy(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/writes"),
        tmp.path(),
    );
    tmp
}
