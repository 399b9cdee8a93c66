//! Numbers outside their allowed range (E0501), reported at the field:
//! ratings 1..5, scores 0..100, amounts and hours 0..10^12, and the
//! settings' bounds ([`int_in`]), so that no value `check` accepts can
//! make a report's date or money arithmetic overflow.

use super::fields::Fields;
use crate::diagnostic::{Msg, codes};
use crate::msg;

/// Reports a 1..5 rating outside its range; keeps only a rating in range.
pub(crate) fn rating(f: &mut Fields<'_, '_>, key: &'static str) -> Option<i64> {
    let v = f.int(key)?;
    one_to_five(f, key, v).then_some(v)
}

/// Whether `v` is 1..5; reports it when it is not.
pub(crate) fn one_to_five(f: &mut Fields<'_, '_>, key: &'static str, v: i64) -> bool {
    let ok = (1..=5).contains(&v);
    if !ok {
        f.error_at(
            key,
            codes::OUT_OF_RANGE,
            msg!("diag-one-to-five", key = key, found = v),
        );
    }
    ok
}

/// Reports a score outside 0..100.
pub(crate) fn score(f: &mut Fields<'_, '_>, key: &'static str, v: Option<f64>) {
    if let Some(s) = v
        && !(0.0..=100.0).contains(&s)
    {
        f.error_at(
            key,
            codes::OUT_OF_RANGE,
            msg!("diag-zero-to-hundred", key = key, found = s),
        );
    }
}

/// The largest amount (or number of hours) a record may hold: sums of
/// a million of them stay exact enough and finite.
pub(crate) const MAX_AMOUNT: f64 = 1e12;

/// Reports a negative amount or number of hours, or one above 10^12.
pub(crate) fn not_negative(f: &mut Fields<'_, '_>, key: &'static str, v: Option<f64>) {
    if let Some(a) = v
        && a < 0.0
    {
        f.error_at(
            key,
            codes::OUT_OF_RANGE,
            msg!("diag-negative-found", key = key, found = a),
        );
    } else if let Some(a) = v
        && a > MAX_AMOUNT
    {
        f.error_at(
            key,
            codes::OUT_OF_RANGE,
            msg!("diag-too-large", key = key, found = a),
        );
    }
}

/// An integer setting `key` that must lie in `range`; `what` names it in
/// the message. Reports and drops a value outside.
pub(crate) fn int_in(
    f: &mut Fields<'_, '_>,
    key: &'static str,
    range: std::ops::RangeInclusive<i64>,
    what: Msg,
) -> Option<i64> {
    let v = f.int(key)?;
    if range.contains(&v) {
        return Some(v);
    }
    f.error_at(
        key,
        codes::OUT_OF_RANGE,
        msg!(
            "diag-int-range",
            what = what,
            low = range.start(),
            high = range.end(),
            found = v,
        ),
    );
    None
}
