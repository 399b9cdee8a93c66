//! `clientele init [DIR]`: create a new records folder with commented
//! settings (`records_start` = today, rules §3.2), a team with one lead,
//! the empty record folders, git attributes and a `.gitignore` for the
//! lock. Refuses to touch a folder that already has content, and to
//! create one inside an existing records folder.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context as _;

use crate::error::{Error, Outcome, Status};
use crate::options::Ctx;
use crate::t;

const SETTINGS: &str = include_str!("../../templates/clientele.toml");
const TEAM: &str = include_str!("../../templates/team.toml");
const GITATTRIBUTES: &str =
    "# record files are text with LF line ends on every machine\n*.toml text eol=lf\n";
const GITIGNORE: &str = "# lock, journal and temporary files of clientele's writes\n.clientele.lock\n*.lock\n.clientele-journal/\n.clientele-staging/\n.*.tmp*\n";

/// Flags of `init`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The folder to create
    #[arg(default_value = "records")]
    pub(crate) dir: PathBuf,
    /// The team's name
    #[arg(long, default_value = "My team")]
    pub(crate) team_name: String,
    /// The lead's member id
    #[arg(long, default_value = "lead", value_parser = crate::values::id)]
    pub(crate) lead: String,
    /// The lead's name
    #[arg(long, default_value = "Team Lead")]
    pub(crate) lead_name: String,
}

fn toml_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

/// Refuses a folder inside an existing records folder (one of its parents
/// holds `clientele.toml`).
fn refuse_nested(dir: &std::path::Path, shown: &std::path::Path) -> Result<(), Error> {
    match dir
        .ancestors()
        .skip(1)
        .find(|a| a.join("clientele.toml").is_file())
    {
        Some(outer) => Err(Error::refused(t!(
            "refuse-init-nested",
            path = shown.display().to_string(),
            outer = outer.display().to_string()
        ))),
        None => Ok(()),
    }
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let dir = if args.dir.is_absolute() {
        args.dir.clone()
    } else {
        ctx.cwd.join(&args.dir)
    };
    if dir.exists()
        && std::fs::read_dir(&dir)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        return Err(Error::refused(t!(
            "refuse-init-not-empty",
            path = args.dir.display().to_string()
        )));
    }
    refuse_nested(&dir, &args.dir)?;
    let (_, today) = ctx.now("UTC");
    let settings = SETTINGS
        .replace("{team_name}", &toml_escape(&args.team_name))
        .replace("{records_start}", &today.to_string());
    let team = TEAM
        .replace("{lead_id}", &args.lead)
        .replace("{lead_name}", &toml_escape(&args.lead_name))
        .replace("{joined}", &today.to_string());
    let files: [(&str, &str); 7] = [
        ("clientele.toml", &settings),
        ("team.toml", &team),
        (".gitattributes", GITATTRIBUTES),
        (".gitignore", GITIGNORE),
        ("clients/.gitkeep", ""),
        ("months/.gitkeep", ""),
        ("training/.gitkeep", ""),
    ];
    for (rel, text) in files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    if !ctx.quiet {
        writeln!(
            out,
            "{}",
            t!("init-created", path = args.dir.display().to_string())
        )?;
    }
    Ok(Status::Success)
}
