//! Three small files of a CRM export read into typed rows: accounts, the
//! sales team (agent → manager), products with their list prices (the
//! opportunities, many more, are `super::pipeline`'s). A cell that cannot be read is reported at its
//! place and its row left out; what the rows mean together is the plan's
//! business (`super::plan`).

use super::super::problems::Problems;
use super::super::table::{Cell, Input, Row};
use super::super::values::{self, Text};
use crate::diagnostic::{FileId, Span, codes};
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

/// A row of accounts.csv, in one block of bytes: its name, sector and
/// parent one after the other, then the [`ACCOUNT_EXTRAS`] it has (for
/// each, its column's place in that list (a byte), its length (4 bytes)
/// and its text); the places of the three cells as offsets in one file.
/// Owned strings with spans took some 200 bytes an account, which counts
/// when an export has an account for each opportunity.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Account {
    text: Box<[u8]>,
    /// The lengths of name, sector and parent (0: no cell).
    lens: [u32; 3],
    /// Where the name, sector and parent cells start and end.
    at: [(u32, u32); 3],
    file: FileId,
}

/// A cell of an account: its text and place.
pub(crate) type Field<'a> = (&'a str, Span);

impl Account {
    /// The account of its cells (a cell longer than 4 GB is cut off).
    pub(crate) fn new<'a>(
        name: Cell<'_>,
        sector: Option<Cell<'_>>,
        parent: Option<Cell<'_>>,
        extras: impl IntoIterator<Item = (usize, &'a str)>,
    ) -> Account {
        let mut text = Vec::new();
        let mut lens = [0u32; 3];
        let mut at = [(0u32, 0u32); 3];
        let cells = [Some(name), sector, parent];
        for (k, c) in cells.iter().enumerate() {
            let Some(c) = c else { continue };
            let len = u32::try_from(c.text.len()).unwrap_or(0);
            text.extend_from_slice(c.text.get(..len as usize).unwrap_or("").as_bytes());
            if let (Some(l), Some(a)) = (lens.get_mut(k), at.get_mut(k)) {
                *l = len;
                *a = (c.span.start, c.span.end);
            }
        }
        for (k, v) in extras {
            let (Ok(k), Ok(len)) = (u8::try_from(k), u32::try_from(v.len())) else {
                continue;
            };
            text.push(k);
            text.extend_from_slice(&len.to_le_bytes());
            text.extend_from_slice(v.as_bytes());
        }
        Account {
            text: text.into_boxed_slice(),
            lens,
            at,
            file: name.span.file,
        }
    }

    /// Cell `k` (0 name, 1 sector, 2 parent), `None` when it had none.
    fn field(&self, k: usize) -> Option<Field<'_>> {
        let len = *self.lens.get(k)? as usize;
        if len == 0 {
            return None;
        }
        let start: usize = self.lens.iter().take(k).map(|l| *l as usize).sum();
        let text = std::str::from_utf8(self.text.get(start..start + len)?).ok()?;
        let (s, e) = *self.at.get(k)?;
        Some((
            text,
            Span {
                file: self.file,
                start: s,
                end: e,
            },
        ))
    }

    pub(crate) fn name(&self) -> &str {
        self.field(0).map(|(t, _)| t).unwrap_or("")
    }

    /// The place of the name's cell.
    pub(crate) fn name_at(&self) -> Span {
        let (s, e) = self.at[0];
        Span {
            file: self.file,
            start: s,
            end: e,
        }
    }

    pub(crate) fn sector(&self) -> Option<Field<'_>> {
        self.field(1)
    }

    /// `subsidiary_of`.
    pub(crate) fn parent(&self) -> Option<Field<'_>> {
        self.field(2)
    }

    /// Each extra's column and value, in order.
    pub(crate) fn extras(&self) -> impl Iterator<Item = (&'static str, &str)> {
        let cells: usize = self.lens.iter().map(|l| *l as usize).sum();
        let mut rest: &[u8] = self.text.get(cells..).unwrap_or_default();
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
            let name = required_cell(&row, name, "account", p)?;
            Some(Account::new(
                name,
                row.cell(sector),
                row.cell(parent),
                extras
                    .iter()
                    .enumerate()
                    .filter_map(|(k, c)| Some((k, row.cell(*c)?.text))),
            ))
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
    fn accounts_give_back_their_cells_columns_and_values() {
        let cell = |text, start| Cell {
            text,
            span: Span {
                file: FileId(2),
                start,
                end: start + 1,
            },
        };
        let e = Account::new(
            cell("Acme", 3),
            None,
            Some(cell("Bolt 公司", 9)),
            [(0, "1996"), (3, "United States 美國")],
        );
        assert_eq!(e.name(), "Acme");
        assert_eq!(e.name_at(), cell("", 3).span);
        assert_eq!(e.sector(), None);
        assert_eq!(e.parent(), Some(("Bolt 公司", cell("", 9).span)));
        let got: Vec<_> = e.extras().collect();
        assert_eq!(
            got,
            [
                ("year_established", "1996"),
                ("office_location", "United States 美國")
            ]
        );
        let bare = Account::new(cell("B", 0), Some(cell("retail", 4)), None, []);
        assert_eq!(bare.extras().count(), 0);
        assert_eq!(bare.sector().map(|s| s.0), Some("retail"));
        assert_eq!(bare.parent(), None);
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
