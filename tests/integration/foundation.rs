//! `check`, `init` and the global options.

use super::common::*;

#[test]
fn init_creates_a_folder_that_passes_check_and_refuses_to_overwrite() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("recs");
    let dir_s = dir.to_str().unwrap();
    let (code, _, _) = run(&["init", dir_s, "--lead", "zhang-min", "--lead-name", "張敏"]);
    assert_eq!(code, 0);
    let (code, out, _) = run(&["--records", dir_s, "check"]);
    assert_eq!(
        (code, out.as_str()),
        (0, "2 files checked: 0 errors, 0 warnings\n")
    );
    let (code, _, err) = run(&["init", dir_s]);
    assert_eq!(code, 1);
    assert!(err.contains("already exists"), "{err}");
}
