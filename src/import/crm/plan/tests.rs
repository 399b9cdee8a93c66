//! The CRM import's rules, case by case, on exports written out here.

mod refusals;

use crate::import::crm::book::Deal;
use crate::import::crm::clients::NewClient;
use crate::import::crm::plan::industry;
use crate::import::crm::plan::{Plan, plan};
use crate::import::crm::read::Account;
use crate::import::crm::{Crm, Files, InFile, Options, read};
use crate::import::existing::Existing;
use crate::import::inputs::Inputs;
use crate::import::problems::Problems;
use crate::model::{DealStage, Role, Stage};

const TEAMS: &str = "sales_agent,manager,regional_office\r\nAnna Snelling,Dustin Brinkmann,Central\r\nMoses Frase,Dustin Brinkmann,Central\r\nZed Zora,Melvin Marxen,Central\r\n";
const PRODUCTS: &str = "product,series,sales_price\r\nGTX Pro,GTX,4821\r\nMG Special,MG,55\r\n";
const HEAD: &str =
    "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\r\n";

fn file(name: &str, text: &str) -> InFile {
    InFile::bytes(&format!("crm/{name}"), text.as_bytes())
}

struct Run {
    crm: Crm,
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
    let mut inputs = Inputs::default();
    let mut p = Problems::default();
    let (crm, map_rows) = read(files, &mut inputs, &mut p);
    let opts = Options {
        owner_map: &map_rows,
        skip_existing: skip,
        today: "2026-11-20".parse().unwrap(),
    };
    let plan = plan(&crm, existing, opts, &mut p);
    let problems = inputs.listing(&p);
    Run {
        crm,
        plan,
        problems,
    }
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

fn client<'a>(r: &'a Run, id: &str) -> NewClient<'a> {
    r.plan.clients.iter().find(|c| c.id == id).unwrap()
}

/// The account a new client is made of.
fn account<'a>(r: &'a Run, id: &str) -> &'a Account {
    &r.crm.accounts[client(r, id).account]
}

/// The deals of `rows` (a client's), read from their rows.
fn deals<'a>(r: &'a Run, rows: &'a [u32]) -> Vec<Deal<'a>> {
    r.plan.book.deals(&r.crm.deals, rows).collect()
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
    assert_eq!(account(&r, "acme-corp").name(), "Acme Corp");
    assert_eq!(account(&r, "acme-corp-3").name(), "ACME-corp");
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
    let agents: Vec<(&str, &str)> = deals(&r, acme.deals)
        .iter()
        .map(|d| (d.id, d.agent))
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
    let read: Vec<(&str, DealStage, f64)> = deals(&r, won.deals)
        .iter()
        .map(|d| (d.id, d.stage, d.amount))
        .collect();
    assert_eq!(
        read,
        [
            ("W1", DealStage::Lost, 0.0),
            ("W3", DealStage::Won, 4800.0),
            ("W2", DealStage::Won, 4500.0)
        ]
    );
    assert_eq!(deals(&r, open.deals)[1].amount, 55.0);
    assert_eq!(deals(&r, open.deals)[1].closed, None);
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
    assert_eq!(industry(account(&r, "acme")), Some("technology"));
    assert_eq!(deals(&r, acme.deals)[0].title, "GTX Pro");
    assert_eq!(deals(&r, acme.deals)[0].amount, 4821.0);
    assert_eq!(
        account(&r, "acme").extras().nth(3),
        Some(("office_location", "Philipines"))
    );
    assert_eq!(client(&r, "dambase").parent, Some("acme"));
}
