//! The pipeline's table of texts and the cells' places.

use super::*;

#[test]
fn names_are_held_once_ids_each_time() {
    let mut s = Strings::default();
    let a = s.intern("Acme");
    let d = s.push("D1");
    assert_eq!(s.intern("Acme"), a);
    assert_ne!(s.push("D1"), d);
    assert_eq!((s.get(a), s.get(d)), ("Acme", "D1"));
    let e = s.push("");
    assert_eq!(s.get(e), "");
    let cell = |start, end| Span {
        file: FileId(1),
        start,
        end,
    };
    let at = At::of(cell(110, 114), 100);
    assert_eq!(at.in_file(FileId(1), 100), cell(110, 114));
    // too far into its row: at the row's start
    let far = At::of(cell(100_000, 100_004), 100);
    assert_eq!(far.in_file(FileId(1), 100), cell(100, 100));
}
