//! The SQLite database (`export sqlite FILE`): the records, a table per
//! kind (`schema.sql`, with foreign keys and indexes), and every report as
//! of D as `report_<name>` tables with the CSV's columns and figures, plus
//! `meta` (team, zone, currency, D, whether contacts were revealed), so
//! analysts and BI tools query it and several teams' files roll up with
//! `ATTACH`. The command builds it in a temporary file beside the target
//! and renames it over the old one.

mod records;
mod reports;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{Connection, params};

use super::sources::{self, Source};

/// The record tables, as created (also printed in docs/export.md).
pub(crate) const SCHEMA: &str = include_str!("schema.sql");

/// Fills an empty database: schema, meta, records, reports.
pub(crate) fn fill(conn: &mut Connection, s: &Source, reveal: bool) -> rusqlite::Result<()> {
    conn.execute_batch(SCHEMA)?;
    let tx = conn.transaction()?;
    meta(&tx, s, reveal)?;
    records::insert(&tx, s.records, reveal)?;
    for (name, table) in sources::all(s, reveal) {
        reports::insert(&tx, name, &table)?;
    }
    tx.commit()
}

fn meta(tx: &rusqlite::Transaction, s: &Source, reveal: bool) -> rusqlite::Result<()> {
    let team = &s.records.settings.team;
    let day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    let moment = |t: NaiveDateTime| t.format("%Y-%m-%dT%H:%M:%S").to_string();
    let rows = [
        ("schema_version", "1".to_string()),
        (
            "generator",
            format!("clientele {}", env!("CARGO_PKG_VERSION")),
        ),
        ("team", team.name.clone()),
        ("timezone", team.timezone.clone()),
        ("currency", team.currency.clone()),
        ("as_of", day(s.d)),
        ("now", moment(s.now)),
        ("month", s.month.to_string()),
        ("revealed", reveal.to_string()),
    ];
    let mut insert = tx.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2)")?;
    for (k, v) in rows {
        insert.execute(params![k, v])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_docs_show_the_schema_as_created() {
        let docs = include_str!("../../../docs/export.md");
        assert!(
            docs.contains(super::SCHEMA),
            "docs/export.md: paste schema.sql"
        );
    }
}
