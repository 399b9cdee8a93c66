//! `import crm` keeps its rows compact (docs/import.md, "Memory"): the
//! bytes the import allocates at its peak, the write's re-check of every
//! new client file included, stay within a bound of the export's size.
//! Its own test binary, so that the counting allocator sees this one
//! import and nothing else; allocations are counted, not timed, so the
//! test does not depend on the machine.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

mod counting;
use counting::{copy_dir, peak_of};

fn data(name: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/maven-crm");
    std::fs::read_to_string(dir.join(name)).unwrap()
}

/// A CRM export of `n` opportunities over `accounts` accounts, as
/// `tests/data/bigger.py crm` builds it: the sample's team and products,
/// its opportunities with an account over and over, each with a new id,
/// an account and an agent in turn; with `refused`, the last one names an
/// agent the team does not have. Returns the export's size in bytes.
fn export(dir: &Path, n: usize, accounts: usize, refused: bool) -> usize {
    std::fs::create_dir_all(dir).unwrap();
    let teams = data("sales_teams.csv");
    let agents: Vec<&str> = teams
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .collect();
    let pipeline = data("sales_pipeline.csv");
    let mut lines = pipeline.lines();
    let head = lines.next().unwrap();
    let deals: Vec<Vec<&str>> = lines
        .map(|l| l.split(',').collect::<Vec<_>>())
        .filter(|r| !r[3].is_empty())
        .collect();
    let accounts = accounts.max(1);
    let mut a = String::from(
        "account,sector,year_established,revenue,employees,office_location,subsidiary_of\r\n",
    );
    for i in 0..accounts {
        a.push_str(&format!(
            "Account {i:06},technology,{},{}.5,{},United States,\r\n",
            1990 + i % 30,
            100 + i % 900,
            100 + i % 5000
        ));
    }
    let mut p = format!("{head}\r\n");
    for i in 0..n {
        let mut r = deals[i % deals.len()].clone();
        let (id, account) = (format!("OP{i:08}"), format!("Account {:06}", i % accounts));
        r[0] = &id;
        r[1] = match refused && i + 1 == n {
            true => "Nobody Known",
            false => agents[i % agents.len()],
        };
        r[3] = &account;
        p.push_str(&r.join(","));
        p.push_str("\r\n");
    }
    let products = data("products.csv");
    for (name, text) in [
        ("accounts.csv", &a),
        ("sales_pipeline.csv", &p),
        ("sales_teams.csv", &teams),
        ("products.csv", &products),
    ] {
        std::fs::write(dir.join(name), text).unwrap();
    }
    a.len() + p.len() + teams.len() + products.len()
}

/// Imports `dir` into `root`: the bytes allocated at the peak, and what
/// the command ended with (`Err`: refused, and why).
fn import(dir: &Path, root: &Path) -> (usize, Result<bool, String>) {
    let argv: Vec<String> = [
        "clientele",
        "--as-of",
        "2026-12-01",
        "import",
        "crm",
        &dir.to_string_lossy(),
        "-q",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let mut out = Vec::new();
    peak_of(|| clientele::run_in_process(&argv, root, &mut out))
}

#[test]
fn a_crm_import_keeps_its_rows_compact() {
    let tmp = tempfile::tempdir().unwrap();
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base");
    // a first small import on another copy fills what lives for the whole
    // process (the message catalogs, clap's command tree): not the import's
    let warm = tmp.path().join("warm");
    copy_dir(&base, &warm);
    export(&tmp.path().join("small"), 40, 2, false);
    assert_eq!(import(&tmp.path().join("small"), &warm).1, Ok(true));
    // CLIENTELE_CRM_ROWS: a bigger export, to measure (heaptrack sees every
    // allocation of this binary: it does not use mimalloc)
    let n = std::env::var("CLIENTELE_CRM_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40_000);
    // refused for its last row once every row is read and planned: what
    // the import itself holds, without the write that would follow
    let root = tmp.path().join("records");
    copy_dir(&base, &root);
    let size = export(&tmp.path().join("refused"), n, n / 20, true);
    let (own, ran) = import(&tmp.path().join("refused"), &root);
    assert!(ran.is_err_and(|e| e.contains("nothing was imported")));
    assert_eq!(std::fs::read_dir(root.join("clients")).unwrap().count(), 1);
    // done: its new client files held and re-checked by the write
    let size_done = export(&tmp.path().join("crm"), n, n / 20, false);
    let (peak, ran) = import(&tmp.path().join("crm"), &root);
    assert_eq!(ran, Ok(true));
    eprintln!(
        "peak {own} bytes reading and planning an export of {size}; {peak} bytes importing one of {size_done}"
    );
    let clients = std::fs::read_dir(root.join("clients")).unwrap().count();
    assert_eq!(clients, 1 + n / 20);
    // 2026-12-02, 40,000 opportunities (3.2 MB; at 4,000 the peak is not
    // the import's but clap's, parsing the command line: 1.38 MB as for
    // 40 rows). Reading and planning peaked at 31.1 MB (9.8×) with a typed
    // row of owned strings and spans per opportunity and four owned
    // strings per planned deal, then at 8.4 MB (2.6×: a row and a planned
    // deal per opportunity), now 4.65 MB (1.47×: the plan's deals are
    // their rows' numbers, an account's columns one block). The whole
    // import peaked at 39.6 MB (12.5×: every new file's text held,
    // re-checked at once), then 21.3 MB (6.7×), now as reading and
    // planning: the new files kept on disk as they are made and
    // re-checked a batch at a time, repeats judged from compact keys
    // (docs/import.md, "Memory of `import crm`"; an export with an
    // account for each opportunity is not within 2×, as said there)
    assert!(
        own < size * 2,
        "reading and planning took {own} bytes at the peak for an export of {size}"
    );
    assert!(
        peak < size_done * 2,
        "the import allocated {peak} bytes at its peak for an export of {size_done}"
    );
    // an account for each opportunity (20,000 of each): the per-account
    // data packed (an account one block, the index by name key a sorted
    // list, a new client a record of 40 bytes) took the peak from 5.6×
    // to 3.25× at 40,000 (2026-12-02); not yet within 2×
    // (docs/import.md, "What is left")
    let one = tmp.path().join("records-one");
    copy_dir(&base, &one);
    let m = n / 2;
    let size_one = export(&tmp.path().join("one"), m, m, false);
    let (peak_one, ran) = import(&tmp.path().join("one"), &one);
    assert_eq!(ran, Ok(true));
    eprintln!("peak {peak_one} bytes importing {m} accounts of one opportunity, {size_one}");
    assert_eq!(
        std::fs::read_dir(one.join("clients")).unwrap().count(),
        1 + m
    );
    assert!(
        peak_one < size_one * 4,
        "the import allocated {peak_one} bytes at its peak for an export of {size_one}"
    );
}
