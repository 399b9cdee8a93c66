//! Fitting a table to the terminal: text columns give way first (widest
//! first, one column at a time, never below their header or
//! `MIN_TEXT_WIDTH`); numbers, dates and ids keep their width, so an id can
//! always be copied whole; when that is still too wide, the columns the
//! report marks secondary are left out, last first. Widths are display
//! columns of the text as shown (CJK counts two).

use super::width::{widest, width};
use super::{Cell, Table};

/// A text column is not cut below this many display columns (or its
/// header): past that the table is wider than the terminal instead.
pub(crate) const MIN_TEXT_WIDTH: usize = 10;
/// A cell's padding (one space each side); columns are also one space apart.
pub(crate) const PADDING: usize = 2;

/// Columns that hold ids (of members, clients, complaints, sessions…):
/// never cut.
const ID_COLUMNS: &[&str] = &[
    "id",
    "client",
    "member",
    "owner",
    "handler",
    "chair",
    "session",
    "meeting",
    "ref",
    "deal",
    "approved_by",
    "reports_to",
    "logged_by",
];

/// Which columns are shown, and the content width of each.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Layout {
    /// Indexes of the columns shown, in order.
    pub keep: Vec<usize>,
    /// The content width of each shown column.
    pub widths: Vec<usize>,
}

impl Layout {
    /// The columns left out (indexes, in order).
    pub fn dropped(&self, n: usize) -> Vec<usize> {
        (0..n).filter(|i| !self.keep.contains(i)).collect()
    }
}

/// Whether column `i` keeps its full width: an id column, or one that
/// holds only numbers, dates and the like.
fn is_fixed(table: &Table, i: usize) -> bool {
    ID_COLUMNS.contains(&table.columns[i].as_str())
        || table.rows.iter().all(|r| {
            r.get(i).is_none_or(|c| {
                c.is_number()
                    || matches!(
                        c,
                        Cell::Empty | Cell::Date(_) | Cell::DateTime(_) | Cell::Bool(_)
                    )
            })
        })
}

/// The layout of `table` (with `headers` and `cells` as shown) in `total`
/// display columns; `None`: no limit.
pub(crate) fn layout(
    table: &Table,
    headers: &[String],
    cells: &[Vec<String>],
    total: Option<usize>,
) -> Layout {
    let natural: Vec<usize> = (0..headers.len())
        .map(|i| width(&headers[i]).max(widest(cells.iter().filter_map(|r| r.get(i)))))
        .collect();
    let mut keep: Vec<usize> = (0..headers.len()).collect();
    let Some(total) = total else {
        return Layout {
            keep,
            widths: natural,
        };
    };
    loop {
        let (widths, fits) = shrink(table, headers, &natural, &keep, total);
        let last_secondary = keep
            .iter()
            .rposition(|&i| table.secondary.contains(&table.columns[i]));
        match last_secondary {
            Some(p) if !fits => {
                keep.remove(p);
            }
            _ => return Layout { keep, widths },
        }
    }
}

/// The widths of the `keep` columns shrunk towards `total`, and whether
/// they fit.
fn shrink(
    table: &Table,
    headers: &[String],
    natural: &[usize],
    keep: &[usize],
    total: usize,
) -> (Vec<usize>, bool) {
    let mut widths: Vec<usize> = keep.iter().map(|&i| natural[i]).collect();
    let mins: Vec<usize> = keep
        .iter()
        .map(|&i| {
            if is_fixed(table, i) {
                natural[i]
            } else {
                width(&headers[i]).max(natural[i].min(MIN_TEXT_WIDTH))
            }
        })
        .collect();
    let budget = total.saturating_sub((PADDING + 1) * keep.len());
    while widths.iter().sum::<usize>() > budget {
        // the widest column that can still give way
        let Some(i) = (0..widths.len())
            .filter(|&i| widths[i] > mins[i])
            .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)))
        else {
            break;
        };
        widths[i] -= 1;
    }
    let fits = widths.iter().sum::<usize>() <= budget;
    (widths, fits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wide_table() -> Table {
        let mut t = Table::new(&["client", "name", "due", "days"]);
        t.push(vec![
            Cell::text("limin-plastics"),
            Cell::text("台州利民塑料製品有限公司"),
            Cell::Date("2026-10-26".parse().unwrap()),
            Cell::Int(25),
        ]);
        t
    }

    fn widths(t: &Table, total: usize) -> Layout {
        let headers = t.columns.clone();
        let cells: Vec<Vec<String>> = t
            .rows
            .iter()
            .map(|r| r.iter().map(Cell::display).collect())
            .collect();
        layout(t, &headers, &cells, Some(total))
    }

    #[test]
    fn a_wide_table_keeps_its_natural_widths_when_it_fits() {
        assert_eq!(widths(&wide_table(), 200).widths, [14, 24, 10, 4]);
    }

    #[test]
    fn text_gives_way_widest_first_but_ids_numbers_and_dates_never() {
        // 4 columns: 12 of padding and gaps; 58 − 12 = 46 for content
        assert_eq!(widths(&wide_table(), 58).widths, [14, 18, 10, 4]);
        assert_eq!(widths(&wide_table(), 48).widths, [14, 10, 10, 4]);
        // never below MIN_TEXT_WIDTH or the header: wider than asked
        assert_eq!(widths(&wide_table(), 20).widths, [14, 10, 10, 4]);
    }

    #[test]
    fn secondary_columns_are_left_out_last_first_when_cutting_is_not_enough() {
        let mut t = wide_table();
        t.set_secondary(&["name", "due"]);
        assert_eq!(widths(&t, 58).keep, [0, 1, 2, 3], "fits once cut");
        let l = widths(&t, 40);
        assert_eq!(
            (l.keep.as_slice(), l.widths.as_slice()),
            ([0, 1, 3].as_slice(), [14, 13, 4].as_slice())
        );
        let l = widths(&t, 30);
        assert_eq!(l.keep, [0, 3], "{l:?}");
        assert_eq!(l.dropped(4), [1, 2]);
    }

    /// A followups-like table: ids, CJK names, dates, numbers, secondary
    /// columns.
    fn followups() -> Table {
        let mut t = Table::new(&[
            "client",
            "name",
            "stage",
            "owner",
            "last_contact",
            "due",
            "days_overdue",
        ]);
        t.set_secondary(&["stage", "last_contact"]);
        for (id, name) in [
            ("limin-plastics", "台州利民塑料製品有限公司"),
            ("hd", "華東電子 Huadong"),
        ] {
            t.push(vec![
                Cell::text(id),
                Cell::text(name),
                Cell::text("customer"),
                Cell::text("liu-yang"),
                Cell::Date("2026-07-28".parse().unwrap()),
                Cell::Date("2026-10-26".parse().unwrap()),
                Cell::Int(25),
            ]);
        }
        t
    }

    #[test]
    fn at_40_60_80_and_120_columns_ids_stay_whole_and_the_table_fits_when_it_can() {
        let t = followups();
        let fixed = 14 + 8 + 10 + 10 + 12; // client, owner, due, days_overdue and header widths
        for total in [40, 60, 80, 120] {
            let l = widths(&t, total);
            let used: usize = l.widths.iter().sum::<usize>() + (PADDING + 1) * l.keep.len();
            let client = l.keep.iter().position(|&i| i == 0).unwrap();
            assert_eq!(l.widths[client], 14, "{total}: the id is cut");
            assert!(
                l.keep.contains(&1) && l.keep.contains(&3) && l.keep.contains(&6),
                "{total}"
            );
            if total >= fixed + MIN_TEXT_WIDTH + 5 * (PADDING + 1) {
                assert!(used <= total, "{total}: {used} {l:?}");
            }
            match total {
                120 => assert!(l.dropped(7).is_empty(), "{l:?}"),
                40 | 60 => assert_eq!(l.dropped(7), [2, 4], "{total}"),
                _ => {}
            }
        }
    }

    #[test]
    fn no_width_keeps_every_column_whole() {
        let t = followups();
        let headers = t.columns.clone();
        let cells: Vec<Vec<String>> = t
            .rows
            .iter()
            .map(|r| r.iter().map(Cell::display).collect())
            .collect();
        let l = layout(&t, &headers, &cells, None);
        assert_eq!(l.keep.len(), 7);
        assert_eq!(l.widths[1], 24);
    }
}
