//! `import crm DIR`: a B2B CRM export laid out like Maven Analytics' "CRM
//! Sales Opportunities" — accounts.csv, sales_teams.csv,
//! sales_pipeline.csv and, optionally, products.csv — as members, client
//! files and deals. `read` turns the files into rows, `plan` decides what
//! to create, `render` writes the TOML text; the command does the I/O.

pub mod deals;
pub mod people;
pub mod plan;
pub mod read;
pub mod render;

use super::problems::Problems;
use super::table;
use crate::diagnostic::SourceMap;
pub use people::MapRow;
pub use plan::{Crm, Options, Plan};

/// The export's file names inside DIR.
pub const ACCOUNTS: &str = "accounts.csv";
pub const TEAMS: &str = "sales_teams.csv";
pub const PIPELINE: &str = "sales_pipeline.csv";
pub const PRODUCTS: &str = "products.csv";

/// An input as read from disk: the path to show and its bytes.
#[derive(Debug, Clone)]
pub struct InFile {
    pub shown: String,
    pub bytes: Vec<u8>,
}

/// The files of one export (and the owner map), read from disk.
#[derive(Debug, Clone)]
pub struct Files {
    pub accounts: InFile,
    pub teams: InFile,
    pub pipeline: InFile,
    pub products: Option<InFile>,
    pub owner_map: Option<InFile>,
}

/// Reads every file into rows; problems are collected, none stops the rest.
pub fn read(files: Files, sources: &mut SourceMap, p: &mut Problems) -> (Crm, Vec<MapRow>) {
    let mut crm = Crm::default();
    let mut get = |f: InFile, needed: &[&str], p: &mut Problems| {
        table::read(sources, &f.shown, f.bytes, needed, p)
    };
    if let Some(input) = get(files.accounts, read::ACCOUNT_COLUMNS, p) {
        crm.accounts = read::accounts(&input, p);
    }
    if let Some(input) = get(files.teams, read::TEAM_COLUMNS, p) {
        crm.agents = read::agents(&input, p);
    }
    if let Some(f) = files.products {
        // a products.csv that cannot be read is an error: no empty price list
        crm.products = Some(
            get(f, read::PRODUCT_COLUMNS, p)
                .map(|input| read::products(&input, p))
                .unwrap_or_default(),
        );
    }
    if let Some(input) = get(files.pipeline, read::DEAL_COLUMNS, p) {
        crm.deals = read::opportunities(&input, p);
    }
    let mut map = Vec::new();
    if let Some(f) = files.owner_map
        && let Some(input) = get(f, &["name", "member"], p)
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
