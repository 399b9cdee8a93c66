//! The CRM import's refusals and skips: rows it cannot import, missing
//! prices, what the records already hold, the owner map.

use super::*;

#[test]
fn rows_that_cannot_be_imported_are_all_reported() {
    let r = run(
        "Acme,,,,,,\r\n",
        "D1,Anna Snelling,GTX Pro,,Engaging,2017-01-02,,\r\n\
         D2,Nobody Known,GTX Pro,Acme,Engaging,2017-01-02,,\r\n\
         D3,Anna Snelling,GTX Mega,Acme,Engaging,2017-01-02,,\r\n\
         D4,Anna Snelling,GTX Pro,Acme,Won,2017-01-02,,4000\r\n\
         D5,Anna Snelling,GTX Pro,Acme,Won,2017-03-02,2017-02-30,4000\r\n\
         D6,Anna Snelling,GTX Pro,Acme,Lost,2017-03-02,2017-03-01,0\r\n\
         D6,Anna Snelling,GTX Pro,Acme,Engaging,2017-01-02,,\r\n\
         D8,Anna Snelling,GTX Pro,Umbrella,Engaging,2017-01-02,,\r\n\
         D9,Anna Snelling,GTX Pro,Acme,Closed,2017-01-02,,\r\n\
         D10,Anna Snelling,GTX Pro,Acme,Engaging,2017-01-02\r\n",
    );
    assert_eq!(
        r.problems,
        [
            "crm/sales_pipeline.csv:2:26: warning: opportunity D1 has no account: a deal lives under a client, so it is not imported",
            "crm/sales_pipeline.csv:3:4: error: sales agent `Nobody Known` is not in sales_teams.csv",
            "crm/sales_pipeline.csv:4:18: error: product `GTX Mega` is not in products.csv",
            "crm/sales_pipeline.csv:5:46: error: opportunity D4 is won but has no close_date",
            "crm/sales_pipeline.csv:6:46: error: close_date `2017-02-30` is not a date: write YYYY-MM-DD, e.g. 2017-03-01",
            "crm/sales_pipeline.csv:7:47: error: close_date 2017-03-01 is before engage_date 2017-03-02",
            "crm/sales_pipeline.csv:8:1: error: opportunity_id `D6` is used twice in the export: this row is not read",
            "crm/sales_pipeline.csv:9:26: error: account `Umbrella` is not in accounts.csv",
            "crm/sales_pipeline.csv:10:31: error: deal_stage `Closed` is not one of Prospecting, Engaging, Won, Lost",
            "crm/sales_pipeline.csv:11:1: error: this row has 6 fields, the header has 8: the row is not read",
        ]
    );
}

#[test]
fn without_a_price_list_open_deals_get_zero_and_one_warning() {
    let r = run_with(
        "Acme,,,,,,\r\n",
        "D1,Anna Snelling,GTXPro,Acme,Engaging,2017-01-02,,\r\nD2,Anna Snelling,GTX Pro,Acme,Prospecting,,,\r\nD3,Anna Snelling,GTX Pro,Acme,Won,2017-01-02,2017-02-02,4000\r\n",
        None,
        None,
        &Existing::default(),
        false,
    );
    assert_eq!(
        r.problems,
        [
            "crm/sales_pipeline.csv:2:1: warning: no sales_price for opportunity D1: open deals without a price get amount 0"
        ]
    );
    let read = deals(&r, client(&r, "acme").deals);
    let amounts: Vec<(&str, f64)> = read.iter().map(|d| (d.title.as_ref(), d.amount)).collect();
    assert_eq!(
        amounts,
        [("GTXPro", 0.0), ("GTX Pro", 4000.0), ("GTX Pro", 0.0)]
    );
}

#[test]
fn what_the_records_hold_is_refused_or_skipped() {
    let mut existing = Existing::default();
    existing.add_client("acme", "ACME", &["D1"]);
    existing.add_client("zeta", "Zeta Ltd", &["Z9"]);
    existing.add_member("anna", "anna snelling", Role::Manager);
    let accounts = "Acme,,,,,,\r\nBolt,,,,,,\r\n";
    let pipeline = "D1,Anna Snelling,GTX Pro,Acme,Engaging,2017-01-02,,\r\nD2,Anna Snelling,GTX Pro,Acme,Engaging,2017-01-02,,\r\nZ9,Moses Frase,GTX Pro,Bolt,Engaging,2017-01-02,,\r\nB1,Moses Frase,GTX Pro,Bolt,Engaging,2017-01-02,,\r\n";
    let r = run_with(accounts, pipeline, Some(PRODUCTS), None, &existing, false);
    assert_eq!(
        r.problems,
        [
            "crm/accounts.csv:2:1: error: account `Acme` is already in the records as clients/acme.toml",
            "crm/sales_pipeline.csv:4:1: error: deal `Z9` is already in clients/zeta.toml",
        ]
    );
    let r = run_with(accounts, pipeline, Some(PRODUCTS), None, &existing, true);
    assert_eq!(r.problems, Vec::<String>::new());
    let skipped: Vec<(&str, usize)> = r.plan.skipped.iter().map(|(k, v)| (*k, *v)).collect();
    assert_eq!(
        skipped,
        [
            ("import-why-accounts-exist", 1),
            ("import-why-deals-exist", 2),
        ]
    );
    assert_eq!(r.plan.clients.len(), 1);
    // a newer export: acme's new deal D2 joins its client file
    assert_eq!(
        (
            r.plan.added[0].0.as_str(),
            deals(&r, &r.plan.added[0].1)[0].id
        ),
        ("acme", "D2")
    );
    assert_eq!(r.plan.deals(), 2);
    // Anna Snelling is `anna` already: not created again
    assert!(r.plan.members.iter().all(|m| m.name != "Anna Snelling"));
}

#[test]
fn the_owner_map_names_members() {
    let mut existing = Existing::default();
    existing.add_member("zhang-min", "張敏", Role::Lead);
    existing.add_member("li-wei", "李偉", Role::Manager);
    let map = "name,member\r\nAnna Snelling,li-wei\r\nDustin Brinkmann,zhang-min\r\nMoses Frase,moses\r\nNot There,x\r\nZed Zora,Bad Id\r\n";
    let r = run_with(
        "Acme,,,,,,\r\n",
        "D1,Anna Snelling,GTX Pro,Acme,Engaging,2017-01-02,,\r\n",
        Some(PRODUCTS),
        Some(map),
        &existing,
        false,
    );
    assert_eq!(
        r.problems,
        [
            "crm/owners.csv:5:1: warning: `Not There` is not in sales_teams.csv: this row is not used",
            "crm/owners.csv:6:10: error: `Bad Id` is not a member id: use lowercase letters, digits and `-`",
        ]
    );
    assert_eq!(client(&r, "acme").owner, "li-wei");
    let new: Vec<(&str, Option<&str>)> = r
        .plan
        .members
        .iter()
        .map(|m| (m.id.as_str(), m.reports_to.as_deref()))
        .collect();
    assert_eq!(
        new,
        [
            ("melvin-marxen", None),
            ("moses", Some("zhang-min")),
            ("zed-zora", Some("melvin-marxen"))
        ]
    );
    // a manager mapped to a member who is not a lead cannot take new agents
    let map = "name,member\r\nDustin Brinkmann,li-wei\r\n";
    let r = run_with(
        "Acme,,,,,,\r\n",
        "D1,Anna Snelling,GTX Pro,Acme,Engaging,2017-01-02,,\r\n",
        Some(PRODUCTS),
        Some(map),
        &existing,
        false,
    );
    assert_eq!(
        r.problems,
        [
            "crm/sales_teams.csv:2:15: error: manager `Dustin Brinkmann` is `li-wei` in team.toml, a manager: the agents under a manager report to a lead",
            "crm/sales_teams.csv:3:13: error: manager `Dustin Brinkmann` is `li-wei` in team.toml, a manager: the agents under a manager report to a lead",
        ]
    );
}
