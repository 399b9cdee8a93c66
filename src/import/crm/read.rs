//! The four files of a CRM export read into typed rows: accounts, the
//! sales team (agent → manager), products with their list prices, and the
//! opportunities (deals). A cell that cannot be read is reported at its
//! place and its row left out; what the rows mean together is the plan's
//! business (`super::plan`).

use chrono::NaiveDate;

use super::super::problems::Problems;
use super::super::table::{Input, Row};
use super::super::values::{self, Text};
use crate::diagnostic::{Span, codes};
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
    pub(crate) extras: Vec<(&'static str, String)>,
    pub(crate) parent: Option<Text>,
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

/// A row of sales_pipeline.csv.
#[derive(Clone, Debug)]
pub(crate) struct Opportunity {
    pub(crate) id: Text,
    pub(crate) agent: Text,
    pub(crate) product: Option<Text>,
    pub(crate) account: Option<Text>,
    pub(crate) stage: DealStage,
    pub(crate) engaged: Option<NaiveDate>,
    pub(crate) closed: Option<NaiveDate>,
    pub(crate) value: Option<f64>,
    /// The cells, for messages: engage_date, close_date, close_value.
    pub(crate) account_at: Span,
    pub(crate) engaged_at: Span,
    pub(crate) closed_at: Span,
    pub(crate) row: Span,
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

fn required<'a>(row: &Row<'a>, col: Option<usize>, what: &str, p: &mut Problems) -> Option<Text> {
    let cell = row.cell(col);
    if cell.is_none() {
        p.error(
            codes::IMPORT_VALUE,
            "import-kind-missing",
            row.at(col),
            msg!("import-empty", what = what),
        );
    }
    cell.map(Text::from)
}

pub(crate) fn accounts(input: &Input, p: &mut Problems) -> Vec<Account> {
    let name = input.col("account");
    let sector = input.col("sector");
    let parent = input.col("subsidiary_of");
    let extras: Vec<(&'static str, Option<usize>)> =
        ACCOUNT_EXTRAS.iter().map(|c| (*c, input.col(c))).collect();
    input
        .rows()
        .filter_map(|row| {
            let name = required(&row, name, "account", p)?;
            Some(Account {
                name,
                sector: row.cell(sector).map(Text::from),
                extras: extras
                    .iter()
                    .filter_map(|(k, c)| row.cell(*c).map(|v| (*k, v.text.to_string())))
                    .collect(),
                parent: row.cell(parent).map(Text::from),
            })
        })
        .collect()
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

/// The columns of sales_pipeline.csv.
struct DealCols {
    id: Option<usize>,
    agent: Option<usize>,
    product: Option<usize>,
    account: Option<usize>,
    stage: Option<usize>,
    engage: Option<usize>,
    close: Option<usize>,
    value: Option<usize>,
}

/// The deal stage of a row (reported when missing or unknown).
fn row_stage(row: &Row<'_>, col: Option<usize>, p: &mut Problems) -> Option<DealStage> {
    let t = required(row, col, "deal_stage", p)?;
    let s = stage(&t.text);
    if s.is_none() {
        p.error(
            codes::IMPORT_VALUE,
            "import-kind-stages",
            t.span,
            msg!("import-unknown-stage", stage = &t.text),
        );
    }
    s
}

/// `Some(None)` for an empty cell, `None` for one that did not read.
fn optional<T>(v: Option<Option<T>>) -> Option<Option<T>> {
    v.map_or(Some(None), |x| x.map(Some))
}

fn opportunity(row: &Row<'_>, c: &DealCols, p: &mut Problems) -> Option<Opportunity> {
    let id = required(row, c.id, "opportunity_id", p);
    let agent = required(row, c.agent, "sales_agent", p);
    let stage = row_stage(row, c.stage, p);
    let engaged = optional(
        row.cell(c.engage)
            .map(|x| values::date(x, "engage_date", p)),
    );
    let closed = optional(row.cell(c.close).map(|x| values::date(x, "close_date", p)));
    let value = optional(
        row.cell(c.value)
            .map(|x| values::money(x, "close_value", p)),
    );
    // a cell that did not read drops the row (its problem is reported)
    Some(Opportunity {
        id: id?,
        agent: agent?,
        product: row.cell(c.product).map(Text::from),
        account: row.cell(c.account).map(Text::from),
        stage: stage?,
        engaged: engaged?,
        closed: closed?,
        value: value?,
        account_at: row.at(c.account),
        engaged_at: row.at(c.engage),
        closed_at: row.at(c.close),
        row: row.start(),
    })
}

pub(crate) fn opportunities(input: &Input, p: &mut Problems) -> Vec<Opportunity> {
    let c = |n: &str| input.col(n);
    let cols = DealCols {
        id: c("opportunity_id"),
        agent: c("sales_agent"),
        product: c("product"),
        account: c("account"),
        stage: c("deal_stage"),
        engage: c("engage_date"),
        close: c("close_date"),
        value: c("close_value"),
    };
    input
        .rows()
        .filter_map(|row| opportunity(&row, &cols, p))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_map_to_the_spec_stages() {
        assert_eq!(stage("Prospecting"), Some(DealStage::Lead));
        assert_eq!(stage("Engaging"), Some(DealStage::Negotiation));
        assert_eq!(stage(" won "), Some(DealStage::Won));
        assert_eq!(stage("LOST"), Some(DealStage::Lost));
        assert_eq!(stage("Closed"), None);
    }
}
