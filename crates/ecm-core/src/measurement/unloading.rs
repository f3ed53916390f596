//! Stiffness from the unloading segment: the slope of force against
//! displacement over a window of the segment's force, by default its upper
//! 50–90 % (the usual choice for pillar compression, where unloading is
//! elastic while loading also settles the contact). The specimen's modulus
//! is then E = S·L₀/A (uniaxial, `models::uniaxial`).

use crate::error::{finite, Error, Result};
use crate::fitting::least_squares::fit_line;

/// A straight line fitted to force against displacement.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StiffnessFit {
    /// Slope dF/dδ (N/m).
    pub stiffness: f64,
    /// Force at δ = 0 of the line (N).
    pub intercept: f64,
    /// R² of the fit.
    pub r_squared: f64,
    /// Points in the window.
    pub points: usize,
}

/// Fits F against δ over the points whose force lies between `low` and
/// `high` fractions (0–1) of the segment's maximum force.
pub fn unloading_stiffness(
    displacement: &[f64],
    force: &[f64],
    (low, high): (f64, f64),
) -> Result<StiffnessFit> {
    let bad = |message: &str| Error::Inconsistent {
        message: message.to_string(),
    };
    if displacement.len() != force.len() || displacement.iter().chain(force).any(|v| !v.is_finite())
    {
        return Err(bad(
            "the unloading segment needs displacement and force of equal length, all finite",
        ));
    }
    if !((0.0..1.0).contains(&low) && low < high && high <= 1.0) {
        return Err(bad(
            "the force window must go from a lower to a higher fraction, 0 to 1 (e.g. 0.5 to 0.9)",
        ));
    }
    let fmax = force.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if fmax.is_nan() || fmax <= 0.0 {
        return Err(bad("the unloading segment has no positive force"));
    }
    let (x, y): (Vec<f64>, Vec<f64>) = displacement
        .iter()
        .zip(force)
        .filter(|(_, &f)| f >= low * fmax && f <= high * fmax)
        .map(|(&d, &f)| (d, f))
        .unzip();
    if x.len() < 3 {
        return Err(bad("fewer than 3 points lie in the force window: widen it"));
    }
    let Some(line) = fit_line(&x, &y) else {
        return Err(bad("the displacement does not change in the force window"));
    };
    Ok(StiffnessFit {
        stiffness: finite("unloading stiffness", line.slope)?,
        intercept: finite("intercept", line.intercept)?,
        r_squared: finite("R²", line.r_squared())?,
        points: x.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elastic_unloading_slope() {
        // Unloading from 10 µN at 2000 N/m to a residual depth of 40 nm:
        // F = 2000·(δ − 40 nm), δ from 45 nm down to 40 nm.
        let d: Vec<f64> = (0..=50).map(|i| 45e-9 - i as f64 * 0.1e-9).collect();
        let f: Vec<f64> = d.iter().map(|x| 2000.0 * (x - 40e-9)).collect();
        // Window bounds between sample forces (4.9 and 9.1 µN), so rounding
        // at the ends cannot move a point in or out.
        let s = unloading_stiffness(&d, &f, (0.49, 0.91)).unwrap();
        assert!((s.stiffness / 2000.0 - 1.0).abs() < 1e-9, "{}", s.stiffness);
        // Forces 5.0 to 9.0 µN: δ from 42.5 to 44.5 nm in 0.1 nm steps, 21 points.
        assert_eq!(s.points, 21);
        assert!((s.intercept - -2000.0 * 40e-9).abs() < 1e-15);
        assert!(unloading_stiffness(&d, &f, (0.9, 0.5)).is_err());
        assert!(unloading_stiffness(&d, &f, (0.5, 0.51)).is_err());
    }
}
