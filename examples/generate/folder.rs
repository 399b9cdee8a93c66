//! Writes a whole generated folder (used by `examples/generate.rs` and by
//! the `perf` benchmark).

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};

use super::people::{Team, clients_file, month_files, team_file, training_file};
use super::{rng, text};

/// Sizes, seed and the folder to create.
pub struct Opts {
    pub clients: usize,
    pub members: usize,
    pub months: u32,
    pub seed: u64,
    pub out: PathBuf,
}

fn write(root: &Path, rel: &str, text: &str) -> std::io::Result<usize> {
    let path = root.join(rel);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&path, text)?;
    Ok(text.len())
}

/// Generates the folder; returns the number of files and their bytes.
pub fn generate(o: &Opts) -> std::io::Result<(usize, usize)> {
    let last = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap_or_default();
    let first = (0..o.months.max(1) - 1).fold(last, |d, _| d - chrono::Months::new(1));
    let mut r = rng::Rng::new(o.seed);
    let team = Team::new(&mut r, o.members, first);
    let (mut files, mut bytes) = (0usize, 0usize);
    let mut put = |rel: &str, text: &str| -> std::io::Result<()> {
        files += 1;
        bytes += write(&o.out, rel, text)?;
        Ok(())
    };
    put("clientele.toml", &text::settings(first))?;
    put("team.toml", &team_file(&team))?;
    put(".gitignore", ".clientele.lock\n")?;
    let clients = clients_file(&mut r, &team, o.clients, first, last);
    for (id, body) in &clients.files {
        put(&format!("clients/{id}.toml"), body)?;
    }
    for year in first.year()..=last.year() {
        if let Some(body) = training_file(&mut r, &team, year, first, last) {
            put(&format!("training/{year}.toml"), &body)?;
        }
    }
    let mut month = first;
    while month <= last {
        for (member, body) in month_files(&mut r, &team, &clients, month) {
            put(
                &format!("months/{}/{member}.toml", month.format("%Y-%m")),
                &body,
            )?;
        }
        month = month + chrono::Months::new(1);
    }
    Ok((files, bytes))
}
