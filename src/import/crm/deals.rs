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
use crate::diagnostic::{Span, codes};
use crate::model::{DealStage, is_entry_id};

/// A deal to write under its client.
#[derive(Clone, Debug, PartialEq)]
pub struct NewDeal {
    pub id: String,
    pub title: String,
    /// The agent's member id (written only when not the client's owner).
    pub agent: String,
    /// The agent's name in the export (breaks ties for the client's owner).
    pub agent_name: String,
    pub stage: DealStage,
    pub amount: f64,
    pub opened: NaiveDate,
    pub closed: Option<NaiveDate>,
}

/// What the deals are checked against.
pub struct Context<'a> {
    pub people: &'a People,
    pub products: Option<&'a [Product]>,
    /// account name key → the account's own spelling.
    pub accounts: &'a BTreeMap<String, String>,
    /// Deal ids in the records → the client holding them.
    pub taken: &'a BTreeMap<String, String>,
    /// Accounts already in the records (name keys): their deals are left out.
    pub existing_accounts: &'a BTreeSet<String>,
    pub skip_existing: bool,
    /// The export's last date: `opened` of deals without any date.
    pub export_day: NaiveDate,
}

/// Reads every opportunity; returns the deals by account name key.
pub fn deals(
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
                "ids used twice",
                o.id.span,
                format!(
                    "opportunity_id `{}` is used twice in the export: this row is not read",
                    o.id.text
                ),
            );
            continue;
        }
        let Some(account) = &o.account else {
            p.warning(codes::IMPORT_SKIPPED, "deals with no account", o.account_at,
                format!("opportunity {} has no account: a deal lives under a client, so it is not imported", o.id.text));
            *skipped.entry("deals with no account").or_default() += 1;
            continue;
        };
        let key = name_key(&account.text);
        let Some(spelling) = cx.accounts.get(&key) else {
            p.error(
                codes::IMPORT_REFERENCE,
                "unknown accounts",
                account.span,
                format!("account `{}` is not in accounts.csv", account.text),
            );
            continue;
        };
        if *spelling != account.text {
            variants.note("account", &account.text, spelling, account.span);
        }
        if cx.existing_accounts.contains(&key) && !cx.skip_existing {
            *skipped
                .entry("deals of accounts already in the records")
                .or_default() += 1;
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
            "deals with no engage_date",
            o.engaged_at,
            format!("opportunity {id} has no engage_date: it is opened on {day}"),
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
        p.error(codes::IMPORT_VALUE, "bad ids", o.id.span,
            format!("opportunity_id `{id}` is not a valid deal id: letters, digits, `.`, `_` and `-`, at most 64"));
        return None;
    }
    let Some(client) = cx.taken.get(id) else {
        return Some(id.clone());
    };
    if cx.skip_existing {
        *skipped.entry("deals already in the records").or_default() += 1;
    } else {
        p.error(
            codes::IMPORT_EXISTS,
            "records already imported",
            o.id.span,
            format!("deal `{id}` is already in clients/{client}.toml"),
        );
        p.help("run again with --skip-existing to import only what is new");
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
                "rows missing a required value",
                o.row,
                format!("opportunity {id} is {} but has no close_value", o.stage),
            );
        }
        return o.value;
    }
    if price.is_none() && !*no_prices {
        *no_prices = true;
        p.warning(
            codes::IMPORT_READ_AS,
            "open deals without a price",
            o.row,
            format!("no sales_price for opportunity {id}: open deals without a price get amount 0"),
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
            p.warning(codes::IMPORT_SKIPPED, "close values of open deals", o.closed_at,
                format!("opportunity {id} is still open: its close_date and close_value are not imported"));
        }
        return Some(None);
    }
    let Some(c) = o.closed else {
        p.error(
            codes::IMPORT_VALUE,
            "rows missing a required value",
            o.closed_at,
            format!("opportunity {id} is {} but has no close_date", o.stage),
        );
        return Some(None);
    };
    if let Some(e) = o.engaged
        && c < e
    {
        p.error(
            codes::IMPORT_VALUE,
            "dates out of order",
            o.closed_at,
            format!("close_date {c} is before engage_date {e}"),
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
            "unknown sales agents",
            a.span,
            format!("sales agent `{}` is not in sales_teams.csv", a.text),
        );
        p.help("add the agent and their manager to sales_teams.csv, or map the name to a member with --owner-map");
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
        "unknown products",
        given.span,
        format!("product `{}` is not in products.csv", given.text),
    );
    p.help("add it to products.csv with its sales_price, or correct the spelling");
    None
}
