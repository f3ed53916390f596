//! Uniaxial compression or tension of a rod or pillar: stress and strain.
//!
//! Source: docs/science.md §1 and the paper's Figures 4, 6 and 7. With force F (N),
//! the engineering stress is `σ = F / A`, where the cross-section A (m²) is a
//! visible choice: `π d0² / 4` from the initial diameter (the paper's 36 MPa
//! for Figure 4), `π d² / 4` from the current diameter, or a measured contact
//! area (the paper's 120 MPa). Strains are magnitudes, positive in both
//! compression and tension: engineering `ε = |L − L0| / L0`, true
//! `|ln(L / L0)|`. The true stress at constant volume is
//! `σ_true = F · L / (A0 · L0)`.

use crate::error::{finite, Result};
use crate::input_limits::{AREA, DIAMETER, FORCE, LENGTH};
use crate::models::cantilever::force_from_deflection;
use crate::numbers::number_format::format_sig;
use crate::worked::{converted, quantity, Worked};
use serde::{Deserialize, Serialize};
use std::f64::consts::PI;

/// Which area carries the force.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum CrossSection {
    /// The initial mid-length diameter d0 in m (engineering stress).
    InitialDiameter(f64),
    /// The current diameter d in m.
    CurrentDiameter(f64),
    /// A measured contact area in m².
    ContactArea(f64),
}

impl CrossSection {
    /// The area in m²: `π d² / 4` for a diameter, the area itself otherwise.
    ///
    /// ```
    /// use ecm_core::models::uniaxial::CrossSection;
    /// let a = CrossSection::InitialDiameter(2e-6).area().unwrap();
    /// assert!((a / (std::f64::consts::PI * 1e-12) - 1.0).abs() < 1e-15);
    /// ```
    pub fn area(self) -> Result<f64> {
        match self {
            CrossSection::InitialDiameter(d) | CrossSection::CurrentDiameter(d) => circle_area(d),
            CrossSection::ContactArea(a) => AREA.check(a),
        }
    }
}

/// Area `π d² / 4` (m²) of a circle of diameter `d` (m).
pub fn circle_area(d: f64) -> Result<f64> {
    let d = DIAMETER.check(d)?;
    finite("area", PI * d * d / 4.0)
}

/// Diameter `√(4A/π)` (m) of a circle of area `area` (m²).
///
/// ```
/// // The paper's 120 MPa contact stress at 3.6 µN implies a ≈195 nm contact diameter.
/// let d = ecm_core::models::uniaxial::equivalent_diameter(3.6e-6 / 120e6).unwrap();
/// assert_eq!((d * 1e9).round(), 195.0);
/// ```
pub fn equivalent_diameter(area: f64) -> Result<f64> {
    let a = AREA.check(area)?;
    finite("diameter", (4.0 * a / PI).sqrt())
}

/// Engineering stress `σ = F / A` (Pa) from force `force` (N) on `section`.
///
/// ```
/// use ecm_core::models::uniaxial::{engineering_stress, CrossSection};
/// // Figure 4: 3.6 µN on a 355 nm rod is 36.4 MPa.
/// let s = engineering_stress(3.6e-6, CrossSection::InitialDiameter(355e-9)).unwrap();
/// assert_eq!((s / 1e5).round() / 10.0, 36.4);
/// ```
pub fn engineering_stress(force: f64, section: CrossSection) -> Result<f64> {
    let f = FORCE.check(force)?;
    let a = section.area()?;
    finite("stress", f / a)
}

/// The rod page's stress σ = F/A with F = k·ΔX, worked out for an
/// exercise's solution: k in N/m, ΔX and the diameter in nm as the page
/// shows them, numbers to `sig` significant figures (F and A to one more).
/// A contact area is shown with its diameter √(4A/π), as the page takes it.
/// The result is `engineering_stress(force_from_deflection(k, dx)?, section)`,
/// the page's stress.
///
/// ```
/// use ecm_core::models::uniaxial::{rod_stress_worked, CrossSection};
/// let w = rod_stress_worked(6.0, 600e-9, CrossSection::InitialDiameter(355e-9), 4).unwrap();
/// assert_eq!(w.steps.last().unwrap(), "σ = 3.6000 × 10⁻⁶ N ÷ 9.8980 × 10⁻¹⁴ m² = 3.637 × 10⁷ Pa = 36.37 MPa");
/// ```
pub fn rod_stress_worked(k: f64, dx: f64, section: CrossSection, sig: usize) -> Result<Worked> {
    let f = force_from_deflection(k, dx)?;
    let sigma = engineering_stress(f, section)?;
    let a = section.area()?;
    let (name, d) = match section {
        CrossSection::InitialDiameter(d) => ("d0", d),
        CrossSection::CurrentDiameter(d) => ("d", d),
        CrossSection::ContactArea(a) => ("dc", (4.0 * a / PI).sqrt()),
    };
    let what = match section {
        CrossSection::InitialDiameter(_) => "the initial diameter",
        CrossSection::CurrentDiameter(_) => "the current diameter",
        CrossSection::ContactArea(_) => "the contact diameter",
    };
    Ok(Worked {
        formula: format!(
            "σ = F / A with F = k · ΔX and A = π {name}²/4, on {what} (Liu et al., ACS Energy Lett. 5, 2546, 2020, Figure 4)"
        ),
        steps: vec![
            format!(
                "k = {}, ΔX = {}, {name} = {}",
                quantity(k, "N/m", sig),
                converted(dx * 1e9, "nm", 1e-9, "m", sig),
                converted(d * 1e9, "nm", 1e-9, "m", sig)
            ),
            format!(
                "F = k · ΔX = {} × {} = {}",
                quantity(k, "N/m", sig),
                quantity(dx, "m", sig),
                quantity(f, "N", sig + 1)
            ),
            format!(
                "A = π {name}²/4 = π × ({})²/4 = {}",
                quantity(d, "m", sig),
                quantity(a, "m²", sig + 1)
            ),
            format!(
                "σ = {} ÷ {} = {} = {} MPa",
                quantity(f, "N", sig + 1),
                quantity(a, "m²", sig + 1),
                quantity(sigma, "Pa", sig),
                format_sig(sigma / 1e6, sig)
            ),
        ],
        result_si: sigma,
    })
}

/// Engineering strain `ε = |L − L0| / L0` (dimensionless, 0.126 = 12.6 %) from
/// initial length `l0` and current length `l` (m).
///
/// ```
/// // Figure 4: 776 nm → 678 nm is 12.6 %.
/// let e = ecm_core::models::uniaxial::engineering_strain(776e-9, 678e-9).unwrap();
/// assert_eq!((e * 1000.0).round() / 10.0, 12.6);
/// ```
pub fn engineering_strain(l0: f64, l: f64) -> Result<f64> {
    let l0 = LENGTH.check(l0)?;
    let l = LENGTH.check(l)?;
    finite("strain", (l - l0).abs() / l0)
}

/// True (logarithmic) strain `|ln(L / L0)|` from lengths `l0` and `l` (m).
///
/// ```
/// // Figure 4: 776 nm → 678 nm is 13.5 % true strain.
/// let e = ecm_core::models::uniaxial::true_strain(776e-9, 678e-9).unwrap();
/// assert_eq!((e * 1000.0).round() / 10.0, 13.5);
/// ```
pub fn true_strain(l0: f64, l: f64) -> Result<f64> {
    let l0 = LENGTH.check(l0)?;
    let l = LENGTH.check(l)?;
    finite("true strain", (l / l0).ln().abs())
}

/// True stress at constant volume `σ_true = F · L / (A0 · L0)` (Pa), from force
/// `force` (N), initial diameter `d0` (m), and lengths `l0`, `l` (m).
///
/// In compression (L < L0) the section grows to `A0 · L0 / L`, so the true
/// stress is below the engineering stress; in tension it is above.
pub fn true_stress_constant_volume(force: f64, d0: f64, l0: f64, l: f64) -> Result<f64> {
    let f = FORCE.check(force)?;
    let a0 = circle_area(d0)?;
    let l0 = LENGTH.check(l0)?;
    let l = LENGTH.check(l)?;
    finite("true stress", f * l / (a0 * l0))
}

/// Everything a single-point rod or pillar test gives.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PointTest {
    /// Force in N.
    pub force: f64,
    /// Area that carries the force, in m².
    pub area: f64,
    /// Engineering stress F/A in Pa.
    pub stress: f64,
    /// Engineering strain (dimensionless), when lengths were given.
    pub engineering_strain: Option<f64>,
    /// True strain (dimensionless), when lengths were given.
    pub true_strain: Option<f64>,
    /// Constant-volume true stress in Pa, when lengths and d0 were given.
    pub true_stress: Option<f64>,
}

/// A single-point test: force `force` (N) on `section`, with optional initial
/// diameter `d0` and lengths `(L0, L)` (m) for strains and true stress.
pub fn point_test(
    force: f64,
    section: CrossSection,
    d0: Option<f64>,
    lengths: Option<(f64, f64)>,
) -> Result<PointTest> {
    let area = section.area()?;
    let stress = engineering_stress(force, section)?;
    let (eng, tru, true_stress) = match lengths {
        Some((l0, l)) => {
            let ts = match d0 {
                Some(d0) => Some(true_stress_constant_volume(force, d0, l0, l)?),
                None => None,
            };
            (
                Some(engineering_strain(l0, l)?),
                Some(true_strain(l0, l)?),
                ts,
            )
        }
        None => (None, None, None),
    };
    Ok(PointTest {
        force,
        area,
        stress,
        engineering_strain: eng,
        true_strain: tru,
        true_stress,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mpa1(x: f64) -> f64 {
        (x / 1e5).round() / 10.0
    }

    #[test]
    fn worked_rod_stress_matches_a_hand_computation_and_the_page() {
        // k = 3 N/m, ΔX = 400 nm on a current diameter of 250 nm, by hand:
        // F = 3 × 400e-9 = 1.2e-6 N; A = π × (250e-9)² / 4 = 4.90874e-14 m²;
        // σ = 1.2e-6 / 4.90874e-14 = 24.4462 MPa.
        let on = CrossSection::CurrentDiameter(250e-9);
        let w = rod_stress_worked(3.0, 400e-9, on, 4).unwrap();
        assert!(
            (w.result_si / 1e6 - 24.4462).abs() < 1e-4,
            "{}",
            w.result_si
        );
        let page = engineering_stress(force_from_deflection(3.0, 400e-9).unwrap(), on).unwrap();
        assert_eq!(w.result_si, page);
        assert_eq!(
            w.steps[2],
            "A = π d²/4 = π × (2.500 × 10⁻⁷ m)²/4 = 4.9087 × 10⁻¹⁴ m²"
        );
        assert!(w.steps[3].ends_with("= 24.45 MPa"), "{}", w.steps[3]);
        // A contact area is shown with its diameter: the page's 195 nm.
        let contact = CrossSection::ContactArea(circle_area(195e-9).unwrap());
        let w = rod_stress_worked(6.0, 600e-9, contact, 4).unwrap();
        assert!(
            w.steps[0].ends_with("dc = 195.0 nm = 1.950 × 10⁻⁷ m"),
            "{}",
            w.steps[0]
        );
        assert!(rod_stress_worked(6.0, 600e-9, CrossSection::InitialDiameter(0.0), 4).is_err());
    }

    #[test]
    fn worked_values_from_the_paper() {
        // docs/science.md §1: Fig. 7 pillars 4.02 µN on 140 nm → 261.1 MPa; 0.42 µN on 40 nm → 334.2 MPa.
        assert_eq!(
            mpa1(engineering_stress(4.02e-6, CrossSection::InitialDiameter(140e-9)).unwrap()),
            261.1
        );
        assert_eq!(
            mpa1(engineering_stress(0.42e-6, CrossSection::InitialDiameter(40e-9)).unwrap()),
            334.2
        );
        // The paper prints 336 for the 40 nm pillar: d = 39.9 nm reproduces it.
        assert_eq!(
            mpa1(engineering_stress(0.42e-6, CrossSection::InitialDiameter(39.9e-9)).unwrap()),
            335.9
        );
    }

    #[test]
    fn true_stress_in_compression_is_below_engineering() {
        // By hand: A0 = π (355e-9)² / 4 = 9.898e-14 m²; F·L/(A0·L0) = 3.6e-6 · 678/776 / 9.898e-14 = 31.78 MPa.
        let t = true_stress_constant_volume(3.6e-6, 355e-9, 776e-9, 678e-9).unwrap();
        assert_eq!((t / 1e4).round() / 100.0, 31.78);
    }

    #[test]
    fn point_test_combines_everything() {
        let p = point_test(
            3.6e-6,
            CrossSection::CurrentDiameter(385e-9),
            Some(355e-9),
            Some((776e-9, 678e-9)),
        )
        .unwrap();
        // 3.6 µN on the final 385 nm: 3.6e-6 / (π · 385e-9² / 4) = 30.92 MPa.
        assert_eq!((p.stress / 1e4).round() / 100.0, 30.92);
        assert!(p.true_strain.unwrap() > p.engineering_strain.unwrap());
    }
}
