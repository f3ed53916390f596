//! A deformation-mechanism map: stress against size at one temperature,
//! split into the fields where power-law, Nabarro–Herring or Coble creep is
//! fastest, with contours of constant total strain rate (after Frost & Ashby,
//! *Deformation-Mechanism Maps*, 1982; the laws are in [`crate::creep::laws`]).
//!
//! The field boundaries are exact, not sampled:
//! - Nabarro–Herring and Coble are both linear in σ, so they trade places at
//!   one size, `d* = π·δD_b / D_v`, whatever the stress (Coble below it);
//! - power-law creep (∝ σⁿ, n > 1) overtakes the faster diffusional
//!   mechanism (∝ σ) above the stress where `A'·(σ/1 MPa)ⁿ = C(d)·σ`, C(d)
//!   that mechanism's rate per pascal: `σ = [C(d)·(10⁶)ⁿ / A']^(1/(n−1))` Pa.
//!
//! Sizes in m, stresses in Pa, rates in s⁻¹, temperature in K.

use crate::creep::laws::{check_inputs, ln_linear_and_power, stress_for_rate, CreepModel};
use crate::error::{finite, Error, Result};
use crate::input_limits::{CREEP_STRESS, GRAIN_SIZE};

/// The size (m) below which Coble creep is faster than Nabarro–Herring:
/// `d* = π·δD_b / D_v` at `temperature` (K).
///
/// ```
/// use ecm_core::creep::laws::*;
/// use ecm_core::creep::mechanism_map::coble_size;
/// let m = CreepModel { power_law: None, melting_point: 1000.0,
///     diffusion: Diffusion { d0_lattice: 1e-12, q_lattice: 0.0,
///         delta_d0_boundary: 1e-20, q_boundary: 0.0, atomic_volume: 2e-29 } };
/// // π · 1e-20 / 1e-12 = 3.14 × 10⁻⁸ m.
/// let d = coble_size(&m, 300.0).unwrap();
/// assert!((d / (std::f64::consts::PI * 1e-8) - 1.0).abs() < 1e-12);
/// ```
pub fn coble_size(model: &CreepModel, temperature: f64) -> Result<f64> {
    let (t, _) = check_inputs(model, temperature, 1.0)?;
    let d = &model.diffusion;
    let ln = std::f64::consts::PI.ln() + d.delta_d0_boundary.ln()
        - d.q_boundary / (crate::constants::GAS_CONSTANT * t)
        - d.d0_lattice.ln()
        + d.q_lattice / (crate::constants::GAS_CONSTANT * t);
    finite(
        "size where Coble and Nabarro–Herring creep are equal",
        ln.exp(),
    )
}

/// The stress (Pa) above which power-law creep is faster than the faster
/// diffusional mechanism (Nabarro–Herring or Coble) at size `size` (m): the
/// field boundary of the map; `None` when the model has no power-law fit.
pub fn power_law_boundary(model: &CreepModel, temperature: f64, size: f64) -> Result<Option<f64>> {
    let (t, d) = check_inputs(model, temperature, size)?;
    let (ln_c, ln_a) = ln_linear_and_power(model, t, d);
    let (Some(ln_a), Some(p)) = (ln_a, model.power_law) else {
        return Ok(None);
    };
    let ln_s = (ln_c + p.n * 1e6f64.ln() - ln_a) / (p.n - 1.0);
    finite(
        "stress where power-law and diffusional creep are equal",
        ln_s.exp(),
    )
    .map(Some)
}

/// One contour of constant total strain rate: the stress at each size.
#[derive(Debug, Clone, PartialEq)]
pub struct RateContour {
    /// The strain rate in s⁻¹.
    pub rate: f64,
    /// (size in m, stress in Pa) along it, where it lies inside the map.
    pub points: Vec<(f64, f64)>,
}

/// Everything a mechanism map draws.
#[derive(Debug, Clone, PartialEq)]
pub struct MechanismMap {
    /// The map's sizes (m), evenly spaced in log.
    pub sizes: Vec<f64>,
    /// At each size, the stress (Pa) above which power-law creep dominates
    /// (`None` everywhere without a power-law fit).
    pub power_law_boundary: Vec<Option<f64>>,
    /// The size (m) below which Coble creep beats Nabarro–Herring.
    pub coble_size: f64,
    /// Contours of constant total strain rate.
    pub contours: Vec<RateContour>,
}

/// The map over sizes `sizes.0`–`sizes.1` (m) and stresses
/// `stresses.0`–`stresses.1` (Pa) at `temperature` (K), sampled at `points`
/// sizes (2 to 2 000), with a contour for each rate in `rates` (s⁻¹).
pub fn mechanism_map(
    model: &CreepModel,
    temperature: f64,
    sizes: (f64, f64),
    stresses: (f64, f64),
    rates: &[f64],
    points: usize,
) -> Result<MechanismMap> {
    let (d_lo, d_hi) = (GRAIN_SIZE.check(sizes.0)?, GRAIN_SIZE.check(sizes.1)?);
    let (s_lo, s_hi) = (
        CREEP_STRESS.check(stresses.0)?,
        CREEP_STRESS.check(stresses.1)?,
    );
    if d_hi <= d_lo || s_hi <= s_lo || !(2..=2000).contains(&points) {
        return Err(Error::Inconsistent {
            message:
                "a map needs its largest size and stress above its smallest, and 2 to 2000 points"
                    .to_string(),
        });
    }
    let coble = coble_size(model, temperature)?;
    let step = (d_hi / d_lo).ln() / (points - 1) as f64;
    let grid: Vec<f64> = (0..points)
        .map(|i| d_lo * (step * i as f64).exp())
        .collect();
    let boundary = grid
        .iter()
        .map(|&d| power_law_boundary(model, temperature, d))
        .collect::<Result<Vec<_>>>()?;
    let contours = rates
        .iter()
        .map(|&rate| RateContour {
            rate,
            points: grid
                .iter()
                .filter_map(|&d| {
                    stress_for_rate(model, rate, temperature, d)
                        .ok()
                        .filter(|s| (s_lo..=s_hi).contains(s))
                        .map(|s| (d, s))
                })
                .collect(),
        })
        .collect();
    Ok(MechanismMap {
        sizes: grid,
        power_law_boundary: boundary,
        coble_size: coble,
        contours,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::creep::laws::{creep_rates, Mechanism};

    fn close(a: f64, b: f64, rel: f64) {
        assert!((a - b).abs() <= rel * b.abs(), "{a} vs {b}");
    }

    #[test]
    fn boundaries_are_where_the_rates_are_equal() {
        let m = crate::creep::laws::tests::sodium();
        let t = 298.0;
        let dc = coble_size(&m, t).unwrap();
        let r = creep_rates(&m, 1e6, t, dc).unwrap();
        close(r.coble, r.nabarro_herring, 1e-9);
        for d in [30e-9, 1e-6, 1e-4] {
            let s = power_law_boundary(&m, t, d).unwrap().unwrap();
            let r = creep_rates(&m, s, t, d).unwrap();
            close(r.power_law.unwrap(), r.nabarro_herring.max(r.coble), 1e-9);
            // Just above the boundary the power law dominates, just below it does not.
            let above = creep_rates(&m, s * 1.01, t, d).unwrap();
            let below = creep_rates(&m, s * 0.99, t, d).unwrap();
            assert_eq!(above.dominant, Mechanism::PowerLaw);
            assert_ne!(below.dominant, Mechanism::PowerLaw);
        }
    }

    #[test]
    fn contours_hold_their_rate_and_the_boundary_is_absent_without_a_fit() {
        let mut m = crate::creep::laws::tests::sodium();
        let map = mechanism_map(&m, 298.0, (10e-9, 1e-3), (1e3, 1e9), &[1e-6, 1.0], 41).unwrap();
        assert_eq!(map.sizes.len(), 41);
        close(map.sizes[40], 1e-3, 1e-12);
        for c in &map.contours {
            assert!(!c.points.is_empty());
            for &(d, s) in &c.points {
                close(creep_rates(&m, s, 298.0, d).unwrap().total, c.rate, 1e-8);
            }
        }
        m.power_law = None;
        let map = mechanism_map(&m, 298.0, (10e-9, 1e-3), (1e3, 1e9), &[], 5).unwrap();
        assert!(map.power_law_boundary.iter().all(Option::is_none));
        assert!(mechanism_map(&m, 298.0, (1e-3, 1e-6), (1e3, 1e9), &[], 5).is_err());
    }
}
