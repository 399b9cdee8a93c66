//! `import complaints` reads its export as a stream (docs/import.md,
//! "Memory"): the bytes the import allocates at its peak stay a small part
//! of an export whose rows carry long narratives, a column the import
//! drops. Its own test binary, so that the counting allocator sees this
//! one import and nothing else; allocations are counted, not timed, so
//! the test does not depend on the machine.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

mod counting;
use counting::{copy_dir, peak_of};

const HEAD: &str = "Date received,Product,Sub-product,Issue,Sub-issue,Consumer complaint narrative,Company public response,Company,State,ZIP code,Tags,Consumer consent provided?,Submitted via,Date sent to company,Company response to consumer,Timely response?,Consumer disputed?,Complaint ID\n";

/// An export of `rows` complaints numbered from `first`, each with a
/// narrative of about `long` bytes over several lines.
fn export(rows: usize, long: usize, first: usize) -> String {
    let line = "I was charged twice, called the bank, and waited \"weeks\".\n";
    let narrative = line.repeat(long / line.len()).replace('"', "\"\"");
    let mut text = HEAD.to_string();
    for i in 0..rows {
        text.push_str(&format!(
            "2019-09-24,Debt collection,I do not know,Attempts to collect debt not owed,Debt is not yours,\"{narrative}\",,TRANSWORLD SYSTEMS INC,FL,335XX,,Consent provided,Web,2019-09-24,Closed with explanation,Yes,N/A,{}\n",
            first + i
        ));
    }
    text
}

#[test]
fn an_import_never_holds_the_columns_it_drops() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("records");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base"),
        &root,
    );
    let file = tmp.path().join("complaints.csv");
    let text = export(100, 200_000, 3_000_000);
    std::fs::write(&file, &text).unwrap();
    let size = text.len();
    drop(text);
    let argv: Vec<String> = [
        "clientele",
        "--as-of",
        "2026-12-01",
        "import",
        "complaints",
        &file.to_string_lossy(),
        "--client",
        "hd-electronics",
        "--handler",
        "wang-fang",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let client = root.join("clients/hd-electronics.toml");
    let had = std::fs::read_to_string(&client)
        .unwrap()
        .matches("[[complaint]]")
        .count();
    // a first small import on another copy fills what lives for the whole
    // process (the message catalogs, clap's command tree): not the import's
    let warm = tmp.path().join("warm");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base"),
        &warm,
    );
    let small = tmp.path().join("small.csv");
    std::fs::write(&small, export(2, 100, 3_000_000)).unwrap();
    let mut warm_argv = argv.clone();
    warm_argv[5] = small.to_string_lossy().into_owned();
    let mut out = Vec::new();
    let warmed = clientele::run_in_process(&warm_argv, &warm, &mut out);
    assert_eq!(warmed, Ok(true), "{}", String::from_utf8_lossy(&out));
    out.clear();
    let (peak, ran) = peak_of(|| clientele::run_in_process(&argv, &root, &mut out));
    assert_eq!(ran, Ok(true), "{}", String::from_utf8_lossy(&out));
    eprintln!("peak {peak} bytes for an export of {size}");
    let written = std::fs::read_to_string(&client).unwrap();
    assert_eq!(written.matches("[[complaint]]").count(), had + 100);
    assert!(!written.contains("charged twice"));
    // read whole, the export alone would be `size` bytes (20 MB) at least;
    // streamed, about 1.4 MB (2026-12-02)
    assert!(
        peak < size / 5,
        "the import allocated {peak} bytes at its peak for an export of {size}"
    );

    // many short rows (narratives of about a kilobyte, as most are): the
    // client file they make is parsed again by the check before the save
    let text = export(20_000, 1_000, 4_000_000);
    std::fs::write(&file, &text).unwrap();
    let size = text.len();
    drop(text);
    out.clear();
    let (peak, ran) = peak_of(|| clientele::run_in_process(&argv, &root, &mut out));
    assert_eq!(ran, Ok(true), "{}", String::from_utf8_lossy(&out));
    eprintln!("peak {peak} bytes for an export of {size} rows of 20,000");
    let written = std::fs::read_to_string(&client).unwrap();
    assert_eq!(written.matches("[[complaint]]").count(), had + 20_100);
    // the new client file held once while the check loads it, and the
    // records it holds: 1.2× the export (28.6 MB, 2026-12-02); before the
    // file was parsed in pieces and the write lent its texts, the parser's
    // arrays alone were 4× (docs/import.md, "Memory")
    assert!(
        peak < size * 2,
        "the import allocated {peak} bytes at its peak for an export of {size}"
    );

    // a few rows into the client file those made: the file is read and
    // checked whatever the export's size, so the bound is of both
    let text = export(2_000, 1_000, 5_000_000);
    std::fs::write(&file, &text).unwrap();
    let size = text.len() + std::fs::metadata(&client).unwrap().len() as usize;
    drop(text);
    out.clear();
    let (peak, ran) = peak_of(|| clientele::run_in_process(&argv, &root, &mut out));
    assert_eq!(ran, Ok(true), "{}", String::from_utf8_lossy(&out));
    eprintln!("peak {peak} bytes for 2,000 rows into a file of 20,100: {size} bytes of both");
    let written = std::fs::read_to_string(&client).unwrap();
    assert_eq!(written.matches("[[complaint]]").count(), had + 22_100);
    assert!(
        peak < size * 2,
        "the import allocated {peak} bytes at its peak for {size} bytes of export and file"
    );
}
