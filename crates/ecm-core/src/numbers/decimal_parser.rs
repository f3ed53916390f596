//! Decimal text → `f64`, correctly rounded (to nearest, ties to even), in a
//! few hundred bytes of WebAssembly.
//!
//! `str::parse::<f64>` is exact too, but its fast algorithm carries a 17 KB
//! table of powers of five into every page module, so this uses the plain
//! method instead: small cases by one exact floating-point operation
//! (Clinger's fast path), the rest with exact big-integer arithmetic. The
//! numbers of a data file are nearly all small cases ("49.999937",
//! "-0.00125"): [`short_prefix`] reads one of those in a single pass over
//! its bytes, which lets a table's reader take a million-row file in a
//! fraction of a second. Property tests check both against `str::parse` on
//! random decimal strings.

use crate::numbers::big_integer::Big;

/// Parses `text` in Rust's float syntax restricted to ASCII decimals:
/// an optional sign, digits with an optional point (at least one digit),
/// and an optional exponent (`e` or `E`, optional sign, digits). Values too
/// large for `f64` give ±∞, too small ±0, as `str::parse` does; anything
/// else is `None`.
///
/// ```
/// use ecm_core::numbers::decimal_parser::parse_decimal;
/// assert_eq!(parse_decimal("0.1"), Some(0.1));
/// assert_eq!(parse_decimal("-2.5e-3"), Some(-0.0025));
/// assert_eq!(parse_decimal("1e400"), Some(f64::INFINITY));
/// assert_eq!(parse_decimal("1,5"), None);
/// ```
pub fn parse_decimal(text: &str) -> Option<f64> {
    let b = text.as_bytes();
    let mut i = 0;
    let negative = read_sign(b, &mut i);
    // Significant digits (leading zeros dropped) and the power of ten of the
    // last one: up to 64 on the stack (every number a page or a data file
    // holds in practice), more in a vector.
    let mut small = [0u8; 64];
    let mut count = 0usize;
    let mut more: Vec<u8> = Vec::new();
    let mut exp10: i64 = 0;
    let mut seen_digit = false;
    let mut after_point = false;
    while i < b.len() {
        match b[i] {
            c @ b'0'..=b'9' => {
                seen_digit = true;
                if !(count == 0 && c == b'0') {
                    if count < small.len() {
                        small[count] = c - b'0';
                    } else {
                        if more.is_empty() {
                            more.extend_from_slice(&small);
                        }
                        more.push(c - b'0');
                    }
                    count += 1;
                }
                if after_point {
                    exp10 -= 1;
                }
            }
            b'.' if !after_point => after_point = true,
            _ => break,
        }
        i += 1;
    }
    if !seen_digit {
        return None;
    }
    if i < b.len() {
        if b[i] != b'e' && b[i] != b'E' {
            return None;
        }
        i += 1;
        let exp_negative = read_sign(b, &mut i);
        let start = i;
        let mut e: i64 = 0;
        while i < b.len() && b[i].is_ascii_digit() {
            e = (e * 10 + i64::from(b[i] - b'0')).min(1_000_000_000);
            i += 1;
        }
        if i == start || i < b.len() {
            return None;
        }
        exp10 += if exp_negative { -e } else { e };
    }
    let sign = if negative { -1.0 } else { 1.0 };
    let mut digits: &[u8] = if more.is_empty() {
        &small[..count]
    } else {
        &more
    };
    // Trailing zeros move into the exponent.
    while let Some((&0, rest)) = digits.split_last() {
        digits = rest;
        exp10 += 1;
    }
    if digits.is_empty() {
        return Some(sign * 0.0);
    }
    // The value lies in [10^(magnitude-1), 10^magnitude).
    let magnitude = digits.len() as i64 + exp10;
    if magnitude > 310 {
        return Some(sign * f64::INFINITY);
    }
    if magnitude < -330 {
        return Some(sign * 0.0);
    }
    Some(sign * unsigned(digits, exp10 as i32))
}

/// The value of `text` when it is a small case of [`parse_decimal`]'s
/// syntax: an optional sign, then at most 19 digits with an optional point
/// and an optional exponent (`e` or `E`, a sign, one to four digits), whose
/// digits make an integer of at most 2^53 and whose power of ten is at most
/// 22 either way, so that one exact multiplication or division by a power
/// of ten rounds it correctly. `None` means only "not a small case":
/// [`parse_decimal`] reads it the long way, and gives the same value for
/// every text this reads.
///
/// ```
/// use ecm_core::numbers::decimal_parser::parse_short;
/// assert_eq!(parse_short(b"-12.5"), Some(-12.5));
/// assert_eq!(parse_short(b"1.5e-7"), Some(1.5e-7));
/// assert_eq!(parse_short(b"1e30"), None); // read the long way
/// assert_eq!(parse_short(b"1,5"), None);
/// ```
pub fn parse_short(text: &[u8]) -> Option<f64> {
    match short_prefix(text) {
        Some((v, used)) if used == text.len() => Some(v),
        _ => None,
    }
}

/// The small case (see [`parse_short`]) that `text` starts with, and the
/// bytes it takes: a table's reader looks at the byte after it for the
/// separator, so that a row is read in one pass. `None` when `text` does
/// not start with a number, or starts with one that is not a small case
/// (more digits, a large exponent).
///
/// ```
/// use ecm_core::numbers::decimal_parser::short_prefix;
/// assert_eq!(short_prefix(b"2.5\t-1"), Some((2.5, 3)));
/// assert_eq!(short_prefix(b"12345678901234567890,1"), None);
/// assert_eq!(short_prefix(b"1.5e3,1"), Some((1500.0, 5)));
/// assert_eq!(short_prefix(b"1.5e,1"), None);
/// assert_eq!(short_prefix(b";1"), None);
/// ```
pub fn short_prefix(text: &[u8]) -> Option<(f64, usize)> {
    let negative = text.first() == Some(&b'-');
    let mut i = usize::from(negative || text.first() == Some(&b'+'));
    let mut w: u64 = 0;
    let mut digits = 0;
    // Digits after the point, and whether there was one.
    let mut decimals = 0;
    let mut point = false;
    let mut exp10: i32 = 0;
    while let Some(&c) = text.get(i) {
        if c.is_ascii_digit() && digits < 19 {
            w = w * 10 + u64::from(c - b'0');
            digits += 1;
            decimals += usize::from(point);
        } else if c == b'.' && !point {
            point = true;
        } else if c == b'e' || c == b'E' {
            // An exponent ends the number (AFM exports write every value so).
            let (e, used) = short_exponent(text.get(i + 1..)?)?;
            exp10 = e;
            i += 1 + used;
            break;
        } else if c.is_ascii_digit() {
            // More digits: the long way.
            return None;
        } else {
            break;
        }
        i += 1;
    }
    // The value is w·10^(exp10 − decimals): below 2^53, w is exact, and so
    // is a power of ten up to 10^22, so one multiplication or division
    // rounds it once, correctly (Clinger's fast path).
    let scale = exp10 - decimals as i32;
    if digits == 0 || w > 1 << 53 || scale.unsigned_abs() > 22 {
        return None;
    }
    let p = POW10[scale.unsigned_abs() as usize];
    let v = if scale < 0 {
        w as f64 / p
    } else {
        w as f64 * p
    };
    Some((if negative { -v } else { v }, i))
}

/// An exponent's value (an optional sign, then one to four digits) at the
/// start of `text`, and the bytes it takes; `None` for anything else, which
/// the long way reads or refuses.
fn short_exponent(text: &[u8]) -> Option<(i32, usize)> {
    let negative = text.first() == Some(&b'-');
    let mut i = usize::from(negative || text.first() == Some(&b'+'));
    let start = i;
    let mut e: i32 = 0;
    while let Some(&c) = text.get(i).filter(|c| c.is_ascii_digit()) {
        if i - start == 4 {
            return None;
        }
        e = e * 10 + i32::from(c - b'0');
        i += 1;
    }
    if i == start {
        return None;
    }
    Some((if negative { -e } else { e }, i))
}

/// Reads an optional "+" or "-" at `b[*i]`, moving past it; true for "-".
fn read_sign(b: &[u8], i: &mut usize) -> bool {
    match b.get(*i) {
        Some(b'-') => {
            *i += 1;
            true
        }
        Some(b'+') => {
            *i += 1;
            false
        }
        _ => false,
    }
}

/// Exact powers of ten in `f64`.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The value of the decimal `digits` × 10^`exp10` (no leading or trailing
/// zeros, at most 330 + 310 digits of magnitude either way).
fn unsigned(digits: &[u8], exp10: i32) -> f64 {
    // Clinger: below 2^53 the integer is exact, so one multiplication or
    // division by an exact power of ten rounds once, correctly.
    if digits.len() <= 15 && exp10.unsigned_abs() <= 22 {
        let w = digits.iter().fold(0u64, |w, &d| w * 10 + u64::from(d)) as f64;
        let p = POW10[exp10.unsigned_abs() as usize];
        return if exp10 < 0 { w / p } else { w * p };
    }
    let mut num = Big::from_digits(digits);
    if exp10 >= 0 {
        num.mul_pow10(exp10 as u32);
        let (top, sticky, exp2) = num.top64();
        return round(top, sticky, exp2);
    }
    let mut den = Big::from_digits(&[1]);
    den.mul_pow10(exp10.unsigned_abs());
    // Scale so the quotient has 66 or 67 bits: 53 kept, the rest round.
    let k = num.bit_len() as i32 - den.bit_len() as i32 - 66;
    if k > 0 {
        den.shl(k as u32);
    } else {
        num.shl((-k) as u32);
    }
    let (q, rest_nonzero) = num.div_small_quotient(&den);
    let len = 128 - q.leading_zeros() as i32;
    let drop = len - 64;
    let top = (q >> drop) as u64;
    let sticky = rest_nonzero || q & ((1u128 << drop) - 1) != 0;
    round(top, sticky, k + drop)
}

/// `top` × 2^`exp2` (`top` with its highest bit set; `sticky` when more
/// non-zero bits followed) rounded to the nearest `f64`, ties to even.
fn round(top: u64, sticky: bool, exp2: i32) -> f64 {
    let e = exp2 + 63;
    if e > 1023 {
        return f64::INFINITY;
    }
    // The exponent of the last kept bit: 52 below the leading one, or the
    // subnormals' fixed 2^-1074.
    let ulp = if e >= -1022 { e - 52 } else { -1074 };
    let shift = (ulp - exp2) as u32;
    if shift >= 128 {
        return 0.0;
    }
    let t = u128::from(top);
    let mut mant = t >> shift;
    let rem = t - (mant << shift);
    let half = 1u128 << (shift - 1);
    if rem > half || (rem == half && (sticky || mant & 1 == 1)) {
        mant += 1;
    }
    let bits = if e >= -1022 {
        let (mant, e) = if mant == 1 << 53 {
            (1 << 52, e + 1)
        } else {
            (mant, e)
        };
        if e > 1023 {
            return f64::INFINITY;
        }
        ((e + 1023) as u64) << 52 | (mant as u64 & ((1 << 52) - 1))
    } else {
        // Subnormal (a carry into 2^52 is the smallest normal, same bits).
        mant as u64
    };
    f64::from_bits(bits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(text: &str) {
        let want: f64 = text.parse().unwrap();
        let got = parse_decimal(text).unwrap();
        assert_eq!(got.to_bits(), want.to_bits(), "{text}: {got:e} vs {want:e}");
    }

    #[test]
    fn hard_cases_round_as_std_does() {
        for t in [
            "0.1",
            "0.3",
            "123456789012345678901234567890",
            "9007199254740993",
            "9007199254740995",
            "2.2250738585072011e-308",
            "2.2250738585072014e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1e-400",
            "1e23",
            "8.98846567431158e307",
            "0.000000000000000000000000000000000000001234567",
            "7.2057594037927933e16",
            "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124",
            "1.00000000000000011102230246251565404236316680908203126",
            "-0",
            "+.5",
            "5.",
            "0e999999999999",
        ] {
            same(t);
        }
    }

    #[test]
    fn refuses_what_std_refuses() {
        for t in [
            "", "-", ".", "e5", "1e", "1e+", "1.2.3", "1,5", "inf", "NaN", "0x10", " 1", "1 ",
        ] {
            assert_eq!(parse_decimal(t), None, "{t:?}");
        }
    }

    #[test]
    fn exponents_are_read_in_one_pass_within_ten_to_the_22() {
        // The values an AFM export writes, and the edges of the fast path.
        for (t, want) in [
            ("1.410000000000e-7", 1.41e-7_f64),
            ("-3.525000000000e+0", -3.525),
            ("1.5E+03", 1500.0),
            ("25e-22", 2.5e-21),
            ("1e22", 1e22),
            ("-0e5", -0.0),
            ("7e0010", 7e10),
        ] {
            let got = parse_short(t.as_bytes()).unwrap_or_else(|| panic!("{t} not read"));
            assert_eq!(got.to_bits(), want.to_bits(), "{t}");
        }
        // Beyond 10^±22, five exponent digits, or no digits: the long way,
        // which reads or refuses them as std does.
        for t in [
            "1e23", "1.5e-22", "1e00001", "1e", "1e+", "1e-", "e5", "1ee5",
        ] {
            assert_eq!(parse_short(t.as_bytes()), None, "{t}");
        }
        // The separator after an exponent is left for the row's reader.
        assert_eq!(short_prefix(b"2e-3\t1"), Some((2e-3, 4)));
    }
}
