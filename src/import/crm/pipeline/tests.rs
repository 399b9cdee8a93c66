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
    let o = &pipe.rows[1];
    assert_eq!((pipe.text(o.id), pipe.text(o.agent)), ("D1", "Anna"));
    assert_eq!((o.product, o.value()), (None, None));
    assert_eq!(pipe.rows[0].agent, o.agent);
    assert_eq!(pipe.rows[0].value(), Some(5000.0));
    let at = pipe.span(o, o.account_at);
    assert_eq!(&text[at.start as usize..at.end as usize], "Acme");
    let acme = o.account.unwrap();
    assert_eq!(pipe.per_account().get(&acme), Some(&3));
}

#[test]
fn a_row_and_a_planned_deal_are_64_bytes_each() {
    assert_eq!(std::mem::size_of::<Opportunity>(), 64);
    assert_eq!(std::mem::size_of::<super::super::deals::NewDeal>(), 64);
}
