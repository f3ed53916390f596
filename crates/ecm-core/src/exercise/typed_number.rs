//! A number as people type it in an answer or a tolerance, read up to where
//! its unit begins: the value, the significant figures typed, and the rest.
//!
//! Accepted: an optional sign (`-`, `+`, or the Unicode minus `−`), digits
//! with a decimal point or a decimal comma (`488.5`, `488,5`; a comma is
//! always decimal, so `1,000` is one), and an optional power of ten written
//! `e8`, `E-3`, `×10^8`, `x10^8`, `*10^8`, `·10⁸` or `× 10⁻³`.

use crate::numbers::decimal_parser::parse_decimal;

/// A typed number: its value and the significant figures written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TypedNumber {
    /// The value, finite.
    pub value: f64,
    /// Significant figures of the digits as typed: leading zeros do not
    /// count, trailing ones do ("0.4885" → 4, "500" → 3, "488.50" → 5,
    /// "0" → 1).
    pub figures: u32,
}

/// Why the text does not begin with a usable number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberTextError {
    /// No digit where the number should be.
    NoNumber,
    /// More than one decimal separator, or both a point and a comma.
    Separators,
    /// Too large (or its exponent too long) to be a finite number.
    NotFinite,
}

const SUPERSCRIPT: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/// The text with Unicode minus and dash signs as `-`, and no-break or thin
/// spaces as plain spaces.
pub fn normalize(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '−' | '–' | '‒' => '-',
            '\u{00A0}' | '\u{2009}' | '\u{202F}' | '\u{2007}' => ' ',
            c => c,
        })
        .collect()
}

/// Reads the number at the start of `text` (already [`normalize`]d) and
/// returns it with the rest of the text, trimmed: the unit, if any.
///
/// ```
/// use ecm_core::exercise::typed_number::{split_number, normalize};
/// let typed = normalize("4,885×10^8 Pa");
/// let (n, rest) = split_number(&typed).unwrap();
/// assert_eq!((n.value, n.figures, rest), (4.885e8, 4, "Pa"));
/// let (n, rest) = split_number("5eV").unwrap();
/// assert_eq!((n.value, rest), (5.0, "eV"));
/// ```
pub fn split_number(text: &str) -> Result<(TypedNumber, &str), NumberTextError> {
    let chars: Vec<(usize, char)> = text.trim_start().char_indices().collect();
    let text = text.trim_start();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let offset = |i: usize| chars.get(i).map_or(text.len(), |&(o, _)| o);
    let mut i = 0;
    let mut number = String::new();
    if let Some(c @ ('+' | '-')) = at(i) {
        number.push(c);
        i += 1;
    }
    let (mut digits, mut points, mut commas) = (String::new(), 0, 0);
    let mut mantissa = String::new();
    while let Some(c) = at(i) {
        match c {
            '0'..='9' => {
                digits.push(c);
                mantissa.push(c);
            }
            '.' => {
                points += 1;
                mantissa.push('.');
            }
            ',' => {
                commas += 1;
                mantissa.push('.');
            }
            _ => break,
        }
        i += 1;
    }
    if digits.is_empty() {
        return Err(NumberTextError::NoNumber);
    }
    if points + commas > 1 {
        return Err(NumberTextError::Separators);
    }
    number.push_str(&mantissa);
    let (exponent, end) = exponent_at(&chars, i);
    if let Some(exponent) = exponent {
        if exponent.len() > 6 {
            return Err(NumberTextError::NotFinite);
        }
        number.push('e');
        number.push_str(&exponent);
    }
    let value = parse_decimal(&number)
        .filter(|v| v.is_finite())
        .ok_or(NumberTextError::NotFinite)?;
    let significant = digits.trim_start_matches('0').len().max(1);
    let figures = u32::try_from(significant).unwrap_or(u32::MAX);
    // `get`, not indexing: `offset` is a character's start, and indexing
    // would link string slicing's panic into the page (docs/benchmarks.md).
    Ok((
        TypedNumber { value, figures },
        text.get(offset(end)..).unwrap_or_default().trim(),
    ))
}

/// The power of ten starting at `i`, as a signed digit string, and where it
/// ends; `(None, i)` when none is written there.
fn exponent_at(chars: &[(usize, char)], i: usize) -> (Option<String>, usize) {
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let digits_from = |mut k: usize, superscript: bool| {
        let mut out = String::new();
        if let Some(c) = at(k) {
            match (c, superscript) {
                ('-', false) | ('⁻', true) => {
                    out.push('-');
                    k += 1;
                }
                ('+', false) | ('⁺', true) => k += 1,
                _ => {}
            }
        }
        let start = out.len();
        while let Some(c) = at(k) {
            let digit = if superscript {
                SUPERSCRIPT.iter().position(|&s| s == c)
            } else {
                c.to_digit(10).map(|d| d as usize)
            };
            match digit {
                Some(d) => out.push(char::from(b'0' + d as u8)),
                None => break,
            }
            k += 1;
        }
        (out.len() > start).then_some((out, k))
    };
    // 4.885e8, 4.885E-8
    if matches!(at(i), Some('e' | 'E')) {
        if let Some((e, end)) = digits_from(i + 1, false) {
            return (Some(e), end);
        }
        return (None, i);
    }
    // 4.885×10^8, 4.885 x 10⁸, 4.885*10^-8, 4.885·10⁸
    let mut k = i;
    while at(k) == Some(' ') {
        k += 1;
    }
    if !matches!(at(k), Some('×' | 'x' | 'X' | '*' | '·' | '⋅')) {
        return (None, i);
    }
    k += 1;
    while at(k) == Some(' ') {
        k += 1;
    }
    if at(k) != Some('1') || at(k + 1) != Some('0') {
        return (None, i);
    }
    k += 2;
    let found = if at(k) == Some('^') {
        digits_from(k + 1, false)
    } else if at(k) == Some('*') && at(k + 1) == Some('*') {
        digits_from(k + 2, false)
    } else {
        digits_from(k, true)
    };
    match found {
        Some((e, end)) => (Some(e), end),
        None => (None, i),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (f64, u32, String) {
        let normal = normalize(text);
        let (n, rest) = split_number(&normal).unwrap();
        (n.value, n.figures, rest.to_string())
    }

    #[test]
    fn reads_every_written_form() {
        assert_eq!(read("488.5"), (488.5, 4, String::new()));
        assert_eq!(read("488,5 MPa"), (488.5, 4, "MPa".into()));
        assert_eq!(read("−488.5"), (-488.5, 4, String::new()));
        assert_eq!(read("4.885e8 Pa"), (4.885e8, 4, "Pa".into()));
        assert_eq!(read("4.885E+8Pa"), (4.885e8, 4, "Pa".into()));
        assert_eq!(read("4.885×10^8 Pa"), (4.885e8, 4, "Pa".into()));
        assert_eq!(read("4.885 × 10⁸ Pa"), (4.885e8, 4, "Pa".into()));
        assert_eq!(read("4.885·10⁻⁸"), (4.885e-8, 4, String::new()));
        assert_eq!(read("4.885*10**8"), (4.885e8, 4, String::new()));
        assert_eq!(read("0.4885 GPa"), (0.4885, 4, "GPa".into()));
        assert_eq!(read("500"), (500.0, 3, String::new()));
        assert_eq!(read("0.0"), (0.0, 1, String::new()));
        assert_eq!(read(".5"), (0.5, 1, String::new()));
        assert_eq!(read("3sf"), (3.0, 1, "sf".into()));
        assert_eq!(read("5 x"), (5.0, 1, "x".into()));
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        assert_eq!(split_number("abc"), Err(NumberTextError::NoNumber));
        assert_eq!(split_number("-"), Err(NumberTextError::NoNumber));
        assert_eq!(split_number("1.2.3"), Err(NumberTextError::Separators));
        assert_eq!(split_number("1,2.3"), Err(NumberTextError::Separators));
        assert_eq!(split_number("1e400"), Err(NumberTextError::NotFinite));
        assert_eq!(split_number("1e99999999"), Err(NumberTextError::NotFinite));
    }
}
