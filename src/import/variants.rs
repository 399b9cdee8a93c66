//! Spellings read as a known variant (`GTXPro` as `GTX Pro`, `technolgy`
//! as `technology`): one warning per distinct spelling, at its first row,
//! with how many rows use it — not one warning per row.

use std::collections::BTreeMap;

use super::problems::Problems;
use crate::diagnostic::{Span, codes};
use crate::msg;

/// The variants met so far: (what, spelling) → (first place, reading, rows).
#[derive(Debug, Default)]
pub(crate) struct Variants {
    seen: BTreeMap<(&'static str, String), (Span, String, usize)>,
}

impl Variants {
    /// `from` (a `what`, e.g. "product") was read as `to` at `span`.
    pub(crate) fn note(&mut self, what: &'static str, from: &str, to: &str, span: Span) {
        self.seen
            .entry((what, from.to_string()))
            .or_insert_with(|| (span, to.to_string(), 0))
            .2 += 1;
    }

    /// One warning per spelling.
    pub(crate) fn report(self, p: &mut Problems) {
        for ((what, from), (span, to, n)) in self.seen {
            let m = if n == 1 {
                msg!("import-variant-row", what = what, from = from, to = to)
            } else {
                msg!(
                    "import-variant-rows",
                    what = what,
                    from = from,
                    to = to,
                    n = n
                )
            };
            p.warning(codes::IMPORT_READ_AS, "import-kind-variants", span, m);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::FileId;

    #[test]
    fn one_warning_per_spelling_with_its_count() {
        let mut v = Variants::default();
        let at = |i: usize| Span::new(FileId(0), i..i + 1);
        v.note("product", "GTXPro", "GTX Pro", at(10));
        v.note("product", "GTXPro", "GTX Pro", at(20));
        v.note("sector", "technolgy", "technology", at(5));
        let mut p = Problems::default();
        v.report(&mut p);
        let m: Vec<(String, u32)> = p
            .list
            .iter()
            .map(|x| (x.diag.message.en(), x.diag.span.start))
            .collect();
        assert_eq!(
            m,
            [
                ("product `GTXPro` is read as `GTX Pro` (2 rows)".into(), 10),
                (
                    "sector `technolgy` is read as `technology` (1 row)".into(),
                    5
                )
            ]
        );
    }
}
