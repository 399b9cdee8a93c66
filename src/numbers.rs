//! Rounding and number formatting (rules §3.0 and section 4).
//!
//! Values are computed unrounded; they are rounded only for printing, half
//! away from zero, after nudging by 1e-9 relative so that 74.95 computed as
//! 74.94999999999999 prints 75.0. Classifications use the printed value.

/// Rounds half away from zero to `places` decimals, on the exact value.
/// The nudge is relative (1e-9) but never more than a thousandth of the
/// last printed digit, so large amounts are not moved to the next cent.
pub(crate) fn round_to(v: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    let nudge = (v.abs() * 1e-9).min(1e-3 / f);
    let nudged = v + nudge.copysign(v);
    // `+ 0.0` turns -0.0 into 0.0, so a sum of nothing never prints `-0`.
    (nudged * f).round() / f + 0.0
}

/// A score as printed: one decimal (`75.0`).
pub(crate) fn score(v: f64) -> String {
    format!("{:.1}", round_to(v, 1))
}

/// Satisfaction and `projects`: two decimals.
pub(crate) fn dec2(v: f64) -> String {
    format!("{:.2}", round_to(v, 2))
}

/// Money: an integer when whole, else two decimals.
pub(crate) fn money(v: f64) -> String {
    let r = round_to(v, 2);
    if r.fract() == 0.0 && r.abs() < 1e15 {
        format!("{}", r as i64)
    } else {
        format!("{r:.2}")
    }
}

/// A quantity (hours, exam scores): at most two decimals, trailing zeros
/// dropped (`12`, `12.5`, `12.25`).
pub(crate) fn number(v: f64) -> String {
    let s = format!("{:.2}", round_to(v, 2));
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Money with thousands separators, for the table format only.
pub(crate) fn money_grouped(v: f64) -> String {
    let plain = money(v);
    let (sign, rest) = plain
        .strip_prefix('-')
        .map_or(("", plain.as_str()), |r| ("-", r));
    let (int, frac) = rest
        .split_once('.')
        .map_or((rest, None), |(i, f)| (i, Some(f)));
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_half_away_from_zero_on_the_exact_value() {
        assert_eq!(score(74.94999999999999), "75.0");
        assert_eq!(score(74.94), "74.9");
        assert_eq!(score(0.05), "0.1");
        assert_eq!(score(-0.05), "-0.1");
        assert_eq!(dec2(4.125), "4.13");
        assert_eq!(dec2(2.0 / 3.0), "0.67");
        assert_eq!(score(75.0), "75.0");
    }

    #[test]
    fn money_formats() {
        assert_eq!(money(380000.0), "380000");
        assert_eq!(money(1234.5), "1234.50");
        assert_eq!(money(0.1 + 0.2), "0.30");
        assert_eq!(money_grouped(1234567.0), "1,234,567");
        assert_eq!(money_grouped(-1234.5), "-1,234.50");
        assert_eq!(money_grouped(999.0), "999");
    }

    #[test]
    fn large_amounts_keep_their_cents() {
        // A relative nudge of 1e-9 would move these by a cent or more.
        assert_eq!(money(99_999_999.99), "99999999.99");
        assert_eq!(money(12_345_678_901.23), "12345678901.23");
        assert_eq!(money(-99_999_999.99), "-99999999.99");
        assert_eq!(money(1_000_000.005), "1000000.01");
    }

    #[test]
    fn numbers_drop_trailing_zeros() {
        assert_eq!(number(12.5), "12.5");
        assert_eq!(number(12.0), "12");
        assert_eq!(number(0.125), "0.13");
        assert_eq!(number(100.0), "100");
        assert_eq!(number(-0.0), "0");
    }

    #[test]
    fn negative_zero_prints_as_zero() {
        assert_eq!(score(-0.0), "0.0");
        assert_eq!(money(-0.0), "0");
        assert_eq!(dec2(-0.001), "0.00");
    }
}
