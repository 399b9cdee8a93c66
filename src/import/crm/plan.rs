//! The whole CRM import as a plan: the members to add, and one client per
//! account with its deals. Pure: the export's rows, what the records hold
//! and the options in; the plan and every problem out. The plan refers to
//! the export rather than copying it: a client's deals are the numbers of
//! their rows (read through `super::book`), a new client its account's
//! place.
//!
//! A client from an account: id the slug of its name (`text::slug`, in
//! name order, collisions `-2`, `-3` …, ids of existing clients passed
//! over); owner the agent with the most deals on it (ties: the name first
//! in alphabetical order); `found` its earliest deal `opened`; stage
//! `customer` with `since` = the first Won close_date when a deal is won,
//! else `prospect` while a deal is open, else `lost`; `potential` 3;
//! `industry` the sector (`technolgy` read as `technology`); the other
//! columns under `[extra]`, `subsidiary_of` as the parent's client id.
//! An account already in the records (same name) is refused, or, with
//! `--skip-existing`, only its deals not yet in the records (by id) are
//! added to its client file; an account with no deal to import has no
//! owner and is skipped.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::super::existing::Existing;
use super::super::problems::Problems;
use super::super::text::{name_key, slug, unique};
use super::super::variants::Variants;
use super::book::Book;
use super::clients::{Clients, Made, Parent};
use super::deals;
use super::index::Index;
use super::people::{self, MapRow, NewMember};
use super::pipeline::{Pipeline, Rows};
use super::read::{Account, Agent, Field, Product};
use crate::diagnostic::codes;
use crate::model::{DealStage, Stage};
use crate::msg;

/// Sector spellings put right.
const SECTORS: &[(&str, &str)] = &[("technolgy", "technology")];

/// The export, read.
#[derive(Debug, Default)]
pub(crate) struct Crm {
    pub(crate) accounts: Vec<Account>,
    pub(crate) agents: Vec<Agent>,
    pub(crate) products: Option<Vec<Product>>,
    pub(crate) deals: Pipeline,
}

/// How to import.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Options<'a> {
    pub(crate) owner_map: &'a [MapRow],
    pub(crate) skip_existing: bool,
    /// For an export with no date at all.
    pub(crate) today: NaiveDate,
}

/// What the import creates and what it leaves out.
#[derive(Debug, Default)]
pub(crate) struct Plan {
    pub(crate) members: Vec<NewMember>,
    pub(crate) clients: Clients,
    /// New deals of clients already in the records (`--skip-existing`):
    /// the client's id and the rows of its deals, sorted by `opened`,
    /// then id.
    pub(crate) added: Vec<(String, Vec<u32>)>,
    /// What the deals' rows are read through.
    pub(crate) book: Book,
    /// Why rows were left out → how many.
    pub(crate) skipped: BTreeMap<&'static str, usize>,
}

impl Plan {
    pub(crate) fn deals(&self) -> usize {
        let added: usize = self.added.iter().map(|(_, d)| d.len()).sum();
        self.clients.iter().map(|c| c.deals.len()).sum::<usize>() + added
    }
}

/// The first and last date of the pipeline.
fn span_of_dates(deals: &Rows) -> Option<(NaiveDate, NaiveDate)> {
    let all = deals
        .iter()
        .flat_map(|d| d.engaged.into_iter().chain(d.closed));
    all.fold(None, |acc, d| match acc {
        None => Some((d, d)),
        Some((a, b)) => Some((a.min(d), b.max(d))),
    })
}

/// Each account's client id (by its key's position in the index), and
/// whether it is already in the records (refused, or skipped with
/// `--skip-existing`).
fn client_ids(
    crm: &Crm,
    index: &Index,
    existing: &Existing,
    plan: &mut Plan,
    skip_existing: bool,
    p: &mut Problems,
) -> (Vec<Box<str>>, Vec<bool>) {
    let mut ids: Vec<Box<str>> = Vec::with_capacity(index.len());
    let mut skip: Vec<bool> = Vec::with_capacity(index.len());
    let mut taken: BTreeSet<String> = existing.client_ids.clone();
    for place in index.places() {
        let Some(a) = crm.accounts.get(place) else {
            ids.push(Box::from(""));
            skip.push(true);
            continue;
        };
        let Some(id) = existing.client_named(a.name()) else {
            let id = unique(&slug(a.name(), "client"), &taken);
            ids.push(Box::from(id.as_str()));
            taken.insert(id);
            skip.push(false);
            continue;
        };
        ids.push(Box::from(id));
        skip.push(true);
        if skip_existing {
            *plan.skipped.entry("import-why-accounts-exist").or_default() += 1;
        } else {
            p.error(
                codes::IMPORT_EXISTS,
                "import-kind-exists",
                a.name_at(),
                msg!("import-account-exists", account = a.name(), id = id),
            );
            p.help(msg!("import-skip-existing-help"));
        }
    }
    (ids, skip)
}

pub(crate) fn plan(crm: &Crm, existing: &Existing, opts: Options<'_>, p: &mut Problems) -> Plan {
    let (first, last) = span_of_dates(&crm.deals.rows).unwrap_or((opts.today, opts.today));
    let people = people::resolve(&crm.agents, opts.owner_map, existing, first, p);
    let mut plan = Plan::default();
    let index = Index::new(&crm.accounts, p);
    let (ids, skip) = client_ids(crm, &index, existing, &mut plan, opts.skip_existing, p);
    let cx = deals::Context {
        people: &people,
        products: crm.products.as_deref(),
        accounts: &crm.accounts,
        index: &index,
        taken: &existing.deal_ids,
        existing_accounts: &skip,
        skip_existing: opts.skip_existing,
        export_day: last,
    };
    let mut variants = Variants::default();
    let pipe = &crm.deals;
    let (mut pairs, book) = deals::deals(pipe, &cx, &mut variants, &mut plan.skipped, p);
    plan.book = book;
    // the deals' rows grouped by account (key order), in row order
    pairs.sort_by_key(|(pos, _)| *pos);
    let mut starts: Vec<usize> = Vec::with_capacity(index.len() + 1);
    let mut k = 0;
    for pos in 0..=index.len() {
        while pairs.get(k).is_some_and(|(at, _)| (*at as usize) < pos) {
            k += 1;
        }
        starts.push(k);
    }
    let mut rows: Vec<u32> = pairs.iter().map(|(_, row)| *row).collect();
    drop(pairs);
    let mut clients = Clients::default();
    clients.reserve(skip.iter().filter(|s| !**s).count());
    for (pos, place) in index.places().enumerate() {
        let range = match (starts.get(pos), starts.get(pos + 1)) {
            (Some(s), Some(e)) => *s..*e,
            _ => 0..0,
        };
        let (Some(id), Some(a), Some(deals)) = (
            ids.get(pos),
            crm.accounts.get(place),
            rows.get_mut(range.clone()),
        ) else {
            continue;
        };
        plan.book.sort(pipe, deals);
        if skip.get(pos) == Some(&true) {
            if !deals.is_empty() {
                plan.added.push((id.to_string(), deals.to_vec()));
            }
            continue;
        }
        let of = Of {
            pipe,
            book: &plan.book,
            ids: &ids,
            index: &index,
        };
        match client((pos, place, a), deals, of, &mut clients, &mut variants, p) {
            Some(mut c) => {
                c.deals = range;
                clients.push(c);
            }
            None => *plan.skipped.entry("import-why-no-deal").or_default() += 1,
        }
    }
    clients.ids = ids;
    clients.rows = rows;
    clients.done();
    plan.clients = clients;
    variants.report(p);
    plan.members = people.new;
    plan
}

/// What a client's deals are read through, and the accounts' client ids.
#[derive(Clone, Copy)]
struct Of<'a> {
    pipe: &'a Pipeline,
    book: &'a Book,
    ids: &'a [Box<str>],
    index: &'a Index,
}

/// The member id of the agent with the most deals (ties: the name first
/// in order).
fn owner<'a>(deals: impl Iterator<Item = (&'a str, &'a str)>) -> Option<String> {
    // member id → (deals, the first agent name giving it)
    let mut count: BTreeMap<&str, (usize, &str)> = BTreeMap::new();
    for (agent, name) in deals {
        let e = count.entry(agent).or_insert((0, name));
        e.0 += 1;
        if name < e.1 {
            e.1 = name;
        }
    }
    count
        .into_iter()
        .max_by(|(_, (n, a)), (_, (m, b))| n.cmp(m).then(b.cmp(a)))
        .map(|(id, _)| id.to_string())
}

fn client(
    (id, account, a): (usize, usize, &Account),
    deals: &[u32],
    of: Of<'_>,
    clients: &mut Clients,
    variants: &mut Variants,
    p: &mut Problems,
) -> Option<Made> {
    let agents = of
        .book
        .deals(of.pipe, deals)
        .map(|d| (d.agent, d.agent_name));
    let Some(owner) = owner(agents) else {
        p.warning(
            codes::IMPORT_SKIPPED,
            "import-why-no-deal",
            a.name_at(),
            msg!("import-no-deal", account = a.name()),
        );
        return None;
    };
    let read = || of.book.deals(of.pipe, deals);
    let won = read()
        .filter(|d| d.stage == DealStage::Won)
        .filter_map(|d| d.closed)
        .min();
    let open = read().any(|d| d.closed.is_none());
    let stage = match (won, open) {
        (Some(_), _) => Stage::Customer,
        (None, true) => Stage::Prospect,
        (None, false) => Stage::Lost,
    };
    let found = read().map(|d| d.opened).min()?;
    if let Some(s) = a.sector() {
        note_industry(s, variants);
    }
    let parent = match a.parent() {
        Some(x) => parent(x, of, clients, p),
        None => Parent::None,
    };
    Some(Made {
        id,
        account,
        stage,
        owner,
        found,
        since: won,
        parent,
        deals: 0..0,
    })
}

/// `industry`: the account's `sector`, its misspellings put right.
pub(crate) fn industry(a: &Account) -> Option<&str> {
    let (s, _) = a.sector()?;
    match SECTORS.iter().find(|(bad, _)| s.eq_ignore_ascii_case(bad)) {
        Some((_, good)) => Some(good),
        None => Some(s),
    }
}

/// Notes a misspelt `sector` read as its right spelling.
fn note_industry((s, at): Field<'_>, variants: &mut Variants) {
    if let Some((_, good)) = SECTORS.iter().find(|(bad, _)| s.eq_ignore_ascii_case(bad)) {
        variants.note("sector", s, good, at);
    }
}

/// `subsidiary_of` as the parent's client id, else as written.
fn parent((x, at): Field<'_>, of: Of<'_>, clients: &mut Clients, p: &mut Problems) -> Parent {
    let found = of
        .index
        .find(&name_key(x))
        .filter(|pos| *pos < of.ids.len());
    match found.and_then(|pos| u32::try_from(pos).ok()) {
        Some(pos) => Parent::Id(pos),
        None => {
            p.warning(
                codes::IMPORT_READ_AS,
                "import-kind-unknown-parents",
                at,
                msg!("import-unknown-parent", parent = x),
            );
            clients.written(x)
        }
    }
}

#[cfg(test)]
mod tests;
