//! A typed answer → its value in SI, the significant figures typed, and the
//! unit, or what is wrong with it.
//!
//! Forms accepted (see [`super::typed_number`]): `488.5`, `488.5 MPa`,
//! `488.5MPa`, `0.4885 GPa`, `4.885e8 Pa`, `4,885e8 Pa`, `488,5`, `−488.5`,
//! `4.885×10^8 Pa`, `4.885·10⁸ Pa`. Without a unit the value is read in the
//! unit the result is shown in. Units match as [`super::unit_registry`]
//! says: case-sensitively, with `u` for µ.

use super::typed_number::{normalize, split_number, NumberTextError};
use super::unit_registry::{find_unit, quantity_of, unit_list};
use crate::units::Unit;

/// Answers longer than this are refused unread.
const MAX_LEN: usize = 200;

/// A readable answer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Answer {
    /// The value in SI units.
    pub si: f64,
    /// Significant figures typed: "488.5" → 4, "4.885e8" → 4, "0.4885" → 4,
    /// "500" → 3.
    pub figures: u32,
    /// The unit typed, as its table writes it ("µm" for "um"); `None` when
    /// no unit was typed and the shown unit is meant.
    pub unit: Option<&'static str>,
}

/// What is wrong with a typed answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    /// Nothing was typed.
    Empty,
    /// The text does not begin with a number (the text as typed).
    NotANumber(String),
    /// The unit is not one the calculator knows (the unit as typed).
    UnknownUnit(String),
    /// The unit belongs to another quantity.
    OtherQuantity {
        /// The unit as typed.
        unit: String,
        /// Its quantity, e.g. "voltage".
        quantity: &'static str,
    },
}

impl AnswerError {
    /// What is wrong and what is accepted, for a result shown in one of
    /// `units`: e.g. "“mV” is a unit of voltage, not of this result: use
    /// kPa, MPa, GPa or Pa".
    pub fn message(&self, units: &[Unit]) -> String {
        let list = unit_list(units);
        match self {
            AnswerError::Empty => {
                format!("type a value, with or without a unit ({list}), e.g. 12.5 or 1.25e3")
            }
            AnswerError::NotANumber(text) => format!(
                "“{text}” is not a number: type digits with a decimal point or comma \
                 (12.5 or 12,5), if needed a power of ten (1.25e3 or 1.25×10^3), \
                 then a unit ({list}) or none"
            ),
            AnswerError::UnknownUnit(unit) => {
                format!("“{unit}” is not a unit this calculator knows: use {list}")
            }
            AnswerError::OtherQuantity { unit, quantity } => {
                format!("“{unit}” is a unit of {quantity}, not of this result: use {list}")
            }
        }
    }
}

/// Reads a typed answer for a result shown in `units[shown]` (the unit
/// meant when none is typed; the first unit if `shown` is out of range, SI
/// if `units` is empty).
///
/// ```
/// use ecm_core::exercise::answer::{parse_answer, AnswerError};
/// use ecm_core::units::STRESS;
/// let a = parse_answer("0.4885 GPa", STRESS, 1).unwrap();
/// assert_eq!((a.si, a.figures, a.unit), (4.885e8, 4, Some("GPa")));
/// assert_eq!(parse_answer("488,5", STRESS, 1).unwrap().si, 4.885e8);
/// assert!(matches!(
///     parse_answer("5 mV", STRESS, 1),
///     Err(AnswerError::OtherQuantity { quantity: "voltage", .. })
/// ));
/// ```
pub fn parse_answer(text: &str, units: &[Unit], shown: usize) -> Result<Answer, AnswerError> {
    let typed = text.trim();
    if typed.is_empty() {
        return Err(AnswerError::Empty);
    }
    if typed.len() > MAX_LEN {
        let start: String = typed.chars().take(20).collect();
        return Err(AnswerError::NotANumber(format!("{start}…")));
    }
    let normal = normalize(typed);
    let (number, rest) = match split_number(&normal) {
        Ok(found) => found,
        Err(NumberTextError::NoNumber | NumberTextError::Separators) => {
            return Err(AnswerError::NotANumber(typed.to_string()))
        }
        Err(NumberTextError::NotFinite) => return Err(AnswerError::NotANumber(typed.to_string())),
    };
    let (si, unit) = if rest.is_empty() {
        let si = match units.get(shown).or(units.first()) {
            Some(u) => u.si(number.value),
            None => number.value,
        };
        (si, None)
    } else if let Some(u) = find_unit(units, rest) {
        (u.si(number.value), Some(u.symbol))
    } else if let Some(quantity) = quantity_of(rest) {
        return Err(AnswerError::OtherQuantity {
            unit: rest.to_string(),
            quantity,
        });
    } else {
        return Err(AnswerError::UnknownUnit(rest.to_string()));
    };
    if !si.is_finite() {
        return Err(AnswerError::NotANumber(typed.to_string()));
    }
    Ok(Answer {
        si,
        figures: number.figures,
        unit,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::{LENGTH, STRESS, VOLTAGE};

    fn si(text: &str) -> f64 {
        parse_answer(text, STRESS, 1).unwrap().si
    }

    #[test]
    fn every_form_reads_as_the_same_stress() {
        for text in [
            "488.5",
            "488.5 MPa",
            "488.5MPa",
            "0.4885 GPa",
            "4.885e8 Pa",
            "4,885e8 Pa",
            "488,5",
            "4.885×10^8 Pa",
            "4.885·10⁸ Pa",
            "4.885 x 10^8 Pa",
            "488500 kPa",
            "  488.5  MPa ",
        ] {
            let got = si(text);
            assert!((got - 4.885e8).abs() < 1e-6, "{text}: {got}");
        }
        assert_eq!(si("−488.5"), -4.885e8);
        assert_eq!(si("-488.5 MPa"), -4.885e8);
    }

    #[test]
    fn figures_and_unit_are_reported() {
        let f = |t: &str| parse_answer(t, STRESS, 1).unwrap().figures;
        assert_eq!(f("488.5"), 4);
        assert_eq!(f("4.885e8"), 4);
        assert_eq!(f("0.4885"), 4);
        assert_eq!(f("500"), 3);
        assert_eq!(f("488.50"), 5);
        assert_eq!(f("0.00120"), 3);
        assert_eq!(parse_answer("1 kPa", STRESS, 1).unwrap().unit, Some("kPa"));
        assert_eq!(parse_answer("1", STRESS, 1).unwrap().unit, None);
        assert_eq!(parse_answer("3 um", LENGTH, 0).unwrap().unit, Some("µm"));
    }

    #[test]
    fn garbage_gets_a_message_naming_what_is_wrong() {
        assert_eq!(parse_answer("  ", STRESS, 1), Err(AnswerError::Empty));
        assert!(parse_answer("", STRESS, 1)
            .unwrap_err()
            .message(STRESS)
            .contains("kPa, MPa, GPa or Pa"));
        for text in ["abc", "1.2.3", "1,5.0", "MPa", "1e999"] {
            let e = parse_answer(text, STRESS, 1).unwrap_err();
            assert_eq!(e, AnswerError::NotANumber(text.into()), "{text}");
            assert!(e.message(STRESS).contains("is not a number"));
        }
        let e = parse_answer("5 bananas", STRESS, 1).unwrap_err();
        assert_eq!(e, AnswerError::UnknownUnit("bananas".into()));
        assert_eq!(
            e.message(STRESS),
            "“bananas” is not a unit this calculator knows: use kPa, MPa, GPa or Pa"
        );
        let e = parse_answer("5 mV", STRESS, 1).unwrap_err();
        assert_eq!(
            e.message(STRESS),
            "“mV” is a unit of voltage, not of this result: use kPa, MPa, GPa or Pa"
        );
        let e = parse_answer("5 MPa", VOLTAGE, 0).unwrap_err();
        assert!(e.message(VOLTAGE).contains("unit of stress"));
        assert!(parse_answer("5 mpa", STRESS, 1).is_err());
        assert!(parse_answer(&"9".repeat(1000), STRESS, 1).is_err());
    }

    #[test]
    fn a_shown_index_out_of_range_or_no_units_never_panics() {
        assert_eq!(parse_answer("2", STRESS, 99).unwrap().si, 2e3);
        assert_eq!(parse_answer("2", &[], 0).unwrap().si, 2.0);
        assert!(parse_answer("2 MPa", &[], 0).is_err());
    }
}
