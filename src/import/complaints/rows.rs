//! One row of a complaint export as a complaint (the mapping is in the
//! parent module's doc), or the reason it is not imported.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::super::existing::Existing;
use super::super::problems::Problems;
use super::super::table::{Cell, Input, Row};
use super::super::text::same_name;
use super::super::values;
use super::super::variants::Variants;
use super::{KEPT, NewComplaint, Options, SeverityMap, channel};
use crate::diagnostic::codes;
use crate::model::is_entry_id;
use crate::msg;

/// Product names the CFPB retired in 2017 → the names that replaced them.
const RETIRED: &[(&str, &str)] = &[
    ("Credit card", "Credit card or prepaid card"),
    ("Prepaid card", "Credit card or prepaid card"),
    ("Bank account or service", "Checking or savings account"),
    ("Payday loan", "Payday loan, title loan, or personal loan"),
    (
        "Credit reporting",
        "Credit reporting, credit repair services, or other personal consumer reports",
    ),
    (
        "Money transfers",
        "Money transfer, virtual currency, or money service",
    ),
    (
        "Virtual currency",
        "Money transfer, virtual currency, or money service",
    ),
];

/// A cell with a value: not empty, not `N/A`, not `I do not know`.
pub(super) fn value<'a>(row: &Row<'a>, col: Option<usize>) -> Option<Cell<'a>> {
    row.cell(col).filter(|c| {
        !c.text.eq_ignore_ascii_case("n/a") && !c.text.eq_ignore_ascii_case("i do not know")
    })
}

/// The export's columns the import reads.
pub(super) struct Cols {
    id: Option<usize>,
    received: Option<usize>,
    sent: Option<usize>,
    product: Option<usize>,
    issue: Option<usize>,
    sub_issue: Option<usize>,
    pub(crate) company: Option<usize>,
    response: Option<usize>,
    timely: Option<usize>,
    via: Option<usize>,
    /// The severity map and the column it reads.
    map: Option<(SeverityMap, Option<usize>)>,
}

impl Cols {
    pub(super) fn new(input: &Input, o: &Options, p: &mut Problems) -> Cols {
        let c = |n: &str| input.col(n);
        let map = o.map.clone().map(|m| {
            let col = input.col(&m.column.text);
            if col.is_none() {
                p.error(
                    codes::IMPORT_REFERENCE,
                    "import-kind-map-no-column",
                    m.column.span,
                    msg!("import-map-no-column", column = &m.column.text),
                );
            }
            (m, col)
        });
        // the names of `super::KEPT`, in its order
        let [
            id,
            received,
            sent,
            product,
            issue,
            sub_issue,
            company,
            response,
            timely,
            via,
        ] = KEPT.map(c);
        Cols {
            id,
            received,
            sent,
            product,
            issue,
            sub_issue,
            company,
            response,
            timely,
            via,
            map,
        }
    }
}

/// What one import run has seen so far.
pub(super) struct Seen<'a> {
    pub(crate) existing: &'a Existing,
    pub(crate) o: &'a Options,
    pub(crate) ids: BTreeSet<String>,
    pub(crate) variants: Variants,
    pub(crate) skipped: BTreeMap<&'static str, usize>,
}

/// The complaint's id, unless the row is not to be imported.
fn id(row: &Row<'_>, cols: &Cols, seen: &mut Seen<'_>, p: &mut Problems) -> Option<String> {
    let Some(raw) = row.cell(cols.id) else {
        p.error(
            codes::IMPORT_VALUE,
            "import-kind-missing",
            row.at(cols.id),
            msg!("import-empty", what = "Complaint ID"),
        );
        return None;
    };
    let cid = format!("{}{}", seen.o.id_prefix, raw.text);
    if !is_entry_id(&cid) {
        p.error(
            codes::IMPORT_VALUE,
            "import-kind-bad-ids",
            raw.span,
            msg!("import-bad-complaint-id", id = &cid),
        );
        return None;
    }
    if !seen.ids.insert(cid.clone()) {
        p.error(
            codes::IMPORT_VALUE,
            "import-kind-twice",
            raw.span,
            msg!("import-complaint-twice", id = raw.text),
        );
        return None;
    }
    if let Some(client) = seen.existing.complaint_ids.get(&cid) {
        if seen.o.skip_existing {
            *seen
                .skipped
                .entry("import-why-complaints-exist")
                .or_default() += 1;
        } else {
            p.error(
                codes::IMPORT_EXISTS,
                "import-kind-exists",
                raw.span,
                msg!("import-complaint-exists", id = &cid, client = client),
            );
            p.help(msg!("import-skip-existing-help"));
        }
        return None;
    }
    Some(cid)
}

/// `Date received` and `Date sent to company`.
fn days(row: &Row<'_>, cols: &Cols, p: &mut Problems) -> Option<(NaiveDate, Option<NaiveDate>)> {
    let Some(got) = row.cell(cols.received) else {
        p.error(
            codes::IMPORT_VALUE,
            "import-kind-missing",
            row.at(cols.received),
            msg!("import-empty", what = "Date received"),
        );
        return None;
    };
    let received = values::date(got, "Date received", p)?;
    let Some(s) = row.cell(cols.sent) else {
        return Some((received, None));
    };
    let sent = values::date(s, "Date sent to company", p)?;
    if sent < received {
        p.error(
            codes::IMPORT_VALUE,
            "import-kind-date-order",
            s.span,
            msg!(
                "import-sent-before-received",
                sent = sent,
                received = received
            ),
        );
        return None;
    }
    Some((received, Some(sent)))
}

/// `Product: Issue`, the product's retired name replaced.
fn summary(
    row: &Row<'_>,
    cols: &Cols,
    variants: &mut Variants,
    p: &mut Problems,
) -> Option<String> {
    let product = value(row, cols.product).map(|x| {
        match RETIRED
            .iter()
            .find(|(old, _)| x.text.eq_ignore_ascii_case(old))
        {
            Some((_, new)) => {
                variants.note("product", x.text, new, x.span);
                new.to_string()
            }
            None => x.text.to_string(),
        }
    });
    match (product, value(row, cols.issue)) {
        (Some(pr), Some(is)) => Some(format!("{pr}: {}", is.text)),
        (Some(pr), None) => Some(pr),
        (None, Some(is)) => Some(is.text.to_string()),
        (None, None) => {
            p.error(
                codes::IMPORT_VALUE,
                "import-kind-missing",
                row.at(cols.issue),
                msg!("import-no-summary"),
            );
            None
        }
    }
}

pub(super) fn complaint(
    row: &Row<'_>,
    cols: &Cols,
    seen: &mut Seen<'_>,
    p: &mut Problems,
) -> Option<NewComplaint> {
    let id = id(row, cols, seen, p)?;
    let (received, sent) = days(row, cols, p)?;
    let summary = summary(row, cols, &mut seen.variants, p)?;
    let severity = cols
        .map
        .as_ref()
        .and_then(|(m, col)| {
            let v = value(row, *col)?;
            m.rows
                .iter()
                .find(|(k, _)| same_name(&k.text, v.text))
                .map(|(_, s)| *s)
        })
        .unwrap_or(seen.o.severity);
    let closed =
        value(row, cols.response).is_some_and(|s| s.text.to_lowercase().starts_with("closed"));
    let responded = sent.and_then(|d| d.and_hms_opt(0, 0, 0));
    let extra = [
        ("company", cols.company),
        ("sub_issue", cols.sub_issue),
        ("company_response", cols.response),
        ("timely_response", cols.timely),
    ]
    .into_iter()
    .filter_map(|(key, col)| value(row, col).map(|v| (key, v.text.to_string())))
    .collect();
    Some(NewComplaint {
        id,
        received: received.and_hms_opt(0, 0, 0)?,
        severity,
        channel: value(row, cols.via).map(|v| channel(v.text)),
        summary,
        responded,
        resolved: if closed { responded } else { None },
        extra,
    })
}
