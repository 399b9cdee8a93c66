//! `appraisal --member ID --from M1 --to M2`: one member's appraisal month
//! by month, each month ranked among that month's whole team.

use chrono::{NaiveDate, NaiveDateTime};

use crate::model::{Records, YearMonth};
use crate::render::{Cell, Table};
use crate::report::people::appraisal::{self, AppraisalRow};

/// The months `from ..= to` that have begun by `d`.
pub(crate) fn months(from: YearMonth, to: YearMonth, d: NaiveDate) -> Vec<YearMonth> {
    let last = to.min(YearMonth::of(d));
    let mut out = Vec::new();
    let mut m = from;
    while m <= last {
        out.push(m);
        m = m.next();
    }
    out
}

/// `member`'s appraisal rows for each month of `from ..= to` up to D's
/// month in which it is appraised (in the KPI), oldest first.
pub(crate) fn history(
    records: &Records,
    member: &str,
    from: YearMonth,
    to: YearMonth,
    now: NaiveDateTime,
    d: NaiveDate,
) -> Vec<(YearMonth, AppraisalRow)> {
    months(from, to, d)
        .into_iter()
        .filter_map(|m| {
            appraisal::rows(records, m, now, d)
                .into_iter()
                .find(|r| *r.member == *member)
                .map(|r| (m, r))
        })
        .collect()
}

/// The appraisal columns, then `period` (the month judged).
pub(crate) fn to_table(rows: &[(YearMonth, AppraisalRow)]) -> Table {
    let mut columns = appraisal::COLUMNS.to_vec();
    columns.push("period");
    let mut t = Table::new(&columns);
    for (m, r) in rows {
        let mut cells = appraisal::cells(r);
        cells.push(Cell::text(m.to_string()));
        t.push(cells);
    }
    t
}
