//! The CRM import's rules, case by case, on exports written out here.

use super::super::existing::Existing;
use super::super::problems::Problems;
use super::plan::{NewClient, Plan, plan};
use super::{Files, InFile, Options, read};
use crate::diagnostic::SourceMap;
use crate::model::{DealStage, Role, Stage};

const TEAMS: &str = "sales_agent,manager,regional_office\r\nAnna Snelling,Dustin Brinkmann,Central\r\nMoses Frase,Dustin Brinkmann,Central\r\nZed Zora,Melvin Marxen,Central\r\n";
const PRODUCTS: &str = "product,series,sales_price\r\nGTX Pro,GTX,4821\r\nMG Special,MG,55\r\n";
const HEAD: &str =
    "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\r\n";

fn file(name: &str, text: &str) -> InFile {
    InFile {
        shown: format!("crm/{name}"),
        bytes: text.as_bytes().to_vec(),
    }
}

struct Run {
    plan: Plan,
    /// `file:line:col: severity: message`, in file order.
    problems: Vec<String>,
}

fn run_with(
    accounts: &str,
    pipeline: &str,
    products: Option<&str>,
    map: Option<&str>,
    existing: &Existing,
    skip: bool,
) -> Run {
    let files = Files {
        accounts: file(
            "accounts.csv",
            &format!(
                "account,sector,year_established,revenue,employees,office_location,subsidiary_of\r\n{accounts}"
            ),
        ),
        teams: file("sales_teams.csv", TEAMS),
        pipeline: file("sales_pipeline.csv", &format!("{HEAD}{pipeline}")),
        products: products.map(|p| file("products.csv", p)),
        owner_map: map.map(|m| file("owners.csv", m)),
    };
    let mut sources = SourceMap::new(std::path::Path::new(""));
    let mut p = Problems::default();
    let (crm, map_rows) = read(files, &mut sources, &mut p);
    let opts = Options {
        owner_map: &map_rows,
        skip_existing: skip,
        today: "2026-11-20".parse().unwrap(),
    };
    let plan = plan(&crm, existing, opts, &mut p);
    let mut diags: Vec<_> = p.list.iter().map(|x| x.diag.clone()).collect();
    sources.sort(&mut diags);
    let problems = diags
        .iter()
        .map(|d| {
            let (line, col) = sources.line_col(d.span);
            format!(
                "{}:{line}:{col}: {}: {}",
                sources.display_path(d.span.file),
                d.severity.as_str(),
                d.message
            )
        })
        .collect();
    Run { plan, problems }
}

fn run(accounts: &str, pipeline: &str) -> Run {
    run_with(
        accounts,
        pipeline,
        Some(PRODUCTS),
        None,
        &Existing::default(),
        false,
    )
}

fn client<'a>(r: &'a Run, id: &str) -> &'a NewClient {
    r.plan.clients.iter().find(|c| c.id == id).unwrap()
}

#[test]
fn members_managers_lead_agents_report_to_them() {
    let r = run(
        "Acme,retail,,,,,\r\n",
        "D1,Moses Frase,GTX Pro,Acme,Won,2017-01-02,2017-02-01,5000\r\n",
    );
    let m: Vec<(&str, Role, Option<&str>, String)> = r
        .plan
        .members
        .iter()
        .map(|m| {
            (
                m.id.as_str(),
                m.role,
                m.reports_to.as_deref(),
                m.joined.to_string(),
            )
        })
        .collect();
    assert_eq!(
        m,
        [
            ("dustin-brinkmann", Role::Lead, None, "2017-01-02".into()),
            ("melvin-marxen", Role::Lead, None, "2017-01-02".into()),
            (
                "anna-snelling",
                Role::Manager,
                Some("dustin-brinkmann"),
                "2017-01-02".into()
            ),
            (
                "moses-frase",
                Role::Manager,
                Some("dustin-brinkmann"),
                "2017-01-02".into()
            ),
            (
                "zed-zora",
                Role::Manager,
                Some("melvin-marxen"),
                "2017-01-02".into()
            ),
        ]
    );
    assert_eq!(r.problems, Vec::<String>::new());
}

#[test]
fn ids_are_slugs_and_collisions_take_the_next_number() {
    let mut existing = Existing::default();
    existing.add_client("acme-corp-2", "Another Company", &[]);
    // a member of another name holds the slug of a new agent
    existing.add_member("zed-zora", "Zed Zora Senior", Role::Specialist);
    let r = run_with(
        "ACME-corp,,,,,,\r\nAcme Corp,,,,,,\r\n",
        "D1,Zed Zora,GTX Pro,Acme Corp,Engaging,2017-01-02,,\r\nD2,Zed Zora,GTX Pro,ACME-corp,Engaging,2017-01-03,,\r\n",
        Some(PRODUCTS),
        None,
        &existing,
        false,
    );
    // name order: "acme corp" before "acme-corp"
    assert_eq!(client(&r, "acme-corp").name, "Acme Corp");
    assert_eq!(client(&r, "acme-corp-3").name, "ACME-corp");
    assert!(
        r.plan
            .members
            .iter()
            .any(|m| m.id == "zed-zora-2" && m.name == "Zed Zora")
    );
    assert_eq!(client(&r, "acme-corp").owner, "zed-zora-2");
}

#[test]
fn owner_has_the_most_deals_ties_go_to_the_first_name() {
    let r = run(
        "Acme,,,,,,\r\nBolt,,,,,,\r\n",
        "D1,Moses Frase,GTX Pro,Acme,Won,2017-01-02,2017-02-01,5000\r\nD2,Anna Snelling,GTX Pro,Acme,Lost,2017-01-03,2017-02-01,0\r\nD3,Moses Frase,GTX Pro,Acme,Engaging,2017-01-04,,\r\nD4,Moses Frase,GTX Pro,Bolt,Won,2017-01-02,2017-02-01,5000\r\nD5,Anna Snelling,GTX Pro,Bolt,Lost,2017-01-03,2017-02-01,0\r\n",
    );
    let acme = client(&r, "acme");
    assert_eq!(acme.owner, "moses-frase");
    assert_eq!(client(&r, "bolt").owner, "anna-snelling");
    // a deal names its agent only when not the client's owner
    let agents: Vec<(&str, &str)> = acme
        .deals
        .iter()
        .map(|d| (d.id.as_str(), d.agent.as_str()))
        .collect();
    assert_eq!(
        agents,
        [
            ("D1", "moses-frase"),
            ("D2", "anna-snelling"),
            ("D3", "moses-frase")
        ]
    );
}

#[test]
fn stage_since_and_found_from_the_deals() {
    let r = run(
        "Won Co,,,,,,\r\nOpen Co,,,,,,\r\nLost Co,,,,,,\r\nNew Co,,,,,,\r\n",
        "W1,Anna Snelling,GTX Pro,Won Co,Lost,2016-11-01,2017-03-01,0\r\n\
         W2,Anna Snelling,GTX Pro,Won Co,Won,2017-01-05,2017-04-02,4500\r\n\
         W3,Anna Snelling,GTX Pro,Won Co,Won,2016-12-01,2017-03-20,4800\r\n\
         O1,Anna Snelling,GTX Pro,Open Co,Lost,2017-02-01,2017-03-01,0\r\n\
         O2,Anna Snelling,MG Special,Open Co,Engaging,2017-05-01,,\r\n\
         L1,Anna Snelling,GTX Pro,Lost Co,Lost,2017-02-01,2017-06-30,0\r\n\
         N1,Anna Snelling,GTX Pro,New Co,Prospecting,,,\r\n",
    );
    let won = client(&r, "won-co");
    assert_eq!(
        (
            won.stage,
            won.found.to_string(),
            won.since.map(|d| d.to_string())
        ),
        (
            Stage::Customer,
            "2016-11-01".into(),
            Some("2017-03-20".into())
        )
    );
    let open = client(&r, "open-co");
    assert_eq!((open.stage, open.since), (Stage::Prospect, None));
    assert_eq!(client(&r, "lost-co").stage, Stage::Lost);
    // a Prospecting row has no date: opened (and found) on the export's last date
    let new = client(&r, "new-co");
    assert_eq!(
        (new.stage, new.found.to_string()),
        (Stage::Prospect, "2017-06-30".into())
    );
    // deals in opened order; amounts from close_value, else the list price
    let deals: Vec<(&str, DealStage, f64)> = won
        .deals
        .iter()
        .map(|d| (d.id.as_str(), d.stage, d.amount))
        .collect();
    assert_eq!(
        deals,
        [
            ("W1", DealStage::Lost, 0.0),
            ("W3", DealStage::Won, 4800.0),
            ("W2", DealStage::Won, 4500.0)
        ]
    );
    assert_eq!(open.deals[1].amount, 55.0);
    assert_eq!(open.deals[1].closed, None);
}

#[test]
fn variant_spellings_are_read_and_said_once() {
    let r = run(
        "Acme,technolgy,1996,1100.04,2822,Philipines,\r\ndambase,marketing,,,,,Acme\r\n",
        "D1,Anna Snelling,GTXPro,Acme,Engaging,2017-01-02,,\r\nD2,Anna Snelling,gtx pro,Acme,Engaging,2017-01-03,,\r\nD3,Anna Snelling,GTXPro,Dambase,Engaging,2017-01-04,,\r\n",
    );
    assert_eq!(
        r.problems,
        [
            "crm/accounts.csv:2:6: warning: sector `technolgy` is read as `technology` (1 row)",
            "crm/sales_pipeline.csv:2:18: warning: product `GTXPro` is read as `GTX Pro` (2 rows)",
            "crm/sales_pipeline.csv:3:18: warning: product `gtx pro` is read as `GTX Pro` (1 row)",
            "crm/sales_pipeline.csv:4:25: warning: account `Dambase` is read as `dambase` (1 row)",
        ]
    );
    let acme = client(&r, "acme");
    assert_eq!(acme.industry.as_deref(), Some("technology"));
    assert_eq!(acme.deals[0].title, "GTX Pro");
    assert_eq!(acme.deals[0].amount, 4821.0);
    assert_eq!(
        acme.extras[3],
        ("office_location", "Philipines".to_string())
    );
    assert_eq!(client(&r, "dambase").parent.as_deref(), Some("acme"));
}

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
    let amounts: Vec<(&str, f64)> = client(&r, "acme")
        .deals
        .iter()
        .map(|d| (d.title.as_str(), d.amount))
        .collect();
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
            ("accounts already in the records", 1),
            ("deals already in the records", 2),
        ]
    );
    assert_eq!(r.plan.clients.len(), 1);
    // a newer export: acme's new deal D2 joins its client file
    assert_eq!(
        (r.plan.added[0].0.as_str(), r.plan.added[0].1[0].id.as_str()),
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
