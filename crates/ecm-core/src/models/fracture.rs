//! Fracture of a solid electrolyte at a flaw, and what overpotential breaks it.
//!
//! Source: the paper's eq. 4 (ACS Energy Lett. 2020, 5, 2546), with the
//! geometry factor Y made explicit (the paper has Y = 1) and docs/science.md §4:
//!
//! - fracture stress `σf = KIC / (Y · √(π a))`;
//! - critical overpotential for a flaw, chaining with `σ = Δφ · F / Vm`:
//!   `Δφc = KIC · Vm / (Y · F · √(π a))`;
//! - critical flaw for an overpotential, inverting the line above:
//!   `ac = (KIC · Vm / (Y · F · Δφ))² / π` (units of m; 5 µm for LLZO at
//!   34.0 mV; with F and Vm swapped, an easy slip, it would give 10³³ m).
//!
//! Units: KIC in Pa·√m, a in m, σf in Pa, Vm in m³/mol, Δφ in V.
//!
//! Y is 1 for an internal through crack of length 2a, 1.12 for an edge crack of
//! depth a and 2/π for an embedded penny crack of radius a. Whether a stated
//! "pore size" is a or 2a changes σf by √2: [`SizeConvention`] makes that
//! explicit; the paper puts the stated size straight in as a.

use crate::constants::FARADAY;
use crate::error::{finite, Error, Result};
use crate::input_limits::{
    FLAW_SIZE, FRACTURE_TOUGHNESS, GEOMETRY_FACTOR, MOLAR_VOLUME, OVERPOTENTIAL,
    POSITIVE_OVERPOTENTIAL,
};
use crate::numbers::number_format::format_sig;
use crate::ranges::Interval;
use crate::worked::{converted, quantity, Worked};
use serde::{Deserialize, Serialize};
use std::f64::consts::PI;

/// The shape of the flaw, which sets the geometry factor Y.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum FlawGeometry {
    /// Internal through crack of length 2a: Y = 1 (the paper's choice).
    ThroughCrack,
    /// Edge (surface) crack of depth a: Y = 1.12.
    EdgeCrack,
    /// Embedded penny-shaped crack of radius a: Y = 2/π.
    PennyCrack,
    /// Any other Y (0.1 to 10).
    Custom(f64),
}

impl FlawGeometry {
    /// The geometry factor Y (checked to be within 0.1 to 10).
    pub fn y(self) -> Result<f64> {
        match self {
            FlawGeometry::ThroughCrack => Ok(1.0),
            FlawGeometry::EdgeCrack => Ok(1.12),
            FlawGeometry::PennyCrack => Ok(2.0 / PI),
            FlawGeometry::Custom(y) => GEOMETRY_FACTOR.check(y),
        }
    }
}

/// What a stated flaw size means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SizeConvention {
    /// The stated size is the crack half-length / depth / radius a (the paper's choice).
    SizeIsA,
    /// The stated size is the full length 2a (a pore's diameter).
    SizeIs2A,
}

impl SizeConvention {
    fn a_from_size(self, size: f64) -> f64 {
        match self {
            SizeConvention::SizeIsA => size,
            SizeConvention::SizeIs2A => size / 2.0,
        }
    }
    fn size_from_a(self, a: f64) -> f64 {
        match self {
            SizeConvention::SizeIsA => a,
            SizeConvention::SizeIs2A => 2.0 * a,
        }
    }
}

/// A flaw: its stated size (m), shape and size convention.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Flaw {
    /// Stated size in m.
    pub size: f64,
    /// Shape (sets Y).
    pub geometry: FlawGeometry,
    /// Whether `size` is a or 2a.
    pub convention: SizeConvention,
}

impl Flaw {
    /// A flaw as the paper treats it: Y = 1 and the stated size taken as a.
    pub fn paper(size: f64) -> Self {
        Flaw {
            size,
            geometry: FlawGeometry::ThroughCrack,
            convention: SizeConvention::SizeIsA,
        }
    }
}

/// Fracture stress `σf = KIC / (Y · √(π a))` (Pa) for toughness `kic` (Pa·√m).
///
/// ```
/// use ecm_core::models::fracture::{fracture_stress, Flaw};
/// // LLZO, KIC = 1 MPa·√m, 5 µm pore: 252.3 MPa (the paper prints ≈150).
/// let s = fracture_stress(1e6, Flaw::paper(5e-6)).unwrap();
/// assert_eq!((s / 1e5).round() / 10.0, 252.3);
/// ```
pub fn fracture_stress(kic: f64, flaw: Flaw) -> Result<f64> {
    let k = FRACTURE_TOUGHNESS.check(kic)?;
    let size = FLAW_SIZE.check(flaw.size)?;
    let y = flaw.geometry.y()?;
    let a = flaw.convention.a_from_size(size);
    finite("fracture stress", k / (y * (PI * a).sqrt()))
}

/// Flaw size (m, in the flaw's convention) that fails at `stress` (Pa):
/// `a = (KIC / (Y · σ))² / π`; the inverse of [`fracture_stress`].
pub fn flaw_size_for_stress(
    kic: f64,
    stress: f64,
    geometry: FlawGeometry,
    convention: SizeConvention,
) -> Result<f64> {
    let k = FRACTURE_TOUGHNESS.check(kic)?;
    let s = crate::input_limits::STRENGTH.check(stress)?;
    let y = geometry.y()?;
    let a = (k / (y * s)).powi(2) / PI;
    finite("flaw size", convention.size_from_a(a))
}

/// Critical overpotential `Δφc = KIC · Vm / (Y · F · √(π a))` (V): the
/// overpotential whose confinement stress (σ = Δφ·F/Vm) equals the fracture
/// stress of `flaw`, for a metal of molar volume `molar_volume` (m³/mol).
///
/// ```
/// use ecm_core::models::fracture::{critical_overpotential, Flaw};
/// // Li against LLZO with a 5 µm flaw: 34.0 mV.
/// let v = critical_overpotential(1e6, Flaw::paper(5e-6), 13e-6).unwrap();
/// assert_eq!((v * 1e4).round() / 10.0, 34.0);
/// ```
pub fn critical_overpotential(kic: f64, flaw: Flaw, molar_volume: f64) -> Result<f64> {
    let sf = fracture_stress(kic, flaw)?;
    let vm = MOLAR_VOLUME.check(molar_volume)?;
    finite("critical overpotential", sf * vm / FARADAY)
}

/// The first steps of a fracture solution: the inputs substituted with
/// their units (KIC in MPa·√m and the flaw in µm as the page shows them,
/// and any `extra` inputs), a from the stated size, and √(π a) to `sig + 1`
/// figures. Returns the lines, Y and √(π a) in √m.
fn flaw_steps(kic: f64, flaw: Flaw, extra: &str, sig: usize) -> Result<(Vec<String>, f64, f64)> {
    let y = flaw.geometry.y()?;
    let a = flaw.convention.a_from_size(flaw.size);
    let root = (PI * a).sqrt();
    let size = match flaw.convention {
        SizeConvention::SizeIsA => {
            format!("a = {}", converted(flaw.size * 1e6, "µm", 1e-6, "m", sig))
        }
        SizeConvention::SizeIs2A => format!(
            "2a = {}, so a = {}",
            converted(flaw.size * 1e6, "µm", 1e-6, "m", sig),
            quantity(a, "m", sig)
        ),
    };
    let y_text = match flaw.geometry {
        FlawGeometry::ThroughCrack => "Y = 1 (internal through crack)".to_string(),
        FlawGeometry::EdgeCrack => "Y = 1.12 (edge crack)".to_string(),
        FlawGeometry::PennyCrack => format!("Y = 2/π = {} (penny crack)", format_sig(y, sig)),
        FlawGeometry::Custom(_) => format!("Y = {}", format_sig(y, sig)),
    };
    let lines = vec![
        format!(
            "KIC = {}, {size}, {y_text}{extra}",
            converted(kic / 1e6, "MPa·√m", 1e6, "Pa·√m", sig)
        ),
        format!(
            "√(π a) = √(π × {}) = {}",
            quantity(a, "m", sig),
            quantity(root, "√m", sig + 1)
        ),
    ];
    Ok((lines, y, root))
}

/// [`fracture_stress`] worked out, for an exercise's solution: KIC in
/// MPa·√m and the flaw in µm as the page shows them, numbers to `sig`
/// significant figures (the intermediate √(π a) to one more). The result is
/// the one `fracture_stress` returns.
///
/// ```
/// use ecm_core::models::fracture::{fracture_stress_worked, Flaw};
/// let w = fracture_stress_worked(1e6, Flaw::paper(5e-6), 4).unwrap();
/// assert_eq!(w.steps.last().unwrap(), "σf = 1.000 × 10⁶ Pa·√m ÷ (1 × 0.0039633 √m) = 2.523 × 10⁸ Pa = 252.3 MPa");
/// ```
pub fn fracture_stress_worked(kic: f64, flaw: Flaw, sig: usize) -> Result<Worked> {
    let sf = fracture_stress(kic, flaw)?;
    let (mut steps, y, root) = flaw_steps(kic, flaw, "", sig)?;
    steps.push(format!(
        "σf = {} ÷ ({} × {}) = {} = {} MPa",
        quantity(kic, "Pa·√m", sig),
        y_number(flaw.geometry, y, sig),
        quantity(root, "√m", sig + 1),
        quantity(sf, "Pa", sig),
        format_sig(sf / 1e6, sig)
    ));
    Ok(Worked {
        formula: "σf = KIC / (Y · √(π a)) (the paper's eq. 4, with the geometry factor Y)"
            .to_string(),
        steps,
        result_si: sf,
    })
}

/// [`critical_overpotential`] worked out, for an exercise's solution: KIC in
/// MPa·√m, the flaw in µm and Vm in cm³/mol as the page shows them, numbers
/// to `sig` significant figures (intermediate values to one more). The
/// result is the one `critical_overpotential` returns.
///
/// ```
/// use ecm_core::models::fracture::{critical_overpotential_worked, Flaw};
/// let w = critical_overpotential_worked(1e6, Flaw::paper(5e-6), 13e-6, 4).unwrap();
/// assert_eq!(w.steps.last().unwrap(), "Δφc = 3280.1 J/mol ÷ 96485.33 C/mol = 0.03400 V = 34.00 mV");
/// ```
pub fn critical_overpotential_worked(
    kic: f64,
    flaw: Flaw,
    molar_volume: f64,
    sig: usize,
) -> Result<Worked> {
    let dphi = critical_overpotential(kic, flaw, molar_volume)?;
    let sf = fracture_stress(kic, flaw)?;
    let work = sf * molar_volume;
    let extra = format!(
        ", Vm = {}, F = {}",
        converted(molar_volume * 1e6, "cm³/mol", 1e-6, "m³/mol", sig),
        quantity(FARADAY, "C/mol", 7)
    );
    let (mut steps, y, root) = flaw_steps(kic, flaw, &extra, sig)?;
    steps.push(format!(
        "σf = {} ÷ ({} × {}) = {}",
        quantity(kic, "Pa·√m", sig),
        y_number(flaw.geometry, y, sig),
        quantity(root, "√m", sig + 1),
        quantity(sf, "Pa", sig + 1)
    ));
    steps.push(format!(
        "σf · Vm = {} × {} = {}",
        quantity(sf, "Pa", sig + 1),
        quantity(molar_volume, "m³/mol", sig),
        quantity(work, "J/mol", sig + 1)
    ));
    steps.push(format!(
        "Δφc = {} ÷ {} = {} = {} mV",
        quantity(work, "J/mol", sig + 1),
        quantity(FARADAY, "C/mol", 7),
        quantity(dphi, "V", sig),
        format_sig(dphi * 1e3, sig)
    ));
    Ok(Worked {
        formula:
            "Δφc = σf · Vm / F with σf = KIC / (Y · √(π a)) (the paper's eq. 4 chained with eq. 3)"
                .to_string(),
        steps,
        result_si: dphi,
    })
}

/// Y as a number in a step: the exact 1 and 1.12 as they are, others to
/// `sig` figures.
fn y_number(geometry: FlawGeometry, y: f64, sig: usize) -> String {
    match geometry {
        FlawGeometry::ThroughCrack => "1".to_string(),
        FlawGeometry::EdgeCrack => "1.12".to_string(),
        _ => format_sig(y, sig),
    }
}

/// Critical flaw size (m, in `convention`) for an overpotential `overpotential_v`
/// (V): `ac = (KIC · Vm / (Y · F · Δφ))² / π`. Larger flaws fracture.
///
/// ```
/// use ecm_core::models::fracture::{critical_flaw_size, FlawGeometry, SizeConvention};
/// // Li against LLZO at 34.0 mV: about 5 µm.
/// let a = critical_flaw_size(1e6, 0.034, 13e-6, FlawGeometry::ThroughCrack, SizeConvention::SizeIsA).unwrap();
/// assert!((a * 1e6 - 5.0).abs() < 0.01);
/// ```
pub fn critical_flaw_size(
    kic: f64,
    overpotential_v: f64,
    molar_volume: f64,
    geometry: FlawGeometry,
    convention: SizeConvention,
) -> Result<f64> {
    let k = FRACTURE_TOUGHNESS.check(kic)?;
    let dphi = POSITIVE_OVERPOTENTIAL.check(overpotential_v)?;
    let vm = MOLAR_VOLUME.check(molar_volume)?;
    let y = geometry.y()?;
    let a = (k * vm / (y * FARADAY * dphi)).powi(2) / PI;
    finite("critical flaw size", convention.size_from_a(a))
}

/// Whether a deposit driven at an overpotential cracks the electrolyte, for
/// inputs known as ranges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum FractureVerdict {
    /// Every overpotential in the range exceeds every critical overpotential
    /// in its range: the confined stress exceeds σf whatever the inputs.
    Fractures,
    /// Every overpotential stays at or below every critical overpotential.
    Safe,
    /// The ranges overlap: some inputs in the ranges fracture, some do not.
    Uncertain,
}

/// The verdict for an applied overpotential range `applied` (V) against the
/// range of the critical overpotential Δφc (V) over the inputs' ranges. With
/// single values it is plain: Δφ > Δφc fractures, Δφ ≤ Δφc is safe.
///
/// ```
/// use ecm_core::models::fracture::{fracture_verdict, FractureVerdict};
/// use ecm_core::ranges::Interval;
/// let v = |a, b| Interval::new(a, b).unwrap();
/// assert_eq!(fracture_verdict(v(0.1, 0.1), v(0.034, 0.034)), FractureVerdict::Fractures);
/// assert_eq!(fracture_verdict(v(0.03, 0.03), v(0.034, 0.034)), FractureVerdict::Safe);
/// assert_eq!(fracture_verdict(v(0.05, 0.1), v(0.02, 0.08)), FractureVerdict::Uncertain);
/// ```
pub fn fracture_verdict(applied: Interval, critical: Interval) -> FractureVerdict {
    if applied.min > critical.max {
        FractureVerdict::Fractures
    } else if applied.max <= critical.min {
        FractureVerdict::Safe
    } else {
        FractureVerdict::Uncertain
    }
}

/// The (flaw size, overpotential) plane split by the fracture boundary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FailureMap {
    /// Flaw sizes in m, log-spaced, ascending (columns).
    pub sizes: Vec<f64>,
    /// Overpotentials in V, evenly spaced, ascending (rows).
    pub overpotentials: Vec<f64>,
    /// Critical overpotential Δφc (V) at each size: the boundary curve.
    pub boundary: Vec<f64>,
    /// Row-major: `fractures[row * sizes.len() + col]` is true where the
    /// overpotential of `row` exceeds the critical overpotential of `col`.
    pub fractures: Vec<bool>,
}

/// Largest number of samples along either axis of a [`FailureMap`].
pub const MAX_MAP_SAMPLES: usize = 1000;

/// Samples the failure map for flaw sizes from `size_min` to `size_max` (m, log
/// spaced, `n_sizes` points) and overpotentials from 0 to `overpotential_max`
/// (V, `n_overpotentials` points); 2 to [`MAX_MAP_SAMPLES`] points each.
pub fn failure_map(
    kic: f64,
    geometry: FlawGeometry,
    convention: SizeConvention,
    molar_volume: f64,
    (size_min, size_max): (f64, f64),
    overpotential_max: f64,
    (n_sizes, n_overpotentials): (usize, usize),
) -> Result<FailureMap> {
    let lo = FLAW_SIZE.check(size_min)?;
    let hi = FLAW_SIZE.check(size_max)?;
    let top = OVERPOTENTIAL.check(overpotential_max)?;
    if lo >= hi {
        return Err(Error::Inconsistent {
            message: "the smallest flaw size must be below the largest".into(),
        });
    }
    if top <= 0.0 {
        return Err(Error::Inconsistent {
            message: "the largest overpotential must be above 0 V".into(),
        });
    }
    for n in [n_sizes, n_overpotentials] {
        if !(2..=MAX_MAP_SAMPLES).contains(&n) {
            return Err(Error::Inconsistent {
                message: format!(
                    "a failure map needs 2 to {MAX_MAP_SAMPLES} samples per axis; got {n}"
                ),
            });
        }
    }
    let ratio = (hi / lo).ln();
    let sizes: Vec<f64> = (0..n_sizes)
        .map(|i| lo * (ratio * i as f64 / (n_sizes - 1) as f64).exp())
        .collect();
    let overpotentials: Vec<f64> = (0..n_overpotentials)
        .map(|j| top * j as f64 / (n_overpotentials - 1) as f64)
        .collect();
    let boundary = sizes
        .iter()
        .map(|&s| {
            critical_overpotential(
                kic,
                Flaw {
                    size: s,
                    geometry,
                    convention,
                },
                molar_volume,
            )
        })
        .collect::<Result<Vec<f64>>>()?;
    let fractures = overpotentials
        .iter()
        .flat_map(|&v| boundary.iter().map(move |&c| v > c))
        .collect();
    Ok(FailureMap {
        sizes,
        overpotentials,
        boundary,
        fractures,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mpa1(x: f64) -> f64 {
        (x / 1e5).round() / 10.0
    }

    #[test]
    fn worked_solutions_match_a_hand_computation_and_the_calculator() {
        // An edge crack (Y = 1.12) stated as 2a = 20 µm, so a = 10 µm, in an
        // electrolyte of KIC = 2 MPa·√m, by hand: √(π × 1e-5 m) =
        // 5.604991e-3 √m; × 1.12 = 6.277590e-3; 2e6 / 6.277590e-3 =
        // 318.594 MPa.
        let flaw = Flaw {
            size: 20e-6,
            geometry: FlawGeometry::EdgeCrack,
            convention: SizeConvention::SizeIs2A,
        };
        let w = fracture_stress_worked(2e6, flaw, 4).unwrap();
        assert!(
            (w.result_si / 1e6 - 318.594).abs() < 1e-3,
            "{}",
            w.result_si
        );
        assert_eq!(w.result_si, fracture_stress(2e6, flaw).unwrap());
        assert_eq!(
            w.steps[0],
            "KIC = 2.000 MPa·√m = 2.000 × 10⁶ Pa·√m, 2a = 20.00 µm = 2.000 × 10⁻⁵ m, \
             so a = 1.000 × 10⁻⁵ m, Y = 1.12 (edge crack)"
        );
        assert!(w.steps[2].ends_with("= 318.6 MPa"), "{}", w.steps[2]);
        // Na (Vm = 23.7 cm³/mol) against KIC = 2.5 MPa·√m with a = 10 µm
        // (Y = 1), by hand: σf = 2.5e6 / 5.604991e-3 = 446.031 MPa;
        // σf · Vm = 446.031e6 × 23.7e-6 = 10570.94 J/mol; ÷ 96485.33212 C/mol
        // = 0.109560 V = 109.560 mV.
        let w = critical_overpotential_worked(2.5e6, Flaw::paper(10e-6), 23.7e-6, 4).unwrap();
        assert!(
            (w.result_si * 1e3 - 109.560).abs() < 1e-3,
            "{}",
            w.result_si
        );
        assert_eq!(
            w.result_si,
            critical_overpotential(2.5e6, Flaw::paper(10e-6), 23.7e-6).unwrap()
        );
        assert!(
            w.steps.iter().any(|s| s.contains("= 10571 J/mol")),
            "{:?}",
            w.steps
        );
        assert!(w.steps.last().unwrap().ends_with("= 109.6 mV"));
        // A penny crack shows Y as 2/π; no result, no solution.
        let penny = Flaw {
            geometry: FlawGeometry::PennyCrack,
            ..Flaw::paper(5e-6)
        };
        let w = fracture_stress_worked(1e6, penny, 3).unwrap();
        assert!(
            w.steps[0].contains("Y = 2/π = 0.637 (penny crack)"),
            "{}",
            w.steps[0]
        );
        assert!(fracture_stress_worked(-1.0, penny, 4).is_err());
        assert!(critical_overpotential_worked(1e6, penny, 0.0, 4).is_err());
    }

    #[test]
    fn worked_values_from_science_md() {
        assert_eq!(
            mpa1(fracture_stress(1e6, Flaw::paper(5e-6)).unwrap()),
            252.3
        );
        assert_eq!(
            mpa1(fracture_stress(2e6, Flaw::paper(10e-6)).unwrap()),
            356.8
        );
        assert_eq!(
            mpa1(fracture_stress(2e6, Flaw::paper(500e-9)).unwrap()),
            1595.8
        );
        assert_eq!(
            mpa1(fracture_stress(1e6, Flaw::paper(500e-9)).unwrap()),
            797.9
        );
        assert_eq!(
            mpa1(fracture_stress(2e6, Flaw::paper(2e-6)).unwrap()),
            797.9
        );
        // Na-β-alumina at 10 µm with Na: 87.6 mV.
        let v = critical_overpotential(2e6, Flaw::paper(10e-6), 23.7e-6).unwrap();
        assert_eq!((v * 1e4).round() / 10.0, 87.6);
    }

    #[test]
    fn geometry_and_convention_change_the_result_as_stated() {
        let base = fracture_stress(1e6, Flaw::paper(5e-6)).unwrap();
        let two_a = fracture_stress(
            1e6,
            Flaw {
                convention: SizeConvention::SizeIs2A,
                ..Flaw::paper(5e-6)
            },
        )
        .unwrap();
        assert!((two_a / base - 2f64.sqrt()).abs() < 1e-12);
        let edge = fracture_stress(
            1e6,
            Flaw {
                geometry: FlawGeometry::EdgeCrack,
                ..Flaw::paper(5e-6)
            },
        )
        .unwrap();
        assert!((base / edge - 1.12).abs() < 1e-12);
        let penny = fracture_stress(
            1e6,
            Flaw {
                geometry: FlawGeometry::PennyCrack,
                ..Flaw::paper(5e-6)
            },
        )
        .unwrap();
        assert!((penny / base - PI / 2.0).abs() < 1e-12);
    }

    #[test]
    fn round_trips_are_exact_to_1e12() {
        for &(k, size) in &[(1e6, 5e-6), (2e6, 1e-5), (0.3e6, 3.7e-8), (1.5e6, 2e-3)] {
            for geometry in [
                FlawGeometry::ThroughCrack,
                FlawGeometry::EdgeCrack,
                FlawGeometry::PennyCrack,
                FlawGeometry::Custom(1.68),
            ] {
                for convention in [SizeConvention::SizeIsA, SizeConvention::SizeIs2A] {
                    let flaw = Flaw {
                        size,
                        geometry,
                        convention,
                    };
                    let s = fracture_stress(k, flaw).unwrap();
                    let back = flaw_size_for_stress(k, s, geometry, convention).unwrap();
                    assert!((back / size - 1.0).abs() < 1e-12);
                    let v = critical_overpotential(k, flaw, 23.7e-6).unwrap();
                    let ac = critical_flaw_size(k, v, 23.7e-6, geometry, convention).unwrap();
                    assert!(
                        (ac / size - 1.0).abs() < 1e-12,
                        "{k} {size} {geometry:?} {convention:?} {}",
                        ac / size - 1.0
                    );
                }
            }
        }
    }

    #[test]
    fn failure_map_boundary_splits_safe_from_fracture() {
        let m = failure_map(
            1e6,
            FlawGeometry::ThroughCrack,
            SizeConvention::SizeIsA,
            13e-6,
            (1e-7, 1e-4),
            0.2,
            (50, 40),
        )
        .unwrap();
        assert_eq!(m.fractures.len(), 50 * 40);
        // The boundary falls as flaws grow (Δφc ∝ a^-1/2).
        assert!(m.boundary.windows(2).all(|w| w[1] < w[0]));
        assert!((m.boundary[49] / m.boundary[0] - (1e-7f64 / 1e-4).sqrt()).abs() < 1e-9);
        // At 0 V nothing fractures; at the top row the largest flaw does.
        assert!(!m.fractures[..50].iter().any(|&f| f));
        assert!(m.fractures[39 * 50 + 49]);
        assert!(failure_map(
            1e6,
            FlawGeometry::ThroughCrack,
            SizeConvention::SizeIsA,
            13e-6,
            (1e-4, 1e-7),
            0.2,
            (50, 40)
        )
        .is_err());
        assert!(failure_map(
            1e6,
            FlawGeometry::ThroughCrack,
            SizeConvention::SizeIsA,
            13e-6,
            (1e-7, 1e-4),
            0.2,
            (5000, 40)
        )
        .is_err());
    }
}
