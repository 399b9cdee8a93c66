//! Three small files of a CRM export read into typed rows: accounts, the
//! sales team (agent → manager), products with their list prices (the
//! opportunities, many more, are `super::pipeline`'s). A cell that cannot be read is reported at its
//! place and its row left out; what the rows mean together is the plan's
//! business (`super::plan`).

use super::super::problems::Problems;
use super::super::table::{Cell, Input, Row};
use super::super::values::{self, Text};
use crate::diagnostic::codes;
use crate::model::DealStage;
use crate::msg;

/// The columns that find each file's header line.
pub(crate) const ACCOUNT_COLUMNS: &[&str] = &["account"];
pub(crate) const TEAM_COLUMNS: &[&str] = &["sales_agent", "manager"];
pub(crate) const PRODUCT_COLUMNS: &[&str] = &["product", "sales_price"];
pub(crate) const DEAL_COLUMNS: &[&str] = &[
    "opportunity_id",
    "sales_agent",
    "product",
    "account",
    "deal_stage",
    "engage_date",
    "close_date",
    "close_value",
];

/// The columns of accounts.csv the import reads.
pub(crate) const ACCOUNT_KEPT: &[&str] = &[
    "account",
    "sector",
    "subsidiary_of",
    "year_established",
    "revenue",
    "employees",
    "office_location",
];

/// The account columns kept under the client's `[extra]`, in this order.
pub(crate) const ACCOUNT_EXTRAS: &[&str] = &[
    "year_established",
    "revenue",
    "employees",
    "office_location",
];

/// A row of accounts.csv.
#[derive(Clone, Debug)]
pub(crate) struct Account {
    pub(crate) name: Text,
    pub(crate) sector: Option<Text>,
    /// The columns of [`ACCOUNT_EXTRAS`] that have a value.
    pub(crate) extras: Extras,
    pub(crate) parent: Option<Text>,
}

/// The [`ACCOUNT_EXTRAS`] an account has, in one block: for each, its
/// column's place in that list (a byte), its length (4 bytes) and its
/// text. A list of owned strings took some 300 bytes an account, which
/// counts when an export has an account for each opportunity.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Extras(Box<[u8]>);

impl Extras {
    /// The values of the extras (their places in [`ACCOUNT_EXTRAS`]).
    pub(crate) fn new<'a>(values: impl IntoIterator<Item = (usize, &'a str)>) -> Extras {
        let mut bytes = Vec::new();
        for (k, v) in values {
            let (Ok(k), Ok(len)) = (u8::try_from(k), u32::try_from(v.len())) else {
                continue;
            };
            bytes.push(k);
            bytes.extend_from_slice(&len.to_le_bytes());
            bytes.extend_from_slice(v.as_bytes());
        }
        Extras(bytes.into_boxed_slice())
    }

    /// Each extra's column and value, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
        let mut rest: &[u8] = &self.0;
        std::iter::from_fn(move || {
            let (&k, tail) = rest.split_first()?;
            let len = u32::from_le_bytes(tail.get(..4)?.try_into().ok()?) as usize;
            let text = std::str::from_utf8(tail.get(4..4 + len)?).ok()?;
            rest = tail.get(4 + len..)?;
            Some((*ACCOUNT_EXTRAS.get(usize::from(k))?, text))
        })
    }
}

/// A row of sales_teams.csv.
#[derive(Clone, Debug)]
pub(crate) struct Agent {
    pub(crate) name: Text,
    pub(crate) manager: Text,
}

/// A row of products.csv.
#[derive(Clone, Debug)]
pub(crate) struct Product {
    pub(crate) name: Text,
    pub(crate) price: Option<f64>,
}

/// The CRM's deal stage as a clientele deal stage (any case).
pub(crate) fn stage(s: &str) -> Option<DealStage> {
    Some(match s.trim().to_lowercase().as_str() {
        "prospecting" => DealStage::Lead,
        "engaging" => DealStage::Negotiation,
        "won" => DealStage::Won,
        "lost" => DealStage::Lost,
        _ => return None,
    })
}

/// The cell of `col` in `row`; an error when it is empty or missing.
pub(super) fn required_cell<'a>(
    row: &Row<'a>,
    col: Option<usize>,
    what: &str,
    p: &mut Problems,
) -> Option<Cell<'a>> {
    let cell = row.cell(col);
    if cell.is_none() {
        p.error(
            codes::IMPORT_VALUE,
            "import-kind-missing",
            row.at(col),
            msg!("import-empty", what = what),
        );
    }
    cell
}

fn required(row: &Row<'_>, col: Option<usize>, what: &str, p: &mut Problems) -> Option<Text> {
    required_cell(row, col, what, p).map(Text::from)
}

pub(crate) fn accounts(input: &Input, p: &mut Problems) -> Vec<Account> {
    let name = input.col("account");
    let sector = input.col("sector");
    let parent = input.col("subsidiary_of");
    let extras: Vec<Option<usize>> = ACCOUNT_EXTRAS.iter().map(|c| input.col(c)).collect();
    let mut accounts: Vec<Account> = input
        .rows()
        .filter_map(|row| {
            let name = required(&row, name, "account", p)?;
            Some(Account {
                name,
                sector: row.cell(sector).map(Text::from),
                extras: Extras::new(
                    extras
                        .iter()
                        .enumerate()
                        .filter_map(|(k, c)| Some((k, row.cell(*c)?.text))),
                ),
                parent: row.cell(parent).map(Text::from),
            })
        })
        .collect();
    // held until the plan is made again under the lock: without the room
    // the vector grew into (up to as much again)
    accounts.shrink_to_fit();
    accounts
}

pub(crate) fn agents(input: &Input, p: &mut Problems) -> Vec<Agent> {
    let agent = input.col("sales_agent");
    let manager = input.col("manager");
    input
        .rows()
        .filter_map(|row| {
            let name = required(&row, agent, "sales_agent", p);
            let manager = required(&row, manager, "manager", p);
            Some(Agent {
                name: name?,
                manager: manager?,
            })
        })
        .collect()
}

pub(crate) fn products(input: &Input, p: &mut Problems) -> Vec<Product> {
    let name = input.col("product");
    let price = input.col("sales_price");
    input
        .rows()
        .filter_map(|row| {
            let name = required(&row, name, "product", p)?;
            let price = row
                .cell(price)
                .and_then(|c| values::money(c, "sales_price", p));
            Some(Product { name, price })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extras_give_back_their_columns_and_values() {
        let e = Extras::new([(0, "1996"), (3, "United States 美國")]);
        let got: Vec<_> = e.iter().collect();
        assert_eq!(
            got,
            [
                ("year_established", "1996"),
                ("office_location", "United States 美國")
            ]
        );
        assert_eq!(Extras::new([]).iter().count(), 0);
    }

    #[test]
    fn stages_map_to_the_spec_stages() {
        assert_eq!(stage("Prospecting"), Some(DealStage::Lead));
        assert_eq!(stage("Engaging"), Some(DealStage::Negotiation));
        assert_eq!(stage(" won "), Some(DealStage::Won));
        assert_eq!(stage("LOST"), Some(DealStage::Lost));
        assert_eq!(stage("Closed"), None);
    }
}
