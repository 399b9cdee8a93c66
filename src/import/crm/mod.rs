//! `import crm DIR`: a B2B CRM export laid out like Maven Analytics' "CRM
//! Sales Opportunities" — accounts.csv, sales_teams.csv,
//! sales_pipeline.csv and, optionally, products.csv — as members, client
//! files and deals. `read` turns the files into rows (`pipeline` the
//! opportunities, compactly; an account in one block), `plan` decides
//! what to create (its deals the numbers of their rows, read through
//! `book`; the accounts by name key in `index`; its new clients as
//! compact records, `clients`), `render` writes the TOML text; the
//! command does the I/O.

pub(crate) mod book;
pub(crate) mod clients;
pub(crate) mod deals;
pub(crate) mod index;
pub(crate) mod people;
pub(crate) mod pipeline;
pub(crate) mod plan;
pub(crate) mod read;
pub(crate) mod render;
pub(crate) mod strings;

pub(crate) use super::inputs::InFile;
use super::inputs::Inputs;
use super::problems::Problems;
use super::table::{self, Keep};
pub(crate) use people::MapRow;
pub(crate) use plan::{Crm, Options, Plan};

/// The export's file names inside DIR.
pub(crate) const ACCOUNTS: &str = "accounts.csv";
pub(crate) const TEAMS: &str = "sales_teams.csv";
pub(crate) const PIPELINE: &str = "sales_pipeline.csv";
pub(crate) const PRODUCTS: &str = "products.csv";

/// The files of one export (and the owner map), opened.
pub(crate) struct Files {
    pub(crate) accounts: InFile,
    pub(crate) teams: InFile,
    pub(crate) pipeline: InFile,
    pub(crate) products: Option<InFile>,
    pub(crate) owner_map: Option<InFile>,
}

/// Reads every file into rows, one file at a time, each as a stream of
/// which only the columns used are kept; problems are collected, none
/// stops the rest.
pub(crate) fn read(files: Files, inputs: &mut Inputs, p: &mut Problems) -> (Crm, Vec<MapRow>) {
    let mut crm = Crm::default();
    let get = |inputs: &mut Inputs, f: InFile, needed: &[&str], keep: &[&str], p: &mut Problems| {
        table::read(inputs, f, needed, Keep::Only(keep), p)
    };
    if let Some(input) = get(
        inputs,
        files.accounts,
        read::ACCOUNT_COLUMNS,
        read::ACCOUNT_KEPT,
        p,
    ) {
        crm.accounts = read::accounts(&input, p);
    }
    if let Some(input) = get(
        inputs,
        files.teams,
        read::TEAM_COLUMNS,
        read::TEAM_COLUMNS,
        p,
    ) {
        crm.agents = read::agents(&input, p);
    }
    if let Some(f) = files.products {
        // a products.csv that cannot be read is an error: no empty price list
        crm.products = Some(
            get(inputs, f, read::PRODUCT_COLUMNS, read::PRODUCT_COLUMNS, p)
                .map(|input| read::products(&input, p))
                .unwrap_or_default(),
        );
    }
    crm.deals = pipeline::read(inputs, files.pipeline, p);
    let mut map = Vec::new();
    let owners = &["name", "member"];
    if let Some(f) = files.owner_map
        && let Some(input) = get(inputs, f, owners, owners, p)
    {
        let (name, member) = (input.col("name"), input.col("member"));
        for row in input.rows() {
            if let (Some(n), Some(m)) = (row.cell(name), row.cell(member)) {
                map.push(MapRow {
                    name: n.into(),
                    member: m.into(),
                });
            }
        }
    }
    (crm, map)
}
