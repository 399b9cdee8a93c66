//! The number tables of `clientele.toml`: a table of required numbers,
//! weights that must sum to 1, thresholds that must descend.

use super::fields::Fields;
use crate::diagnostic::{Diagnostic, codes};
use crate::msg;

/// Reads keys `names` of a table as numbers; all are required.
pub(super) fn numbers<const N: usize>(
    parent: &mut Fields<'_, '_>,
    key: &'static str,
    what: &'static str,
    names: [&'static str; N],
    diags: &mut Vec<Diagnostic>,
) -> Option<[f64; N]> {
    let mut t = parent.table(key, what)?;
    let mut out = [0.0; N];
    let mut ok = true;
    for (slot, name) in out.iter_mut().zip(names) {
        match t.num(name) {
            Some(v) => *slot = v,
            None => {
                if !t.has(name) {
                    let d = Diagnostic::error(
                        codes::CONFIG_MISSING,
                        t.entry_span(),
                        msg!("diag-number-missing", key = name, what = what),
                    );
                    t.diags.push(d);
                }
                ok = false;
            }
        }
    }
    t.finish(diags);
    ok.then_some(out)
}

/// Reports negative weights, and weights that do not sum to 1.
pub(super) fn check_weights(f: &mut Fields<'_, '_>, key: &'static str, weights: &[f64]) {
    let sum: f64 = weights.iter().sum();
    if weights.iter().any(|w| *w < 0.0) {
        f.error_at(
            key,
            codes::OUT_OF_RANGE,
            msg!("diag-not-negative", key = key),
        );
    } else if (sum - 1.0).abs() > 1e-6 {
        let d = Diagnostic::warning(
            codes::WEIGHTS_SUM,
            f.span_of(key),
            msg!("diag-weights-sum", key = key, sum = trim_num(sum)),
        );
        f.diags.push(d);
    }
}

/// Reports thresholds that do not descend (A > B > C).
pub(super) fn check_descending(f: &mut Fields<'_, '_>, key: &'static str, v: [f64; 3]) {
    if !(v[0] > v[1] && v[1] > v[2]) {
        f.error_at(
            key,
            codes::THRESHOLDS,
            msg!(
                "diag-thresholds",
                key = key,
                a = trim_num(v[0]),
                b = trim_num(v[1]),
                c = trim_num(v[2]),
            ),
        );
    }
}

fn trim_num(v: f64) -> String {
    let s = format!("{v:.6}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}
