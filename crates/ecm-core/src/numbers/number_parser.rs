//! Reads a number typed by a user, with a message that says what is wrong.

/// Why typed text is not a usable number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing was typed.
    Empty,
    /// The text is too long to be a number (more than 64 characters).
    TooLong,
    /// A comma was used as the decimal separator.
    DecimalComma,
    /// The text is not a number.
    NotANumber,
    /// The number is too large to represent (e.g. 1e400), or is NaN/infinity.
    NotFinite,
}

impl std::fmt::Display for NumberError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NumberError::Empty => "enter a number",
            NumberError::TooLong => "this is too long to be a number",
            NumberError::DecimalComma => "use a decimal point, not a comma (1.5, not 1,5)",
            NumberError::NotANumber => "this is not a number (examples: 100, 0.5, 2e-6)",
            NumberError::NotFinite => "this number is too large to use",
        })
    }
}

/// Parses typed text as a finite number: surrounding spaces are ignored, a
/// leading "+" and exponents ("2e-6") are accepted; "inf", "NaN", "1e400",
/// commas and anything else are rejected with a reason.
///
/// ```
/// use ecm_core::numbers::number_parser::{parse_number, NumberError};
/// assert_eq!(parse_number("  12  "), Ok(12.0));
/// assert_eq!(parse_number("2e-6"), Ok(2e-6));
/// assert_eq!(parse_number("1,5"), Err(NumberError::DecimalComma));
/// assert_eq!(parse_number("1e400"), Err(NumberError::NotFinite));
/// ```
pub fn parse_number(text: &str) -> Result<f64, NumberError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(NumberError::Empty);
    }
    if t.len() > 64 {
        return Err(NumberError::TooLong);
    }
    // Only ASCII digits, signs, a point and an exponent: this rejects "inf",
    // "NaN", "infinity" and non-ASCII digits, which `f64::from_str` would
    // partly accept.
    let plain = t
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | 'e' | 'E'));
    if !plain {
        let comma = t.contains(',')
            && t.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ',' | '-' | '+' | '.'));
        return Err(if comma {
            NumberError::DecimalComma
        } else {
            NumberError::NotANumber
        });
    }
    match crate::numbers::decimal_parser::parse_decimal(t) {
        Some(v) if v.is_finite() => Ok(v),
        Some(_) => Err(NumberError::NotFinite),
        None => Err(NumberError::NotANumber),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_what_is_not_a_finite_number() {
        for bad in [
            "",
            "   ",
            "-",
            "abc",
            "NaN",
            "inf",
            "-infinity",
            "1e",
            "--1",
            "1.2.3",
            "١٢",
        ] {
            assert!(parse_number(bad).is_err(), "{bad:?} should be rejected");
        }
        assert_eq!(parse_number(&"9".repeat(10_000)), Err(NumberError::TooLong));
        assert_eq!(parse_number("1e400"), Err(NumberError::NotFinite));
    }

    #[test]
    fn accepts_ordinary_numbers() {
        assert_eq!(parse_number("-5"), Ok(-5.0));
        assert_eq!(parse_number("+0.25"), Ok(0.25));
        assert_eq!(parse_number(".5"), Ok(0.5));
        assert_eq!(parse_number("3E2"), Ok(300.0));
    }
}
