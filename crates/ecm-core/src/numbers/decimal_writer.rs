//! `f64` → decimal text, exactly as Rust's `format!` writes it, without
//! std's float formatting.
//!
//! std's Grisu and Dragon code and their tables add about 10 KiB (gzipped)
//! to every page module; this writes the exact decimal expansion of the
//! binary value with a small big integer and rounds it (to nearest, ties to
//! even), which is what std does too. A property test checks each function
//! against the `format!` it replaces, bit pattern by bit pattern.

use crate::numbers::big_integer::Big;
use crate::numbers::decimal_parser::parse_decimal;

/// A decimal number 0.d₁d₂d₃… × 10^`point`; no digits is zero. Digits carry
/// no trailing zeros.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Digits {
    /// d₁, d₂, …, each 0–9; d₁ is not 0.
    pub digits: Vec<u8>,
    /// The power of ten of the point.
    pub point: i32,
}

impl Digits {
    fn zero() -> Self {
        Digits {
            digits: Vec::new(),
            point: 0,
        }
    }

    fn trimmed(mut self) -> Self {
        while self.digits.last() == Some(&0) {
            self.digits.pop();
        }
        if self.digits.is_empty() {
            self.point = 0;
        }
        self
    }

    /// Rounded to keep `keep` digits (to nearest, ties to even); zero or
    /// fewer keeps none, so the value becomes 0 or one unit of the place.
    fn round_keep(&self, keep: i32) -> Digits {
        let len = self.digits.len() as i32;
        if keep >= len {
            return self.clone();
        }
        if keep < 0 {
            return Digits::zero();
        }
        let k = keep as usize;
        let next = self.digits[k];
        let more = self.digits.len() > k + 1;
        let last_odd = k > 0 && self.digits[k - 1] % 2 == 1;
        let up = next > 5 || (next == 5 && (more || last_odd));
        let mut digits = self.digits[..k].to_vec();
        let mut point = self.point;
        if up {
            let mut i = k;
            loop {
                if i == 0 {
                    digits.insert(0, 1);
                    point += 1;
                    break;
                }
                i -= 1;
                if digits[i] == 9 {
                    digits[i] = 0;
                } else {
                    digits[i] += 1;
                    break;
                }
            }
        }
        Digits { digits, point }.trimmed()
    }

    /// Rounded to `n` significant digits.
    pub fn round_sig(&self, n: usize) -> Digits {
        self.round_keep(n as i32)
    }

    /// Rounded to `decimals` places after the point.
    pub fn round_decimals(&self, decimals: usize) -> Digits {
        self.round_keep(self.point + decimals as i32)
    }

    fn to_f64(&self) -> f64 {
        let mut text = String::from("0.");
        text.extend(self.digits.iter().map(|d| char::from(b'0' + d)));
        text.push_str(&format!("e{}", self.point));
        parse_decimal(&text).unwrap_or(f64::NAN)
    }
}

/// The exact decimal value of |`x`| (finite), every digit.
pub fn exact(x: f64) -> Digits {
    let bits = x.abs().to_bits();
    let (exp_bits, frac) = ((bits >> 52) as i32, bits & ((1 << 52) - 1));
    let (m, e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, exp_bits - 1075)
    };
    if m == 0 || !x.is_finite() {
        return Digits::zero();
    }
    let mut n = Big(vec![m as u32, (m >> 32) as u32]);
    n.trim();
    // m·2^e = m·5^-e·10^e for e < 0.
    let shift10 = if e >= 0 {
        n.shl(e as u32);
        0
    } else {
        n.mul_pow5(e.unsigned_abs());
        e
    };
    let digits = n.decimal_digits();
    let point = digits.len() as i32 + shift10;
    Digits { digits, point }.trimmed()
}

/// The shortest digits that read back as `x` (finite, non-zero), the closest
/// to `x` among equally short ones: what `{}` and `{:e}` print.
pub fn shortest(x: f64) -> Digits {
    let exact = exact(x);
    let target = x.abs();
    for n in 1..=17usize {
        if exact.digits.len() <= n {
            return exact;
        }
        // The two n-digit neighbours of x; the nearer is the rounded one.
        let truncated = Digits {
            digits: exact.digits[..n].to_vec(),
            point: exact.point,
        };
        let down = truncated.clone().trimmed();
        let mut above = truncated;
        above.digits.push(9);
        let up = above.round_keep(n as i32);
        // A tie goes up here, as std's shortest mode does.
        let tie = exact.digits.len() == n + 1 && exact.digits[n] == 5;
        let nearest = if tie {
            up.clone()
        } else {
            exact.round_keep(n as i32)
        };
        let other = if nearest == down { up } else { down };
        if nearest.to_f64() == target {
            return nearest;
        }
        if other.to_f64() == target {
            return other;
        }
    }
    exact.round_keep(17)
}

/// The most places written after the point: enough for every digit of any
/// `f64` (the smallest subnormal has 1 074 decimals), and a bound on the
/// text's length.
pub const MAX_PLACES: usize = 1100;

fn sign(x: f64) -> &'static str {
    if x.is_sign_negative() {
        "-"
    } else {
        ""
    }
}

fn special(x: f64) -> Option<String> {
    if x.is_nan() {
        Some("NaN".into())
    } else if x.is_infinite() {
        Some(format!("{}inf", sign(x)))
    } else {
        None
    }
}

fn push_digits(out: &mut String, digits: &[u8]) {
    out.extend(digits.iter().map(|d| char::from(b'0' + d)));
}

/// Plain notation with at least `decimals` places (`None`: as many as the
/// digits need).
fn plain(x: f64, d: &Digits, decimals: Option<usize>) -> String {
    let mut out = String::from(sign(x));
    let len = d.digits.len() as i32;
    // Integer part.
    if d.point <= 0 || d.digits.is_empty() {
        out.push('0');
    } else {
        let whole = d.point.min(len) as usize;
        push_digits(&mut out, &d.digits[..whole]);
        out.extend(std::iter::repeat_n(
            '0',
            (d.point - whole as i32).max(0) as usize,
        ));
    }
    // Fraction.
    let mut frac = String::new();
    if !d.digits.is_empty() && len > d.point {
        frac.extend(std::iter::repeat_n('0', (-d.point).max(0) as usize));
        push_digits(&mut frac, &d.digits[d.point.max(0) as usize..]);
    }
    let places = decimals.unwrap_or(frac.len()).max(frac.len());
    if places > 0 {
        out.push('.');
        out.push_str(&frac);
        out.extend(std::iter::repeat_n('0', places - frac.len()));
    }
    out
}

/// Scientific notation: d.ddd then `e` and the exponent, at least
/// `decimals` digits after the point (`None`: as many as the digits need).
fn scientific(x: f64, d: &Digits, decimals: Option<usize>) -> String {
    let mut out = String::from(sign(x));
    let (first, rest, exp) = match d.digits.split_first() {
        Some((f, r)) => (*f, r, d.point - 1),
        None => (0, &[][..], 0),
    };
    out.push(char::from(b'0' + first));
    let places = decimals.unwrap_or(rest.len()).max(rest.len());
    if places > 0 {
        out.push('.');
        push_digits(&mut out, rest);
        out.extend(std::iter::repeat_n('0', places - rest.len()));
    }
    out.push_str(&format!("e{exp}"));
    out
}

/// `format!("{x}")`.
///
/// ```
/// use ecm_core::numbers::decimal_writer::display;
/// assert_eq!(display(0.1 + 0.2), format!("{}", 0.1 + 0.2));
/// assert_eq!(display(1e21), "1000000000000000000000");
/// ```
pub fn display(x: f64) -> String {
    special(x).unwrap_or_else(|| plain(x, &shortest(x), None))
}

/// `format!("{x:e}")`.
///
/// ```
/// use ecm_core::numbers::decimal_writer::display_exp;
/// assert_eq!(display_exp(1500.0), "1.5e3");
/// ```
pub fn display_exp(x: f64) -> String {
    special(x).unwrap_or_else(|| scientific(x, &shortest(x), None))
}

/// `format!("{x:.decimals$}")`.
///
/// ```
/// use ecm_core::numbers::decimal_writer::fixed;
/// assert_eq!(fixed(2.675, 2), "2.67"); // 2.675 is 2.67499999… in binary
/// assert_eq!(fixed(0.125, 2), "0.12"); // a true tie: to even
/// ```
pub fn fixed(x: f64, decimals: usize) -> String {
    let decimals = decimals.min(MAX_PLACES);
    special(x).unwrap_or_else(|| plain(x, &exact(x).round_decimals(decimals), Some(decimals)))
}

/// `format!("{x:.decimals$}")` without its trailing zeros and point, and
/// without a minus sign on a value that rounds to zero: the short numbers
/// of a drawing's coordinates and sizes ("0.5", "12", never "-0").
///
/// ```
/// use ecm_core::numbers::decimal_writer::trimmed;
/// assert_eq!(trimmed(0.5, 3), "0.5");
/// assert_eq!(trimmed(0.1 + 0.2, 3), "0.3");
/// assert_eq!(trimmed(-0.0001, 2), "0");
/// assert_eq!(trimmed(-2.5, 1), "-2.5");
/// ```
pub fn trimmed(x: f64, decimals: usize) -> String {
    let mut text = fixed(x, decimals);
    if text.contains('.') {
        let kept = text.trim_end_matches('0').trim_end_matches('.').len();
        text.truncate(kept);
    }
    if text == "-0" {
        text.remove(0);
    }
    text
}

/// `format!("{x:.decimals$e}")`.
///
/// ```
/// use ecm_core::numbers::decimal_writer::exponential;
/// assert_eq!(exponential(0.000123456, 2), "1.23e-4");
/// ```
pub fn exponential(x: f64, decimals: usize) -> String {
    let decimals = decimals.min(MAX_PLACES);
    special(x).unwrap_or_else(|| scientific(x, &exact(x).round_sig(decimals + 1), Some(decimals)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_std_on_hand_picked_values() {
        for x in [
            0.0,
            -0.0,
            1.0,
            -1.5,
            0.1,
            0.3,
            100.0,
            1e21,
            1e-7,
            123.456,
            5e-324,
            f64::MAX,
            f64::MIN_POSITIVE,
            9.999_999e-6,
            0.5,
            2.5,
            1e15,
            1e16,
            1e23,
            4.35,
            0.000123,
            2f64.powi(-1022),
            2f64.powi(60),
            9007199254740993.0,
        ] {
            assert_eq!(display(x), format!("{x}"), "{{}} of {x:e}");
            assert_eq!(display_exp(x), format!("{x:e}"), "{{:e}} of {x:e}");
            for n in [0, 1, 2, 3, 5, 9, 14, 17] {
                assert_eq!(fixed(x, n), format!("{x:.n$}"), "{{:.{n}}} of {x:e}");
                assert_eq!(
                    exponential(x, n),
                    format!("{x:.n$e}"),
                    "{{:.{n}e}} of {x:e}"
                );
            }
        }
        for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(display(x), format!("{x}"));
            assert_eq!(fixed(x, 2), format!("{x:.2}"));
            assert_eq!(exponential(x, 2), format!("{x:.2e}"));
        }
    }
}
