//! Whether two texts of one record file hold the same records: `fmt`'s
//! proof that it only moved and re-spelled. Tables compare as maps (key
//! order is free); the arrays of tables that the canonical form sorts
//! compare as multisets, every other array in order; dates compare with
//! the strings that spell them (a quoted date that `fmt` unquoted is the
//! same date).

use std::collections::BTreeMap;

use super::schema::{self, FileKind};

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Plain {
    Text(String),
    Number(String),
    Bool(bool),
    List(Vec<Plain>),
    Map(BTreeMap<String, Plain>),
}

fn plain(kind: FileKind, path: &mut Vec<String>, v: &toml::Value) -> Plain {
    match v {
        toml::Value::String(s) => Plain::Text(s.clone()),
        toml::Value::Datetime(d) => Plain::Text(d.to_string()),
        toml::Value::Integer(i) => Plain::Number(i.to_string()),
        toml::Value::Float(f) => Plain::Number(format!("{f:?}")),
        toml::Value::Boolean(b) => Plain::Bool(*b),
        toml::Value::Array(items) => {
            let mut list: Vec<Plain> = items.iter().map(|i| plain(kind, path, i)).collect();
            let p: Vec<&str> = path.iter().map(String::as_str).collect();
            if !schema::sort_keys(kind, &p).is_empty() {
                list.sort();
            }
            Plain::List(list)
        }
        toml::Value::Table(t) => Plain::Map(
            t.iter()
                .map(|(k, v)| {
                    path.push(k.clone());
                    let p = plain(kind, path, v);
                    path.pop();
                    (k.clone(), p)
                })
                .collect(),
        ),
    }
}

/// Whether `a` and `b` (texts of a file of `kind`) hold the same records.
pub(crate) fn same_records(kind: FileKind, a: &str, b: &str) -> bool {
    match (a.parse::<toml::Table>(), b.parse::<toml::Table>()) {
        (Ok(x), Ok(y)) => {
            plain(kind, &mut Vec::new(), &toml::Value::Table(x))
                == plain(kind, &mut Vec::new(), &toml::Value::Table(y))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_matters_only_where_the_canonical_form_does_not_sort() {
        let m = FileKind::Month;
        let a = "[[plan]]\ndate = 2026-11-01\n[[plan]]\ndate = 2026-11-02\n";
        let b = "[[plan]]\ndate = 2026-11-02\n[[plan]]\ndate = \"2026-11-01\"\n";
        assert!(same_records(m, a, b));
        let a = "[[meeting]]\ndate = 2026-11-01\n[[meeting.action]]\ntask = \"a\"\n[[meeting.action]]\ntask = \"b\"\n";
        let b = "[[meeting]]\ndate = 2026-11-01\n[[meeting.action]]\ntask = \"b\"\n[[meeting.action]]\ntask = \"a\"\n";
        assert!(!same_records(m, a, b));
        assert!(!same_records(m, "a = 1", "a = 1.0"));
        assert!(!same_records(m, "a = 1", "a = "));
        let c = FileKind::Client;
        assert!(!same_records(
            c,
            "[[contact]]\nname = \"a\"\n[[contact]]\nname = \"b\"\n",
            "[[contact]]\nname = \"b\"\n[[contact]]\nname = \"a\"\n"
        ));
    }
}
