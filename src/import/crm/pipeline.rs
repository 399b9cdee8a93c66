//! sales_pipeline.csv read as a stream into compact rows: each
//! opportunity's texts as handles into one [`Strings`] table, its dates,
//! amount and stage as values, its cells' places as byte offsets. No row
//! of the file is held as text: a row is read, checked and kept as an
//! [`Opportunity`] of 64 bytes, in blocks that are never moved
//! ([`Rows`]). A cell that cannot be read is reported at its place and
//! its row left out. The plan refers to the rows by their numbers.

mod rows;

use chrono::NaiveDate;

use super::super::inputs::{InFile, Inputs};
use super::super::problems::Problems;
use super::super::table::{self, Keep, Row};
use super::super::values;
use super::read::{DEAL_COLUMNS, required_cell, stage};
use super::strings::{At, Strings, Sym};
use crate::diagnostic::{FileId, Span, codes};
use crate::model::DealStage;
use crate::msg;
pub(crate) use rows::Rows;

/// A row of sales_pipeline.csv.
#[derive(Clone, Debug)]
pub(crate) struct Opportunity {
    pub(crate) id: Sym,
    pub(crate) agent: Sym,
    pub(crate) product: Option<Sym>,
    pub(crate) account: Option<Sym>,
    pub(crate) stage: DealStage,
    pub(crate) engaged: Option<NaiveDate>,
    pub(crate) closed: Option<NaiveDate>,
    /// `close_value` (NaN when empty: amounts read are finite).
    value: f64,
    /// The cells, for messages (also when empty: where they would be).
    pub(crate) id_at: At,
    pub(crate) agent_at: At,
    pub(crate) product_at: At,
    pub(crate) account_at: At,
    pub(crate) engaged_at: At,
    pub(crate) closed_at: At,
    /// Where the row starts.
    pub(crate) row: u32,
}

/// The opportunities of sales_pipeline.csv, read.
#[derive(Debug, Default)]
pub(crate) struct Pipeline {
    pub(crate) file: FileId,
    pub(crate) strings: Strings,
    pub(crate) rows: Rows,
}

impl Opportunity {
    pub(crate) fn value(&self) -> Option<f64> {
        (!self.value.is_nan()).then_some(self.value)
    }
}

impl Pipeline {
    pub(crate) fn text(&self, s: Sym) -> &str {
        self.strings.get(s)
    }

    /// Where a cell of the opportunity's row is.
    pub(crate) fn span(&self, o: &Opportunity, at: At) -> Span {
        at.in_file(self.file, o.row)
    }

    /// The start of the opportunity's row.
    pub(crate) fn row(&self, o: &Opportunity) -> Span {
        Span {
            file: self.file,
            start: o.row,
            end: o.row,
        }
    }

    /// Whether each row's opportunity id is an earlier row's (found by
    /// sorting the rows' numbers, not by a map of every id).
    pub(crate) fn repeated(&self) -> Vec<bool> {
        let id = |i: &u32| self.rows.get(*i).map_or("", |o| self.text(o.id));
        let mut order: Vec<u32> = (0..self.rows.len())
            .map(|i| u32::try_from(i).unwrap_or(u32::MAX))
            .collect();
        // stable: of the rows with one id, the first in the file comes first
        order.sort_by(|a, b| id(a).cmp(id(b)));
        let mut twice = vec![false; self.rows.len()];
        for w in order.windows(2) {
            if id(&w[0]) == id(&w[1])
                && let Some(t) = twice.get_mut(w[1] as usize)
            {
                *t = true;
            }
        }
        twice
    }
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

impl DealCols {
    fn of(row: &Row<'_>) -> DealCols {
        let c = |n: &str| row.col(n);
        DealCols {
            id: c("opportunity_id"),
            agent: c("sales_agent"),
            product: c("product"),
            account: c("account"),
            stage: c("deal_stage"),
            engage: c("engage_date"),
            close: c("close_date"),
            value: c("close_value"),
        }
    }
}

fn row_stage(row: &Row<'_>, col: Option<usize>, p: &mut Problems) -> Option<DealStage> {
    let t = required_cell(row, col, "deal_stage", p)?;
    let s = stage(t.text);
    if s.is_none() {
        p.error(
            codes::IMPORT_VALUE,
            "import-kind-stages",
            t.span,
            msg!("import-unknown-stage", stage = t.text),
        );
    }
    s
}

/// `Some(None)` for an empty cell, `None` for one that did not read.
fn optional<T>(v: Option<Option<T>>) -> Option<Option<T>> {
    v.map_or(Some(None), |x| x.map(Some))
}

fn opportunity(
    row: &Row<'_>,
    c: &DealCols,
    strings: &mut Strings,
    p: &mut Problems,
) -> Option<Opportunity> {
    let id = required_cell(row, c.id, "opportunity_id", p);
    let agent = required_cell(row, c.agent, "sales_agent", p);
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
    let (id, agent) = (id?, agent?);
    let start = row.start().start;
    let at = |col: Option<usize>| At::of(row.at(col), start);
    Some(Opportunity {
        stage: stage?,
        engaged: engaged?,
        closed: closed?,
        value: value?.unwrap_or(f64::NAN),
        id: strings.push(id.text),
        agent: strings.intern(agent.text),
        product: row.cell(c.product).map(|x| strings.intern(x.text)),
        account: row.cell(c.account).map(|x| strings.intern(x.text)),
        id_at: At::of(id.span, start),
        agent_at: At::of(agent.span, start),
        product_at: at(c.product),
        account_at: at(c.account),
        engaged_at: at(c.engage),
        closed_at: at(c.close),
        row: start,
    })
}

/// Reads sales_pipeline.csv; nothing of it when it cannot be read to its
/// end (the problem is reported).
pub(crate) fn read(inputs: &mut Inputs, file: InFile, p: &mut Problems) -> Pipeline {
    let mut out = Pipeline::default();
    let mut found = Problems::default();
    let mut cols: Option<DealCols> = None;
    let keep = Keep::Only(DEAL_COLUMNS);
    let read = table::stream(inputs, file, DEAL_COLUMNS, keep, p, &mut |row| {
        let c = cols.get_or_insert_with(|| DealCols::of(&row));
        if let Some(o) = opportunity(&row, c, &mut out.strings, &mut found) {
            out.rows.push(o);
        }
    });
    let Some(input) = read else {
        return Pipeline::default();
    };
    p.list.extend(found.list);
    out.file = input.file;
    out.rows.shrink();
    out.strings.shrink();
    out
}

#[cfg(test)]
mod tests;
