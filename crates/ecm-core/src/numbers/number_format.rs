//! Shows numbers with a chosen number of significant figures.
//!
//! `format_sig(407.1107, 4)` is `"407.1"`, `format_sig(0.034, 4)` is
//! `"0.03400"`, and very large or small values use powers of ten written with
//! superscripts (`"1.596 × 10⁹"`), never `"9.99999e-6"`.

use crate::numbers::decimal_writer::{display, display_exp, exponential, fixed};

/// Formats `x` with `sig` significant figures (1 to 17), keeping trailing zeros.
///
/// Non-finite values are shown as "—".
///
/// ```
/// use ecm_core::numbers::number_format::format_sig;
/// assert_eq!(format_sig(407.1107, 4), "407.1");
/// assert_eq!(format_sig(0.034, 4), "0.03400");
/// assert_eq!(format_sig(1.5958e9, 4), "1.596 × 10⁹");
/// assert_eq!(format_sig(-2.5e-7, 2), "−2.5 × 10⁻⁷");
/// ```
pub fn format_sig(x: f64, sig: usize) -> String {
    format_impl(x, sig, false)
}

/// Like [`format_sig`] but drops trailing zeros after the decimal point
/// (`format_clean(0.5, 4)` is `"0.5"`): for axis ticks and range messages.
///
/// ```
/// use ecm_core::numbers::number_format::format_clean;
/// assert_eq!(format_clean(0.5, 4), "0.5");
/// assert_eq!(format_clean(1e-5, 4), "1 × 10⁻⁵");
/// assert_eq!(format_clean(9.999_999e-6, 4), "1 × 10⁻⁵");
/// ```
pub fn format_clean(x: f64, sig: usize) -> String {
    format_impl(x, sig, true)
}

/// A number for a data file (CSV): the shortest decimal that reads back as
/// `x` rounded to 15 significant figures, so arithmetic noise such as
/// `0.00024000000000000003` is written `0.00024`; plain ASCII, with an
/// exponent (`-2.5e-20`, as spreadsheets read it) only below 10⁻⁵ or from 10¹⁵.
/// Non-finite values are written empty (a missing cell).
///
/// ```
/// use ecm_core::numbers::number_format::format_data;
/// assert_eq!(format_data(0.24 * 1e-3), "0.00024");
/// assert_eq!(format_data(0.1 + 0.2), "0.3");
/// assert_eq!(format_data(407.11068), "407.11068");
/// assert_eq!(format_data(1.0 / 3.0), "0.333333333333333");
/// assert_eq!(format_data(-2.5e-20), "-2.5e-20");
/// assert_eq!(format_data(1.596e12), "1596000000000");
/// assert_eq!(format_data(100.0), "100");
/// assert_eq!(format_data(6.3e-24), "6.3e-24");
/// assert_eq!(format_data(f64::NAN), "");
/// assert_eq!(format_data(f64::MAX), "1.7976931348623157e308");
/// ```
pub fn format_data(x: f64) -> String {
    if !x.is_finite() {
        return String::new();
    }
    // Rounding the largest values up can pass f64::MAX: keep those as they are.
    let rounded: f64 = crate::numbers::decimal_parser::parse_decimal(&exponential(x, 14))
        .filter(|r: &f64| r.is_finite())
        .unwrap_or(x);
    let size = rounded.abs();
    if size != 0.0 && !(1e-5..1e15).contains(&size) {
        display_exp(rounded)
    } else {
        display(rounded)
    }
}

fn format_impl(x: f64, sig: usize, trim: bool) -> String {
    if !x.is_finite() {
        return "—".to_string();
    }
    if x == 0.0 {
        return "0".to_string();
    }
    let sig = sig.clamp(1, 17);
    // Let the standard library round to `sig` figures, then read the exponent
    // of the rounded value (9.9996 rounds to 1.000e1, not 9.999e0).
    let sci = exponential(x.abs(), sig - 1);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let sign = if x < 0.0 { "−" } else { "" };
    if (-4..6).contains(&exp) {
        let decimals = (sig as i32 - 1 - exp).max(0) as usize;
        let rounded = crate::numbers::decimal_parser::parse_decimal(&sci).unwrap_or(x.abs());
        let mut s = fixed(rounded, decimals);
        if trim {
            trim_zeros(&mut s);
        }
        format!("{sign}{s}")
    } else {
        let mut m = mantissa.to_string();
        if trim {
            trim_zeros(&mut m);
        }
        format!("{sign}{m} × 10{}", superscript(exp))
    }
}

fn trim_zeros(s: &mut String) {
    if s.contains('.') {
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
}

/// Writes an integer exponent with Unicode superscript digits: -7 → "⁻⁷".
pub fn superscript(n: i32) -> String {
    const DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let mut out = String::new();
    if n < 0 {
        out.push('⁻');
    }
    for c in n.unsigned_abs().to_string().chars() {
        out.push(DIGITS[c.to_digit(10).unwrap_or(0) as usize]);
    }
    out
}

/// A duration in seconds in the unit a reader grasps, to `sig` significant
/// figures: "42 ns", "3.2 h", "1.5 × 10⁶ years" (a year is 365.25 days).
///
/// ```
/// use ecm_core::numbers::number_format::duration_words;
/// assert_eq!(duration_words(11_520.0, 2), "3.2 h");
/// assert_eq!(duration_words(4.2e-8, 2), "42 ns");
/// assert_eq!(duration_words(3.15576e13, 2), "1.0 × 10⁶ years");
/// ```
pub fn duration_words(seconds: f64, sig: usize) -> String {
    const UNITS: [(f64, &str); 10] = [
        (31_557_600.0, "years"),
        (86_400.0, "days"),
        (3600.0, "h"),
        (60.0, "min"),
        (1.0, "s"),
        (1e-3, "ms"),
        (1e-6, "µs"),
        (1e-9, "ns"),
        (1e-12, "ps"),
        (1e-15, "fs"),
    ];
    if !seconds.is_finite() || seconds <= 0.0 {
        return "—".to_string();
    }
    let (size, name) = UNITS
        .iter()
        .copied()
        .find(|&(size, _)| seconds >= size)
        .unwrap_or(UNITS[UNITS.len() - 1]);
    format!("{} {name}", format_sig(seconds / size, sig))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_notation_keeps_significant_zeros() {
        assert_eq!(format_sig(36.4, 4), "36.40");
        assert_eq!(format_sig(742.2, 4), "742.2");
        assert_eq!(format_sig(1595.8, 4), "1596");
        assert_eq!(format_sig(0.0876, 3), "0.0876");
        assert_eq!(format_sig(123456.0, 4), "123500");
    }

    #[test]
    fn rounding_carries_into_the_exponent() {
        assert_eq!(format_sig(9.9996, 4), "10.00");
        assert_eq!(format_sig(999_999.9, 4), "1.000 × 10⁶");
    }

    #[test]
    fn small_and_large_values_use_powers_of_ten() {
        assert_eq!(format_sig(5e-6, 3), "5.00 × 10⁻⁶");
        assert_eq!(format_clean(2e7, 4), "2 × 10⁷");
    }

    #[test]
    fn special_values() {
        assert_eq!(format_sig(f64::NAN, 4), "—");
        assert_eq!(format_sig(f64::INFINITY, 4), "—");
        assert_eq!(format_sig(0.0, 4), "0");
        assert_eq!(format_sig(-0.0, 4), "0");
        assert_eq!(format_sig(-3.0, 2), "−3.0");
    }
}
