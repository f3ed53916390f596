//! Strain hardening after Hollomon: σ = K·εⁿ fitted to the plastic part of a
//! true stress–strain curve (strain above `from_strain`), by least squares in
//! log space, the same fit as the size effect (`fitting::power_law`, with n = −m).

use crate::error::{Error, Result};
use crate::fitting::power_law::fit_power_law;

/// A fitted Hollomon law σ = K·εⁿ.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hollomon {
    /// Strength coefficient K (units of σ).
    pub k: f64,
    /// Strain-hardening exponent n.
    pub n: f64,
    /// Standard error of n (`None` with fewer than three points).
    pub n_standard_error: Option<f64>,
    /// R² in log space.
    pub r_squared: f64,
    /// Points fitted.
    pub points: usize,
}

/// Fits σ = K·εⁿ to the points with strain above `from_strain` (> 0) and
/// positive stress.
pub fn fit_hollomon(strain: &[f64], stress: &[f64], from_strain: f64) -> Result<Hollomon> {
    if strain.len() != stress.len() || !(from_strain.is_finite() && from_strain > 0.0) {
        return Err(Error::Inconsistent {
            message: "Hollomon fit: strain and stress of equal length, from a strain above 0"
                .to_string(),
        });
    }
    let (e, s): (Vec<f64>, Vec<f64>) = strain
        .iter()
        .zip(stress)
        .filter(|(&e, &s)| e >= from_strain && e.is_finite() && s.is_finite() && s > 0.0)
        .map(|(&e, &s)| (e, s))
        .unzip();
    let f = fit_power_law(&e, &s)?;
    Ok(Hollomon {
        k: f.a,
        n: -f.m,
        n_standard_error: f.m_standard_error,
        r_squared: f.r_squared,
        points: f.points,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hollomon_curve_is_recovered() {
        // σ = 500 MPa·ε^0.2 beyond 1 % strain, linear elastic below.
        let e: Vec<f64> = (1..=100).map(|i| i as f64 * 0.002).collect();
        let s: Vec<f64> = e
            .iter()
            .map(|&x| {
                if x < 0.01 {
                    500e6 * 0.01f64.powf(0.2) * x / 0.01
                } else {
                    500e6 * x.powf(0.2)
                }
            })
            .collect();
        let h = fit_hollomon(&e, &s, 0.01).unwrap();
        assert!((h.n - 0.2).abs() < 1e-12, "{}", h.n);
        assert!((h.k / 500e6 - 1.0).abs() < 1e-12);
        assert_eq!(h.points, 96);
        assert!(fit_hollomon(&e, &s, 0.0).is_err());
    }
}
