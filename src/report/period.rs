//! A closed range of days that narrows a list report: `--month M`, or
//! `--from`/`--to` (either end may be open). Pure: the command passes the
//! parsed flags in; this module only resolves and tests them.

use chrono::NaiveDate;

use crate::model::YearMonth;
use crate::t;

/// The days `from ..= to`; a missing end is unbounded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Period {
    pub(crate) from: Option<NaiveDate>,
    pub(crate) to: Option<NaiveDate>,
}

impl Period {
    /// Everything: no bound.
    #[cfg(test)]
    pub(crate) const ALL: Period = Period {
        from: None,
        to: None,
    };

    /// One calendar month.
    pub(crate) fn month(m: YearMonth) -> Period {
        Period {
            from: Some(m.first_day()),
            to: Some(m.last_day()),
        }
    }

    /// Resolves `--month` and `--from`/`--to`: at most one of the two forms,
    /// and `from` ≤ `to`. The error is a message for the user.
    pub(crate) fn resolve(
        month: Option<YearMonth>,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Period, String> {
        match (month, from, to) {
            (Some(_), Some(_), _) | (Some(_), _, Some(_)) => Err(t!("usage-month-or-range")),
            (Some(m), None, None) => Ok(Period::month(m)),
            (None, Some(f), Some(t)) if f > t => Err(t!(
                "usage-from-after-to",
                from = f.to_string(),
                to = t.to_string()
            )),
            (None, from, to) => Ok(Period { from, to }),
        }
    }

    /// Whether `day` lies in the period.
    pub(crate) fn contains(&self, day: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= day) && self.to.is_none_or(|t| day <= t)
    }

    /// Whether the days `a ..= b` touch the period.
    pub(crate) fn overlaps(&self, a: NaiveDate, b: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= b) && self.to.is_none_or(|t| a <= t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn resolves_the_two_forms() {
        let m: YearMonth = "2026-02".parse().unwrap();
        let p = Period::resolve(Some(m), None, None).unwrap();
        assert_eq!(p.from, Some(day("2026-02-01")));
        assert_eq!(p.to, Some(day("2026-02-28")));
        assert!(Period::resolve(Some(m), Some(day("2026-02-01")), None).is_err());
        assert!(Period::resolve(None, Some(day("2026-02-02")), Some(day("2026-02-01"))).is_err());
        let open = Period::resolve(None, Some(day("2026-02-02")), None).unwrap();
        assert!(open.contains(day("2030-01-01")));
        assert!(!open.contains(day("2026-02-01")));
        assert_eq!(Period::resolve(None, None, None).unwrap(), Period::ALL);
    }

    #[test]
    fn overlap_counts_touching_ends() {
        let p = Period::month("2026-11".parse().unwrap());
        assert!(p.overlaps(day("2026-10-30"), day("2026-11-01")));
        assert!(p.overlaps(day("2026-11-30"), day("2026-12-02")));
        assert!(!p.overlaps(day("2026-10-01"), day("2026-10-31")));
    }
}
