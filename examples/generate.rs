//! A deterministic generator of realistic records folders, for benchmarks
//! and scale tests.
//!
//! ```sh
//! cargo run --release --example generate -- --clients 20000 --members 150 \
//!     --months 36 --seed 7 /tmp/big
//! ```
//!
//! The folder passes `clientele check` with no errors: every record kind
//! (members, clients with contacts, deals and complaints, interactions,
//! plans, attendance, leave, meetings with action items, reviews, awards,
//! training sessions with exams), Chinese names, and skewed sizes (a few
//! managers own many clients, a few clients carry many deals, as in a real
//! book). The same arguments always give the same bytes. The last month is
//! the one before 2026-12, so every entry lies in the past.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "generate/months.rs"]
mod months;
#[path = "generate/people.rs"]
mod people;
#[path = "generate/rng.rs"]
mod rng;
#[path = "generate/text.rs"]
mod text;

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};

use people::{Team, clients_file, month_files, team_file, training_file};

/// The command line: sizes, seed and the folder to create.
pub struct Opts {
    pub clients: usize,
    pub members: usize,
    pub months: u32,
    pub seed: u64,
    pub out: PathBuf,
}

fn usage() -> ! {
    eprintln!(
        "usage: generate --clients N --members M --months K --seed S OUT\n\
         (OUT must not exist or be empty)"
    );
    std::process::exit(2)
}

fn parse_args() -> Opts {
    let mut o = Opts {
        clients: 2000,
        members: 20,
        months: 24,
        seed: 1,
        out: PathBuf::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut num = || -> u64 {
            args.next()
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| usage())
        };
        match a.as_str() {
            "--clients" => o.clients = num() as usize,
            "--members" => o.members = num() as usize,
            "--months" => o.months = num() as u32,
            "--seed" => o.seed = num(),
            "-h" | "--help" => usage(),
            _ if o.out.as_os_str().is_empty() && !a.starts_with('-') => o.out = PathBuf::from(a),
            _ => usage(),
        }
    }
    if o.out.as_os_str().is_empty() || o.members < 3 || o.months == 0 {
        usage();
    }
    o
}

fn write(root: &Path, rel: &str, text: &str) -> usize {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    text.len()
}

fn main() {
    let o = parse_args();
    if o.out.exists() && std::fs::read_dir(&o.out).unwrap().next().is_some() {
        eprintln!("generate: {} is not empty", o.out.display());
        std::process::exit(2);
    }
    let last = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    let first = (0..o.months - 1).fold(last, |d, _| d - chrono::Months::new(1));
    let mut r = rng::Rng::new(o.seed);
    let team = Team::new(&mut r, o.members, first);
    let (mut files, mut bytes) = (0usize, 0usize);
    let mut put = |rel: &str, text: &str| {
        files += 1;
        bytes += write(&o.out, rel, text);
    };
    put("clientele.toml", &text::settings(first));
    put("team.toml", &team_file(&team));
    put(".gitignore", ".clientele.lock\n");
    let clients = clients_file(&mut r, &team, o.clients, first, last);
    for (id, body) in &clients.files {
        put(&format!("clients/{id}.toml"), body);
    }
    for year in first.year()..=last.year() {
        if let Some(body) = training_file(&mut r, &team, year, first, last) {
            put(&format!("training/{year}.toml"), &body);
        }
    }
    let mut month = first;
    while month <= last {
        for (member, body) in month_files(&mut r, &team, &clients, month) {
            put(
                &format!("months/{}/{member}.toml", month.format("%Y-%m")),
                &body,
            );
        }
        month = month + chrono::Months::new(1);
    }
    println!(
        "{}: {} clients, {} members, {} months: {files} files, {:.1} MB",
        o.out.display(),
        o.clients,
        o.members,
        o.months,
        bytes as f64 / 1e6
    );
}
