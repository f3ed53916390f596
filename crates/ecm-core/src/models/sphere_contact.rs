//! A sphere (nanoparticle) compressed between two flat plates: contact area and
//! stress, elastic (Hertz) and plastic.
//!
//! Symbols: r sphere radius (m), δt total height change (m), F force (N),
//! contact area A (m²), stress `σ = F / A` (Pa).
//!
//! **Plastic models are reconstructions.** The paper (ACS Energy Lett. 2020, 5,
//! 2546) follows Mook et al. (Phys. Rev. B 75, 214112, 2007) but its equations 1
//! and 2 are missing from our copy. docs/science.md §2 reconstructs them:
//!
//! - small to intermediate deformation (δt / 2r < 10 %): each plate cuts a cap
//!   of height δt/2, so the contact radius obeys `a² = r·δt − δt²/4`
//!   ([`PlasticModel::ExactCap`]); dropping the second-order term gives
//!   `A = π r δt` ([`PlasticModel::FirstOrder`], the paper's eq. 1 as we read it);
//! - large deformation (δt / 2r > 10 %), "sphere as a barrel": the sphere's
//!   volume kept in a barrel of height `h = 2r − δt` with flat circular ends,
//!   `A = π (4 r³ / (3 h) − h² / 6)` ([`PlasticModel::Barrel`]).
//!
//! **Elastic (Hertz)**, two rigid plates, total approach δ, each contact taking
//! δ/2: `F = (√2 / 3) · E* · √R · δ^(3/2)`, contact radius `a = √(R δ / 2)`,
//! mean pressure `F / (π a²)`, peak pressure 1.5 × mean; valid while a ≪ R.

use crate::error::{finite, Error, Result};
use crate::input_limits::{
    FORCE, HEIGHT_CHANGE, POISSON_RATIO, RADIUS, YIELD_STRENGTH, YOUNGS_MODULUS,
};
use crate::numbers::decimal_writer::fixed;
use crate::numbers::number_format::format_sig;
use crate::worked::{converted, quantity, Worked};
use serde::{Deserialize, Serialize};
use std::f64::consts::{PI, SQRT_2};

/// δt / 2r at which the paper switches from the small- to the large-deformation model.
pub const PLASTIC_SWITCH: f64 = 0.10;

/// δ / 2R beyond which the Hertz solution (which needs a ≪ R) is flagged.
pub const HERTZ_LIMIT: f64 = 0.05;

/// Peak Hertz pressure at first yield, as a multiple of the yield strength
/// (Tresca/von Mises for ν ≈ 0.3: about 1.6).
pub const FIRST_YIELD_FACTOR: f64 = 1.6;

/// Effective modulus E* (Pa) of a sphere (`e`, `nu`) against a plate: rigid when
/// `plate` is `None` (`E* = E / (1 − ν²)`), otherwise
/// `1/E* = (1 − ν1²)/E1 + (1 − ν2²)/E2`.
///
/// ```
/// let e = ecm_core::models::sphere_contact::effective_modulus(3.9e9, 0.34, None).unwrap();
/// assert!((e - 3.9e9 / (1.0 - 0.34 * 0.34)).abs() < 1.0);
/// ```
pub fn effective_modulus(e: f64, nu: f64, plate: Option<(f64, f64)>) -> Result<f64> {
    let e1 = YOUNGS_MODULUS.check(e)?;
    let n1 = POISSON_RATIO.check(nu)?;
    let mut compliance = (1.0 - n1 * n1) / e1;
    if let Some((e2, n2)) = plate {
        let e2 = YOUNGS_MODULUS.check(e2)?;
        let n2 = POISSON_RATIO.check(n2)?;
        compliance += (1.0 - n2 * n2) / e2;
    }
    if compliance <= 0.0 {
        return Err(Error::Inconsistent {
            message: "Poisson's ratio 0.5 on both bodies makes E* infinite".into(),
        });
    }
    finite("effective modulus", 1.0 / compliance)
}

/// The Hertz solution for a sphere between two plates.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HertzContact {
    /// Force F in N.
    pub force: f64,
    /// Contact radius a in m.
    pub contact_radius: f64,
    /// Mean contact pressure F / (π a²) in Pa.
    pub mean_pressure: f64,
    /// Peak (central) pressure, 1.5 × mean, in Pa.
    pub peak_pressure: f64,
    /// δ / 2R.
    pub relative_approach: f64,
    /// False when δ/2R exceeds [`HERTZ_LIMIT`] and the small-contact assumption fails.
    pub valid: bool,
}

/// Hertz contact of a sphere of radius `r` (m) squeezed by a total approach
/// `delta` (m) between two plates, with effective modulus `e_star` (Pa):
/// `F = (√2/3) E* √R δ^(3/2)`, `a = √(R δ / 2)`.
///
/// ```
/// // Hand-worked: E* = 1 GPa, R = 1 µm, δ = 20 nm → F = 4/3 µN, a = 100 nm.
/// let h = ecm_core::models::sphere_contact::hertz_two_plates(1e9, 1e-6, 20e-9).unwrap();
/// assert!((h.force - 4.0 / 3.0 * 1e-6).abs() < 1e-15);
/// assert!((h.contact_radius - 1e-7).abs() < 1e-16);
/// ```
pub fn hertz_two_plates(e_star: f64, r: f64, delta: f64) -> Result<HertzContact> {
    let e = YOUNGS_MODULUS.check(e_star)?;
    let r = RADIUS.check(r)?;
    let d = HEIGHT_CHANGE.check(delta)?;
    let relative_approach = d / (2.0 * r);
    if relative_approach >= 1.0 {
        return Err(too_flat(d, r));
    }
    let force = finite("force", SQRT_2 / 3.0 * e * r.sqrt() * d.powf(1.5))?;
    let contact_radius = finite("contact radius", (r * d / 2.0).sqrt())?;
    let mean_pressure = if contact_radius > 0.0 {
        finite(
            "mean pressure",
            force / (PI * contact_radius * contact_radius),
        )?
    } else {
        0.0
    };
    Ok(HertzContact {
        force,
        contact_radius,
        mean_pressure,
        peak_pressure: 1.5 * mean_pressure,
        relative_approach,
        valid: relative_approach <= HERTZ_LIMIT,
    })
}

/// Total approach δ (m) at which a Hertz contact carries force `force` (N):
/// `δ = (3F / (√2 E* √R))^(2/3)`, the inverse of [`hertz_two_plates`].
pub fn hertz_approach_for_force(e_star: f64, r: f64, force: f64) -> Result<f64> {
    let e = YOUNGS_MODULUS.check(e_star)?;
    let r = RADIUS.check(r)?;
    let f = FORCE.check(force)?;
    finite(
        "approach",
        (3.0 * f / (SQRT_2 * e * r.sqrt())).powf(2.0 / 3.0),
    )
}

/// Approach δ (m) and force F (N) at first yield, when the Hertz peak pressure
/// reaches [`FIRST_YIELD_FACTOR`] × `yield_strength` (Pa):
/// `p0 = (√2/π) E* √(δ/R)`, so `δ_y = R (π p0 / (√2 E*))²`.
pub fn hertz_first_yield(e_star: f64, r: f64, yield_strength: f64) -> Result<(f64, f64)> {
    let e = YOUNGS_MODULUS.check(e_star)?;
    let r = RADIUS.check(r)?;
    let y = YIELD_STRENGTH.check(yield_strength)?;
    let p0 = FIRST_YIELD_FACTOR * y;
    let delta = finite(
        "approach at first yield",
        r * (PI * p0 / (SQRT_2 * e)).powi(2),
    )?;
    if delta >= 2.0 * r {
        return Err(Error::Inconsistent {
            message:
                "the sphere would be flattened before yielding; check E* and the yield strength"
                    .into(),
        });
    }
    let h = hertz_two_plates(e, r, delta)?;
    Ok((delta, h.force))
}

/// Plastic contact-area model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlasticModel {
    /// Small deformation, first order: `A = π r δt` (reconstruction of the paper's eq. 1).
    FirstOrder,
    /// Small deformation, exact spherical cap: `A = π (r δt − δt²/4)`.
    ExactCap,
    /// Large deformation, sphere as a barrel: `A = π (4r³/(3h) − h²/6)`, `h = 2r − δt`
    /// (reconstruction of the paper's eq. 2).
    Barrel,
}

impl PlasticModel {
    /// The range of δt/2r in which the model applies.
    pub fn valid_range(self) -> (f64, f64) {
        match self {
            PlasticModel::FirstOrder | PlasticModel::ExactCap => (0.0, PLASTIC_SWITCH),
            PlasticModel::Barrel => (PLASTIC_SWITCH, 1.0),
        }
    }
}

/// Which plastic model to use: a fixed one, or chosen by δt/2r.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ModelChoice {
    /// δt/2r < 10 %: `small` (first order or exact cap); otherwise the barrel.
    Auto {
        /// The small-deformation model to use below 10 %.
        small: PlasticModel,
    },
    /// Always this model (warned outside its range).
    Fixed(PlasticModel),
}

/// Plastic contact area (m²) of a sphere of radius `r` (m) flattened by `dt` (m)
/// under `model`. `dt` must be below the diameter 2r.
///
/// ```
/// use ecm_core::models::sphere_contact::{plastic_contact_area, PlasticModel};
/// let a = plastic_contact_area(1e-6, 0.1e-6, PlasticModel::FirstOrder).unwrap();
/// assert!((a - std::f64::consts::PI * 1e-13).abs() < 1e-25);
/// ```
pub fn plastic_contact_area(r: f64, dt: f64, model: PlasticModel) -> Result<f64> {
    let r = RADIUS.check(r)?;
    let dt = HEIGHT_CHANGE.check(dt)?;
    if dt >= 2.0 * r {
        return Err(too_flat(dt, r));
    }
    let area = match model {
        PlasticModel::FirstOrder => PI * r * dt,
        PlasticModel::ExactCap => PI * (r * dt - dt * dt / 4.0),
        PlasticModel::Barrel => {
            let h = 2.0 * r - dt;
            // Written so that the two terms do not cancel badly as h → 2r:
            // 4r³/(3h) − h²/6 = (8r³ − h³) / (6h).
            PI * (8.0 * r * r * r - h * h * h) / (6.0 * h)
        }
    };
    finite("contact area", area.max(0.0))
}

/// Result of a plastic sphere-compression calculation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SphereStress {
    /// The model used.
    pub model: PlasticModel,
    /// δt / 2r.
    pub relative_deformation: f64,
    /// Contact area in m².
    pub area: f64,
    /// Contact radius √(A/π) in m.
    pub contact_radius: f64,
    /// Stress F / A in Pa.
    pub stress: f64,
    /// Set when the model is used outside its range of δt/2r.
    pub warning: Option<String>,
    /// Always true: both plastic models are reconstructions (see the module docs).
    pub reconstruction: bool,
}

/// Stress `σ = F / A` (Pa) in a sphere of radius `r` (m) under force `force` (N)
/// flattened by `dt` (m), with the contact area from `choice`.
///
/// ```
/// use ecm_core::models::sphere_contact::{sphere_stress, ModelChoice, PlasticModel};
/// let auto = ModelChoice::Auto { small: PlasticModel::FirstOrder };
/// let s = sphere_stress(1e-6, 500e-9, 50e-9, auto).unwrap();
/// assert_eq!(s.model, PlasticModel::FirstOrder); // δt/2r = 5 %
/// assert!(s.warning.is_none() && s.reconstruction);
/// ```
pub fn sphere_stress(force: f64, r: f64, dt: f64, choice: ModelChoice) -> Result<SphereStress> {
    let f = FORCE.check(force)?;
    let r = RADIUS.check(r)?;
    let dt = HEIGHT_CHANGE.check(dt)?;
    let relative_deformation = dt / (2.0 * r);
    let model = match choice {
        ModelChoice::Auto { small } => {
            if relative_deformation < PLASTIC_SWITCH {
                if small == PlasticModel::Barrel {
                    PlasticModel::FirstOrder
                } else {
                    small
                }
            } else {
                PlasticModel::Barrel
            }
        }
        ModelChoice::Fixed(m) => m,
    };
    let area = plastic_contact_area(r, dt, model)?;
    if area <= 0.0 {
        return Err(Error::Inconsistent {
            message:
                "the height change is 0, so there is no contact area; enter a height change above 0"
                    .into(),
        });
    }
    let (lo, hi) = model.valid_range();
    let warning = if relative_deformation < lo || relative_deformation > hi {
        Some(format!(
            "δt/2r = {} % is outside this model's range ({} % to {} %)",
            fixed(relative_deformation * 100.0, 1),
            fixed(lo * 100.0, 0),
            fixed(hi * 100.0, 0)
        ))
    } else {
        None
    };
    Ok(SphereStress {
        model,
        relative_deformation,
        area,
        contact_radius: (area / PI).sqrt(),
        stress: finite("stress", f / area)?,
        warning,
        reconstruction: true,
    })
}

/// [`sphere_stress`] worked out, for an exercise's solution: F in µN and the
/// diameter 2r and δt in nm as the page shows them, numbers to `sig`
/// significant figures (the intermediate area to one more). `choice` is
/// the page's model choice; the solution says which model it picks and
/// why. The result is the stress `sphere_stress` returns.
///
/// ```
/// use ecm_core::models::sphere_contact::{sphere_stress_worked, ModelChoice, PlasticModel};
/// let auto = ModelChoice::Auto { small: PlasticModel::FirstOrder };
/// let w = sphere_stress_worked(10e-6, 300e-9, 30e-9, auto, 4).unwrap();
/// assert_eq!(w.steps.last().unwrap(), "σ = 1.000 × 10⁻⁵ N ÷ 2.8274 × 10⁻¹⁴ m² = 3.537 × 10⁸ Pa = 353.7 MPa");
/// ```
pub fn sphere_stress_worked(
    force: f64,
    r: f64,
    dt: f64,
    choice: ModelChoice,
    sig: usize,
) -> Result<Worked> {
    let s = sphere_stress(force, r, dt, choice)?;
    let q = |x: f64, unit: &str| quantity(x, unit, sig);
    let mut steps = vec![
        format!(
            "F = {}, 2r = {}, so r = {}, δt = {}",
            converted(force * 1e6, "µN", 1e-6, "N", sig),
            converted(2.0 * r * 1e9, "nm", 1e-9, "m", sig),
            q(r, "m"),
            converted(dt * 1e9, "nm", 1e-9, "m", sig)
        ),
        format!(
            "δt/2r = {} ÷ {} = {} %{}",
            q(dt, "m"),
            q(2.0 * r, "m"),
            format_sig(s.relative_deformation * 100.0, sig),
            match (choice, s.model) {
                (ModelChoice::Auto { .. }, PlasticModel::Barrel) => {
                    ", at least 10 %: the large-deformation (barrel) model"
                }
                (ModelChoice::Auto { .. }, _) => ", below 10 %: a small-deformation model",
                (ModelChoice::Fixed(_), _) => "",
            }
        ),
    ];
    let area = quantity(s.area, "m²", sig + 1);
    steps.push(match s.model {
        PlasticModel::FirstOrder => {
            format!("A = π r δt = π × {} × {} = {area}", q(r, "m"), q(dt, "m"))
        }
        PlasticModel::ExactCap => format!(
            "A = π (r δt − δt²/4) = π × ({} × {} − ({})²/4) = {area}",
            q(r, "m"),
            q(dt, "m"),
            q(dt, "m")
        ),
        PlasticModel::Barrel => {
            let h = 2.0 * r - dt;
            format!(
                "h = 2r − δt = {}; A = π (4r³/(3h) − h²/6) = π × (8r³ − h³)/(6h) = {area}",
                quantity(h, "m", sig + 1)
            )
        }
    });
    steps.push(format!(
        "σ = {} ÷ {area} = {} = {} MPa",
        q(force, "N"),
        q(s.stress, "Pa"),
        format_sig(s.stress / 1e6, sig)
    ));
    let model = match s.model {
        PlasticModel::FirstOrder => "A = π r δt, small deformation to first order",
        PlasticModel::ExactCap => "A = π (r δt − δt²/4), small deformation, exact cap",
        PlasticModel::Barrel => {
            "A = π (4r³/(3h) − h²/6) with h = 2r − δt, large deformation, barrel"
        }
    };
    Ok(Worked {
        formula: format!(
            "σ = F / A with {model} (reconstructed after Mook et al., Phys. Rev. B 75, 214112, 2007)"
        ),
        steps,
        result_si: s.stress,
    })
}

fn too_flat(dt: f64, r: f64) -> Error {
    Error::Inconsistent {
        message: format!(
            "the height change ({} nm) must be less than the sphere's diameter ({} nm)",
            crate::numbers::number_format::format_clean(dt * 1e9, 4),
            crate::numbers::number_format::format_clean(2.0 * r * 1e9, 4)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn worked_stress_matches_a_hand_computation_and_the_calculator() {
        // F = 5 µN, 2r = 500 nm, δt = 60 nm: δt/2r = 12 %, so the automatic
        // choice takes the barrel. By hand: h = 500 − 60 = 440 nm;
        // 4r³/(3h) = 4 × (250e-9)³ / (3 × 440e-9) = 4.73485e-14 m²;
        // h²/6 = (440e-9)² / 6 = 3.22667e-14 m²; A = π × 1.50818e-14 =
        // 4.73809e-14 m²; σ = 5e-6 / 4.73809e-14 = 105.528 MPa.
        let auto = ModelChoice::Auto {
            small: PlasticModel::FirstOrder,
        };
        let w = sphere_stress_worked(5e-6, 250e-9, 60e-9, auto, 4).unwrap();
        assert!(
            (w.result_si / 1e6 - 105.528).abs() < 1e-3,
            "{}",
            w.result_si
        );
        assert_eq!(
            w.result_si,
            sphere_stress(5e-6, 250e-9, 60e-9, auto).unwrap().stress
        );
        assert!(w.formula.contains("barrel"), "{}", w.formula);
        assert!(
            w.steps[1].contains("12.00 %, at least 10 %"),
            "{}",
            w.steps[1]
        );
        assert!(w.steps[2].starts_with("h = 2r − δt = 4.4000 × 10⁻⁷ m"));
        assert!(w.steps[3].ends_with("= 105.5 MPa"), "{}", w.steps[3]);
        // The exact cap, F = 2 µN, r = 250 nm, δt = 20 nm, by hand:
        // A = π × (250e-9 × 20e-9 − (20e-9)²/4) = π × 4.9e-15 = 1.53938e-14 m²;
        // σ = 2e-6 / 1.53938e-14 = 129.922 MPa.
        let cap = ModelChoice::Fixed(PlasticModel::ExactCap);
        let w = sphere_stress_worked(2e-6, 250e-9, 20e-9, cap, 4).unwrap();
        assert!(
            (w.result_si / 1e6 - 129.922).abs() < 1e-3,
            "{}",
            w.result_si
        );
        assert_eq!(
            w.steps[1],
            "δt/2r = 2.000 × 10⁻⁸ m ÷ 5.000 × 10⁻⁷ m = 4.000 %"
        );
        // No result, no solution.
        assert!(sphere_stress_worked(2e-6, 250e-9, 600e-9, cap, 4).is_err());
    }

    #[test]
    fn hertz_hand_worked_case() {
        // E* = 1 GPa, R = 1 µm, δ = 20 nm: F = (√2/3)·1e9·1e-3·(2e-8)^1.5 = 4/3 µN,
        // a = √(1e-6 · 1e-8) = 100 nm, mean p = (4/3 µN)/(π·1e-14 m²) = 42.44 MPa, peak 63.66 MPa.
        let h = hertz_two_plates(1e9, 1e-6, 20e-9).unwrap();
        assert!((h.mean_pressure / 1e6 - 42.441).abs() < 1e-3);
        assert!((h.peak_pressure / 1e6 - 63.662).abs() < 1e-3);
        assert!(h.valid);
        assert!(!hertz_two_plates(1e9, 1e-6, 200e-9).unwrap().valid);
        let d = hertz_approach_for_force(1e9, 1e-6, h.force).unwrap();
        assert!((d / 20e-9 - 1.0).abs() < 1e-12);
    }

    #[test]
    fn first_yield_peak_pressure_is_1_6_times_yield() {
        let (delta, _) = hertz_first_yield(4e9, 0.5e-6, 50e6).unwrap();
        let h = hertz_two_plates(4e9, 0.5e-6, delta).unwrap();
        assert!((h.peak_pressure / (1.6 * 50e6) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn barrel_joins_the_small_deformation_model_at_ten_percent() {
        let r = 1.0;
        let dt = 0.2 * r; // δt/2r = 10 %
        let barrel = plastic_contact_area(r, dt, PlasticModel::Barrel).unwrap() / (PI * r * r);
        let first = plastic_contact_area(r, dt, PlasticModel::FirstOrder).unwrap() / (PI * r * r);
        assert_eq!((barrel * 1e4).round() / 1e4, 0.2007);
        assert_eq!((first * 1e4).round() / 1e4, 0.2000);
        // It tends to π r δt as δt → 0.
        let tiny = plastic_contact_area(1.0, 1e-6, PlasticModel::Barrel).unwrap();
        assert!((tiny / (PI * 1e-6) - 1.0).abs() < 1e-5);
    }

    #[test]
    fn auto_choice_switches_at_ten_percent_and_fixed_models_warn() {
        let auto = ModelChoice::Auto {
            small: PlasticModel::ExactCap,
        };
        assert_eq!(
            sphere_stress(1e-6, 1e-6, 0.19e-6, auto).unwrap().model,
            PlasticModel::ExactCap
        );
        assert_eq!(
            sphere_stress(1e-6, 1e-6, 0.21e-6, auto).unwrap().model,
            PlasticModel::Barrel
        );
        let fixed = sphere_stress(
            1e-6,
            1e-6,
            0.5e-6,
            ModelChoice::Fixed(PlasticModel::FirstOrder),
        )
        .unwrap();
        assert!(fixed.warning.unwrap().contains("25.0 %"));
        assert!(sphere_stress(1e-6, 1e-6, 2e-6, auto).is_err());
        assert!(sphere_stress(1e-6, 1e-6, 0.0, auto).is_err());
    }
}
