//! The plan's deals are the numbers of their rows in the pipeline: a
//! deal is read from its row when it is needed ([`Book::deal`]), through
//! what was made of the names the rows give, once per name (an agent's
//! member id, a product's place in products.csv). So no deal is held
//! twice, as a row and as a planned deal (docs/import.md, "Memory of
//! `import crm`").

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::NaiveDate;

use super::pipeline::{Opportunity, Pipeline};
use super::strings::Sym;
use crate::model::DealStage;

/// A deal as it is written, borrowed from its row and the book.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Deal<'a> {
    pub(crate) id: &'a str,
    /// The product as products.csv spells it.
    pub(crate) title: Cow<'a, str>,
    /// The agent's member id (written only when not the client's owner).
    pub(crate) agent: &'a str,
    /// The agent's name in the export (breaks ties for the client's owner).
    pub(crate) agent_name: &'a str,
    pub(crate) stage: DealStage,
    pub(crate) amount: f64,
    pub(crate) opened: NaiveDate,
    pub(crate) closed: Option<NaiveDate>,
}

/// What the deals' rows are read through.
#[derive(Debug, Default)]
pub(crate) struct Book {
    /// A known agent's member id, by the name the rows give.
    pub(crate) agents: HashMap<Sym, Box<str>>,
    /// A product the rows give → its place in products.csv.
    pub(crate) products: HashMap<Sym, usize>,
    /// products.csv's names and prices (`None`: no products.csv).
    pub(crate) list: Option<Vec<(String, Option<f64>)>>,
    /// The export's last date: `opened` of deals without any date.
    pub(crate) export_day: NaiveDate,
}

/// Whether the row's deal is won or lost.
pub(crate) fn is_closing(o: &Opportunity) -> bool {
    matches!(o.stage, DealStage::Won | DealStage::Lost)
}

impl Book {
    /// `closed`: the close date of a won or lost deal, none of an open one.
    pub(crate) fn closed(o: &Opportunity) -> Option<NaiveDate> {
        o.closed.filter(|_| is_closing(o))
    }

    /// `opened`: engage_date, else the deal's `closed`, else the export's
    /// last date.
    pub(crate) fn opened(&self, o: &Opportunity) -> NaiveDate {
        o.engaged.or(Book::closed(o)).unwrap_or(self.export_day)
    }

    /// The order of a client's deals: by `opened`, then id.
    pub(crate) fn sort(&self, pipe: &Pipeline, rows: &mut [u32]) {
        let key = |i: &u32| pipe.rows.get(*i).map(|o| (self.opened(o), pipe.text(o.id)));
        rows.sort_by(|a, b| key(a).cmp(&key(b)));
    }

    /// The deal of row `row` (`None` for a row the plan left out).
    pub(crate) fn deal<'a>(&'a self, pipe: &'a Pipeline, row: u32) -> Option<Deal<'a>> {
        let o = pipe.rows.get(row)?;
        let id = pipe.text(o.id);
        let (title, price) = match (o.product, &self.list) {
            (None, _) => (Cow::Owned(format!("opportunity {id}")), None),
            (Some(s), None) => (Cow::Borrowed(pipe.text(s)), None),
            (Some(s), Some(list)) => {
                let (name, price) = list.get(*self.products.get(&s)?)?;
                (Cow::Borrowed(name.as_str()), *price)
            }
        };
        let amount = match is_closing(o) {
            true => o.value()?,
            false => price.unwrap_or(0.0),
        };
        Some(Deal {
            id,
            title,
            agent: self.agents.get(&o.agent)?,
            agent_name: pipe.text(o.agent),
            stage: o.stage,
            amount,
            opened: self.opened(o),
            closed: Book::closed(o),
        })
    }

    /// The deals of `rows`, in their order.
    pub(crate) fn deals<'a>(
        &'a self,
        pipe: &'a Pipeline,
        rows: &'a [u32],
    ) -> impl Iterator<Item = Deal<'a>> + 'a {
        rows.iter().filter_map(|i| self.deal(pipe, *i))
    }
}
