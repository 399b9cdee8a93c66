//! Reading sales_pipeline.csv into compact rows.

use super::*;

#[test]
fn rows_read_compactly_and_repeated_ids_found() {
    let text = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\r\nD2,Anna,GTX Pro,Acme,Won,2017-01-02,2017-02-01,5000\r\nD1,Anna,,Acme,Prospecting,,,\r\nD2,Moses,GTX Pro,Bolt,Lost,2017-01-02,2017-02-01,0\r\nD2,Anna,GTX Pro,Acme,Engaging,2017-01-04,,\r\n";
    let mut inputs = Inputs::default();
    let mut p = Problems::default();
    let pipe = read(&mut inputs, InFile::bytes("p.csv", text.as_bytes()), &mut p);
    assert_eq!(p.list.len(), 0);
    assert_eq!(pipe.repeated(), [false, false, true, true]);
    let o = pipe.rows.get(1).unwrap();
    assert_eq!((pipe.text(o.id), pipe.text(o.agent)), ("D1", "Anna"));
    assert_eq!((o.product, o.value()), (None, None));
    assert_eq!(pipe.rows.get(0).unwrap().agent, o.agent);
    assert_eq!(pipe.rows.get(0).unwrap().value(), Some(5000.0));
    let at = pipe.span(o, o.account_at);
    assert_eq!(&text[at.start as usize..at.end as usize], "Acme");
}

#[test]
fn a_row_is_64_bytes() {
    assert_eq!(std::mem::size_of::<Opportunity>(), 64);
}

#[test]
fn rows_are_numbered_across_blocks() {
    let text = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\r\n";
    let n = 10_000;
    let mut csv = String::from(text);
    for i in 0..n {
        csv.push_str(&format!("D{i},Anna,,Acme,Prospecting,,,\r\n"));
    }
    let mut inputs = Inputs::default();
    let mut p = Problems::default();
    let pipe = read(&mut inputs, InFile::bytes("p.csv", csv.as_bytes()), &mut p);
    assert_eq!(pipe.rows.len(), n);
    assert_eq!(pipe.rows.iter().count(), n);
    for i in [0, 4095, 4096, 8191, 8192, 9999] {
        let o = pipe.rows.get(i).unwrap();
        assert_eq!(pipe.text(o.id), format!("D{i}"));
    }
    assert!(pipe.rows.get(10_000).is_none());
    let (last, o) = pipe.rows.numbered().last().unwrap();
    assert_eq!((last, pipe.text(o.id)), (9999, "D9999"));
}
