//! `export sqlite FILE`: SQL run against the database gives the reports'
//! CSV figures, both from the `report_*` tables and computed from the
//! record tables; foreign keys hold; the file is replaced atomically.

use rusqlite::Connection;
use rusqlite::types::Value;

use super::outputs::{csv_rows, sample};

fn export(dir: &std::path::Path, extra: &[&str]) -> Connection {
    let path = dir.join("team.db");
    let (code, out, err) = sample(&[&["export", "sqlite", path.to_str().unwrap()], extra].concat());
    assert_eq!((code, out.len()), (0, 0), "{err}");
    Connection::open(&path).unwrap()
}

/// Every row of `sql` as the CSV would print it.
fn query(conn: &Connection, sql: &str) -> Vec<Vec<Value>> {
    let mut stmt = conn.prepare(sql).unwrap();
    let n = stmt.column_count();
    stmt.query_map([], |r| (0..n).map(|i| r.get::<_, Value>(i)).collect())
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn same(v: &Value, csv: &str, at: &str) {
    match v {
        Value::Null => assert_eq!(csv, "", "{at}"),
        Value::Integer(i) => assert!(
            i.to_string() == csv || (csv == "true" && *i == 1) || (csv == "false" && *i == 0),
            "{at}: {i} != {csv}"
        ),
        Value::Real(x) => assert!(
            (x - csv.parse::<f64>().unwrap()).abs() < 1e-9,
            "{at}: {x} != {csv}"
        ),
        Value::Text(s) => assert_eq!(s, csv, "{at}"),
        Value::Blob(_) => panic!("{at}: a blob"),
    }
}

#[test]
fn every_report_table_is_the_report_csv() {
    let tmp = tempfile::tempdir().unwrap();
    let conn = export(tmp.path(), &[]);
    let cases: &[(&str, &[&str])] = &[
        ("kpi", &["kpi"]),
        ("appraisal", &["appraisal"]),
        ("attendance", &["attendance"]),
        ("complaints", &["complaints"]),
        ("complaints_by_month", &["complaints", "--summary"]),
        ("training", &["training"]),
        ("tiers", &["tiers"]),
        ("pipeline", &["pipeline"]),
        ("followups", &["followups"]),
        ("plans", &["plans"]),
        ("care", &["care"]),
        ("leave", &["leave"]),
        ("actions", &["actions"]),
        ("meetings", &["meetings"]),
        ("awards", &["awards"]),
    ];
    for (table, args) in cases {
        let (header, rows) = csv_rows(args);
        let names: Vec<String> = query(
            &conn,
            &format!("SELECT name FROM pragma_table_info('report_{table}')"),
        )
        .into_iter()
        .map(|r| match &r[0] {
            Value::Text(s) => s.clone(),
            other => panic!("{other:?}"),
        })
        .collect();
        assert_eq!(names, header, "{table}");
        let got = query(
            &conn,
            &format!("SELECT * FROM report_{table} ORDER BY rowid"),
        );
        assert_eq!(got.len(), rows.len(), "{table}");
        for (i, (g, w)) in got.iter().zip(&rows).enumerate() {
            for (c, (v, csv)) in g.iter().zip(w).enumerate() {
                same(v, csv, &format!("{table} row {} {}", i + 1, header[c]));
            }
        }
    }
}

#[test]
fn sql_over_the_records_gives_the_report_figures() {
    let tmp = tempfile::tempdir().unwrap();
    let conn = export(tmp.path(), &[]);
    // training hours this year per member, from sessions and attendees
    let hours = query(
        &conn,
        "SELECT a.member, sum(s.hours) FROM training_attendees a \
         JOIN training_sessions s ON s.id = a.session \
         WHERE s.date BETWEEN '2026-01-01' AND '2026-11-20' GROUP BY a.member ORDER BY a.member",
    );
    let (h, rows) = csv_rows(&["training"]);
    let col = h.iter().position(|c| c == "hours").unwrap();
    let mut want: Vec<(String, String)> = rows
        .iter()
        .map(|r| (r[0].clone(), r[col].clone()))
        .collect();
    want.sort();
    assert_eq!(hours.len(), want.len());
    for (got, (member, csv)) in hours.iter().zip(&want) {
        assert_eq!(got[0], Value::Text(member.clone()));
        same(&got[1], csv, member);
    }
    // complaints per handler received by D, from the complaints table
    let per_handler = query(
        &conn,
        "SELECT handler, count(*) FROM complaints WHERE received <= '2026-11-20T23:59:59' \
         GROUP BY handler ORDER BY handler",
    );
    let (h, rows) = csv_rows(&["complaints"]);
    let handler = h.iter().position(|c| c == "handler").unwrap();
    for r in &per_handler {
        let Value::Text(who) = &r[0] else { panic!() };
        let n = rows.iter().filter(|x| &x[handler] == who).count();
        assert_eq!(r[1], Value::Integer(n as i64), "{who}");
    }
    // a join across tables: each KPI row's member is a member
    let joined = query(
        &conn,
        "SELECT count(*) FROM report_kpi k JOIN members m ON m.id = k.member",
    );
    assert_eq!(
        joined[0][0],
        Value::Integer(csv_rows(&["kpi"]).1.len() as i64)
    );
}

#[test]
fn keys_indexes_and_meta() {
    let tmp = tempfile::tempdir().unwrap();
    let conn = export(tmp.path(), &[]);
    assert!(query(&conn, "PRAGMA foreign_key_check").is_empty());
    let fks = query(
        &conn,
        "SELECT count(*) FROM pragma_foreign_key_list('interactions')",
    );
    assert_eq!(fks[0][0], Value::Integer(2));
    let indexes = query(
        &conn,
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'interactions_client'",
    );
    assert_eq!(indexes.len(), 1);
    let as_of = query(&conn, "SELECT value FROM meta WHERE key = 'as_of'");
    assert_eq!(as_of[0][0], Value::Text("2026-11-20".into()));
    let typed = query(
        &conn,
        "SELECT typeof(amount), typeof(opened) FROM deals LIMIT 1",
    );
    assert_eq!(
        typed[0],
        [Value::Text("real".into()), Value::Text("text".into())]
    );
    for table in [
        "members",
        "clients",
        "contacts",
        "deals",
        "complaints",
        "interactions",
        "plans",
        "attendance",
        "leave",
        "meetings",
        "actions",
        "reviews",
        "awards",
        "training_sessions",
        "training_scores",
    ] {
        let n = query(&conn, &format!("SELECT count(*) FROM {table}"));
        assert!(
            matches!(n[0][0], Value::Integer(k) if k > 0),
            "{table} is empty"
        );
    }
}

#[test]
fn contacts_are_masked_unless_revealed() {
    let tmp = tempfile::tempdir().unwrap();
    let conn = export(tmp.path(), &[]);
    let phones = query(
        &conn,
        "SELECT count(*) FROM contacts WHERE phone IS NOT NULL AND phone NOT LIKE '%*%'",
    );
    assert_eq!(phones[0][0], Value::Integer(0));
    drop(conn);
    let conn = export(tmp.path(), &["--reveal"]);
    let masked = query(
        &conn,
        "SELECT count(*) FROM contacts WHERE phone LIKE '%*%' OR email LIKE '%*%'",
    );
    assert_eq!(masked[0][0], Value::Integer(0));
}

#[test]
fn a_re_export_replaces_the_file_whole() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("team.db"), "not a database").unwrap();
    let conn = export(tmp.path(), &[]);
    let n = query(&conn, "SELECT count(*) FROM members");
    drop(conn);
    let conn = export(tmp.path(), &[]);
    assert_eq!(
        query(&conn, "SELECT count(*) FROM members"),
        n,
        "replaced, not appended"
    );
    let names: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "no temporary file left: {names:?}");
}
