//! Force from the deflection of an AFM cantilever, and back.
//!
//! Source: the paper, Figure 4 caption (ACS Energy Lett. 2020, 5, 2546): the
//! force on the specimen is `F = k · ΔX`, with k the cantilever's spring
//! constant (6 N/m for compression, 3 N/m for tension in the paper) and ΔX the
//! deflection of its tip. Units: k in N/m, ΔX in m, F in N.

use crate::error::{finite, Result};
use crate::input_limits::{DEFLECTION, FORCE, SPRING_CONSTANT};

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
