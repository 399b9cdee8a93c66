//! `clientele init [DIR]`: create a new records folder with commented
//! settings, a team with one lead, the empty record folders and git
//! attributes. Refuses to touch a folder that already has content.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context as _;

use crate::error::{Error, Outcome, Status};
use crate::options::Ctx;

const SETTINGS: &str = include_str!("../../templates/clientele.toml");
const TEAM: &str = include_str!("../../templates/team.toml");
const GITATTRIBUTES: &str =
    "# record files are text with LF line ends on every machine\n*.toml text eol=lf\n";
const GITIGNORE: &str = "# lock, journal and temporary files of clientele's writes\n*.lock\n.clientele-journal/\n.*.tmp*\n";

/// Flags of `init`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example: clientele init records --team-name 華東大客戶部 --lead zhang-min --lead-name 張敏"
)]
pub struct Args {
    /// The folder to create
    #[arg(default_value = "records")]
    pub dir: PathBuf,
    /// The team's name
    #[arg(long, default_value = "My team")]
    pub team_name: String,
    /// The lead's member id
    #[arg(long, default_value = "lead", value_parser = crate::values::id)]
    pub lead: String,
    /// The lead's name
    #[arg(long, default_value = "Team Lead")]
    pub lead_name: String,
}

fn toml_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

pub fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
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
        return Err(Error::refused(format!(
            "{} already exists and is not empty: init never overwrites a folder",
            args.dir.display()
        )));
    }
    let (_, today) = ctx.now("UTC");
    let settings = SETTINGS.replace("{team_name}", &toml_escape(&args.team_name));
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
            "created {}: edit clientele.toml and team.toml, then run `clientele --records {} check`",
            args.dir.display(),
            args.dir.display()
        )?;
    }
    Ok(Status::Success)
}
