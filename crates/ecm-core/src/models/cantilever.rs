//! Force from the deflection of an AFM cantilever, and back.
//!
//! Source: the paper, Figure 4 caption (ACS Energy Lett. 2020, 5, 2546): the
//! force on the specimen is `F = k · ΔX`, with k the cantilever's spring
//! constant (6 N/m for compression, 3 N/m for tension in the paper) and ΔX the
//! deflection of its tip. Units: k in N/m, ΔX in m, F in N.

use crate::error::{finite, Result};
use crate::input_limits::{DEFLECTION, FORCE, SPRING_CONSTANT};
use crate::numbers::number_format::format_sig;
use crate::worked::{converted, quantity, Worked};

/// Force `F = k · ΔX` (N) from spring constant `k` (N/m) and tip deflection `dx` (m).
///
/// ```
/// // 600 nm at 6 N/m is 3.6 µN (the paper's Figure 4).
/// let f = ecm_core::models::cantilever::force_from_deflection(6.0, 600e-9).unwrap();
/// assert!((f - 3.6e-6).abs() < 1e-15);
/// ```
pub fn force_from_deflection(k: f64, dx: f64) -> Result<f64> {
    let k = SPRING_CONSTANT.check(k)?;
    let dx = DEFLECTION.check(dx)?;
    finite("force", k * dx)
}

/// Tip deflection `ΔX = F / k` (m) from force `f` (N) and spring constant `k` (N/m).
///
/// ```
/// let dx = ecm_core::models::cantilever::deflection_from_force(6.0, 3.6e-6).unwrap();
/// assert!((dx - 600e-9).abs() < 1e-18);
/// ```
pub fn deflection_from_force(k: f64, f: f64) -> Result<f64> {
    let k = SPRING_CONSTANT.check(k)?;
    let f = FORCE.check(f)?;
    finite("tip deflection", f / k)
}

/// [`force_from_deflection`] worked out, for an exercise's solution: k in
/// N/m and ΔX in nm as the rod page shows them, numbers to `sig`
/// significant figures. The result is the one `force_from_deflection`
/// returns.
///
/// ```
/// let w = ecm_core::models::cantilever::force_worked(6.0, 600e-9, 4).unwrap();
/// assert_eq!(w.steps.last().unwrap(), "F = 6.000 N/m × 6.000 × 10⁻⁷ m = 3.600 × 10⁻⁶ N = 3.600 µN");
/// ```
pub fn force_worked(k: f64, dx: f64, sig: usize) -> Result<Worked> {
    let f = force_from_deflection(k, dx)?;
    Ok(Worked {
        formula: "F = k · ΔX (the cantilever as a linear spring; the paper's Figure 4)".to_string(),
        steps: vec![
            format!(
                "k = {}, ΔX = {}",
                quantity(k, "N/m", sig),
                converted(dx * 1e9, "nm", 1e-9, "m", sig)
            ),
            format!(
                "F = {} × {} = {} = {} µN",
                quantity(k, "N/m", sig),
                quantity(dx, "m", sig),
                quantity(f, "N", sig),
                format_sig(f * 1e6, sig)
            ),
        ],
        result_si: f,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn worked_force_matches_a_hand_computation() {
        // k = 3 N/m (the paper's tension cantilever), ΔX = 250 nm, by hand:
        // F = 3 × 250e-9 = 7.5e-7 N = 0.75 µN.
        let w = force_worked(3.0, 250e-9, 3).unwrap();
        assert!((w.result_si - 7.5e-7).abs() < 1e-18, "{}", w.result_si);
        assert_eq!(w.result_si, force_from_deflection(3.0, 250e-9).unwrap());
        assert_eq!(w.steps[0], "k = 3.00 N/m, ΔX = 250 nm = 2.50 × 10⁻⁷ m");
        assert!(w.steps[1].ends_with("= 0.750 µN"), "{}", w.steps[1]);
        assert!(force_worked(-1.0, 250e-9, 3).is_err());
    }
}
