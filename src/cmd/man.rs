//! `clientele man`: the man page (roff) on stdout, or with `--dir` one page
//! per command (`clientele.1`, `clientele-summary.1`, …) written to a folder.

use std::io::Write;
use std::path::PathBuf;

use crate::error::{Outcome, Status};
use crate::options::Ctx;

/// Flags of `man`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write one page per command into this folder instead
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

pub fn run(args: &Args, _ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    // man pages stay English (their convention), with the examples
    let cmd = crate::i18n::help::with_examples(crate::cli::command(), crate::i18n::Lang::En);
    match &args.dir {
        Some(dir) => {
            std::fs::create_dir_all(dir)?;
            clap_mangen::generate_to(cmd, dir)?;
            let pages = std::fs::read_dir(dir)?
                .filter_map(Result::ok)
                .filter(|e| e.file_name().to_string_lossy().starts_with("clientele"))
                .count();
            writeln!(out, "{pages} man pages in {}", dir.display())?;
        }
        None => clap_mangen::Man::new(cmd).render(out)?,
    }
    Ok(Status::Success)
}
