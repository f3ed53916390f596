//! From an imported file to the numbers of a paper's Table 1: the pipeline
//! a reader can follow from raw columns to the reported modulus.
//!
//! 1. [`Mapping`]: which column is displacement, piezo travel, deflection,
//!    force, time, and in which unit (the page proposes it from the headers,
//!    `import::column_header`, and the user confirms);
//! 2. cantilever set-up, signs, baseline and contact point, frame and base
//!    compliance, drift: `measurement_corrections`, each step optional and
//!    listed in [`CorrectedCurve::steps`];
//! 3. segments: loading, hold, unloading (`curve_segments`);
//! 4. geometry (`taper_geometry`, initial length) → engineering stress and
//!    strain on loading: modulus, 0.2 % offset yield, maximum stress, work
//!    (`series_analysis::analyse`); modulus from unloading
//!    (`unloading_stiffness`, E = S·L₀/A); strain rate; Hollomon exponent on
//!    true stress–strain beyond yield (`hardening_fit`).
//!
//! Everything is in SI inside; results are in SI (Pa, m, N, s⁻¹, J).

use crate::curve_segments::find_segments;
use crate::error::{Error, Result};
use crate::hardening_fit::{fit_hollomon, Hollomon};
use crate::import::Import;
use crate::least_squares::fit_line;
use crate::measurement_corrections as mc;
use crate::series_analysis::{analyse, Analysis};
use crate::taper_geometry::{taper_area, TaperArea};
use crate::unloading_stiffness::{unloading_stiffness, StiffnessFit};

/// A column of the import and the factor that takes its values to SI.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Source {
    /// Index into `Import::columns`.
    pub column: usize,
    /// Multiply by this for SI (m, N, s; for a deflection in V, 1 and see
    /// [`Corrections::sensitivity`]).
    pub to_si: f64,
}

/// What each column is.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Mapping {
    /// The specimen's displacement, when the instrument gives it.
    pub displacement: Option<Source>,
    /// Piezo or Z travel (displacement = travel − deflection).
    pub travel: Option<Source>,
    /// Cantilever deflection (m, or V with a sensitivity).
    pub deflection: Option<Source>,
    /// Whether the deflection column is in volts.
    pub deflection_in_volts: bool,
    /// Force, when the instrument gives it.
    pub force: Option<Source>,
    /// Time.
    pub time: Option<Source>,
}

/// Corrections to apply; `None` skips a step.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Corrections {
    /// Cantilever spring constant k (N/m): F = k·deflection.
    pub spring_constant: Option<f64>,
    /// Deflection sensitivity (m/V), for a deflection in volts.
    pub sensitivity: Option<f64>,
    /// Fit the baseline over this many first points (before contact), remove
    /// it, and start the curve at contact.
    pub baseline_points: Option<usize>,
    /// Frame compliance (m/N).
    pub frame_compliance: Option<f64>,
    /// Substrate modulus (Pa), Poisson ratio and pillar base diameter (m).
    pub base: Option<(f64, f64, f64)>,
    /// Thermal drift rate (m/s).
    pub drift_rate: Option<f64>,
}

/// Compression (shortening positive) or tension (lengthening positive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestMode {
    /// The specimen is compressed.
    Compression,
    /// The specimen is pulled.
    Tension,
}

/// The specimen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    /// Top diameter (m).
    pub top_diameter: f64,
    /// Bottom diameter (m); equal to the top for a straight rod.
    pub bottom_diameter: f64,
    /// The section the stress is computed on.
    pub area: TaperArea,
    /// Initial length (m).
    pub length: f64,
    /// Compression or tension.
    pub mode: TestMode,
}

/// Fit windows and rules.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Windows {
    /// Loading modulus strain window (automatic when `None`).
    pub loading: Option<(f64, f64)>,
    /// Unloading window as fractions of the unloading force.
    pub unloading_force: (f64, f64),
    /// Offset strain for the yield point (0.002 for 0.2 %).
    pub offset: f64,
}

impl Default for Windows {
    fn default() -> Self {
        Self {
            loading: None,
            unloading_force: (0.5, 0.9),
            offset: 0.002,
        }
    }
}

/// The corrected curve, and what was done to it.
#[derive(Debug, Clone, PartialEq)]
pub struct CorrectedCurve {
    /// The specimen's displacement (m), from contact, loading positive.
    pub displacement: Vec<f64>,
    /// The force on the specimen (N), loading positive.
    pub force: Vec<f64>,
    /// Time (s), when mapped.
    pub time: Option<Vec<f64>>,
    /// Each correction applied, in words, in order.
    pub steps: Vec<String>,
    /// What the user should check.
    pub warnings: Vec<String>,
}

/// Reads the mapped columns over `rows` and applies the corrections.
pub fn correct(
    import: &Import,
    rows: std::ops::Range<usize>,
    mapping: &Mapping,
    corrections: &Corrections,
) -> Result<CorrectedCurve> {
    let bad = |m: &str| Error::Inconsistent {
        message: m.to_string(),
    };
    let take = |s: Source| -> Result<Vec<f64>> {
        let col = import
            .columns
            .get(s.column)
            .ok_or_else(|| bad("a mapped column is not in the file"))?;
        let values = col
            .values
            .get(rows.clone())
            .ok_or_else(|| bad("the rows chosen are not in the file"))?;
        Ok(values.iter().map(|v| v * s.to_si).collect())
    };
    let mut steps = Vec::new();
    let mut warnings = Vec::new();
    let deflection = match mapping.deflection {
        Some(s) if mapping.deflection_in_volts => {
            let sens = corrections.sensitivity.ok_or_else(|| {
                bad("the deflection is in volts: give the sensitivity (m/V) to turn it into metres")
            })?;
            steps.push("deflection = signal (V) × sensitivity".to_string());
            Some(mc::deflection_from_volts(&take(s)?, sens)?)
        }
        Some(s) => Some(take(s)?),
        None => None,
    };
    let force = match (mapping.force, &deflection, corrections.spring_constant) {
        (Some(s), _, _) => take(s)?,
        (None, Some(d), Some(k)) => {
            steps.push("force = spring constant × deflection".to_string());
            mc::cantilever_force(d, k)?
        }
        _ => {
            return Err(bad(
                "no force: map a force column, or a deflection column with the spring constant",
            ))
        }
    };
    let displacement = match (mapping.displacement, mapping.travel, &deflection) {
        (Some(s), _, _) => take(s)?,
        (None, Some(t), Some(d)) => {
            steps.push("specimen displacement = piezo travel − deflection".to_string());
            mc::specimen_displacement(&take(t)?, d)?
        }
        (None, Some(t), None) => match corrections.spring_constant {
            // A force curve that gives force, not deflection (AFM Workshop,
            // Nanoscope's pN columns): the deflection is F/k.
            Some(k) => {
                if !(k.is_finite() && k > 0.0) {
                    return Err(bad("the spring constant (N/m) must be greater than 0"));
                }
                steps.push(
                    "specimen displacement = piezo travel − force / spring constant".to_string(),
                );
                let deflection: Vec<f64> = force.iter().map(|f| f / k).collect();
                mc::specimen_displacement(&take(t)?, &deflection)?
            }
            None => {
                warnings.push("The piezo travel is taken as the specimen's displacement: it includes the cantilever's deflection. Map the deflection, or give the spring constant, to subtract it.".to_string());
                take(t)?
            }
        },
        _ => {
            return Err(bad(
                "no displacement: map a displacement, or piezo travel and deflection",
            ))
        }
    };
    let time = mapping.time.map(take).transpose()?;
    if force.len() < 3 {
        return Err(bad("the curve needs at least 3 points"));
    }
    let n = mc::normalise_signs(&displacement, &force)?;
    if n.displacement_flipped || n.force_flipped {
        steps.push(format!(
            "signs turned so loading is positive ({})",
            match (n.displacement_flipped, n.force_flipped) {
                (true, true) => "displacement and force",
                (true, false) => "displacement",
                _ => "force",
            }
        ));
    }
    let (mut displacement, mut force, mut time) = (n.displacement, n.force, time);
    if let Some(points) = corrections.baseline_points {
        let (corrected, line) = mc::remove_baseline(&displacement, &force, 0..points)?;
        let threshold = 5.0
            * line
                .noise
                .max(1e-6 * corrected.iter().fold(0.0f64, |m, f| m.max(f.abs())));
        let contact = mc::contact_index(&corrected, threshold, 3).ok_or_else(|| {
            bad("the force never leaves the baseline: no contact found; check the baseline points")
        })?;
        // Contact lies between the last point on the baseline and the first
        // above it: start from the last point on the baseline.
        let start = contact.saturating_sub(1);
        let d0 = displacement[start];
        displacement = displacement[start..].iter().map(|d| d - d0).collect();
        force = corrected[start..].to_vec();
        time = time.map(|t| {
            let t0 = t[start];
            t[start..].iter().map(|x| x - t0).collect()
        });
        steps.push(format!(
            "baseline fitted over the first {points} points and removed; contact at point {} of the rows chosen",
            start + 1
        ));
    }
    if let Some(c) = corrections.frame_compliance {
        displacement = mc::remove_frame_compliance(&displacement, &force, c)?;
        steps.push("frame compliance removed (δ − F·C)".to_string());
    }
    if let Some((e, nu, d)) = corrections.base {
        displacement = mc::remove_base_compliance(&displacement, &force, e, nu, d)?;
        steps.push("base compliance removed (Sneddon)".to_string());
    }
    if let Some(rate) = corrections.drift_rate {
        let t = time
            .as_ref()
            .ok_or_else(|| bad("the drift correction needs a time column"))?;
        displacement = mc::remove_drift(&displacement, t, rate)?;
        steps.push("thermal drift removed (δ − rate·t)".to_string());
    }
    Ok(CorrectedCurve {
        displacement,
        force,
        time,
        steps,
        warnings,
    })
}

/// The maximum force (N) of a corrected curve and the displacement at it
/// (m): known before any geometry is given. `None` for an empty curve.
pub fn max_force(curve: &CorrectedCurve) -> Option<(f64, f64)> {
    let f = &curve.force;
    let peak = crate::curve_segments::last_max_index(f)?;
    Some((f[peak], *curve.displacement.get(peak)?))
}

/// The results of one test.
#[derive(Debug, Clone, PartialEq)]
pub struct TestResults {
    /// Maximum force (N) and the displacement at it (m).
    pub max_force: (f64, f64),
    /// Cross-section area used (m²).
    pub area: f64,
    /// Loading analysis: modulus (fit slope, Pa), offset yield, maximum
    /// stress and strain at it, work per volume (J/m³).
    pub loading: Analysis,
    /// Unloading stiffness and modulus E = S·L₀/A (Pa), when the curve unloads.
    pub unloading: Option<(StiffnessFit, f64)>,
    /// Strain rate on loading (s⁻¹), when time is mapped.
    pub strain_rate: Option<f64>,
    /// Work done on the specimen up to the end of loading (J).
    pub work: f64,
    /// Hollomon fit beyond yield on true stress–strain, when there is one.
    pub hollomon: Option<Hollomon>,
    /// What to check (a negative modulus, a poor fit…).
    pub warnings: Vec<String>,
}

/// Analyses a corrected curve for a specimen of `geometry`: everything of
/// [`analyse_without_hardening`], and the Hollomon fit ([`hardening`]).
pub fn analyse_test(
    curve: &CorrectedCurve,
    geometry: &Geometry,
    windows: &Windows,
) -> Result<TestResults> {
    let mut r = analyse_without_hardening(curve, geometry, windows)?;
    r.hollomon = hardening(curve, geometry, &r);
    Ok(r)
}

/// The Hollomon fit σ = K·εⁿ on true stress and strain at constant volume
/// beyond the offset yield point of `results` (compression shortens and
/// widens: ε = −ln(1 − e), σ = s·(1 − e); tension lengthens and narrows:
/// ε = ln(1 + e), σ = s·(1 + e)); `None` without a yield point or a fit.
/// The page runs it as a step of its own on long curves.
pub fn hardening(
    curve: &CorrectedCurve,
    geometry: &Geometry,
    results: &TestResults,
) -> Option<Hollomon> {
    let (ey, _) = results.loading.offset_yield?;
    let n = results
        .loading
        .points
        .min(curve.force.len())
        .min(curve.displacement.len());
    // Only the points beyond yield are fitted (the true strain grows with
    // the engineering strain).
    let (mut te, mut ts) = (Vec::with_capacity(n), Vec::with_capacity(n));
    for (d, f) in curve.displacement[..n].iter().zip(&curve.force[..n]) {
        let e = d / geometry.length;
        if e >= ey {
            if let Some((a, b)) = true_stress_strain(e, f / results.area, geometry.mode) {
                te.push(a);
                ts.push(b);
            }
        }
    }
    let (from, _) = true_stress_strain(ey, 0.0, geometry.mode)?;
    fit_hollomon(&te, &ts, from).ok()
}

/// True strain and true stress at constant volume from engineering strain
/// `e` (shortening in compression, lengthening in tension) and engineering
/// stress `s` (Pa): compression ε = −ln(1 − e), σ = s·(1 − e) (the section
/// grows to A0/(1 − e)); tension ε = ln(1 + e), σ = s·(1 + e). `None` for a
/// compression to zero length or beyond (e ≥ 1) and for any value that is
/// not finite.
pub fn true_stress_strain(e: f64, s: f64, mode: TestMode) -> Option<(f64, f64)> {
    let (strain, stress) = match mode {
        TestMode::Compression if e < 1.0 => (-(1.0 - e).ln(), s * (1.0 - e)),
        TestMode::Compression => return None,
        TestMode::Tension if e > -1.0 => ((1.0 + e).ln(), s * (1.0 + e)),
        TestMode::Tension => return None,
    };
    (strain.is_finite() && stress.is_finite()).then_some((strain, stress))
}

/// Analyses a corrected curve for a specimen of `geometry`, all but the
/// Hollomon fit (`hollomon` is `None`).
pub fn analyse_without_hardening(
    curve: &CorrectedCurve,
    geometry: &Geometry,
    windows: &Windows,
) -> Result<TestResults> {
    let area = taper_area(
        geometry.top_diameter,
        geometry.bottom_diameter,
        geometry.area,
    )?;
    if !(geometry.length.is_finite() && geometry.length > 0.0) {
        return Err(Error::Inconsistent {
            message: "the initial length must be greater than 0".to_string(),
        });
    }
    let (d, f) = (&curve.displacement, &curve.force);
    let seg = find_segments(f, 0.01)?;
    let peak = crate::curve_segments::last_max_index(f).unwrap_or(0);
    let loading_end = (peak + 1).max(seg.loading.end).min(f.len());
    let strain: Vec<f64> = d[..loading_end]
        .iter()
        .map(|x| x / geometry.length)
        .collect();
    let stress: Vec<f64> = f[..loading_end].iter().map(|x| x / area).collect();
    let loading = analyse(&strain, &stress, windows.loading, windows.offset)?;
    let mut warnings = curve.warnings.clone();
    if loading.fit.slope <= 0.0 {
        warnings.push("The loading modulus is not positive: check the columns, their signs and the test mode.".to_string());
    } else if loading.fit.r_squared < 0.9 {
        warnings.push(
            "The loading fit is poor (R² below 0.9): choose the modulus window by hand."
                .to_string(),
        );
    }
    let unloading = if seg.unloading.len() >= 3 && seg.unloading.end > peak + 2 {
        let r = seg.unloading.start.max(peak)..seg.unloading.end;
        unloading_stiffness(&d[r.clone()], &f[r], windows.unloading_force)
            .ok()
            .map(|s| (s, s.stiffness * geometry.length / area))
    } else {
        None
    };
    let strain_rate = curve.time.as_ref().and_then(|t| {
        fit_line(&t[..loading_end], &strain)
            .map(|l| l.slope)
            .filter(|v| v.is_finite())
    });
    let work = d[..loading_end]
        .windows(2)
        .zip(f[..loading_end].windows(2))
        .map(|(x, y)| (x[1] - x[0]) * (y[0] + y[1]) / 2.0)
        .sum::<f64>();
    Ok(TestResults {
        max_force: (f[peak], d[peak]),
        area,
        loading,
        unloading,
        strain_rate,
        work: crate::error::finite("work", work)?,
        hollomon: None,
        warnings,
    })
}

/// The frame compliance a header states, in m/N: TriboScan's
/// `Machine Comp: 0.00663947 nm/µN` (nm/µN = 10⁻³ m/N), or m/N.
pub fn frame_compliance_from_metadata(metadata: &[(String, String)]) -> Option<f64> {
    let (_, v) = metadata.iter().find(|(k, _)| {
        k.eq_ignore_ascii_case("Machine Comp") || k.eq_ignore_ascii_case("Machine Compliance")
    })?;
    let mut parts = v.split_whitespace();
    let value = crate::decimal_parser::parse_decimal(parts.next()?)?;
    let factor = match parts.next().unwrap_or("m/N") {
        "nm/µN" | "nm/uN" | "nm/μN" => 1e-3,
        "m/N" => 1.0,
        "nm/mN" => 1e-6,
        _ => return None,
    };
    Some(value * factor).filter(|c| c.is_finite() && *c >= 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::load_data;
    use std::f64::consts::PI;

    #[test]
    fn true_stress_and_strain_at_constant_volume() {
        // 10 % shorter: ε = −ln 0.9 = 0.10536, σ = 0.9·s.
        let (e, s) = true_stress_strain(0.1, 100e6, TestMode::Compression).unwrap();
        assert!((e - 0.105_360_5).abs() < 1e-7 && (s - 90e6).abs() < 1e-6);
        // 10 % longer: ε = ln 1.1 = 0.09531, σ = 1.1·s.
        let (e, s) = true_stress_strain(0.1, 100e6, TestMode::Tension).unwrap();
        assert!((e - 0.095_310_2).abs() < 1e-7 && (s - 110e6).abs() < 1e-6);
        assert_eq!(true_stress_strain(1.0, 1.0, TestMode::Compression), None);
        assert_eq!(true_stress_strain(f64::NAN, 1.0, TestMode::Tension), None);
    }

    #[test]
    fn maximum_force_and_its_displacement_without_geometry() {
        let curve = CorrectedCurve {
            displacement: vec![0.0, 1e-9, 2e-9, 3e-9],
            force: vec![0.0, 1e-6, 3e-6, 2e-6],
            time: None,
            steps: vec![],
            warnings: vec![],
        };
        assert_eq!(max_force(&curve), Some((3e-6, 2e-9)));
        let empty = CorrectedCurve {
            displacement: vec![],
            force: vec![],
            ..curve
        };
        assert_eq!(max_force(&empty), None);
    }

    /// A synthetic pillar test written as a TriboScan .hld export: straight
    /// pillar d = 500 nm, L₀ = 1 µm; E = 5 GPa to a yield stress of 60 MPa,
    /// then hardening at 200 MPa per unit strain, loaded to 5 % strain and
    /// unloaded elastically to 60 % of the peak force; 20 approach points
    /// with a force offset of −0.3 µN before contact; frame compliance
    /// C = 0.01 nm/µN (10⁻⁵ m/N) in the depth; 0.5 s per point.
    fn synthetic_hld() -> String {
        let (e, sy, h, l0) = (5e9, 60e6, 200e6, 1e-6);
        let area = PI * (250e-9f64).powi(2);
        let c = 1e-5;
        let stress = |eps: f64| {
            if eps <= sy / e {
                e * eps
            } else {
                sy + h * (eps - sy / e)
            }
        };
        let mut rows: Vec<(f64, f64)> = Vec::new(); // (specimen δ m, force N)
        for i in 0..20 {
            rows.push((-(20 - i) as f64 * 2e-9, 0.0));
        }
        let top = 0.05;
        for i in 0..=500 {
            let eps = top * i as f64 / 500.0;
            rows.push((eps * l0, stress(eps) * area));
        }
        let (d_top, f_top) = *rows.last().unwrap();
        for i in 1..=40 {
            let f = f_top * (1.0 - 0.4 * i as f64 / 40.0);
            rows.push((d_top - (f_top - f) / (e * area / l0), f));
        }
        let mut text = format!(
            "File Version: synthetic\nMachine Comp: 0.01 nm/µN\nDrift Rate: 0 nm/s\nTest Data Points: {}\nTime_s\tDisp_nm\tForce_µN\n",
            rows.len()
        );
        for (i, (d, f)) in rows.iter().enumerate() {
            // Measured depth includes the frame; the force carries the offset.
            let depth = d + f * c;
            text += &format!(
                "{}\t{}\t{}\n",
                i as f64 * 0.5,
                depth * 1e9,
                (f - 0.3e-6) * 1e6
            );
        }
        text
    }

    /// The .hld columns: time (s), depth (nm), force (µN).
    fn hld_mapping(with_time: bool) -> Mapping {
        let source = |column, to_si| Some(Source { column, to_si });
        Mapping {
            displacement: source(1, 1e-9),
            force: source(2, 1e-6),
            time: if with_time { source(0, 1.0) } else { None },
            ..Mapping::default()
        }
    }

    /// The synthetic pillar: d = 500 nm, L₀ = 1 µm, compressed.
    const PILLAR: Geometry = Geometry {
        top_diameter: 500e-9,
        bottom_diameter: 500e-9,
        area: TaperArea::Top,
        length: 1e-6,
        mode: TestMode::Compression,
    };

    #[test]
    fn synthetic_pillar_gives_back_the_numbers_that_made_it() {
        let import = load_data("pillar.hld", synthetic_hld().as_bytes()).unwrap();
        assert_eq!(import.rows(), 20 + 501 + 40);
        let c = frame_compliance_from_metadata(&import.metadata).unwrap();
        assert!((c - 1e-5).abs() < 1e-18);
        let mapping = hld_mapping(true);
        let corrections = Corrections {
            baseline_points: Some(15),
            frame_compliance: Some(c),
            ..Corrections::default()
        };
        let curve = correct(&import, 0..import.rows(), &mapping, &corrections).unwrap();
        assert_eq!(curve.steps.len(), 2, "{:?}", curve.steps);
        let geometry = PILLAR;
        let r = analyse_test(&curve, &geometry, &Windows::default()).unwrap();
        let area = PI * (250e-9f64).powi(2);
        // Peak: σ = 60 MPa + 200 MPa·(0.05 − 0.012) = 67.6 MPa on the area.
        let f_peak = 67.6e6 * area;
        assert!(
            (r.max_force.0 / f_peak - 1.0).abs() < 1e-6,
            "{:?}",
            r.max_force
        );
        assert!(
            (r.max_force.1 / 50e-9 - 1.0).abs() < 1e-6,
            "{:?}",
            r.max_force
        );
        assert!(
            (r.loading.fit.slope / 5e9 - 1.0).abs() < 1e-6,
            "E = {}",
            r.loading.fit.slope
        );
        // 0.2 % offset yield of the bilinear curve: 5e9(ε − 0.002) = 60e6 +
        // 2e8(ε − 0.012) → ε = 67.6e6/4.8e9 = 0.0140833, σ = 60.4167 MPa.
        let (ey, sy) = r.loading.offset_yield.unwrap();
        assert!((sy / 60.416_667e6 - 1.0).abs() < 2e-3, "yield {sy}");
        assert!((ey / 0.014_083_3 - 1.0).abs() < 2e-3, "yield strain {ey}");
        assert!((r.loading.max_stress / 67.6e6 - 1.0).abs() < 1e-6);
        let (s, e_unload) = r.unloading.unwrap();
        assert!(
            (e_unload / 5e9 - 1.0).abs() < 1e-6,
            "unloading E {e_unload}, S {}",
            s.stiffness
        );
        // 5 % in 500 steps of 0.5 s: 2e-4 per second.
        assert!(
            (r.strain_rate.unwrap() / 2e-4 - 1.0).abs() < 1e-3,
            "{:?}",
            r.strain_rate
        );
        assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    }

    #[test]
    fn without_the_corrections_the_numbers_are_off_and_said_so() {
        let import = load_data("pillar.hld", synthetic_hld().as_bytes()).unwrap();
        let mapping = hld_mapping(false);
        let curve = correct(&import, 0..import.rows(), &mapping, &Corrections::default()).unwrap();
        assert!(curve.steps.is_empty());
        let geometry = PILLAR;
        let r = analyse_test(&curve, &geometry, &Windows::default()).unwrap();
        // The frame adds F·C to the depth: the apparent stiffness is
        // 1/(1/S + C) with S = E·A/L₀, so the apparent modulus is lower.
        let s = 5e9 * PI * (250e-9f64).powi(2) / 1e-6;
        let apparent = 1.0 / (1.0 / s + 1e-5) * 1e-6 / (PI * (250e-9f64).powi(2));
        assert!(
            (r.loading.fit.slope / apparent - 1.0).abs() < 1e-3,
            "{} vs {apparent}",
            r.loading.fit.slope
        );
        assert!(r.loading.fit.slope < 0.995 * 5e9);
        let (_, e_unload) = r.unloading.unwrap();
        assert!(
            (e_unload / apparent - 1.0).abs() < 1e-6,
            "{e_unload} vs {apparent}"
        );
    }

    #[test]
    fn cantilever_mapping_and_missing_inputs() {
        // Travel and deflection in nm, k = 3 N/m, specimen 10 N/m (as in
        // measurement_corrections' test): force = 3·deflection.
        let text = "z (nm),defl (nm)\n0,0\n13,10\n26,20\n39,30\n";
        let import = load_data("afm.csv", text.as_bytes()).unwrap();
        let mapping = Mapping {
            travel: Some(Source {
                column: 0,
                to_si: 1e-9,
            }),
            deflection: Some(Source {
                column: 1,
                to_si: 1e-9,
            }),
            ..Mapping::default()
        };
        let err = correct(&import, 0..4, &mapping, &Corrections::default()).unwrap_err();
        assert!(err.to_string().contains("spring constant"), "{err}");
        let k = Corrections {
            spring_constant: Some(3.0),
            ..Corrections::default()
        };
        let c = correct(&import, 0..4, &mapping, &k).unwrap();
        assert!((c.force[3] - 90e-9).abs() < 1e-20);
        assert!((c.displacement[3] - 9e-9).abs() < 1e-20);
        assert_eq!(c.steps.len(), 2);
        let volts = Mapping {
            deflection_in_volts: true,
            ..mapping
        };
        assert!(correct(&import, 0..4, &volts, &k)
            .unwrap_err()
            .to_string()
            .contains("sensitivity"));
        assert!(correct(&import, 0..9, &mapping, &k).is_err());
    }
}
