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

#[path = "generate/folder.rs"]
mod folder;
#[path = "generate/months.rs"]
mod months;
#[path = "generate/people.rs"]
mod people;
#[path = "generate/rng.rs"]
mod rng;
#[path = "generate/text.rs"]
mod text;

use std::path::PathBuf;

use folder::Opts;

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

fn main() {
    let o = parse_args();
    if o.out.exists() && std::fs::read_dir(&o.out).unwrap().next().is_some() {
        eprintln!("generate: {} is not empty", o.out.display());
        std::process::exit(2);
    }
    let (files, bytes) = folder::generate(&o).unwrap();
    println!(
        "{}: {} clients, {} members, {} months: {files} files, {:.1} MB",
        o.out.display(),
        o.clients,
        o.members,
        o.months,
        bytes as f64 / 1e6
    );
}
