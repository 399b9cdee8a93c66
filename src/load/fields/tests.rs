use toml::de::DeTable;

use super::Fields;
use crate::diagnostic::{Diagnostic, FileId, codes};

/// Reads `text` asking for `keys` (`!` before a key: required), then
/// finishes; returns the codes reported and the keys named unknown.
fn read(text: &str, keys: &[&'static str]) -> Vec<(&'static str, String)> {
    let doc = DeTable::parse(text).unwrap();
    let mut f = Fields::new(FileId(0), "[[x]]", doc.get_ref(), doc.span());
    for key in keys {
        match key.strip_prefix('!') {
            Some(k) => {
                let k: &'static str = Box::leak(k.to_string().into_boxed_str());
                f.req_str(k);
            }
            None => {
                f.str(key);
            }
        }
    }
    let mut diags: Vec<Diagnostic> = Vec::new();
    f.finish(&mut diags);
    diags.iter().map(|d| (d.code, d.message.en())).collect()
}

#[test]
fn every_key_read_reports_nothing() {
    assert!(read("a = \"1\"\nb = \"2\"\n", &["a", "!b", "c"]).is_empty());
}

#[test]
fn a_key_read_twice_does_not_hide_an_unknown_one() {
    let found = read("a = \"1\"\nzz = \"2\"\n", &["a", "a"]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, codes::UNKNOWN_FIELD);
    assert!(found[0].1.contains("zz"), "{found:?}");
}

#[test]
fn a_missing_required_key_is_reported_once() {
    let found = read("a = \"1\"\n", &["a", "!b"]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, codes::MISSING_FIELD);
}

#[test]
fn a_required_key_of_the_wrong_type_is_a_wrong_type() {
    let found = read("a = 1\n", &["!a"]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, codes::WRONG_TYPE);
}

#[test]
fn an_extra_table_is_no_unknown_key() {
    assert!(read("a = \"1\"\n[extra]\nx = 1\n", &["a"]).is_empty());
    let found = read("a = \"1\"\nextra = 1\n", &["a"]);
    assert_eq!(found[0].0, codes::WRONG_TYPE);
}
