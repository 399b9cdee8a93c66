//! The performance benchmark: builds a small, a 20k-client and a 40k-client
//! folder once (with the generator of `examples/generate.rs`), then for each
//! command prints the median wall time cold (`--no-cache`) and warm (the
//! cache of parsed records filled and settled), the ratio to the floor
//! measured in the same run, the same ratio in CPU time (user + system, all
//! threads: steadier than wall time on a shared machine), and the peak
//! memory against the folder's size on disk.
//!
//! The floor is reading and parsing every `.toml` file of the folder into
//! generic TOML values on all cores: no report can be faster than reading
//! its records.
//!
//! Run: `cargo bench --bench perf` (sizes with `PERF_SIZES=small,20k,40k`,
//! runs per figure with `PERF_RUNS=5`, some commands only with
//! `PERF_COMMANDS=tiers,fmt --check,log`). Folders are kept under
//! `perf-folders/` in the target directory (or `PERF_DIR`). It prints numbers and asserts nothing: speed is
//! never a test. docs/performance.md explains each column.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../examples/generate/folder.rs"]
mod folder;
#[path = "../examples/generate/months.rs"]
mod months;
#[path = "../examples/generate/people.rs"]
mod people;
#[path = "../examples/generate/rng.rs"]
mod rng;
#[path = "../examples/generate/text.rs"]
mod text;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use rayon::prelude::*;

/// The floor parses with the allocator the binary uses (src/main.rs), so
/// the ratios compare the tool's work, not two allocators.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

const BIN: &str = env!("CARGO_BIN_EXE_clientele");
const AS_OF: &str = "2026-11-20";

struct Size {
    name: &'static str,
    clients: usize,
    members: usize,
    months: u32,
}

const SIZES: &[Size] = &[
    Size {
        name: "small",
        clients: 500,
        members: 20,
        months: 12,
    },
    Size {
        name: "20k",
        clients: 20_000,
        members: 150,
        months: 36,
    },
    Size {
        name: "40k",
        clients: 40_000,
        members: 200,
        months: 36,
    },
];

/// Where the generated folders live: `PERF_DIR`, else `perf-folders` in
/// the target directory this benchmark was built in (outside the sources).
fn folders_root() -> PathBuf {
    if let Ok(dir) = std::env::var("PERF_DIR") {
        return PathBuf::from(dir);
    }
    // the benchmark runs as <target>/release/deps/perf-…
    let exe = std::env::current_exe().unwrap();
    let target = exe.ancestors().nth(3).unwrap_or(Path::new("target"));
    target.join("perf-folders")
}

fn folder(size: &Size) -> PathBuf {
    let root = folders_root();
    let dir = root.join(size.name);
    if !dir.join(".complete").exists() {
        let _ = std::fs::remove_dir_all(&dir);
        eprintln!("generating {} …", dir.display());
        let opts = folder::Opts {
            clients: size.clients,
            members: size.members,
            months: size.months,
            seed: 7,
            out: dir.clone(),
        };
        folder::generate(&opts).unwrap();
        std::fs::write(dir.join(".complete"), "").unwrap();
    }
    dir
}

fn toml_files(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
        .map(|e| e.into_path())
        .collect()
}

/// Reads and parses every file into generic TOML on all cores: its wall
/// and CPU time.
fn floor(files: &[PathBuf]) -> (Duration, Duration) {
    let cpu = own_cpu();
    let t = Instant::now();
    let n: usize = files
        .par_iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            text.parse::<toml::Table>().map(|t| t.len()).unwrap_or(0)
        })
        .sum();
    std::hint::black_box(n);
    (t.elapsed(), own_cpu() - cpu)
}

/// One run: wall time, CPU time (user + system) and peak resident memory
/// (bytes).
#[derive(Clone, Copy)]
struct Run {
    wall: Duration,
    cpu: Duration,
    peak: u64,
}

fn cpu_of(u: &libc::rusage) -> Duration {
    let t = |tv: libc::timeval| Duration::new(tv.tv_sec as u64, tv.tv_usec as u32 * 1000);
    t(u.ru_utime) + t(u.ru_stime)
}

/// CPU time this process has used so far.
fn own_cpu() -> Duration {
    // SAFETY: a zeroed rusage is a valid value for getrusage to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: fills in our own usage.
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    cpu_of(&usage)
}

/// Runs the binary (with `--no-cache` when not `cache`).
/// `wait4` reaps the child (it is the only way to get its own rusage).
#[allow(clippy::zombie_processes)]
fn run(args: &[&str], dir: &Path, cache: bool) -> Run {
    let mut cmd = Command::new(BIN);
    cmd.arg("--records").arg(dir).args(args);
    if !cache {
        cmd.arg("--no-cache");
    }
    cmd.stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let t = Instant::now();
    let child = cmd.spawn().unwrap();
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, whose pid we hold.
    unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    let elapsed = t.elapsed();
    // reports exit 1 on --fail-on and fmt --check on files to format; a
    // write must succeed
    let code = libc::WEXITSTATUS(status);
    if code > 1 || (code == 1 && args.first() == Some(&"log")) {
        eprintln!(
            "warning: `{}` exited {}",
            args.join(" "),
            libc::WEXITSTATUS(status)
        );
    }
    Run {
        wall: elapsed,
        cpu: cpu_of(&usage),
        peak: usage.ru_maxrss as u64 * 1024,
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn bytes(dir: &Path) -> u64 {
    toml_files(dir)
        .iter()
        .map(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
        .sum()
}

fn commands() -> Vec<(&'static str, Vec<&'static str>)> {
    vec![
        ("check", vec!["check"]),
        ("tiers", vec!["tiers", "--as-of", AS_OF]),
        ("followups", vec!["followups", "--as-of", AS_OF]),
        ("complaints", vec!["complaints", "--as-of", AS_OF]),
        ("kpi", vec!["kpi", "--as-of", AS_OF]),
        ("summary", vec!["summary", "--as-of", AS_OF]),
        ("fmt --check", vec!["fmt", "--check"]),
    ]
}

/// One `log` by member `m001` into its month file, restored afterwards.
fn log_once(dir: &Path) -> Run {
    let file = dir.join("months/2026-11/m001.toml");
    let before = std::fs::read(&file).unwrap_or_default();
    let client = "c00000";
    let r = run(
        &[
            "log",
            client,
            "--member",
            "m001",
            "--kind",
            "call",
            "--summary",
            "bench",
            "--date",
            "2026-11-20",
            "--as-of",
            AS_OF,
        ],
        dir,
        false,
    );
    std::fs::write(&file, before).unwrap();
    r
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

/// Fills the cache of `dir` for `args` and waits until its files are
/// settled (older than the cache's delay), so warm runs use it whole.
fn warm_up(args: &[&str], dir: &Path) {
    run(args, dir, true);
    std::thread::sleep(Duration::from_millis(2100));
    run(args, dir, true);
}

fn row(name: &str, cold: &[Run], warm: &[Run], fl: (Duration, Duration), disk: u64) {
    let med = |v: &[Run], f: fn(&Run) -> Duration| median(v.iter().map(f).collect());
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    let peak = cold.iter().chain(warm).map(|r| r.peak).max().unwrap_or(0);
    let (cw, cc) = (med(cold, |r| r.wall), med(cold, |r| r.cpu));
    let warm_cells = if warm.is_empty() {
        "| | | |".to_string()
    } else {
        let (ww, wc) = (med(warm, |r| r.wall), med(warm, |r| r.cpu));
        format!(
            "| {} | {:.2}× | {:.2}× |",
            ms(ww),
            ratio(ww, fl.0),
            ratio(wc, fl.1)
        )
    };
    println!(
        "| {name} | {} | {:.2}× | {:.2}× {warm_cells} {:.0} MB | {:.2}× |",
        ms(cw),
        ratio(cw, fl.0),
        ratio(cc, fl.1),
        peak as f64 / 1e6,
        peak as f64 / disk as f64
    );
}

fn main() {
    let runs: usize = std::env::var("PERF_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let wanted = std::env::var("PERF_SIZES").unwrap_or_else(|_| "small,20k,40k".into());
    for size in SIZES
        .iter()
        .filter(|s| wanted.split(',').any(|w| w == s.name))
    {
        let dir = folder(size);
        let files = toml_files(&dir);
        let disk = bytes(&dir);
        let floors: Vec<_> = (0..runs).map(|_| floor(&files)).collect();
        let fl = (
            median(floors.iter().map(|f| f.0).collect()),
            median(floors.iter().map(|f| f.1).collect()),
        );
        println!(
            "\n### {} — {} clients, {} members, {} months: {} files, {:.1} MB; floor {} (CPU {})\n",
            size.name,
            size.clients,
            size.members,
            size.months,
            files.len(),
            disk as f64 / 1e6,
            ms(fl.0),
            ms(fl.1)
        );
        println!(
            "load average at the start: {}\n",
            std::fs::read_to_string("/proc/loadavg")
                .unwrap_or_default()
                .trim()
        );
        println!(
            "| command | cold | cold/floor | CPU cold/floor | warm | warm/floor | CPU warm/floor | peak memory | memory/folder |"
        );
        println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        let only = std::env::var("PERF_COMMANDS").ok();
        let wanted = |name: &str| {
            only.as_ref()
                .is_none_or(|o| o.split(',').any(|w| w == name))
        };
        for (name, args) in commands().into_iter().filter(|(n, _)| wanted(n)) {
            let cold: Vec<_> = (0..runs).map(|_| run(&args, &dir, false)).collect();
            let warm: Vec<_> = if name == "check" || name.starts_with("fmt") {
                Vec::new()
            } else {
                warm_up(&args, &dir);
                (0..runs).map(|_| run(&args, &dir, true)).collect()
            };
            row(name, &cold, &warm, fl, disk);
        }
        if wanted("log") {
            let logs: Vec<_> = (0..runs).map(|_| log_once(&dir)).collect();
            row("log (one write)", &logs, &[], fl, disk);
        }
    }
}
