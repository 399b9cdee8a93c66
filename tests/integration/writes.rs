//! The writing commands on the `writes` records. Each write, with its
//! refusals, is a case folder `tests/fixtures/write-cases/<case>/`: `in/`
//! (the records before), `cmd` (the command lines), `stdout`, `stderr` and
//! `out/` (the whole folder after), compared whole (see the test kit in
//! `common.rs`). What a folder cannot hold runs here in a [`Folder`] (a
//! copy, as `--records .`); D is 2026-11-20.

use super::common::*;

/// Every case folder of `tests/fixtures/write-cases/` gives exactly its
/// `stdout`, `stderr` and `out/` folder (`UPDATE_EXPECT=1` rewrites them).
#[test]
fn write_cases_give_exactly_their_out_folder() {
    assert!(assert_write_cases("write-cases") >= 14);
}

/// The file a write would change is not TOML: it is not touched.
#[test]
fn a_write_leaves_a_file_that_is_not_toml_alone() {
    let f = Folder::new();
    f.write(AMY, "[[interaction]\n");
    let err = f.refused(&[
        "--member",
        "amy",
        "log",
        "acme",
        "--kind",
        "visit",
        "--summary",
        "x",
    ]);
    assert!(
        err.starts_with("error: months/2026-11/amy.toml is not valid TOML ("),
        "{err}"
    );
}

#[test]
fn crlf_files_keep_crlf() {
    let f = Folder::new();
    let lf = f.read(AMY);
    f.write(AMY, &lf.replace('\n', "\r\n"));
    f.ok(&[
        "--member",
        "amy",
        "log",
        "bolt",
        "--kind",
        "call",
        "--summary",
        "x",
    ]);
    let after = f.read(AMY);
    assert_eq!(after.matches('\n').count(), after.matches("\r\n").count());
    assert_eq!(
        diff(&lf, &after.replace("\r\n", "\n")),
        "+[[interaction]]\n+date = 2026-11-20\n+client = \"bolt\"\n+kind = \"call\"\n+summary = \"x\"\n+\n"
    );
    f.checks();
}
