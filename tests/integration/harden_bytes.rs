//! Every byte kept (issue 12, break 10): a write keeps a file's leading
//! byte-order mark and each line's own ending in a file that mixes CRLF
//! and LF lines; only the lines it adds or changes are new.

use super::common::*;

#[test]
fn a_log_keeps_the_bom_and_every_line_ending() {
    let f = Folder::new();
    let text = f.read(AMY);
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    // the first three lines end with CRLF, the rest with LF, and a BOM
    let mut mixed = String::from("\u{FEFF}");
    for (i, line) in lines.iter().enumerate() {
        if i < 3 {
            mixed.push_str(&line.replace('\n', "\r\n"));
        } else {
            mixed.push_str(line);
        }
    }
    f.write(AMY, &mixed);
    f.ok(&[
        "--member",
        "amy",
        "log",
        "acme",
        "--kind",
        "call",
        "--summary",
        "kept",
    ]);
    let after = std::fs::read(f.path().join(AMY)).unwrap();
    let after = String::from_utf8(after).unwrap();
    let added = "[[interaction]]\ndate = 2026-11-20\nclient = \"acme\"\nkind = \"call\"\nsummary = \"kept\"\n\n";
    assert!(after.contains(added), "{after:?}");
    assert_eq!(after.replacen(added, "", 1), mixed, "the old bytes changed");
}

#[test]
fn check_warns_on_control_characters_in_text() {
    let f = Folder::new();
    let acme = f
        .read(ACME)
        .replacen("name = \"", "name = \"\\u001b[31m", 1);
    f.write(ACME, &acme);
    let (code, out, _) = f.run(&["check"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("warning: `name` holds control characters"),
        "{out}"
    );
    assert!(out.contains("[W0213]"), "{out}");
    assert!(
        !out.contains('\u{1b}'),
        "the terminal got a raw escape: {out}"
    );
}
