//! Adding an entry in its place by date (rules §7.6): a back-dated
//! `[[interaction]]`, plan, attendance day or meeting goes before the
//! first entry of its kind dated after it, so the file stays in the order
//! `fmt` gives it. Only positions and the blank line before the entry
//! that now follows change; every other byte stays.

use toml_edit::{DocumentMut, Item, Table};

use super::WriteError;
use super::entry::{append, get_datetime, split_header};

/// Adds `entry` as a `[[kind]]` of the document's root before the first
/// entry whose `key` (a date, or a date-time written the same way) is
/// later than the entry's own; after the last one when none is (as
/// [`append`] does). Entries without `key` are passed over.
pub fn insert_by(
    doc: &mut DocumentMut,
    order: &[&str],
    kind: &str,
    key: &str,
    mut entry: Table,
) -> Result<(), WriteError> {
    let Some(mine) = get_datetime(&entry, key) else {
        return append(doc, order, kind, entry);
    };
    let next = match doc.get(kind) {
        Some(Item::ArrayOfTables(aot)) => aot
            .iter()
            .find(|t| get_datetime(t, key).is_some_and(|d| later(&d, &mine)))
            .and_then(|t| t.position()),
        _ => None,
    };
    let Some(at) = next else {
        return append(doc, order, kind, entry);
    };
    shift(doc.as_table_mut(), at);
    let Some(Item::ArrayOfTables(aot)) = doc.get_mut(kind) else {
        return append(doc, order, kind, entry);
    };
    if let Some(follower) = aot.iter_mut().find(|t| t.position() == Some(at + 1)) {
        let prefix = follower
            .decor()
            .prefix()
            .and_then(|p| p.as_str())
            .unwrap_or("")
            .to_string();
        let (header, attached) = split_header(&prefix);
        entry.decor_mut().set_prefix(header.to_string());
        follower
            .decor_mut()
            .set_prefix(format!("\n{}", attached.trim_start_matches('\n')));
    }
    entry.set_position(Some(at));
    aot.push(entry);
    Ok(())
}

/// Whether date `a` is after date `b` (`2026-11-03` or with a time; a
/// date alone is the start of its day).
fn later(a: &str, b: &str) -> bool {
    let day = |s: &str| s.get(..10).unwrap_or(s).to_string();
    if a.len() == 10 || b.len() == 10 {
        day(a) > day(b)
    } else {
        a > b
    }
}

/// Moves every table at position `at` or later one place on.
fn shift(table: &mut Table, at: isize) {
    if let Some(p) = table.position()
        && p >= at
    {
        table.set_position(Some(p + 1));
    }
    for (_, item) in table.iter_mut() {
        match item {
            Item::Table(t) => shift(t, at),
            Item::ArrayOfTables(a) => a.iter_mut().for_each(|t| shift(t, at)),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::write::entry::Builder;
    use crate::write::schema::MONTH;
    use crate::write::value;

    fn dated(date: &str) -> Table {
        Builder::new()
            .set("date", date.parse().unwrap())
            .set("client", value::string("acme"))
            .build()
    }

    fn inserted(text: &str, date: &str) -> String {
        let mut doc: DocumentMut = text.parse().unwrap();
        insert_by(&mut doc, MONTH, "interaction", "date", dated(date)).unwrap();
        doc.to_string()
    }

    #[test]
    fn a_back_dated_entry_goes_in_its_place() {
        let text = "# Nov\n\n[[interaction]]\ndate = 2026-11-03\n\n# late one\n[[interaction]]\ndate = 2026-11-10\n\n[[plan]]\ndate = 2026-11-01\n";
        assert_eq!(
            inserted(text, "2026-11-05"),
            "# Nov\n\n[[interaction]]\ndate = 2026-11-03\n\n[[interaction]]\ndate = 2026-11-05\nclient = \"acme\"\n\n# late one\n[[interaction]]\ndate = 2026-11-10\n\n[[plan]]\ndate = 2026-11-01\n"
        );
        assert_eq!(
            inserted(text, "2026-11-01"),
            "# Nov\n\n[[interaction]]\ndate = 2026-11-01\nclient = \"acme\"\n\n[[interaction]]\ndate = 2026-11-03\n\n# late one\n[[interaction]]\ndate = 2026-11-10\n\n[[plan]]\ndate = 2026-11-01\n"
        );
        // a same-day entry goes after those of its day
        assert_eq!(
            inserted(text, "2026-11-10"),
            format!("{}", {
                let mut doc: DocumentMut = text.parse().unwrap();
                append(&mut doc, MONTH, "interaction", dated("2026-11-10")).unwrap();
                doc
            })
        );
    }

    #[test]
    fn nested_tables_move_with_their_meeting() {
        let text = "[[meeting]]\ndate = 2026-11-09\n  [[meeting.action]]\n  task = \"t\"\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        insert_by(&mut doc, MONTH, "meeting", "date", dated("2026-11-02")).unwrap();
        assert_eq!(
            doc.to_string(),
            "[[meeting]]\ndate = 2026-11-02\nclient = \"acme\"\n\n[[meeting]]\ndate = 2026-11-09\n  [[meeting.action]]\n  task = \"t\"\n"
        );
    }
}
