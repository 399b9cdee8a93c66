//! Load benchmark: generates a large synthetic records folder (by default
//! 2,000 clients and 20 members × 24 months of logs) in a temp dir, then
//! times `load` and `load` + `check` over several runs and prints figures.
//!
//! Run: `cargo bench --bench load` (or `-- CLIENTS MEMBERS MONTHS`).
//! It prints numbers, it asserts nothing: speed is never a test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn generate(root: &Path, clients: usize, members: usize, months: usize) -> (usize, usize) {
    write(
        &root.join("clientele.toml"),
        "[team]\nname = \"bench\"\ncurrency = \"CNY\"\n",
    );
    let mut team = String::from(
        "[[member]]\nid = \"lead\"\nname = \"組長\"\nrole = \"lead\"\njoined = 2019-01-01\n",
    );
    for m in 0..members {
        let _ = write!(
            team,
            "\n[[member]]\nid = \"m{m}\"\nname = \"成員{m}\"\nrole = \"manager\"\njoined = 2019-01-01\nreports_to = \"lead\"\n"
        );
    }
    write(&root.join("team.toml"), &team);
    let mut files = 2;
    let mut bytes = 0;
    for c in 0..clients {
        let mut t = format!(
            "id = \"c{c}\"\nname = \"華東電子有限公司{c}\"\nstage = \"customer\"\nowner = \"m{}\"\nfound = 2020-01-0{}\nsince = 2021-06-15\npotential = {}\n\n[[contact]]\nname = \"陳建國\"\nphone = \"13800000000\"\n",
            c % members,
            1 + c % 9,
            1 + c % 5
        );
        for d in 0..3 {
            let _ = write!(
                t,
                "\n[[deal]]\nid = \"D-{c}-{d}\"\ntitle = \"合同\"\nstage = \"won\"\namount = {}\nopened = 2024-0{}-01\nclosed = 2025-0{}-01\n",
                10000 * (d + 1),
                d + 1,
                d + 1
            );
        }
        let _ = write!(
            t,
            "\n[[complaint]]\nid = \"C-{c}\"\nreceived = 2025-03-01T10:00:00\nseverity = \"low\"\nsummary = \"延遲\"\nhandler = \"m{}\"\nresolved = 2025-03-04T10:00:00\nsatisfaction = 4\n",
            c % members
        );
        bytes += t.len();
        files += 1;
        write(&root.join(format!("clients/c{c}.toml")), &t);
    }
    for mo in 0..months {
        let (y, m) = (2024 + mo / 12, 1 + mo % 12);
        for mem in 0..members {
            let mut t = String::new();
            for day in 1..=20 {
                let _ = write!(
                    t,
                    "[[interaction]]\ndate = {y}-{m:02}-{day:02}\nclient = \"c{}\"\nkind = \"call\"\nsummary = \"回訪\"\n\n",
                    (mem + day * members) % clients
                );
            }
            for day in 1..=20 {
                let _ = write!(
                    t,
                    "[[attendance]]\ndate = {y}-{m:02}-{day:02}\nin = \"08:58\"\nout = \"18:03\"\n\n"
                );
            }
            bytes += t.len();
            files += 1;
            write(&root.join(format!("months/{y}-{m:02}/m{mem}.toml")), &t);
        }
    }
    (files, bytes)
}

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let clients = args.first().copied().unwrap_or(2000);
    let members = args.get(1).copied().unwrap_or(20);
    let months = args.get(2).copied().unwrap_or(24);
    let tmp = tempfile::tempdir().unwrap();
    let (files, bytes) = generate(tmp.path(), clients, members, months);
    println!("records: {files} files, {:.1} MB", bytes as f64 / 1e6);
    let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let mut load_times = Vec::new();
    let mut check_times = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let loaded = clientele::load::load(tmp.path()).unwrap();
        load_times.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        let diags = clientele::check::run(&loaded.records, d);
        check_times.push(t.elapsed().as_secs_f64() * 1e3);
        assert!(
            loaded
                .diagnostics
                .iter()
                .chain(&diags)
                .all(|x| !x.is_error())
        );
    }
    let best = |v: &[f64]| v.iter().copied().fold(f64::INFINITY, f64::min);
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!(
        "load:  best {:.1} ms, median {:.1} ms ({:.0} MB/s)",
        best(&load_times),
        median(&mut load_times.clone()),
        bytes as f64 / 1e6 / (best(&load_times) / 1e3)
    );
    println!(
        "check: best {:.1} ms, median {:.1} ms",
        best(&check_times),
        median(&mut check_times.clone())
    );
    reports(tmp.path(), d);
}

/// Times each report on the loaded records (best of 5): the reports must
/// stay a small fraction of the load.
fn reports(root: &Path, d: chrono::NaiveDate) {
    use clientele::report;
    let records = clientele::load::load(root).unwrap().records;
    let now = d.and_hms_opt(23, 59, 59).unwrap();
    let month = clientele::model::YearMonth::of(d);
    let time = |name: &str, f: &dyn Fn() -> usize| {
        let mut best = f64::INFINITY;
        let mut rows = 0;
        for _ in 0..5 {
            let t = Instant::now();
            rows = f();
            best = best.min(t.elapsed().as_secs_f64() * 1e3);
        }
        println!("{name:<11} best {best:>7.2} ms ({rows} rows)");
    };
    time("tiers", &|| {
        report::clients::tiers::tiers(&records, d, &Default::default()).len()
    });
    time("followups", &|| {
        report::clients::followups::followups(&records, d, &Default::default()).len()
    });
    time("complaints", &|| {
        report::complaints::complaints(&records, now, &Default::default()).len()
    });
    time("attendance", &|| {
        let o = report::team::attendance::Options {
            month,
            d,
            d_settled: true,
            member: None,
        };
        report::team::attendance::attendance(&records, &o).len()
    });
    time("kpi", &|| {
        report::people::kpi::rows(&records, month, now, d).len()
    });
    time("summary", &|| {
        let o = report::summary::Options {
            member: None,
            top: 3,
        };
        report::summary::briefing(&records, now, d, &o)
            .sections
            .len()
    });
}
