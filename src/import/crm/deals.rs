//! One opportunity of sales_pipeline.csv as a clientele deal: its client
//! (the account), owner (the agent), stage, amount and dates, or the
//! reason it is not imported.
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

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::super::problems::Problems;
use super::super::text::{compact, name_key};
use super::super::values::Text;
use super::super::variants::Variants;
use super::people::People;
use super::read::{Opportunity, Product};
use crate::diagnostic::{Arg, Span, codes};
use crate::model::{DealStage, is_entry_id};
use crate::msg;

/// A deal to write under its client.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct NewDeal {
    pub(crate) id: String,
    pub(crate) title: String,
    /// The agent's member id (written only when not the client's owner).
    pub(crate) agent: String,
    /// The agent's name in the export (breaks ties for the client's owner).
    pub(crate) agent_name: String,
    pub(crate) stage: DealStage,
    pub(crate) amount: f64,
    pub(crate) opened: NaiveDate,
    pub(crate) closed: Option<NaiveDate>,
}

/// What the deals are checked against.
pub(crate) struct Context<'a> {
    pub(crate) people: &'a People,
    pub(crate) products: Option<&'a [Product]>,
    /// account name key → the account's own spelling.
    pub(crate) accounts: &'a BTreeMap<String, String>,
    /// Deal ids in the records → the client holding them.
    pub(crate) taken: &'a BTreeMap<String, String>,
    /// Accounts already in the records (name keys): their deals are left out.
    pub(crate) existing_accounts: &'a BTreeSet<String>,
    pub(crate) skip_existing: bool,
    /// The export's last date: `opened` of deals without any date.
    pub(crate) export_day: NaiveDate,
}

/// Reads every opportunity; returns the deals by account name key.
pub(crate) fn deals(
    rows: &[Opportunity],
    cx: &Context<'_>,
    variants: &mut Variants,
    skipped: &mut BTreeMap<&'static str, usize>,
    p: &mut Problems,
) -> BTreeMap<String, Vec<NewDeal>> {
    let mut out: BTreeMap<String, Vec<NewDeal>> = BTreeMap::new();
    let mut seen: BTreeMap<&str, Span> = BTreeMap::new();
    let mut no_prices = false;
    for o in rows {
        if seen.insert(&o.id.text, o.id.span).is_some() {
            p.error(
                codes::IMPORT_VALUE,
                "import-kind-twice",
                o.id.span,
                msg!("import-opportunity-twice", id = &o.id.text),
            );
            continue;
        }
        let Some(account) = &o.account else {
            p.warning(
                codes::IMPORT_SKIPPED,
                "import-why-no-account",
                o.account_at,
                msg!("import-no-account", id = &o.id.text),
            );
            *skipped.entry("import-why-no-account").or_default() += 1;
            continue;
        };
        let key = name_key(&account.text);
        let Some(spelling) = cx.accounts.get(&key) else {
            p.error(
                codes::IMPORT_REFERENCE,
                "import-kind-unknown-accounts",
                account.span,
                msg!("import-unknown-account", account = &account.text),
            );
            continue;
        };
        if *spelling != account.text {
            variants.note("account", &account.text, spelling, account.span);
        }
        if cx.existing_accounts.contains(&key) && !cx.skip_existing {
            *skipped.entry("import-why-deals-of-existing").or_default() += 1;
            continue;
        }
        if let Some(deal) = deal(o, cx, variants, &mut no_prices, skipped, p) {
            out.entry(key).or_default().push(deal);
        }
    }
    out
}

fn deal(
    o: &Opportunity,
    cx: &Context<'_>,
    variants: &mut Variants,
    no_prices: &mut bool,
    skipped: &mut BTreeMap<&'static str, usize>,
    p: &mut Problems,
) -> Option<NewDeal> {
    let id = new_id(o, cx, skipped, p)?;
    let agent = agent(&o.agent, cx.people, p);
    let (title, price) = product(o, cx.products, variants, p)?;
    let amount = amount(o, price, no_prices, p);
    let closed = closed(o, p)?;
    if o.engaged.is_none() && o.stage != DealStage::Lead {
        let day = closed.unwrap_or(cx.export_day);
        p.warning(
            codes::IMPORT_READ_AS,
            "import-kind-no-engage",
            o.engaged_at,
            msg!("import-no-engage", id = &id, day = day),
        );
    }
    Some(NewDeal {
        id,
        title,
        agent: agent?,
        agent_name: o.agent.text.clone(),
        stage: o.stage,
        amount: amount?,
        opened: o.engaged.or(closed).unwrap_or(cx.export_day),
        closed,
    })
}

/// The deal's id, unless it is not valid or already in the records.
fn new_id(
    o: &Opportunity,
    cx: &Context<'_>,
    skipped: &mut BTreeMap<&'static str, usize>,
    p: &mut Problems,
) -> Option<String> {
    let id = &o.id.text;
    if !is_entry_id(id) {
        p.error(
            codes::IMPORT_VALUE,
            "import-kind-bad-ids",
            o.id.span,
            msg!("import-bad-deal-id", id = id),
        );
        return None;
    }
    let Some(client) = cx.taken.get(id) else {
        return Some(id.clone());
    };
    if cx.skip_existing {
        *skipped.entry("import-why-deals-exist").or_default() += 1;
    } else {
        p.error(
            codes::IMPORT_EXISTS,
            "import-kind-exists",
            o.id.span,
            msg!("import-deal-exists", id = id, client = client),
        );
        p.help(msg!("import-skip-existing-help"));
    }
    None
}

fn is_closing(o: &Opportunity) -> bool {
    matches!(o.stage, DealStage::Won | DealStage::Lost)
}

/// `close_value` of a won or lost deal; the list price of an open one (0,
/// said once, when there is none).
fn amount(
    o: &Opportunity,
    price: Option<f64>,
    no_prices: &mut bool,
    p: &mut Problems,
) -> Option<f64> {
    let id = &o.id.text;
    if is_closing(o) {
        if o.value.is_none() {
            p.error(
                codes::IMPORT_VALUE,
                "import-kind-missing",
                o.row,
                msg!(
                    "import-no-close-value",
                    id = id,
                    stage = Arg::value("stage", o.stage)
                ),
            );
        }
        return o.value;
    }
    if price.is_none() && !*no_prices {
        *no_prices = true;
        p.warning(
            codes::IMPORT_READ_AS,
            "import-kind-no-price",
            o.row,
            msg!("import-no-price", id = id),
        );
    }
    Some(price.unwrap_or(0.0))
}

/// `closed` of a won or lost deal, none for an open one; `None` when the
/// row cannot be imported (reported).
fn closed(o: &Opportunity, p: &mut Problems) -> Option<Option<NaiveDate>> {
    let id = &o.id.text;
    if !is_closing(o) {
        if o.closed.is_some() || o.value.is_some() {
            p.warning(
                codes::IMPORT_SKIPPED,
                "import-kind-open-close",
                o.closed_at,
                msg!("import-open-close", id = id),
            );
        }
        return Some(None);
    }
    let Some(c) = o.closed else {
        p.error(
            codes::IMPORT_VALUE,
            "import-kind-missing",
            o.closed_at,
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
            o.closed_at,
            msg!("import-close-before-engage", closed = c, engaged = e),
        );
        return None;
    }
    Some(Some(c))
}

fn agent(a: &Text, people: &People, p: &mut Problems) -> Option<String> {
    let id = people.id_of(&a.text).map(str::to_string);
    if id.is_none() {
        p.error(
            codes::IMPORT_REFERENCE,
            "import-kind-unknown-agents",
            a.span,
            msg!("import-unknown-agent", agent = &a.text),
        );
        p.help(msg!("import-unknown-agent-help"));
    }
    id
}

/// The deal's title (the product as products.csv spells it) and price;
/// `None` for a product products.csv does not list (reported).
fn product(
    o: &Opportunity,
    products: Option<&[Product]>,
    variants: &mut Variants,
    p: &mut Problems,
) -> Option<(String, Option<f64>)> {
    let Some(given) = &o.product else {
        return Some((format!("opportunity {}", o.id.text), None));
    };
    let Some(list) = products else {
        return Some((given.text.clone(), None));
    };
    if let Some(x) = list.iter().find(|x| x.name.text == given.text) {
        return Some((x.name.text.clone(), x.price));
    }
    let key = compact(&given.text);
    if let Some(x) = list.iter().find(|x| compact(&x.name.text) == key) {
        variants.note("product", &given.text, &x.name.text, given.span);
        return Some((x.name.text.clone(), x.price));
    }
    p.error(
        codes::IMPORT_REFERENCE,
        "import-kind-unknown-products",
        given.span,
        msg!("import-unknown-product", product = &given.text),
    );
    p.help(msg!("import-unknown-product-help"));
    None
}
