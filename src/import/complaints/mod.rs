//! `import complaints FILE`: the rows of a complaint export shaped like the
//! US CFPB's Consumer Complaint Database as `[[complaint]]` entries of one
//! client. `plan` reads and checks every row; `render` builds the entries.
//!
//! * id: `Complaint ID` (with `--id-prefix` in front).
//! * received: `Date received`, at 00:00.
//! * responded: `Date sent to company`, at 00:00 (the export has no date of
//!   the company's own answer; this is the day the complaint was passed on).
//! * resolved: the same day when `Company response to consumer` starts with
//!   `Closed`; none while `In progress` or after an `Untimely response`.
//! * severity: from `--severity-map` (a CSV `<export column>,severity`),
//!   else `--severity` (default medium).
//! * channel: `Submitted via`: Web → web, Phone → phone, Email → email,
//!   anything else (Referral, Postal mail, Fax) → other.
//! * summary: `Product: Issue`, retired product names read as the current
//!   ones (`Credit card` → `Credit card or prepaid card`).
//! * extra: company, sub_issue, company_response, timely_response.
//!
//! Dropped: the consumer's narrative, Sub-product, Company public response,
//! State, ZIP code, Tags, consent and Consumer disputed. `N/A`, `I do not
//! know` and empty cells are all "missing".

pub mod render;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{NaiveDate, NaiveDateTime};

use super::existing::Existing;
use super::problems::Problems;
use super::table::{Input, Row};
use super::text::same_name;
use super::values::{self, Text};
use super::variants::Variants;
use crate::diagnostic::{Span, codes};
use crate::model::{Channel, Severity, is_entry_id};

/// The columns that find the header line.
pub const COLUMNS: &[&str] = &["Complaint ID", "Date received", "Product", "Issue"];

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

/// One row of a severity map: a value of the export's `column` → severity.
#[derive(Clone, Debug)]
pub struct SeverityMap {
    pub column: Text,
    pub rows: Vec<(Text, Severity)>,
}

/// How to import.
#[derive(Clone, Debug)]
pub struct Options {
    pub client: String,
    pub handler: String,
    pub severity: Severity,
    pub map: Option<SeverityMap>,
    pub company: Option<String>,
    pub id_prefix: String,
    pub skip_existing: bool,
}

/// A complaint to append.
#[derive(Clone, Debug, PartialEq)]
pub struct NewComplaint {
    pub id: String,
    pub received: NaiveDateTime,
    pub severity: Severity,
    pub channel: Option<Channel>,
    pub summary: String,
    pub responded: Option<NaiveDateTime>,
    pub resolved: Option<NaiveDateTime>,
    pub extra: Vec<(&'static str, String)>,
}

/// What the import appends and what it leaves out.
#[derive(Debug, Default)]
pub struct Plan {
    /// Sorted by received, then id.
    pub complaints: Vec<NewComplaint>,
    pub skipped: BTreeMap<&'static str, usize>,
}

/// A cell with a value: not empty, not `N/A`, not `I do not know`.
fn value<'a>(row: &Row<'a>, col: Option<usize>) -> Option<super::table::Cell<'a>> {
    row.cell(col).filter(|c| {
        !c.text.eq_ignore_ascii_case("n/a") && !c.text.eq_ignore_ascii_case("i do not know")
    })
}

/// `Submitted via` as a channel.
pub fn channel(via: &str) -> Channel {
    match via.trim().to_lowercase().as_str() {
        "web" => Channel::Web,
        "phone" => Channel::Phone,
        "email" | "e-mail" => Channel::Email,
        _ => Channel::Other,
    }
}

/// Reads a severity map (`Issue,severity` …); problems at its cells.
pub fn severity_map(input: &Input, header: Text, p: &mut Problems) -> SeverityMap {
    let key = input.columns().iter().position(|c| c != "severity");
    let sev = input.col("severity");
    let mut rows = Vec::new();
    for row in input.rows() {
        let (Some(k), Some(s)) = (row.cell(key), row.cell(sev)) else {
            continue;
        };
        match Severity::parse(&s.text.to_lowercase()) {
            Some(level) => rows.push((Text::from(k), level)),
            None => p.error(
                codes::IMPORT_VALUE,
                "bad severities",
                s.span,
                format!("severity `{}` is not one of high, medium, low", s.text),
            ),
        }
    }
    SeverityMap {
        column: header,
        rows,
    }
}

/// The export's columns the import reads.
struct Cols {
    id: Option<usize>,
    received: Option<usize>,
    sent: Option<usize>,
    product: Option<usize>,
    issue: Option<usize>,
    sub_issue: Option<usize>,
    company: Option<usize>,
    response: Option<usize>,
    timely: Option<usize>,
    via: Option<usize>,
    /// The severity map and the column it reads.
    map: Option<(SeverityMap, Option<usize>)>,
}

impl Cols {
    fn new(input: &Input, o: &Options, p: &mut Problems) -> Cols {
        let c = |n: &str| input.col(n);
        let map = o.map.clone().map(|m| {
            let col = input.col(&m.column.text);
            if col.is_none() {
                p.error(codes::IMPORT_REFERENCE, "severity maps naming no column", m.column.span,
                    format!("the export has no column `{}`: the severity map's first column names one (e.g. Issue)", m.column.text));
            }
            (m, col)
        });
        Cols {
            id: c("Complaint ID"),
            received: c("Date received"),
            sent: c("Date sent to company"),
            product: c("Product"),
            issue: c("Issue"),
            sub_issue: c("Sub-issue"),
            company: c("Company"),
            response: c("Company response to consumer"),
            timely: c("Timely response?"),
            via: c("Submitted via"),
            map,
        }
    }
}

/// What one import run has seen so far.
struct Seen<'a> {
    existing: &'a Existing,
    o: &'a Options,
    ids: BTreeSet<String>,
    variants: Variants,
    skipped: BTreeMap<&'static str, usize>,
}

pub fn plan(input: &Input, existing: &Existing, o: &Options, p: &mut Problems) -> Plan {
    let cols = Cols::new(input, o, p);
    let mut seen = Seen {
        existing,
        o,
        ids: BTreeSet::new(),
        variants: Variants::default(),
        skipped: BTreeMap::new(),
    };
    let mut complaints = Vec::new();
    let mut matched = 0;
    for row in input.rows() {
        if let Some(want) = &o.company
            && !value(&row, cols.company).is_some_and(|x| same_name(x.text, want))
        {
            *seen.skipped.entry("rows of other companies").or_default() += 1;
            continue;
        }
        matched += 1;
        complaints.extend(complaint(&row, &cols, &mut seen, p));
    }
    if let Some(want) = &o.company
        && matched == 0
    {
        p.warning(codes::IMPORT_SKIPPED, "companies not found", Span::file_start(input.file),
            format!("no row names the company `{want}`: nothing to import (compare the export's Company column)"));
    }
    seen.variants.report(p);
    complaints.sort_by(|a: &NewComplaint, b| (a.received, &a.id).cmp(&(b.received, &b.id)));
    Plan {
        complaints,
        skipped: seen.skipped,
    }
}

/// The complaint's id, unless the row is not to be imported.
fn id(row: &Row<'_>, cols: &Cols, seen: &mut Seen<'_>, p: &mut Problems) -> Option<String> {
    let Some(raw) = row.cell(cols.id) else {
        p.error(
            codes::IMPORT_VALUE,
            "rows missing a required value",
            row.at(cols.id),
            "Complaint ID is empty: the row is not read".into(),
        );
        return None;
    };
    let cid = format!("{}{}", seen.o.id_prefix, raw.text);
    if !is_entry_id(&cid) {
        p.error(
            codes::IMPORT_VALUE,
            "bad ids",
            raw.span,
            format!(
                "`{cid}` is not a valid complaint id: letters, digits, `.`, `_` and `-`, at most 64"
            ),
        );
        return None;
    }
    if !seen.ids.insert(cid.clone()) {
        p.error(
            codes::IMPORT_VALUE,
            "ids used twice",
            raw.span,
            format!(
                "Complaint ID `{}` is used twice in the export: this row is not read",
                raw.text
            ),
        );
        return None;
    }
    if let Some(client) = seen.existing.complaint_ids.get(&cid) {
        if seen.o.skip_existing {
            *seen
                .skipped
                .entry("complaints already in the records")
                .or_default() += 1;
        } else {
            p.error(
                codes::IMPORT_EXISTS,
                "records already imported",
                raw.span,
                format!("complaint `{cid}` is already in clients/{client}.toml"),
            );
            p.help("run again with --skip-existing to import only what is new");
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
            "rows missing a required value",
            row.at(cols.received),
            "Date received is empty: the row is not read".into(),
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
            "dates out of order",
            s.span,
            format!("Date sent to company {sent} is before Date received {received}"),
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
                "rows missing a required value",
                row.at(cols.issue),
                "Product and Issue are empty: nothing to summarise the complaint by".into(),
            );
            None
        }
    }
}

fn complaint(
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channels() {
        assert_eq!(channel("Web"), Channel::Web);
        assert_eq!(channel("Phone"), Channel::Phone);
        assert_eq!(channel("Email"), Channel::Email);
        assert_eq!(channel("Postal mail"), Channel::Other);
        assert_eq!(channel("Referral"), Channel::Other);
        assert_eq!(channel("Fax"), Channel::Other);
    }
}
