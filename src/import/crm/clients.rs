//! The plan's new clients, compactly: each a record of fixed size (its
//! account's place, its key's place among the client ids, stage, dates,
//! owner and parent as numbers, its deals a range of one list of row
//! numbers), read as a [`NewClient`] of borrowed texts. An owned client
//! (id, owner and parent strings, a list of rows) took some 120 bytes
//! more, which counts when an export has an account for each
//! opportunity.

use std::collections::HashMap;
use std::ops::Range;

use chrono::NaiveDate;

use crate::model::Stage;

/// A client file to create, as the plan holds it. Its name, sector and
/// other columns are its account's (`Crm::accounts`), read when its file
/// is written.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct NewClient<'a> {
    pub(crate) id: &'a str,
    /// Its account's place in `Crm::accounts`.
    pub(crate) account: usize,
    pub(crate) stage: Stage,
    pub(crate) owner: &'a str,
    pub(crate) found: NaiveDate,
    pub(crate) since: Option<NaiveDate>,
    /// `subsidiary_of`: the parent's client id, else its name as written.
    pub(crate) parent: Option<&'a str>,
    /// The rows of its deals, sorted by `opened`, then id.
    pub(crate) deals: &'a [u32],
}

/// `subsidiary_of` as planned.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Parent {
    None,
    /// The client id at this place of [`Clients::ids`].
    Id(u32),
    /// As written: this place of the parents kept as written.
    Written(u32),
}

/// A client to create (see [`NewClient`]).
#[derive(Clone, Debug)]
struct Planned {
    id: u32,
    account: u32,
    owner: u32,
    deals: (u32, u32),
    found: NaiveDate,
    since: Option<NaiveDate>,
    parent: Parent,
    stage: Stage,
}

/// What a client is planned of (its texts by place, see [`Planned`]).
pub(crate) struct Made {
    pub(crate) id: usize,
    pub(crate) account: usize,
    pub(crate) stage: Stage,
    pub(crate) owner: String,
    pub(crate) found: NaiveDate,
    pub(crate) since: Option<NaiveDate>,
    pub(crate) parent: Parent,
    pub(crate) deals: Range<usize>,
}

/// The new clients.
#[derive(Debug, Default)]
pub(crate) struct Clients {
    /// Each account's client id, by its key's place in the index.
    pub(crate) ids: Vec<Box<str>>,
    /// The rows of the deals, each client's a range.
    pub(crate) rows: Vec<u32>,
    owners: Vec<Box<str>>,
    owner_of: HashMap<Box<str>, u32>,
    written: Vec<Box<str>>,
    list: Vec<Planned>,
}

impl Clients {
    /// A parent as written.
    pub(crate) fn written(&mut self, x: &str) -> Parent {
        let n = u32::try_from(self.written.len()).unwrap_or(u32::MAX);
        self.written.push(Box::from(x));
        Parent::Written(n)
    }

    /// Adds a client (one whose places do not fit 4 bytes is left out).
    pub(crate) fn push(&mut self, c: Made) {
        let next = u32::try_from(self.owners.len()).unwrap_or(u32::MAX);
        let owner = match self.owner_of.get(c.owner.as_str()) {
            Some(n) => *n,
            None => {
                let boxed: Box<str> = c.owner.into_boxed_str();
                self.owners.push(boxed.clone());
                self.owner_of.insert(boxed, next);
                next
            }
        };
        let fit = |n: usize| u32::try_from(n).ok();
        let (Some(id), Some(account), Some(start), Some(end)) = (
            fit(c.id),
            fit(c.account),
            fit(c.deals.start),
            fit(c.deals.end),
        ) else {
            return;
        };
        self.list.push(Planned {
            id,
            account,
            owner,
            deals: (start, end),
            found: c.found,
            since: c.since,
            parent: c.parent,
            stage: c.stage,
        });
    }

    /// Lets go of what only making the clients needed.
    pub(crate) fn done(&mut self) {
        self.owner_of = HashMap::new();
        self.list.shrink_to_fit();
    }

    /// Room for `n` clients.
    pub(crate) fn reserve(&mut self, n: usize) {
        self.list.reserve_exact(n);
    }

    #[allow(clippy::len_without_is_empty)]
    pub(crate) fn len(&self) -> usize {
        self.list.len()
    }

    /// The clients, in the order they were planned.
    pub(crate) fn iter<'a>(&'a self) -> impl Iterator<Item = NewClient<'a>> + 'a {
        self.list.iter().map(|c| {
            let text = |list: &'a [Box<str>], n: u32| -> &'a str {
                list.get(n as usize).map(|s| &**s).unwrap_or("")
            };
            NewClient {
                id: text(&self.ids, c.id),
                account: c.account as usize,
                stage: c.stage,
                owner: text(&self.owners, c.owner),
                found: c.found,
                since: c.since,
                parent: match c.parent {
                    Parent::None => None,
                    Parent::Id(n) => Some(text(&self.ids, n)),
                    Parent::Written(n) => Some(text(&self.written, n)),
                },
                deals: self
                    .rows
                    .get(c.deals.0 as usize..c.deals.1 as usize)
                    .unwrap_or_default(),
            }
        })
    }
}
