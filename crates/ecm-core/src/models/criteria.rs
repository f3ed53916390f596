//! Criteria and comparisons used to read the results (docs/science.md §5).

use crate::error::{finite, Result};
use crate::input_limits::{POISSON_RATIO, SHEAR_MODULUS, STRENGTH, TEMPERATURE, YOUNGS_MODULUS};
use serde::Serialize;

/// Shear modulus `G = E / (2 (1 + ν))` (Pa) of an isotropic solid with Young's
/// modulus `e` (Pa) and Poisson's ratio `nu`.
///
/// ```
/// let g = ecm_core::models::criteria::shear_modulus(130e9, 0.25).unwrap();
/// assert!((g - 52e9).abs() < 1.0);
/// ```
pub fn shear_modulus(e: f64, nu: f64) -> Result<f64> {
    let e = YOUNGS_MODULUS.check(e)?;
    let nu = POISSON_RATIO.check(nu)?;
    finite("shear modulus", e / (2.0 * (1.0 + nu)))
}

/// The Monroe–Newman comparison of an electrolyte with a metal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonroeNewman {
    /// G_electrolyte / G_metal.
    pub ratio: f64,
    /// True when the ratio is at least [`MONROE_NEWMAN_RATIO`].
    pub suppresses_dendrites: bool,
}

/// Shear-modulus ratio above which Monroe and Newman (J. Electrochem. Soc. 152,
/// A396, 2005) predict dendrite suppression in linear elasticity with a
/// flaw-free electrolyte: about 2.
pub const MONROE_NEWMAN_RATIO: f64 = 2.0;

/// Monroe–Newman criterion: `G_electrolyte / G_metal ≥ 2` (shear moduli in Pa).
/// The paper argues it misses plasticity and flaws.
///
/// ```
/// // LLZO (G ≈ 60 GPa) against Na (G = 1.53 GPa): ratio ≈ 39.
/// let m = ecm_core::models::criteria::monroe_newman(60e9, 1.53e9).unwrap();
/// assert!(m.suppresses_dendrites && (m.ratio - 39.2).abs() < 0.1);
/// ```
pub fn monroe_newman(g_electrolyte: f64, g_metal: f64) -> Result<MonroeNewman> {
    let ge = SHEAR_MODULUS.check(g_electrolyte)?;
    let gm = SHEAR_MODULUS.check(g_metal)?;
    let ratio = finite("shear-modulus ratio", ge / gm)?;
    Ok(MonroeNewman {
        ratio,
        suppresses_dendrites: ratio >= MONROE_NEWMAN_RATIO,
    })
}

/// Homologous temperature `T / Tm` (both in K).
///
/// ```
/// // Na at 298 K: 0.80.
/// let t = ecm_core::models::criteria::homologous_temperature(298.0, 370.95).unwrap();
/// assert_eq!((t * 100.0).round() / 100.0, 0.80);
/// ```
pub fn homologous_temperature(t: f64, melting_point: f64) -> Result<f64> {
    let t = TEMPERATURE.check(t)?;
    let tm = TEMPERATURE.check(melting_point)?;
    finite("homologous temperature", t / tm)
}

/// Size effect: nanoscale strength over bulk yield strength (both in Pa).
///
/// ```
/// // The paper's strongest tensile rod, 203 MPa, over bulk Na's 0.25 MPa: 812×.
/// let r = ecm_core::models::criteria::strength_ratio(203e6, 0.25e6).unwrap();
/// assert!((r - 812.0).abs() < 1e-9);
/// ```
pub fn strength_ratio(nanoscale: f64, bulk: f64) -> Result<f64> {
    let n = STRENGTH.check(nanoscale)?;
    let b = STRENGTH.check(bulk)?;
    finite("strength ratio", n / b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn homologous_temperatures_at_298_k() {
        // docs/science.md §5: Li 0.66, Na 0.80, K 0.89.
        for (tm, want) in [(453.65, 0.66), (370.95, 0.80), (336.7, 0.89)] {
            let t = homologous_temperature(298.0, tm).unwrap();
            assert_eq!((t * 100.0).round() / 100.0, want);
        }
    }
}
