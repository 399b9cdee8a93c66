//! The generator of `examples/generate.rs` (the benchmark's folders):
//! a small folder passes `check` with no error and no warning, is already
//! in the canonical form (`fmt --check` finds nothing), and the same
//! arguments give the same bytes.

#[path = "../../examples/generate/folder.rs"]
mod folder;
#[path = "../../examples/generate/months.rs"]
mod months;
#[path = "../../examples/generate/people.rs"]
mod people;
#[path = "../../examples/generate/rng.rs"]
mod rng;
#[path = "../../examples/generate/text.rs"]
mod text;

use std::path::Path;

use super::common::*;

fn generate(out: &Path) -> (usize, usize) {
    let opts = folder::Opts {
        clients: 300,
        members: 12,
        months: 14,
        seed: 7,
        out: out.to_path_buf(),
    };
    folder::generate(&opts).unwrap()
}

#[test]
fn a_generated_folder_passes_check_and_is_canonical() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("g");
    let (files, bytes) = generate(&dir);
    assert!(
        files > 150 && bytes > 100_000,
        "{files} files, {bytes} bytes"
    );
    let records = dir.to_str().unwrap();
    for args in [&["check", "--as-of", "2026-11-30"][..], &["check"][..]] {
        let (code, out, err) = run(&[&["--records", records][..], args].concat());
        assert_eq!(code, 0, "{out}{err}");
        assert!(
            out.ends_with("files checked: 0 errors, 0 warnings\n"),
            "{out}"
        );
    }
    let (code, out, err) = run(&["--records", records, "fmt", "--check"]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
    let again = tmp.path().join("again");
    generate(&again);
    for e in walkdir::WalkDir::new(&dir).into_iter().flatten() {
        if e.file_type().is_file() {
            let rel = e.path().strip_prefix(&dir).unwrap();
            let a = std::fs::read(e.path()).unwrap();
            assert_eq!(
                a,
                std::fs::read(again.join(rel)).unwrap(),
                "{}",
                rel.display()
            );
        }
    }
}
