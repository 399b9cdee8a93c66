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

pub(crate) mod render;
mod rows;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDateTime;

use super::existing::Existing;
use super::problems::Problems;
use super::table::Input;
use super::text::same_name;
use super::values::Text;
use super::variants::Variants;
use crate::diagnostic::{Span, codes};
use crate::model::{Channel, Severity};
use crate::msg;
use rows::{Cols, Seen, complaint, value};

/// The columns that find the header line.
pub(crate) const COLUMNS: &[&str] = &["Complaint ID", "Date received", "Product", "Issue"];

/// The columns the import reads; the others (the narrative …) are never held.
const KEPT: [&str; 10] = [
    "Complaint ID",
    "Date received",
    "Date sent to company",
    "Product",
    "Issue",
    "Sub-issue",
    "Company",
    "Company response to consumer",
    "Timely response?",
    "Submitted via",
];

/// The columns the import reads: [`KEPT`] and the severity map's column.
pub(crate) fn kept(map: Option<&SeverityMap>) -> Vec<&str> {
    let mut kept = KEPT.to_vec();
    kept.extend(map.map(|m| m.column.text.as_str()));
    kept
}

/// One row of a severity map: a value of the export's `column` → severity.
#[derive(Clone, Debug)]
pub(crate) struct SeverityMap {
    pub(crate) column: Text,
    pub(crate) rows: Vec<(Text, Severity)>,
}

/// How to import.
#[derive(Clone, Debug)]
pub(crate) struct Options {
    pub(crate) client: String,
    pub(crate) handler: String,
    pub(crate) severity: Severity,
    pub(crate) map: Option<SeverityMap>,
    pub(crate) company: Option<String>,
    pub(crate) id_prefix: String,
    pub(crate) skip_existing: bool,
}

/// A complaint to append.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct NewComplaint {
    pub(crate) id: String,
    pub(crate) received: NaiveDateTime,
    pub(crate) severity: Severity,
    pub(crate) channel: Option<Channel>,
    pub(crate) summary: String,
    pub(crate) responded: Option<NaiveDateTime>,
    pub(crate) resolved: Option<NaiveDateTime>,
    pub(crate) extra: Vec<(&'static str, String)>,
}

/// What the import appends and what it leaves out.
#[derive(Debug, Default)]
pub(crate) struct Plan {
    /// Sorted by received, then id.
    pub(crate) complaints: Vec<NewComplaint>,
    pub(crate) skipped: BTreeMap<&'static str, usize>,
}

/// `Submitted via` as a channel.
pub(crate) fn channel(via: &str) -> Channel {
    match via.trim().to_lowercase().as_str() {
        "web" => Channel::Web,
        "phone" => Channel::Phone,
        "email" | "e-mail" => Channel::Email,
        _ => Channel::Other,
    }
}

/// Reads a severity map (`Issue,severity` …); problems at its cells.
pub(crate) fn severity_map(input: &Input, header: Text, p: &mut Problems) -> SeverityMap {
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
                "import-kind-bad-severities",
                s.span,
                msg!("import-bad-severity", text = s.text),
            ),
        }
    }
    SeverityMap {
        column: header,
        rows,
    }
}

pub(crate) fn plan(input: &Input, existing: &Existing, o: &Options, p: &mut Problems) -> Plan {
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
            *seen
                .skipped
                .entry("import-why-other-companies")
                .or_default() += 1;
            continue;
        }
        matched += 1;
        complaints.extend(complaint(&row, &cols, &mut seen, p));
    }
    if let Some(want) = &o.company
        && matched == 0
    {
        p.warning(
            codes::IMPORT_SKIPPED,
            "import-kind-no-company",
            Span::file_start(input.file),
            msg!("import-no-company", company = want),
        );
    }
    seen.variants.report(p);
    complaints.sort_by(|a: &NewComplaint, b| (a.received, &a.id).cmp(&(b.received, &b.id)));
    Plan {
        complaints,
        skipped: seen.skipped,
    }
}
