//! Client-level warnings across a client's own entries and across clients
//! (rules §6.1): two clients with the same name, and a client with a won
//! deal that is still a lead or prospect.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::diagnostic::{Arg, Diagnostic, Span, codes};
use crate::model::{DealStage, Records, Stage};
use crate::msg;

/// A client name as people compare them: case, surrounding and repeated
/// white space ignored (full-width spaces included). `client add` refuses a
/// name whose key another client has, and `check` warns on two (rules §6.1).
pub(crate) fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Each client whose name (by [`name_key`]) an earlier client (by id)
/// already has.
pub(crate) fn same_names(records: &Records) -> Vec<Diagnostic> {
    let mut first: BTreeMap<String, &str> = BTreeMap::new();
    let mut out = Vec::new();
    for c in &records.clients {
        let key = name_key(&c.name);
        if key.is_empty() {
            continue;
        }
        match first.get(&key) {
            Some(other) => out.push(same_name(&c.id, other, &c.name, c.spans.of("name"))),
            None => {
                first.insert(key, &c.id.0);
            }
        }
    }
    out
}

/// The warning on `client`, whose name (at `span`) the earlier client
/// `other` already has.
pub(crate) fn same_name(client: &str, other: &str, name: &str, span: Span) -> Diagnostic {
    Diagnostic::warning(
        codes::SAME_NAME,
        span,
        msg!(
            "diag-same-name",
            client = client,
            other = other,
            name = name
        ),
    )
    .with_help(msg!("diag-same-name-help"))
}

/// Each client at stage `lead` or `prospect` with a deal won and closed by
/// `d` (rules §6.1): a won deal makes a customer.
pub(crate) fn won_but_not_customer(records: &Records, d: NaiveDate) -> Vec<Diagnostic> {
    records
        .clients
        .iter()
        .filter(|c| matches!(c.stage, Stage::Lead | Stage::Prospect))
        .filter_map(|c| {
            let deal = c
                .deals
                .iter()
                .filter(|x| x.stage == DealStage::Won)
                .filter(|x| x.closed.is_some_and(|closed| closed <= d))
                .min_by_key(|x| x.closed)?;
            let closed = deal.closed?;
            Some(
                Diagnostic::warning(
                    codes::WON_NOT_CUSTOMER,
                    c.spans.of("stage"),
                    msg!(
                        "diag-won-not-customer",
                        client = &c.id,
                        stage = Arg::value("stage", c.stage),
                        deal = &deal.id,
                        date = closed,
                    ),
                )
                .with_help(msg!("diag-won-not-customer-help", date = closed)),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_without_case_or_extra_spaces() {
        assert_eq!(name_key("  Acme\u{3000} Ltd "), "acme ltd");
        assert_eq!(name_key("雪松 集團"), name_key("雪松  集團"));
        assert_ne!(name_key("雪松集團"), name_key("雪松 集團"));
        assert_eq!(name_key("   "), "");
    }
}
