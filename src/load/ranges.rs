//! Numbers outside their allowed range (E0501), reported at the field:
//! ratings 1..5, scores 0..100, amounts and hours not negative.

use super::fields::Fields;
use crate::diagnostic::codes;

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
            format!("`{key}` must be 1..5, found {v}"),
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
            format!("`{key}` must be 0..100, found {s}"),
        );
    }
}

/// Reports a negative amount or number of hours.
pub(crate) fn not_negative(f: &mut Fields<'_, '_>, key: &'static str, v: Option<f64>) {
    if let Some(a) = v
        && a < 0.0
    {
        f.error_at(
            key,
            codes::OUT_OF_RANGE,
            format!("`{key}` must not be negative, found {a}"),
        );
    }
}
