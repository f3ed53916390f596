//! A worked solution: the formula, the inputs substituted with their units,
//! the intermediate steps and the result. Each is written by the function
//! that computes the result (beside the model, e.g.
//! `models::electrochemical_stress::stress_worked`), from the very numbers it
//! computes with, so a solution can never disagree with the calculator.

use crate::numbers::number_format::format_sig;

/// A worked solution.
#[derive(Debug, Clone, PartialEq)]
pub struct Worked {
    /// The formula in symbols, with its source.
    pub formula: String,
    /// The inputs substituted, then each step, one line each.
    pub steps: Vec<String>,
    /// The result, in SI units.
    pub result_si: f64,
}

/// `value` in SI written with its SI unit and, where it differs, the same
/// in the unit the page shows: `0.12 V`, `2.37 × 10⁻⁵ m³/mol`.
pub fn quantity(si: f64, si_unit: &str, sig: usize) -> String {
    format!("{} {si_unit}", format_sig(si, sig))
}

/// `shown` (in `unit`) followed by its SI value when the units differ:
/// `120 mV = 0.1200 V`.
pub fn converted(shown: f64, unit: &str, to_si: f64, si_unit: &str, sig: usize) -> String {
    if unit == si_unit {
        quantity(shown, unit, sig)
    } else {
        format!(
            "{} {unit} = {}",
            format_sig(shown, sig),
            quantity(shown * to_si, si_unit, sig)
        )
    }
}
