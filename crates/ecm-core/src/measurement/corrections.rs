//! Corrections from what an instrument records to the specimen's own force
//! and displacement, one function per step, all in SI units (m, N, s).
//!
//! The pipeline a measured curve goes through, in order (each step
//! optional, each stated with the results):
//!
//! 1. cantilever set-up (the paper's in situ AFM test, docs/science.md §1 and
//!    docs/file-formats.md): a deflection in V times the sensitivity (m/V) is a
//!    deflection in m ([`deflection_from_volts`]); F = k·deflection
//!    ([`cantilever_force`]); the specimen's shortening is the piezo (Z)
//!    travel minus the deflection ([`specimen_displacement`]);
//! 2. signs: compression or tension recorded as negative displacement,
//!    negative force or both is turned so that loading is positive
//!    ([`normalise_signs`]);
//! 3. baseline and contact point: the force before contact, fitted by a
//!    line and removed ([`remove_baseline`]); contact where the force leaves
//!    the baseline's noise for good ([`contact_index`]);
//! 4. frame (machine) compliance: δ − F·C ([`remove_frame_compliance`]);
//! 5. pillar base sinking into the substrate, after Sneddon:
//!    δ − F·(1 − ν_s²)/(E_s·d_base) ([`remove_base_compliance`]);
//! 6. thermal drift: δ − rate·t ([`remove_drift`]).

use crate::error::{Error, Result};
use crate::fitting::least_squares::fit_line;

fn inconsistent<T>(message: impl Into<String>) -> Result<T> {
    Err(Error::Inconsistent {
        message: message.into(),
    })
}

/// Checks that `a` and `b` have the same length and finite values.
fn paired(what: &str, a: &[f64], b: &[f64]) -> Result<()> {
    if a.len() != b.len() {
        return inconsistent(format!(
            "{what}: the columns have {} and {} values; they must have the same length",
            a.len(),
            b.len()
        ));
    }
    if let Some(i) = a.iter().chain(b).position(|v| !v.is_finite()) {
        return inconsistent(format!(
            "{what}: value {} is not a finite number",
            i % a.len().max(1) + 1
        ));
    }
    Ok(())
}

fn positive(what: &str, v: f64) -> Result<()> {
    if v.is_finite() && v > 0.0 {
        Ok(())
    } else {
        inconsistent(format!("{what} must be a number greater than 0"))
    }
}

fn all_finite(values: Vec<f64>) -> Result<Vec<f64>> {
    if values.iter().all(|v| v.is_finite()) {
        Ok(values)
    } else {
        Err(Error::ResultNotFinite {
            what: "a corrected value",
        })
    }
}

/// Cantilever deflection in m from the photodiode signal in V:
/// deflection = V · sensitivity (sensitivity in m/V, e.g. JPK's
/// `# sensitivity: 4.2E-8`).
pub fn deflection_from_volts(volts: &[f64], sensitivity: f64) -> Result<Vec<f64>> {
    positive("the sensitivity (m/V)", sensitivity)?;
    paired("deflection", volts, volts)?;
    all_finite(volts.iter().map(|v| v * sensitivity).collect())
}

/// The force on the specimen, F = k · deflection (k in N/m, deflection in m).
pub fn cantilever_force(deflection: &[f64], spring_constant: f64) -> Result<Vec<f64>> {
    positive("the spring constant (N/m)", spring_constant)?;
    paired("deflection", deflection, deflection)?;
    all_finite(deflection.iter().map(|d| d * spring_constant).collect())
}

/// The specimen's own displacement: piezo (Z) travel − cantilever
/// deflection, both in m. Taking the travel for the specimen's shortening
/// overstates it by the deflection (the slip in the paper's Figure 6).
pub fn specimen_displacement(travel: &[f64], deflection: &[f64]) -> Result<Vec<f64>> {
    paired("travel and deflection", travel, deflection)?;
    all_finite(travel.iter().zip(deflection).map(|(z, d)| z - d).collect())
}

/// How the signs were turned (see [`normalise_signs`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Normalised {
    /// Displacement, loading positive: as recorded when its sign was kept,
    /// from the first point when it was turned.
    pub displacement: Vec<f64>,
    /// Force, loading positive.
    pub force: Vec<f64>,
    /// Whether the displacement's sign was turned.
    pub displacement_flipped: bool,
    /// Whether the force's sign was turned.
    pub force_flipped: bool,
    /// The recorded displacement the zero was moved to (its first point),
    /// when the sign was turned and that point was not 0: the caller lists
    /// it as a step, so a zero never moves silently.
    pub zero_moved: Option<f64>,
}

/// Makes loading positive whatever the instrument's convention: each
/// column's sign is turned so that where the force has moved furthest from
/// where it started (the mean of the first 5 % of points, at least one),
/// both the change of force and the displacement's change from its first
/// point are positive. The sign comes from the direction of loading, never
/// from an offset: an AFM force that sits at −7 nN before contact and dips
/// to −8 nN at snap-in, then rises 1.5 nN above its offset, is loading
/// upwards. A displacement kept in its sign stays as recorded (a
/// nanoindenter's depth that starts at 87.7 nm after a preload still reads
/// 87.7 nm); one that is turned is measured from its first point, since
/// minus a recorded position has no meaning of its own, and
/// [`Normalised::zero_moved`] says from where. Compression or tension is the
/// user's choice; this only fixes the signs the instrument chose.
pub fn normalise_signs(displacement: &[f64], force: &[f64]) -> Result<Normalised> {
    let (displacement_flipped, force_flipped) = loading_direction(displacement, force)?;
    let start = displacement[0];
    let sign = |flip: bool| if flip { -1.0 } else { 1.0 };
    let (origin, zero_moved) = if displacement_flipped {
        (start, (start != 0.0).then_some(start))
    } else {
        (0.0, None)
    };
    Ok(Normalised {
        displacement: all_finite(
            displacement
                .iter()
                .map(|d| sign(displacement_flipped) * (d - origin))
                .collect(),
        )?,
        force: force.iter().map(|f| sign(force_flipped) * f).collect(),
        displacement_flipped,
        force_flipped,
        zero_moved,
    })
}

/// Whether the displacement and the force each fall as the specimen is
/// loaded, judged where the force has moved furthest from where it started
/// (the mean of the first 5 % of points, at least one): the signs
/// [`normalise_signs`] turns, without turning anything.
pub fn loading_direction(displacement: &[f64], force: &[f64]) -> Result<(bool, bool)> {
    paired("displacement and force", displacement, force)?;
    let first = (force.len() / 20).max(1).min(force.len());
    let start_force = force[..first].iter().sum::<f64>() / first as f64;
    let change = |i: usize| (force[i] - start_force).abs();
    let Some(peak) = (0..force.len()).max_by(|&a, &b| change(a).total_cmp(&change(b))) else {
        return inconsistent("the curve has no points");
    };
    Ok((
        displacement[peak] - displacement[0] < 0.0,
        force[peak] < start_force,
    ))
}

/// The line fitted to the force before contact: F ≈ offset + slope·δ.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Baseline {
    /// Force at δ = 0 (N).
    pub offset: f64,
    /// Slope (N/m): a tilted baseline comes from drag or interference.
    pub slope: f64,
    /// Standard deviation of the force about the line (N): the noise.
    pub noise: f64,
}

/// Fits a line to the force over the rows `window` (before contact) and
/// subtracts it from every row. Returns the corrected force and the line.
pub fn remove_baseline(
    displacement: &[f64],
    force: &[f64],
    window: std::ops::Range<usize>,
) -> Result<(Vec<f64>, Baseline)> {
    paired("displacement and force", displacement, force)?;
    if window.end > force.len() || window.len() < 3 {
        return inconsistent(format!(
            "the baseline needs at least 3 points before contact inside the curve's {} points",
            force.len()
        ));
    }
    let x = &displacement[window.clone()];
    let y = &force[window];
    // A baseline with no spread in δ (a held approach) is its mean force.
    let (slope, offset, noise) = match fit_line(x, y) {
        Some(l) => (l.slope, l.intercept, l.residual_sd().unwrap_or(0.0)),
        None => {
            let mean = y.iter().sum::<f64>() / y.len() as f64;
            let var = y.iter().map(|f| (f - mean).powi(2)).sum::<f64>() / (y.len() as f64 - 1.0);
            (0.0, mean, var.sqrt())
        }
    };
    let corrected = all_finite(
        displacement
            .iter()
            .zip(force)
            .map(|(d, f)| f - offset - slope * d)
            .collect(),
    )?;
    if !(offset.is_finite() && slope.is_finite() && noise.is_finite()) {
        return Err(Error::ResultNotFinite { what: "baseline" });
    }
    Ok((
        corrected,
        Baseline {
            offset,
            slope,
            noise,
        },
    ))
}

/// The contact point: the first row from which the (baseline-corrected)
/// force stays above `threshold` (N) for `hold` rows in a row; `None` if it
/// never does. A threshold of a few times the baseline's noise is usual.
pub fn contact_index(force: &[f64], threshold: f64, hold: usize) -> Option<usize> {
    let hold = hold.max(1);
    let mut run = 0;
    for (i, f) in force.iter().enumerate() {
        if *f > threshold {
            run += 1;
            if run == hold {
                return Some(i + 1 - hold);
            }
        } else {
            run = 0;
        }
    }
    None
}

/// Removes the frame (machine) compliance C (m/N): δ − F·C. TriboScan's
/// `Machine Comp: 0.00663947 nm/µN` is 6.64 × 10⁻⁶ m/N.
pub fn remove_frame_compliance(
    displacement: &[f64],
    force: &[f64],
    compliance: f64,
) -> Result<Vec<f64>> {
    paired("displacement and force", displacement, force)?;
    if !(compliance.is_finite() && compliance >= 0.0) {
        return inconsistent("the frame compliance (m/N) must be 0 or more");
    }
    all_finite(
        displacement
            .iter()
            .zip(force)
            .map(|(d, f)| d - f * compliance)
            .collect(),
    )
}

/// Removes the sinking of a pillar's base into its substrate (Sneddon's
/// flat punch): δ − F·(1 − ν_s²)/(E_s·d_base), with the substrate's modulus
/// E_s (Pa) and Poisson ratio ν_s, and the base diameter d_base (m).
pub fn remove_base_compliance(
    displacement: &[f64],
    force: &[f64],
    substrate_modulus: f64,
    substrate_poisson: f64,
    base_diameter: f64,
) -> Result<Vec<f64>> {
    positive("the substrate's modulus (Pa)", substrate_modulus)?;
    positive("the base diameter (m)", base_diameter)?;
    if !(substrate_poisson.is_finite() && (-1.0..0.5).contains(&substrate_poisson)) {
        return inconsistent("the substrate's Poisson ratio must be from −1 to below 0.5");
    }
    let compliance =
        (1.0 - substrate_poisson * substrate_poisson) / (substrate_modulus * base_diameter);
    remove_frame_compliance(displacement, force, compliance)
}

/// Removes thermal drift at `rate` (m/s): δ − rate·t, with t in s.
pub fn remove_drift(displacement: &[f64], time: &[f64], rate: f64) -> Result<Vec<f64>> {
    paired("displacement and time", displacement, time)?;
    if !rate.is_finite() {
        return inconsistent("the drift rate must be a number");
    }
    all_finite(
        displacement
            .iter()
            .zip(time)
            .map(|(d, t)| d - rate * t)
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) {
        assert!((a - b).abs() <= 1e-12 * b.abs().max(1e-30), "{a} vs {b}");
    }

    #[test]
    fn cantilever_set_up_recovers_the_specimen() {
        // A specimen of stiffness 10 N/m pushed by a 3 N/m cantilever: the
        // piezo travels z; the deflection is z·10/(10+3) (springs in series),
        // the force 3·deflection, the specimen's shortening z − deflection.
        let z: Vec<f64> = (0..5).map(|i| i as f64 * 13e-9).collect();
        let volts: Vec<f64> = z.iter().map(|z| z * 10.0 / 13.0 / 4e-8).collect();
        let defl = deflection_from_volts(&volts, 4e-8).unwrap();
        let f = cantilever_force(&defl, 3.0).unwrap();
        let d = specimen_displacement(&z, &defl).unwrap();
        // At z = 52 nm: deflection 40 nm, force 120 nN, shortening 12 nm = F/10.
        close(defl[4], 40e-9);
        close(f[4], 120e-9);
        close(d[4], 12e-9);
        close(f[4] / d[4], 10.0);
        assert!(cantilever_force(&defl, 0.0).is_err());
        assert!(specimen_displacement(&z, &defl[..2]).is_err());
    }

    #[test]
    fn negative_conventions_become_positive_loading() {
        // Compression recorded as negative displacement and negative force.
        let d = [5.0, 4.0, 3.0, 2.0, 3.0];
        let f = [0.0, -1.0, -2.0, -3.0, -1.0];
        let n = normalise_signs(&d, &f).unwrap();
        assert!(n.displacement_flipped && n.force_flipped);
        assert_eq!(n.displacement, [0.0, 1.0, 2.0, 3.0, 2.0]);
        assert_eq!(n.force, [0.0, 1.0, 2.0, 3.0, 1.0]);
        assert_eq!(n.zero_moved, Some(5.0));
        let same = normalise_signs(&[0.0, 1.0, 2.0], &[0.0, 1.0, 2.0]).unwrap();
        assert!(!same.displacement_flipped && !same.force_flipped);
        // A depth that starts at 87.7 (a preload) is kept as recorded.
        let preload = normalise_signs(&[87.7, 300.0, 770.0], &[1.0, 50.0, 100.0]).unwrap();
        assert_eq!(preload.displacement, [87.7, 300.0, 770.0]);
        assert_eq!(preload.zero_moved, None);
        assert!(normalise_signs(&[], &[]).is_err());
    }

    #[test]
    fn the_sign_comes_from_the_direction_of_loading_not_an_offset() {
        // An AFM force (nN) on a −7.05 nN offset: approach, a snap-in dip to
        // −8.16 nN, then loading to 1.5 nN above the offset. The largest
        // |F| is the dip, but the force moved furthest, and upwards, while
        // loading: nothing is turned.
        let mut f = vec![-7.05; 40];
        f.extend([-8.16, -7.8, -7.3, -6.9, -6.5, -6.1, -5.8, -5.55]);
        let d: Vec<f64> = (0..f.len()).map(|i| i as f64).collect();
        let n = normalise_signs(&d, &f).unwrap();
        assert!(!n.force_flipped && !n.displacement_flipped);
        assert_eq!(n.force, f);
        // The same curve recorded with the opposite sign is turned.
        let g: Vec<f64> = f.iter().map(|x| -x).collect();
        assert!(normalise_signs(&d, &g).unwrap().force_flipped);
    }

    #[test]
    fn baseline_and_contact_point() {
        // Approach: force −5.5 nN + 0.1 N/m·δ for δ < 10 nm, then contact at
        // 10 nm with 2 N/m more.
        let d: Vec<f64> = (0..20).map(|i| i as f64 * 1e-9).collect();
        let f: Vec<f64> = d
            .iter()
            .map(|&x| -5.5e-9 + 0.1 * x + if x > 10e-9 { 2.0 * (x - 10e-9) } else { 0.0 })
            .collect();
        let (c, b) = remove_baseline(&d, &f, 0..8).unwrap();
        assert!((b.offset - -5.5e-9).abs() < 1e-20);
        assert!((b.slope - 0.1).abs() < 1e-9);
        assert!(c[..=10].iter().all(|v| v.abs() < 1e-20));
        // 2 N/m × 1 nm = 2 nN above the line one point after contact.
        assert!((c[11] - 2e-9).abs() < 1e-20);
        assert_eq!(contact_index(&c, 1e-9, 3), Some(11));
        assert_eq!(contact_index(&c, 1.0, 3), None);
        assert!(remove_baseline(&d, &f, 0..2).is_err());
    }

    #[test]
    fn compliance_and_drift_are_removed() {
        // A specimen of stiffness S = 1000 N/m in a frame of compliance
        // C = 6.64e-6 m/N: measured δ = F/S + F·C.
        let c = 0.006_639_47 * 1e-9 / 1e-6;
        let f: Vec<f64> = (0..5).map(|i| i as f64 * 1e-6).collect();
        let measured: Vec<f64> = f.iter().map(|f| f / 1000.0 + f * c).collect();
        let d = remove_frame_compliance(&measured, &f, c).unwrap();
        close(f[4] / d[4], 1000.0);
        // Sneddon: Si (E 130 GPa, ν 0.28) under a 1 µm base: C = (1 − 0.28²)/(130e9·1e-6).
        let with_base: Vec<f64> = f
            .iter()
            .map(|f| f / 1000.0 + f * (1.0 - 0.28f64.powi(2)) / (130e9 * 1e-6))
            .collect();
        let d = remove_base_compliance(&with_base, &f, 130e9, 0.28, 1e-6).unwrap();
        close(f[4] / d[4], 1000.0);
        // Drift 0.03648 nm/s over 100 s adds 3.648 nm.
        let t = [0.0, 100.0];
        let d = remove_drift(&[0.0, 10e-9 + 3.648e-9], &t, 0.036_48e-9).unwrap();
        close(d[1], 10e-9);
        assert!(remove_base_compliance(&f, &f, 130e9, 0.5, 1e-6).is_err());
    }
}
