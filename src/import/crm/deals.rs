//! One opportunity of sales_pipeline.csv as a clientele deal: its client
//! (the account), owner (the agent), stage, amount and dates, or the
//! reason it is not imported. What is imported is the row's number under
//! its account; the deal is read from the row by `super::book`, which
//! holds what was made of the names the rows give.
//!
//! * stage: Prospecting → lead, Engaging → negotiation, Won → won, Lost →
//!   lost (`read::stage`).
//! * amount: `close_value` for Won and Lost (required; Lost is 0 in the
//!   export); for open deals the product's `sales_price`, or 0 without a
//!   price list (one warning).
//! * opened: `engage_date`; else `close_date`; else the export's last date
//!   (Prospecting rows have no date at all).
//! * closed: `close_date`, required for Won and Lost, not kept for open deals.
//! * title: the product, its spelling put right when only case, spaces or
//!   punctuation differ from products.csv (`GTXPro` → `GTX Pro`).

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use super::super::problems::Problems;
use super::super::text::{compact, name_key};
use super::super::variants::Variants;
use super::book::{Book, is_closing};
use super::index::Index;
use super::people::People;
use super::pipeline::{Opportunity, Pipeline};
use super::read::{Account, Product};
use super::strings::Sym;
use crate::diagnostic::{Arg, codes};
use crate::model::{DealStage, is_entry_id};
use crate::msg;

/// What the deals are checked against.
pub(crate) struct Context<'a> {
    pub(crate) people: &'a People,
    pub(crate) products: Option<&'a [Product]>,
    pub(crate) accounts: &'a [Account],
    /// The accounts by name key.
    pub(crate) index: &'a Index,
    /// Deal ids in the records → the client holding them.
    pub(crate) taken: &'a BTreeMap<String, String>,
    /// Whether each account (by its key's position in the index) is
    /// already in the records: its deals are left out.
    pub(crate) existing_accounts: &'a [bool],
    pub(crate) skip_existing: bool,
    /// The export's last date: `opened` of deals without any date.
    pub(crate) export_day: NaiveDate,
}

/// The rows and what was made of the names they give, once per name.
struct Rows<'a> {
    pipe: &'a Pipeline,
    /// An agent's member id (`None`: unknown).
    agents: HashMap<Sym, Option<Box<str>>>,
    book: Book,
    no_prices: bool,
}

/// Reads every opportunity: the deals to import, each as its account's
/// key's place in the index and its row's number, and the book they
/// are read through.
pub(crate) fn deals(
    pipe: &Pipeline,
    cx: &Context<'_>,
    variants: &mut Variants,
    skipped: &mut BTreeMap<&'static str, usize>,
    p: &mut Problems,
) -> (Vec<(u32, u32)>, Book) {
    let mut out: Vec<(u32, u32)> = Vec::new();
    let twice = pipe.repeated();
    let list = cx.products.map(|list| {
        list.iter()
            .map(|x| (x.name.text.clone(), x.price))
            .collect()
    });
    let mut rows = Rows {
        pipe,
        agents: HashMap::new(),
        book: Book {
            list,
            export_day: cx.export_day,
            ..Book::default()
        },
        no_prices: false,
    };
    for ((i, o), twice) in pipe.rows.numbered().zip(twice) {
        let id = pipe.text(o.id);
        if twice {
            p.error(
                codes::IMPORT_VALUE,
                "import-kind-twice",
                pipe.span(o, o.id_at),
                msg!("import-opportunity-twice", id = id),
            );
            continue;
        }
        let Some(account) = o.account.map(|a| pipe.text(a)) else {
            p.warning(
                codes::IMPORT_SKIPPED,
                "import-why-no-account",
                pipe.span(o, o.account_at),
                msg!("import-no-account", id = id),
            );
            *skipped.entry("import-why-no-account").or_default() += 1;
            continue;
        };
        let key = name_key(account);
        let found = cx.index.find(&key);
        let a = found.and_then(|pos| cx.accounts.get(cx.index.place(pos)?));
        let (Some(pos), Some(a)) = (found, a) else {
            p.error(
                codes::IMPORT_REFERENCE,
                "import-kind-unknown-accounts",
                pipe.span(o, o.account_at),
                msg!("import-unknown-account", account = account),
            );
            continue;
        };
        let spelling = a.name();
        if spelling != account {
            variants.note("account", account, spelling, pipe.span(o, o.account_at));
        }
        if cx.existing_accounts.get(pos) == Some(&true) && !cx.skip_existing {
            *skipped.entry("import-why-deals-of-existing").or_default() += 1;
            continue;
        }
        if deal(o, cx, &mut rows, variants, skipped, p).is_some()
            && let Ok(pos) = u32::try_from(pos)
        {
            out.push((pos, i));
        }
    }
    let mut book = rows.book;
    book.agents = rows
        .agents
        .into_iter()
        .filter_map(|(s, id)| Some((s, id?)))
        .collect();
    (out, book)
}

/// Checks the row's deal; `None` when it cannot be imported (reported).
fn deal(
    o: &Opportunity,
    cx: &Context<'_>,
    rows: &mut Rows<'_>,
    variants: &mut Variants,
    skipped: &mut BTreeMap<&'static str, usize>,
    p: &mut Problems,
) -> Option<()> {
    new_id(o, cx, rows.pipe, skipped, p)?;
    let agent = agent(o, cx.people, rows, p);
    let price = product(o, cx.products, rows, variants, p)?;
    let amount = amount(o, price, rows, p);
    let closed = closed(o, rows.pipe, p)?;
    if o.engaged.is_none() && o.stage != DealStage::Lead {
        let day = closed.unwrap_or(cx.export_day);
        p.warning(
            codes::IMPORT_READ_AS,
            "import-kind-no-engage",
            rows.pipe.span(o, o.engaged_at),
            msg!("import-no-engage", id = rows.pipe.text(o.id), day = day),
        );
    }
    agent?;
    amount?;
    Some(())
}

/// The deal's id, unless it is not valid or already in the records.
fn new_id(
    o: &Opportunity,
    cx: &Context<'_>,
    pipe: &Pipeline,
    skipped: &mut BTreeMap<&'static str, usize>,
    p: &mut Problems,
) -> Option<()> {
    let id = pipe.text(o.id);
    if !is_entry_id(id) {
        p.error(
            codes::IMPORT_VALUE,
            "import-kind-bad-ids",
            pipe.span(o, o.id_at),
            msg!("import-bad-deal-id", id = id),
        );
        return None;
    }
    let Some(client) = cx.taken.get(id) else {
        return Some(());
    };
    if cx.skip_existing {
        *skipped.entry("import-why-deals-exist").or_default() += 1;
    } else {
        p.error(
            codes::IMPORT_EXISTS,
            "import-kind-exists",
            pipe.span(o, o.id_at),
            msg!("import-deal-exists", id = id, client = client),
        );
        p.help(msg!("import-skip-existing-help"));
    }
    None
}

/// `close_value` of a won or lost deal; the list price of an open one (0,
/// said once, when there is none).
fn amount(
    o: &Opportunity,
    price: Option<f64>,
    rows: &mut Rows<'_>,
    p: &mut Problems,
) -> Option<f64> {
    let id = rows.pipe.text(o.id);
    if is_closing(o) {
        if o.value().is_none() {
            p.error(
                codes::IMPORT_VALUE,
                "import-kind-missing",
                rows.pipe.row(o),
                msg!(
                    "import-no-close-value",
                    id = id,
                    stage = Arg::value("stage", o.stage)
                ),
            );
        }
        return o.value();
    }
    if price.is_none() && !rows.no_prices {
        rows.no_prices = true;
        p.warning(
            codes::IMPORT_READ_AS,
            "import-kind-no-price",
            rows.pipe.row(o),
            msg!("import-no-price", id = id),
        );
    }
    Some(price.unwrap_or(0.0))
}

/// `closed` of a won or lost deal, none for an open one; `None` when the
/// row cannot be imported (reported).
fn closed(o: &Opportunity, pipe: &Pipeline, p: &mut Problems) -> Option<Option<NaiveDate>> {
    let id = pipe.text(o.id);
    if !is_closing(o) {
        if o.closed.is_some() || o.value().is_some() {
            p.warning(
                codes::IMPORT_SKIPPED,
                "import-kind-open-close",
                pipe.span(o, o.closed_at),
                msg!("import-open-close", id = id),
            );
        }
        return Some(None);
    }
    let Some(c) = o.closed else {
        p.error(
            codes::IMPORT_VALUE,
            "import-kind-missing",
            pipe.span(o, o.closed_at),
            msg!(
                "import-no-close-date",
                id = id,
                stage = Arg::value("stage", o.stage)
            ),
        );
        return Some(None);
    };
    if let Some(e) = o.engaged
        && c < e
    {
        p.error(
            codes::IMPORT_VALUE,
            "import-kind-date-order",
            pipe.span(o, o.closed_at),
            msg!("import-close-before-engage", closed = c, engaged = e),
        );
        return None;
    }
    Some(Some(c))
}

fn agent(o: &Opportunity, people: &People, rows: &mut Rows<'_>, p: &mut Problems) -> Option<()> {
    let pipe = rows.pipe;
    let id = rows
        .agents
        .entry(o.agent)
        .or_insert_with(|| people.id_of(pipe.text(o.agent)).map(Box::from));
    if id.is_none() {
        p.error(
            codes::IMPORT_REFERENCE,
            "import-kind-unknown-agents",
            pipe.span(o, o.agent_at),
            msg!("import-unknown-agent", agent = pipe.text(o.agent)),
        );
        p.help(msg!("import-unknown-agent-help"));
        return None;
    }
    Some(())
}

/// The deal's price (its product's, as products.csv lists it; the
/// product's place in it noted in the book for the deal's title); `None`
/// for a product products.csv does not list (reported).
fn product(
    o: &Opportunity,
    products: Option<&[Product]>,
    rows: &mut Rows<'_>,
    variants: &mut Variants,
    p: &mut Problems,
) -> Option<Option<f64>> {
    let pipe = rows.pipe;
    let (Some(sym), Some(list)) = (o.product, products) else {
        return Some(None);
    };
    let given = pipe.text(sym);
    if let Some(i) = list.iter().position(|x| x.name.text == given) {
        rows.book.products.insert(sym, i);
        return Some(list.get(i)?.price);
    }
    let key = compact(given);
    if let Some(i) = list.iter().position(|x| compact(&x.name.text) == key) {
        let x = list.get(i)?;
        variants.note("product", given, &x.name.text, pipe.span(o, o.product_at));
        rows.book.products.insert(sym, i);
        return Some(x.price);
    }
    p.error(
        codes::IMPORT_REFERENCE,
        "import-kind-unknown-products",
        pipe.span(o, o.product_at),
        msg!("import-unknown-product", product = given),
    );
    p.help(msg!("import-unknown-product-help"));
    None
}
