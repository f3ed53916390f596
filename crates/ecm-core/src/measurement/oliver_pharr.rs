//! Instrumented indentation (nanoindentation) by the method of Oliver and
//! Pharr: hardness and modulus from the unloading curve of each load–hold–
//! unload cycle of a depth–load record.
//!
//! Input: depth h (m, positive into the sample, as recorded: not re-zeroed),
//! load P (N), optionally time t (s). Each cycle is analysed as follows.
//!
//! 1. **Unloading fit** (Oliver & Pharr 1992, eq. 10): P = B·(h − h_f)^m on
//!    the unloading points with P between `window.0`·P_max and
//!    `window.1`·P_max, by least squares in linear space (a log–log line for
//!    each trial h_f gives the start, then Levenberg–Marquardt on B, h_f, m).
//!    B in N/m^m, h_f in m (the final depth).
//! 2. **Stiffness** at the start of unloading: S = dP/dh = m·B·(h_max − h_f)^(m−1)
//!    (N/m), h_max the depth where unloading begins (the end of the hold).
//! 3. **Frame compliance** C_f (m/N): the frame's deflection C_f·P is part of
//!    the recorded depth, in series with the contact, so 1/S = 1/S_measured − C_f
//!    and h_max is replaced by h_max − C_f·P_max (h_f, at P = 0, is unchanged).
//!    B, m and h_f are reported as fitted to the recorded depth.
//! 4. **Creep** (Feng & Ngan, J. Mater. Res. 17, 660, 2002): depth still
//!    creeping when unloading begins makes S too high. Their correction is
//!    1/S_e = 1/S_u + ḣ_h/|Ṗ_u|, with ḣ_h (m/s) the depth rate at the end of
//!    the hold, from their fit h = h₀ + a·(t − t₀)^(1/3) + k·(t − t₀) over the
//!    hold, and Ṗ_u (N/s) the load rate at the start of unloading (a line over
//!    the unloading points above 80 % of P_max). Applied, with the frame
//!    compliance, as 1/S = 1/S_u + ḣ_h/|Ṗ_u| − C_f, when asked.
//! 5. **Contact depth** (Oliver & Pharr 1992, eq. 16): h_c = h_max − ε·P_max/S
//!    (m), ε = 0.75 for a paraboloid of revolution (Berkovich), 0.72 for a cone,
//!    1 for a flat punch.
//! 6. **Contact area** A(h_c) (m²) of the tip ([`contact_area`]): ideal
//!    Berkovich A = 24.494·h_c² and cube corner A = 2.598·h_c² (ISO 14577-1:2015),
//!    cone A = π·tan²α·h_c², sphere A = π·(2R·h_c − h_c²), or the calibrated
//!    area function of ISO 14577-1 / Oliver & Pharr 1992 (eq. 23),
//!    A = C₀·h_c² + C₁·h_c + C₂·h_c^(1/2) + … + C₈·h_c^(1/128), A in nm² and
//!    h_c in nm.
//! 7. **Hardness** H = P_max/A (Pa).
//! 8. **Reduced modulus** E_r = (√π/(2β))·S/√A (Pa) (Oliver & Pharr 2004,
//!    eq. 2), β = 1.034 for a Berkovich tip (King, Int. J. Solids Struct. 23,
//!    1657, 1987).
//! 9. **Sample modulus** from 1/E_r = (1 − ν²)/E + (1 − ν_i²)/E_i (Oliver &
//!    Pharr 1992, eq. 2), diamond E_i = 1141 GPa, ν_i = 0.07.
//!
//! Cycles: the load record is split where, after a peak, the load has fallen
//! by more than 5 % of the record's maximum load and then risen again by more
//! than 5 %: each cycle's unloading ends at the load minimum before the rise
//! (or at the end of the record). The hold is the run of points within
//! max(0.2 % of the cycle's maximum, 6 noise standard deviations), at most
//! 2 %, of that maximum; unloading starts at its deepest point (its last
//! points are already unloading, at loads still within the band). Cycles whose
//! maximum is below 5 % of the record's are ignored.
//!
//! Warnings, per cycle: h_f/h_max > 0.7 (pile-up likely: Bolshakov & Pharr,
//! J. Mater. Res. 13, 1049, 1998; Oliver & Pharr 2004), m outside 1–2, depth
//! rising during the hold, and depth still rising at the start of unloading
//! (a "nose").
//!
//! Sources: W. C. Oliver and G. M. Pharr, J. Mater. Res. 7, 1564 (1992);
//! W. C. Oliver and G. M. Pharr, J. Mater. Res. 19, 3 (2004); ISO 14577-1:2015;
//! G. Feng and A. H. W. Ngan, J. Mater. Res. 17, 660 (2002); R. B. King,
//! Int. J. Solids Struct. 23, 1657 (1987); A. Bolshakov and G. M. Pharr,
//! J. Mater. Res. 13, 1049 (1998).

use crate::error::{finite, Error, Result};
use crate::fitting::least_squares::fit_line;
use crate::numbers::number_format::format_clean;
use std::ops::Range;

/// The indenter's shape, which gives the contact area A(h_c).
#[derive(Debug, Clone, PartialEq)]
pub enum IndenterTip {
    /// Ideal Berkovich pyramid: A = 24.494·h_c² (ISO 14577-1:2015).
    Berkovich,
    /// Ideal cube corner: A = 2.598·h_c² (ISO 14577-1:2015).
    CubeCorner,
    /// Cone: A = π·tan²α·h_c².
    Conical {
        /// Half-angle α between the axis and the flank, in degrees (0–90,
        /// exclusive; 70.3° has the Berkovich's area).
        half_angle_deg: f64,
    },
    /// Sphere: A = π·(2R·h_c − h_c²), for h_c up to R.
    Spherical {
        /// Radius R (m).
        radius: f64,
    },
    /// Calibrated area function (ISO 14577-1; Oliver & Pharr 1992, eq. 23):
    /// A = C₀·h_c² + C₁·h_c + C₂·h_c^(1/2) + C₃·h_c^(1/4) + …, with A in nm²
    /// and h_c in nm, the coefficients C₀, C₁, … as calibration reports give
    /// them (1 to 9 of them).
    AreaFunction(Vec<f64>),
}

/// The most coefficients of an area function (C₀ to C₈).
const MAX_AREA_COEFFICIENTS: usize = 9;
/// Fewest points in the unloading window.
const MIN_WINDOW_POINTS: usize = 5;
/// Cycle detection: the fall and rise that separate cycles, as a fraction of
/// the record's maximum load.
const CYCLE_HYSTERESIS: f64 = 0.05;
/// The hold: points within this fraction of the cycle's maximum load (at least).
const HOLD_TOLERANCE: f64 = 0.002;
/// … and at most this fraction.
const MAX_HOLD_TOLERANCE: f64 = 0.02;
/// The unloading rate Ṗ_u and the nose check use the unloading points above
/// this fraction of the maximum load.
const EARLY_UNLOADING: f64 = 0.8;

/// Finite and greater than zero.
fn positive(x: f64) -> bool {
    x.is_finite() && x > 0.0
}

fn bad(message: String) -> Error {
    Error::Inconsistent { message }
}

fn check_tip(tip: &IndenterTip) -> Result<()> {
    match tip {
        IndenterTip::Berkovich | IndenterTip::CubeCorner => Ok(()),
        IndenterTip::Conical { half_angle_deg: a } => {
            if a.is_finite() && *a > 0.0 && *a < 90.0 {
                Ok(())
            } else {
                Err(bad(format!(
                    "the cone's half-angle must be between 0 and 90°; got {}°",
                    format_clean(*a, 4)
                )))
            }
        }
        IndenterTip::Spherical { radius } => {
            if radius.is_finite() && *radius > 0.0 && *radius <= 1.0 {
                Ok(())
            } else {
                Err(bad(format!(
                    "the sphere's radius must be greater than 0 m and at most 1 m; got {} m",
                    format_clean(*radius, 4)
                )))
            }
        }
        IndenterTip::AreaFunction(c) => {
            if c.is_empty() || c.len() > MAX_AREA_COEFFICIENTS {
                Err(bad(format!(
                    "the area function needs 1 to {MAX_AREA_COEFFICIENTS} coefficients (C0 to C8); got {}",
                    c.len()
                )))
            } else if c.iter().any(|v| !v.is_finite()) {
                Err(bad(
                    "the area function's coefficients must all be finite numbers".to_string(),
                ))
            } else {
                Ok(())
            }
        }
    }
}

/// The projected contact area A (m²) at contact depth `hc` (m), by the
/// tip's formula:
///
/// - Berkovich: A = 24.494·h_c²; cube corner: A = 2.598·h_c² (ISO 14577-1:2015);
/// - cone of half-angle α: A = π·tan²α·h_c²;
/// - sphere of radius R: A = π·(2R·h_c − h_c²), h_c ≤ R;
/// - area function (ISO 14577-1; Oliver & Pharr, J. Mater. Res. 7, 1564, 1992):
///   A (nm²) = Σᵢ Cᵢ·h_c^(2^(1−i)) with h_c in nm, i = 0…8.
///
/// Errors when `hc` is not finite and positive, the tip is invalid, h_c
/// exceeds the sphere's radius, or the area comes out zero or negative.
///
/// ```
/// use ecm_core::measurement::oliver_pharr::{contact_area, IndenterTip};
/// // 24.494 · (100 nm)² = 2.4494e-13 m²
/// let a = contact_area(&IndenterTip::Berkovich, 100e-9).unwrap();
/// assert!((a / 2.4494e-13 - 1.0).abs() < 1e-12);
/// ```
pub fn contact_area(tip: &IndenterTip, hc: f64) -> Result<f64> {
    check_tip(tip)?;
    if !(hc.is_finite() && hc > 0.0 && hc <= 1.0) {
        return Err(bad(format!(
            "the contact depth must be greater than 0 m and at most 1 m; got {} m",
            format_clean(hc, 4)
        )));
    }
    let area = match tip {
        IndenterTip::Berkovich => 24.494 * hc * hc,
        IndenterTip::CubeCorner => 2.598 * hc * hc,
        IndenterTip::Conical { half_angle_deg } => {
            let t = crate::numbers::tangent::tan_degrees(*half_angle_deg);
            std::f64::consts::PI * t * t * hc * hc
        }
        IndenterTip::Spherical { radius } => {
            if hc > *radius {
                return Err(bad(format!(
                    "the contact depth {} nm exceeds the sphere's radius {} nm: the spherical area formula holds only up to h_c = R",
                    format_clean(hc * 1e9, 4),
                    format_clean(radius * 1e9, 4)
                )));
            }
            std::f64::consts::PI * (2.0 * radius * hc - hc * hc)
        }
        IndenterTip::AreaFunction(c) => {
            let h = hc * 1e9;
            let mut power = h * h;
            let mut sum = 0.0;
            for (i, ci) in c.iter().enumerate() {
                if i == 1 {
                    power = h;
                } else if i > 1 {
                    power = power.sqrt();
                }
                sum += ci * power;
            }
            sum * 1e-18
        }
    };
    if area.is_finite() && area > 0.0 {
        Ok(area)
    } else if area.is_finite() {
        Err(bad(format!(
            "the tip's area at h_c = {} nm comes out as {} nm², not positive: check the area function",
            format_clean(hc * 1e9, 4),
            format_clean(area * 1e18, 4)
        )))
    } else {
        Err(Error::ResultNotFinite {
            what: "contact area",
        })
    }
}

/// The settings of an Oliver–Pharr analysis. SI units.
#[derive(Debug, Clone, PartialEq)]
pub struct OliverPharrSettings {
    /// The indenter's shape (default Berkovich).
    pub tip: IndenterTip,
    /// ε of h_c = h_max − ε·P_max/S (default 0.75, the paraboloid; 0.72 for a
    /// cone, 1 for a flat punch). Accepted: 0.5 to 1.
    pub epsilon: f64,
    /// β of E_r = (√π/(2β))·S/√A (default 1.034, King 1987). Accepted: 1.0 to 1.1.
    pub beta: f64,
    /// The unloading fit's window, as fractions of P_max (default 0.40 to 0.95).
    pub window: (f64, f64),
    /// The indenter's Young's modulus E_i (Pa; default diamond, 1141 GPa).
    pub indenter_modulus: f64,
    /// The indenter's Poisson's ratio ν_i (default diamond, 0.07).
    pub indenter_poisson: f64,
    /// The sample's Poisson's ratio ν (default 0.3, typical of metals; E
    /// changes by under 10 % for ν from 0.2 to 0.4).
    pub sample_poisson: f64,
    /// The load frame's compliance C_f (m/N, default 0): 1/S = 1/S_measured − C_f,
    /// h_max → h_max − C_f·P_max.
    pub frame_compliance: f64,
    /// Applies the Feng–Ngan creep correction to S (needs time; default off).
    pub creep_correction: bool,
}

impl Default for OliverPharrSettings {
    fn default() -> Self {
        Self {
            tip: IndenterTip::Berkovich,
            epsilon: 0.75,
            beta: 1.034,
            window: (0.40, 0.95),
            indenter_modulus: 1141e9,
            indenter_poisson: 0.07,
            sample_poisson: 0.3,
            frame_compliance: 0.0,
            creep_correction: false,
        }
    }
}

impl OliverPharrSettings {
    fn check(&self) -> Result<()> {
        check_tip(&self.tip)?;
        let in_range = |v: f64, lo: f64, hi: f64| v.is_finite() && v >= lo && v <= hi;
        if !in_range(self.epsilon, 0.5, 1.0) {
            return Err(bad(format!(
                "ε must be between 0.5 and 1 (0.75 for a Berkovich); got {}",
                format_clean(self.epsilon, 4)
            )));
        }
        if !in_range(self.beta, 1.0, 1.1) {
            return Err(bad(format!(
                "β must be between 1 and 1.1 (1.034 for a Berkovich); got {}",
                format_clean(self.beta, 4)
            )));
        }
        let (lo, hi) = self.window;
        if !(in_range(lo, 0.0, 1.0) && in_range(hi, 0.0, 1.0) && lo < hi) {
            return Err(bad(format!(
                "the unloading window must go from a lower to a higher fraction of the maximum load, 0 to 1 (e.g. 0.4 to 0.95); got {} to {}",
                format_clean(lo, 3),
                format_clean(hi, 3)
            )));
        }
        if !in_range(self.indenter_modulus, 1e6, 1e13) {
            return Err(bad(format!(
                "the indenter's modulus must be between 1 MPa and 10 000 GPa; got {} Pa",
                format_clean(self.indenter_modulus, 4)
            )));
        }
        for (name, nu) in [
            ("indenter's", self.indenter_poisson),
            ("sample's", self.sample_poisson),
        ] {
            if !in_range(nu, -1.0, 0.5) {
                return Err(bad(format!(
                    "the {name} Poisson's ratio must be between −1 and 0.5; got {}",
                    format_clean(nu, 4)
                )));
            }
        }
        if !in_range(self.frame_compliance, 0.0, 1.0) {
            return Err(bad(format!(
                "the frame compliance must be between 0 and 1 m/N; got {} m/N",
                format_clean(self.frame_compliance, 4)
            )));
        }
        Ok(())
    }
}

/// The results of one load–unload cycle. SI units.
#[derive(Debug, Clone, PartialEq)]
pub struct IndentCycle {
    /// The record's rows that make up the cycle.
    pub rows: Range<usize>,
    /// The row where unloading starts (the end of the hold).
    pub unloading_start: usize,
    /// P_max (N): the cycle's largest load.
    pub max_load: f64,
    /// h_max (m): the depth where unloading starts, less C_f·P_max.
    pub max_depth: f64,
    /// h_f (m): the final depth of the fit P = B·(h − h_f)^m.
    pub final_depth: f64,
    /// m of the fit.
    pub exponent: f64,
    /// B of the fit (N/m^m).
    pub coefficient: f64,
    /// The window's loads, low and high (N).
    pub window_loads: (f64, f64),
    /// Points in the window.
    pub window_points: usize,
    /// R² of the fit, in linear space.
    pub r_squared: f64,
    /// dP/dh of the fit at the recorded h_max (N/m), before corrections.
    pub fitted_stiffness: f64,
    /// S (N/m) used for h_c and E_r: the fitted stiffness corrected for the
    /// frame compliance and, when asked, for creep.
    pub stiffness: f64,
    /// h_c = h_max − ε·P_max/S (m).
    pub contact_depth: f64,
    /// A(h_c) (m²).
    pub contact_area: f64,
    /// H = P_max/A (Pa).
    pub hardness: f64,
    /// E_r = (√π/(2β))·S/√A (Pa).
    pub reduced_modulus: f64,
    /// The sample's E from 1/E_r = (1 − ν²)/E + (1 − ν_i²)/E_i (Pa).
    pub sample_modulus: f64,
    /// The depth's rise during the hold (m); `None` without a hold of 3 points.
    pub hold_creep: Option<f64>,
    /// ḣ_h, the depth rate at the end of the hold (m/s), from the Feng–Ngan
    /// fit; `None` without time or a hold of 5 points.
    pub hold_creep_rate: Option<f64>,
    /// |Ṗ_u|, the load rate at the start of unloading (N/s); `None` without time.
    pub unloading_rate: Option<f64>,
    /// What to be careful about, in words.
    pub warnings: Vec<String>,
}

/// Analyses every load–unload cycle of an indentation record by the method
/// of Oliver & Pharr (J. Mater. Res. 7, 1564, 1992; 19, 3, 2004); see the
/// module's documentation for every formula and its source.
///
/// `depth` (m, into the sample), `load` (N) and `time` (s, non-decreasing)
/// are the recorded columns, all the same length and finite. Returns one
/// [`IndentCycle`] per cycle, in order. Errors when the inputs or settings
/// are invalid, no cycle unloads, a cycle's window holds fewer than 5 points,
/// the creep correction is asked without time, or a result is unphysical
/// (h_c ≤ 0, C_f at least 1/S, E_r at or above the indenter's E_i/(1 − ν_i²)).
pub fn analyse_indent(
    depth: &[f64],
    load: &[f64],
    time: Option<&[f64]>,
    settings: &OliverPharrSettings,
) -> Result<Vec<IndentCycle>> {
    settings.check()?;
    let n = depth.len();
    if load.len() != n || time.is_some_and(|t| t.len() != n) {
        return Err(bad(
            "depth, load and time must have the same number of points".to_string(),
        ));
    }
    if n < MIN_WINDOW_POINTS + 2 {
        return Err(bad(format!(
            "an indentation record needs at least {} points; got {n}",
            MIN_WINDOW_POINTS + 2
        )));
    }
    if depth.iter().chain(load).any(|v| !v.is_finite()) {
        return Err(bad(
            "the depth and load must be finite numbers throughout".to_string()
        ));
    }
    if let Some(t) = time {
        if t.iter().any(|v| !v.is_finite()) || t.windows(2).any(|w| w[1] < w[0]) {
            return Err(bad("the time must be finite and never decrease".to_string()));
        }
    } else if settings.creep_correction {
        return Err(bad(
            "the creep correction (Feng & Ngan) needs a time column: the depth rate at the end of the hold and the unloading rate come from it"
                .to_string(),
        ));
    }
    let cycles = find_cycles(load)?;
    let many = cycles.len() > 1;
    cycles
        .iter()
        .enumerate()
        .map(|(k, c)| {
            analyse_cycle(depth, load, time, settings, c).map_err(|e| match e {
                Error::Inconsistent { message } if many => Error::Inconsistent {
                    message: format!("cycle {}: {message}", k + 1),
                },
                other => other,
            })
        })
        .collect()
}

/// One cycle's rows: start, the peak's row, and the last row (inclusive).
struct CycleRows {
    start: usize,
    peak: usize,
    end: usize,
}

fn find_cycles(load: &[f64]) -> Result<Vec<CycleRows>> {
    let gmax = load.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if !positive(gmax) {
        return Err(bad("the load is never positive".to_string()));
    }
    let hyst = CYCLE_HYSTERESIS * gmax;
    let mut cycles = Vec::new();
    let (mut start, mut peak, mut low) = (0usize, 0usize, 0usize);
    let mut unloading = false;
    for (i, &p) in load.iter().enumerate() {
        if !unloading {
            if p >= load[peak] {
                peak = i;
            } else if load[peak] - p > hyst {
                unloading = true;
                low = i;
            }
        } else if p <= load[low] {
            low = i;
        } else if p - load[low] > hyst {
            if load[peak] > hyst {
                cycles.push(CycleRows {
                    start,
                    peak,
                    end: low,
                });
            }
            start = low;
            peak = i;
            unloading = false;
        }
    }
    if unloading && load[peak] > hyst {
        cycles.push(CycleRows {
            start,
            peak,
            end: low,
        });
    }
    if cycles.is_empty() {
        return Err(bad(format!(
            "no unloading found: the load never falls by more than {} % of its maximum after a peak",
            format_clean(CYCLE_HYSTERESIS * 100.0, 2)
        )));
    }
    Ok(cycles)
}

/// The noise's standard deviation from the median absolute second difference
/// (a straight trend has none): median|Δ²| / (0.6745·√6).
fn noise_sd(values: &[f64]) -> f64 {
    // Sorted as points with the fits' one sort, rather than a selection of
    // its own (which would add about 3 KB to the page).
    let mut d: Vec<(f64, f64)> = values
        .windows(3)
        .map(|w| ((w[2] - 2.0 * w[1] + w[0]).abs(), 0.0))
        .collect();
    crate::fitting::sort_points(&mut d);
    let Some(median) = d.get(d.len() / 2) else {
        return 0.0;
    };
    median.0 / (0.6745 * 6f64.sqrt())
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len().max(1) as f64
}

fn analyse_cycle(
    depth: &[f64],
    load: &[f64],
    time: Option<&[f64]>,
    settings: &OliverPharrSettings,
    c: &CycleRows,
) -> Result<IndentCycle> {
    let nm = |v: f64| format_clean(v * 1e9, 3);
    let rows = c.start..c.end + 1;
    let pmax = load[c.peak];
    let p_cycle = &load[rows.clone()];
    let hold_tol = (HOLD_TOLERANCE * pmax)
        .max(6.0 * noise_sd(p_cycle))
        .min(MAX_HOLD_TOLERANCE * pmax);
    let near_max = |i: &usize| load[*i] >= pmax - hold_tol;
    let band_end = (c.peak..=c.end).rev().find(near_max).unwrap_or(c.peak);
    let hold_start = (c.start..=c.peak).find(near_max).unwrap_or(c.peak);
    // The band of loads near the maximum also holds the first points of the
    // unloading, where the depth already falls (with noisy loads the band is
    // up to 2 % of P_max wide): the unloading starts at the band's deepest
    // point, the end of the hold, so that h_max and the stiffness are taken
    // where the load is P_max (Oliver & Pharr 1992; ISO 14577-1).
    let unload_start = (hold_start..=band_end).fold(c.peak, |deepest, i| {
        if depth[i] > depth[deepest] {
            i
        } else {
            deepest
        }
    });
    let h_max_recorded = depth[unload_start];
    let mut warnings = Vec::new();

    // The unloading window and its fit.
    let (load_scale, load_unit) = if pmax < 1e-3 {
        (1e6, "µN")
    } else {
        (1e3, "mN")
    };
    let (lo, hi) = (settings.window.0 * pmax, settings.window.1 * pmax);
    let (wh, wp): (Vec<f64>, Vec<f64>) = (unload_start..=c.end)
        .filter(|&i| load[i] >= lo && load[i] <= hi)
        .map(|i| (depth[i], load[i]))
        .unzip();
    if wh.len() < MIN_WINDOW_POINTS {
        return Err(bad(format!(
            "the unloading window, {} to {} % of the maximum load ({} to {} {}), holds {} point{}; at least {MIN_WINDOW_POINTS} are needed: widen the window",
            format_clean(settings.window.0 * 100.0, 3),
            format_clean(settings.window.1 * 100.0, 3),
            format_clean(lo * load_scale, 3),
            format_clean(hi * load_scale, 3),
            load_unit,
            wh.len(),
            if wh.len() == 1 { "" } else { "s" }
        )));
    }
    let fit = fit_power_law_unloading(&wh, &wp, pmax).ok_or_else(|| {
        bad("the unloading curve in the window does not follow P = B·(h − hf)^m (the fit does not converge): check that the depth falls with the load throughout the window; creep at the start of unloading can make it rise".to_string())
    })?;
    let x_max = h_max_recorded - fit.hf;
    if !positive(x_max) {
        return Err(bad(format!(
            "the fitted final depth ({} nm) is not below the depth where unloading starts ({} nm)",
            nm(fit.hf),
            nm(h_max_recorded)
        )));
    }
    let coefficient = finite("unloading coefficient B", fit.b)?;
    let fitted_stiffness = finite(
        "unloading stiffness",
        fit.m * fit.b * x_max.powf(fit.m - 1.0),
    )?;
    if !positive(fitted_stiffness) {
        return Err(bad(
            "the fitted unloading stiffness is not positive".to_string()
        ));
    }
    if !(1.0..=2.0).contains(&fit.m) {
        warnings.push(format!(
            "the unloading exponent m = {} lies outside 1 to 2 (1.2 to 1.6 is usual for a Berkovich tip, Oliver & Pharr 1992): check the window, the depth's zero and the tip; the stiffness may be unreliable",
            format_clean(fit.m, 3)
        ));
    }

    // Creep in the hold, and at the start of unloading.
    let depth_sd = noise_sd(&depth[rows.clone()]);
    let hold = &depth[hold_start..=unload_start];
    // Feng & Ngan's fit of the hold, in time (or, without time, in points).
    let hold_times = time.map(|t| &t[hold_start..=unload_start]);
    let fitted_hold = fit_hold(hold_times, hold);
    let hold_creep = (hold.len() >= 3).then(|| {
        let k = (hold.len() / 10).max(1);
        let rise = fitted_hold.map_or_else(
            || hold.get(hold.len() - k..).map_or(0.0, mean) - hold.get(..k).map_or(0.0, mean),
            |f| f.rise,
        );
        (rise, k)
    });
    let mut creep_seen = false;
    if let Some((rise, k)) = hold_creep {
        if rise > 4.0 * depth_sd * (2.0 / k as f64).sqrt() && rise > 1e-3 * h_max_recorded {
            creep_seen = true;
            warnings.push(format!(
                "the depth rose by {} nm ({} % of h_max) during the hold at maximum load: creep that goes on into the unloading makes the stiffness too high, and the modulus with it; {}",
                nm(rise),
                format_clean(rise / h_max_recorded * 100.0, 2),
                if settings.creep_correction {
                    "the Feng–Ngan creep correction allows for it"
                } else {
                    "hold longer or apply the Feng–Ngan creep correction"
                }
            ));
        }
    }
    let early: Vec<usize> = (unload_start..=c.end)
        .take_while(|&i| load[i] >= EARLY_UNLOADING * pmax)
        .collect();
    // A nose: early unloading points deeper than the end of the hold (its
    // fitted depth, or the mean of its last 3 points) beyond the noise.
    let reference = fitted_hold.map_or_else(
        || {
            depth
                .get(hold_start.max(unload_start.saturating_sub(2))..=unload_start)
                .map_or(h_max_recorded, mean)
        },
        |f| f.end_depth,
    );
    let deeper = early
        .iter()
        .skip(1)
        .map(|&i| depth[i])
        .fold(f64::NEG_INFINITY, f64::max)
        - reference;
    if deeper > 5.0 * depth_sd && deeper > 1e-3 * h_max_recorded {
        creep_seen = true;
        warnings.push(format!(
            "the depth still rises after unloading starts (up to {} nm deeper than at the end of the hold): creep outpaces the elastic recovery, so the stiffness is overestimated; hold longer, unload faster, or apply the Feng–Ngan creep correction",
            nm(deeper)
        ));
    }
    // Rates for Feng–Ngan.
    let hold_creep_rate = fitted_hold.and_then(|f| f.end_rate);
    let unloading_rate = time.and_then(|t| {
        let mut idx = early.clone();
        let mut next = unload_start + idx.len();
        while idx.len() < 3 && next <= c.end {
            idx.push(next);
            next += 1;
        }
        let (tt, pp): (Vec<f64>, Vec<f64>) = idx.iter().map(|&i| (t[i], load[i])).unzip();
        fit_line(&tt, &pp).and_then(|l| (l.slope < 0.0 && l.slope.is_finite()).then_some(-l.slope))
    });
    let mut compliance = 1.0 / fitted_stiffness - settings.frame_compliance;
    if settings.creep_correction {
        match (hold_creep_rate, unloading_rate) {
            (Some(hdot), Some(pdot)) => {
                compliance += hdot / pdot;
            }
            _ => warnings.push(
                "the creep correction was not applied: it needs a hold at maximum load of at least 5 points and an unloading of at least 2 points, with time".to_string(),
            ),
        }
    } else if creep_seen {
        if let (Some(hdot), Some(pdot)) = (hold_creep_rate, unloading_rate) {
            let share = fitted_stiffness * hdot / pdot;
            if share > 0.0 {
                warnings.push(format!(
                    "if the creep goes on into the unloading at its rate at the end of the hold ({} nm/s, against unloading at {} {}/s), the stiffness is about {} % too high (S·ḣ/|Ṗ|, Feng & Ngan 2002)",
                    format_clean(hdot * 1e9, 3),
                    format_clean(pdot * load_scale, 3),
                    load_unit,
                    format_clean(share * 100.0, 2)
                ));
            }
        }
    }
    if !positive(compliance) {
        return Err(bad(format!(
            "the corrections leave no compliance for the contact: 1/S = {} nm/mN after subtracting the frame compliance ({} nm/mN){}",
            format_clean(compliance * 1e6, 3),
            format_clean(settings.frame_compliance * 1e6, 3),
            if settings.creep_correction { " and adding the creep term" } else { "" }
        )));
    }
    let stiffness = finite("stiffness", 1.0 / compliance)?;
    let max_depth = h_max_recorded - settings.frame_compliance * pmax;
    let contact_depth = max_depth - settings.epsilon * pmax / stiffness;
    if !positive(contact_depth) {
        return Err(bad(format!(
            "the contact depth h_max − ε·P_max/S = {} nm is not positive: the depth must be measured from the sample's surface",
            nm(contact_depth)
        )));
    }
    let area = contact_area(&settings.tip, contact_depth)?;
    let hardness = finite("hardness", pmax / area)?;
    let reduced_modulus = finite(
        "reduced modulus",
        std::f64::consts::PI.sqrt() / (2.0 * settings.beta) * stiffness / area.sqrt(),
    )?;
    let indenter_term =
        (1.0 - settings.indenter_poisson * settings.indenter_poisson) / settings.indenter_modulus;
    let sample_term = 1.0 / reduced_modulus - indenter_term;
    if !positive(sample_term) {
        return Err(bad(format!(
            "the reduced modulus ({} GPa) is at or above the indenter's own E_i/(1 − ν_i²) = {} GPa: the sample cannot be that stiff; check the tip's area, the frame compliance and the indenter's modulus",
            format_clean(reduced_modulus * 1e-9, 4),
            format_clean(1e-9 / indenter_term, 4)
        )));
    }
    let sample_modulus = finite(
        "sample modulus",
        (1.0 - settings.sample_poisson * settings.sample_poisson) / sample_term,
    )?;
    let ratio = fit.hf / max_depth;
    if ratio > 0.7 {
        warnings.push(format!(
            "h_f/h_max = {} is above 0.7: pile-up is likely (Bolshakov & Pharr 1998). The Oliver–Pharr contact depth assumes sink-in, so the true contact area may be larger than computed, by up to about 60 %, and the hardness and modulus then overestimated; image the residual impression to check",
            format_clean(ratio, 3)
        ));
    }
    Ok(IndentCycle {
        rows,
        unloading_start: unload_start,
        max_load: finite("maximum load", pmax)?,
        max_depth: finite("maximum depth", max_depth)?,
        final_depth: finite("final depth", fit.hf)?,
        exponent: finite("unloading exponent", fit.m)?,
        coefficient,
        window_loads: (lo, hi),
        window_points: wh.len(),
        r_squared: finite("R²", fit.r_squared)?,
        fitted_stiffness,
        stiffness,
        contact_depth: finite("contact depth", contact_depth)?,
        contact_area: area,
        hardness,
        reduced_modulus,
        sample_modulus,
        hold_creep: hold_creep.map(|(rise, _)| rise).filter(|v| v.is_finite()),
        hold_creep_rate: hold_creep_rate.filter(|v| v.is_finite()),
        unloading_rate: unloading_rate.filter(|v| v.is_finite()),
        warnings,
    })
}

/// Feng & Ngan's fit of the hold, h = a₀ + a₁·σ^(1/3) + a₂·σ with
/// σ = (t − t₀)/T from 0 to 1 (by point when there is no time).
#[derive(Clone, Copy)]
struct HoldFit {
    /// h(σ = 1) − h(σ = 0) = a₁ + a₂ (m).
    rise: f64,
    /// h(σ = 1) = a₀ + a₁ + a₂ (m).
    end_depth: f64,
    /// ḣ at the end, (a₁/3 + a₂)/T (m/s); `None` without time.
    end_rate: Option<f64>,
}

/// Fits the hold (at least 5 points, and a positive duration when timed).
fn fit_hold(t: Option<&[f64]>, h: &[f64]) -> Option<HoldFit> {
    let n = h.len();
    if n < 5 {
        return None;
    }
    let duration = match t {
        Some(t) => Some(t.last()? - t.first()?).filter(|d| *d > 0.0),
        None => None,
    };
    let sigma = |j: usize| match (t, duration) {
        (Some(t), Some(d)) => t
            .get(j)
            .zip(t.first())
            .map_or(0.0, |(tj, t0)| (tj - t0) / d),
        _ => j as f64 / (n - 1) as f64,
    };
    let h0 = *h.first()?;
    // Normal equations for the basis (1, σ^(1/3), σ).
    let mut a = [[0.0f64; 3]; 3];
    let mut b = [0.0f64; 3];
    for (j, &hj) in h.iter().enumerate() {
        let s = sigma(j);
        // powf, not cbrt: the page already carries pow, and cbrt would add
        // about 2 KB (σ ≥ 0 here).
        let f = [1.0, s.powf(1.0 / 3.0), s];
        for r in 0..3 {
            for q in 0..3 {
                a[r][q] += f[r] * f[q];
            }
            b[r] += f[r] * (hj - h0);
        }
    }
    let x = solve3(a, b)?;
    let rise = x[1] + x[2];
    let end_rate = duration
        .filter(|_| t.is_some())
        .map(|d| (x[1] / 3.0 + x[2]) / d)
        .filter(|r| r.is_finite());
    let end_depth = h0 + x[0] + rise;
    (rise.is_finite() && end_depth.is_finite()).then_some(HoldFit {
        rise,
        end_depth,
        end_rate,
    })
}

/// Solves a 3×3 system by Cramer's rule; `None` when it is singular.
fn solve3(a: [[f64; 3]; 3], b: [f64; 3]) -> Option<[f64; 3]> {
    let det = |m: &[[f64; 3]; 3]| {
        m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
    };
    let d = det(&a);
    let scale = a[0][0].abs() * a[1][1].abs() * a[2][2].abs();
    if !(d.is_finite() && d.abs() > 1e-14 * scale && scale > 0.0) {
        return None;
    }
    let mut x = [0.0; 3];
    for (col, xc) in x.iter_mut().enumerate() {
        let mut m = a;
        for r in 0..3 {
            m[r][col] = b[r];
        }
        *xc = det(&m) / d;
    }
    x.iter().all(|v| v.is_finite()).then_some(x)
}

/// P = B·(h − h_f)^m fitted to the window, in SI units.
struct PowerFit {
    b: f64,
    hf: f64,
    m: f64,
    r_squared: f64,
}

/// The fit in scaled variables u = (h − h_min)/span ∈ [0, 1] and y = P/P_max:
/// y = b·(u − g)^m with g < 0; returns its sum of squares and, for the
/// Levenberg–Marquardt step, JᵀJ and Jᵀr (J = ∂model/∂(b, g, m)).
fn accumulate(u: &[f64], y: &[f64], (b, g, m): (f64, f64, f64)) -> ([[f64; 3]; 3], [f64; 3], f64) {
    let mut jtj = [[0.0f64; 3]; 3];
    let mut jtr = [0.0f64; 3];
    let mut sse = 0.0;
    for (&ui, &yi) in u.iter().zip(y) {
        let x = ui - g;
        let lx = x.ln();
        let xm = (m * lx).exp();
        let r = yi - b * xm;
        let j = [xm, -b * m * xm / x, b * xm * lx];
        for p in 0..3 {
            for q in p..3 {
                jtj[p][q] += j[p] * j[q];
            }
            jtr[p] += j[p] * r;
        }
        sse += r * r;
    }
    jtj[1][0] = jtj[0][1];
    jtj[2][0] = jtj[0][2];
    jtj[2][1] = jtj[1][2];
    (jtj, jtr, sse)
}

/// For a trial g, the log–log line ln y = ln b + m·ln(u − g) over the points
/// with y > 0, and the linear-space sum of squares of that (b, m). `ly`
/// holds ln y (where y > 0), computed once for every trial g; `lx` is room
/// for ln(u − g), computed once a trial for both sums (the logarithms and
/// exponentials are most of the fit's time in WebAssembly).
fn profile(u: &[f64], y: &[f64], ly: &[f64], g: f64, lx: &mut Vec<f64>) -> Option<(f64, f64, f64)> {
    lx.clear();
    lx.extend(u.iter().map(|&ui| (ui - g).ln()));
    let (mut n, mut sx, mut sy, mut sxx, mut sxy) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for ((&l, &yi), &lyi) in lx.iter().zip(y).zip(ly) {
        if yi > 0.0 {
            n += 1.0;
            sx += l;
            sy += lyi;
            sxx += l * l;
            sxy += l * lyi;
        }
    }
    let den = n * sxx - sx * sx;
    if n < 2.0 || !positive(den) {
        return None;
    }
    let m = (n * sxy - sx * sy) / den;
    let b = ((sy - m * sx) / n).exp();
    let sse: f64 = lx
        .iter()
        .zip(y)
        .map(|(&l, &yi)| (yi - b * (m * l).exp()).powi(2))
        .sum();
    (sse.is_finite() && m.is_finite() && b.is_finite()).then_some((b, m, sse))
}

fn fit_power_law_unloading(h: &[f64], p: &[f64], pmax: f64) -> Option<PowerFit> {
    let h_min = h.iter().copied().fold(f64::INFINITY, f64::min);
    let h_top = h.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let span = h_top - h_min;
    if !(span > 0.0 && pmax > 0.0) {
        return None;
    }
    let u: Vec<f64> = h.iter().map(|v| (v - h_min) / span).collect();
    let y: Vec<f64> = p.iter().map(|v| v / pmax).collect();
    let ybar = mean(&y);
    let syy: f64 = y.iter().map(|v| (v - ybar).powi(2)).sum();
    if !positive(syy) {
        return None;
    }
    // The start: a log-spaced scan of δ = −g from 10⁻⁴ to 10² spans on at
    // most 256 of the points, then a golden-section search around the best.
    let stride = u.len().div_ceil(256).max(1);
    let us: Vec<f64> = u.iter().step_by(stride).copied().collect();
    let ys: Vec<f64> = y.iter().step_by(stride).copied().collect();
    let lys: Vec<f64> = ys
        .iter()
        .map(|&v| if v > 0.0 { v.ln() } else { 0.0 })
        .collect();
    let mut lx = Vec::with_capacity(us.len());
    let mut cost = |ln_delta: f64| {
        profile(&us, &ys, &lys, -ln_delta.exp(), &mut lx).map_or(f64::INFINITY, |r| r.2)
    };
    let (lo_ln, hi_ln) = (1e-4f64.ln(), 1e2f64.ln());
    let steps = 48;
    let step = (hi_ln - lo_ln) / steps as f64;
    let best = (0..=steps)
        .map(|k| (k, cost(lo_ln + step * k as f64)))
        .fold((0, f64::INFINITY), |a, b| if b.1 < a.1 { b } else { a });
    if !best.1.is_finite() {
        return None;
    }
    let (mut a, mut c) = (
        lo_ln + step * (best.0 as f64 - 1.0),
        lo_ln + step * (best.0 as f64 + 1.0),
    );
    let phi = 0.5 * (5f64.sqrt() - 1.0);
    let (mut x1, mut x2) = (c - phi * (c - a), a + phi * (c - a));
    let (mut f1, mut f2) = (cost(x1), cost(x2));
    for _ in 0..30 {
        if f1 < f2 {
            c = x2;
            x2 = x1;
            f2 = f1;
            x1 = c - phi * (c - a);
            f1 = cost(x1);
        } else {
            a = x1;
            x1 = x2;
            f1 = f2;
            x2 = a + phi * (c - a);
            f2 = cost(x2);
        }
    }
    let g0 = -(0.5 * (a + c)).exp();
    let (b0, m0, _) = profile(&us, &ys, &lys, g0, &mut lx)?;

    // Levenberg–Marquardt on all the points.
    let mut params = (b0, g0, m0);
    let (mut jtj, mut jtr, mut sse) = accumulate(&u, &y, params);
    let mut lambda = 1e-3;
    // A step that changes no parameter by more than 1e-10 of itself is
    // below what the sum of squares can tell apart (its rounding): the fit
    // has converged (MINPACK's parameter tolerance).
    let negligible = |step: &[f64; 3], p: (f64, f64, f64)| {
        let tiny = |d: f64, v: f64| d.abs() <= 1e-10 * v.abs().max(1e-12);
        tiny(step[0], p.0) && tiny(step[1], p.1) && tiny(step[2], p.2)
    };
    'steps: for _ in 0..100 {
        let mut accepted = false;
        for _ in 0..12 {
            let mut a = jtj;
            for (d, row) in a.iter_mut().enumerate() {
                row[d] += lambda * jtj[d][d].max(1e-300);
            }
            let Some(step) = solve3(a, jtr) else {
                lambda *= 10.0;
                continue;
            };
            if negligible(&step, params) {
                break 'steps;
            }
            let trial = (params.0 + step[0], params.1 + step[1], params.2 + step[2]);
            if !(trial.0 > 0.0 && trial.1 < 0.0 && trial.2 > 0.1 && trial.2 < 20.0) {
                lambda *= 10.0;
                continue;
            }
            let (tj, tr, ts) = accumulate(&u, &y, trial);
            if ts.is_finite() && ts <= sse {
                let done = sse - ts <= 1e-12 * sse.max(1e-300);
                params = trial;
                jtj = tj;
                jtr = tr;
                sse = ts;
                lambda = (lambda * 0.1).max(1e-12);
                accepted = !done;
                break;
            }
            lambda *= 10.0;
        }
        if !accepted {
            break;
        }
    }
    let (b, g, m) = params;
    // Back to SI: P = P_max·b·((h − h_f)/span)^m, h_f = h_min + g·span.
    let hf = h_min + g * span;
    let b_si = pmax * b * (-m * span.ln()).exp();
    let fit = PowerFit {
        b: b_si,
        hf,
        m,
        r_squared: 1.0 - sse / syy,
    };
    (fit.b.is_finite() && fit.b > 0.0 && fit.hf.is_finite() && fit.m.is_finite()).then_some(fit)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny deterministic noise source: uniform in [−1, 1].
    struct XorShift(u64);
    impl XorShift {
        fn next(&mut self) -> f64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 >> 11) as f64 / (1u64 << 52) as f64 - 1.0
        }
    }

    /// One synthetic cycle, built from its known results.
    #[derive(Clone)]
    struct Cycle {
        pmax: f64,
        hardness: f64,
        reduced_modulus: f64,
        m: f64,
        /// Depth gained in the hold (m), along h = a·s^(1/3) + k·s: half each.
        creep: f64,
        /// Creep continuing into the unloading at the hold's final rate.
        creep_in_unloading: bool,
        /// The load after unloading, as a fraction of P_max.
        unload_to: f64,
    }

    /// The truths of a cycle: (A, hc, S, hmax, hf, B).
    fn truths(c: &Cycle, tip: &IndenterTip, eps: f64, beta: f64) -> (f64, f64, f64, f64, f64, f64) {
        let a = c.pmax / c.hardness;
        let hc = match tip {
            IndenterTip::Berkovich => (a / 24.494).sqrt(),
            IndenterTip::Spherical { radius: r } => r - (r * r - a / std::f64::consts::PI).sqrt(),
            other => {
                // Bisection on the monotonic area.
                let (mut lo, mut hi) = (1e-12, 1e-4);
                for _ in 0..200 {
                    let mid = 0.5 * (lo + hi);
                    if contact_area(other, mid).unwrap() < a {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                0.5 * (lo + hi)
            }
        };
        let s = 2.0 * beta * c.reduced_modulus * a.sqrt() / std::f64::consts::PI.sqrt();
        let hmax = hc + eps * c.pmax / s;
        let hf = hmax - c.m * c.pmax / s;
        let b = c.pmax / (hmax - hf).powf(c.m);
        (a, hc, s, hmax, hf, b)
    }

    /// A record of the cycles: loading P ∝ (h − h_start)² over 400 points,
    /// a hold of 200 points (20 s), unloading over 400 points (10 s), with
    /// uniform noise of ±`noise_h` (m) and ±`noise_p` (fraction of P_max).
    fn record(
        cycles: &[Cycle],
        tip: &IndenterTip,
        h_start: f64,
        noise_h: f64,
        noise_p: f64,
        compliance: f64,
    ) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
        let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
        let (mut h, mut p, mut t) = (Vec::new(), Vec::new(), Vec::new());
        let mut h0 = h_start;
        let mut p0 = 0.0;
        let mut now = 0.0;
        for c in cycles {
            let (_, _, _, hmax, hf, b) = truths(c, tip, 0.75, 1.034);
            let hold_t: f64 = 20.0;
            let h_hold = hmax - c.creep;
            // Half the creep as a·s^(1/3), half as k·s: ḣ(end) = a/(3T^(2/3)) + k.
            let a = 0.5 * c.creep / hold_t.cbrt();
            let k = 0.5 * c.creep / hold_t;
            let rate_end = a / (3.0 * hold_t.powf(2.0 / 3.0)) + k;
            for i in 0..400 {
                let f = i as f64 / 400.0;
                let hh = h0 + (h_hold - h0) * f;
                let pp = p0 + (c.pmax - p0) * f * f;
                h.push(hh);
                p.push(pp);
                t.push(now + 10.0 * f);
            }
            now += 10.0;
            for i in 0..=200 {
                let s = hold_t * i as f64 / 200.0;
                h.push(h_hold + a * s.cbrt() + k * s);
                p.push(c.pmax);
                t.push(now + s);
            }
            now += hold_t;
            let p_end = c.unload_to * c.pmax;
            for i in 1..=400 {
                let f = i as f64 / 400.0;
                let pp = c.pmax + (p_end - c.pmax) * f;
                let mut hh = hf + (pp / b).powf(1.0 / c.m);
                if c.creep_in_unloading {
                    hh += rate_end * 10.0 * f;
                }
                h.push(hh);
                p.push(pp);
                t.push(now + 10.0 * f);
            }
            now += 10.0;
            h0 = *h.last().unwrap();
            p0 = p_end;
        }
        for (hh, pp) in h.iter_mut().zip(p.iter_mut()) {
            let pmax = cycles[0].pmax;
            *hh += compliance * *pp + noise_h * rng.next();
            *pp += noise_p * pmax * rng.next();
        }
        (h, p, t)
    }

    fn hard_cycle() -> Cycle {
        // H = 8 GPa, E = 100 GPa, ν = 0.3 on diamond (1141 GPa, 0.07):
        // 1/Er = 0.91/100e9 + 0.9951/1141e9 → Er = 100.28 GPa (computed below).
        Cycle {
            pmax: 10e-3,
            hardness: 8e9,
            reduced_modulus: 1.0 / (0.91 / 100e9 + (1.0 - 0.07f64.powi(2)) / 1141e9),
            m: 1.5,
            creep: 0.0,
            creep_in_unloading: false,
            unload_to: 0.0,
        }
    }

    fn close(got: f64, want: f64, tol: f64) -> bool {
        (got / want - 1.0).abs() < tol
    }

    #[test]
    fn contact_areas_by_hand() {
        let hc = 100e-9;
        // Cube corner: 2.598 · 1e4 nm² = 25 980 nm².
        let a = contact_area(&IndenterTip::CubeCorner, hc).unwrap();
        assert!(close(a, 25_980e-18, 1e-12));
        // Sphere, R = 1 µm: π(2·1000·100 − 100²) nm² = π·190 000 nm² = 596 902.6 nm².
        let a = contact_area(&IndenterTip::Spherical { radius: 1e-6 }, hc).unwrap();
        assert!(close(a, 596_902.6e-18, 1e-7));
        // Cone 70.3°: tan 70.3° = 2.792892, π·2.792892²·1e4 nm² = 245 052 nm².
        let a = contact_area(
            &IndenterTip::Conical {
                half_angle_deg: 70.3,
            },
            hc,
        )
        .unwrap();
        assert!(close(a, 245_052e-18, 1e-5));
        // Area function 24.5·h² + 1000·h + 400·h^½ at 100 nm:
        // 245 000 + 100 000 + 4000 = 349 000 nm².
        let f = IndenterTip::AreaFunction(vec![24.5, 1000.0, 400.0]);
        assert!(close(contact_area(&f, hc).unwrap(), 349_000e-18, 1e-12));
        // C3 multiplies h^¼: 100^¼ = 3.16228 → 10·3.16228 = 31.6228 nm².
        let f = IndenterTip::AreaFunction(vec![0.0, 0.0, 0.0, 10.0]);
        assert!(close(contact_area(&f, hc).unwrap(), 31.6228e-18, 1e-5));
        assert!(contact_area(&IndenterTip::Spherical { radius: 50e-9 }, hc).is_err());
        assert!(contact_area(&IndenterTip::AreaFunction(vec![-1.0]), hc).is_err());
        assert!(contact_area(&IndenterTip::AreaFunction(vec![]), hc).is_err());
        assert!(contact_area(&IndenterTip::Berkovich, 0.0).is_err());
        assert!(contact_area(
            &IndenterTip::Conical {
                half_angle_deg: 90.0
            },
            hc
        )
        .is_err());
    }

    #[test]
    fn exact_unloading_by_hand() {
        // Unloading P = B(h − hf)^2 from hmax = 200 nm to hf = 100 nm at
        // Pmax = 1 mN: B = 1e-3/(1e-7)² = 1e11 N/m², S = 2·1e-3/1e-7 = 2e4 N/m.
        // hc = 200 − 0.75·1e-3/2e4 m = 200 − 37.5 = 162.5 nm;
        // A = 24.494·26 406.25 nm² = 646 794.7 nm²; H = 1e-3/6.467947e-13 = 1.546086 GPa;
        // Er = (√π/2.068)·2e4/√6.467947e-13 = 0.857086·2e4/8.042355e-7 = 21.31430 GPa;
        // E = 0.91/(1/21.31430e9 − 0.9951/1141e9) = 0.91/(4.691685e-11 − 8.72130e-13)
        //   = 0.91/4.604472e-11 = 19.76340 GPa.
        let mut h = Vec::new();
        let mut p = Vec::new();
        for i in 0..=50 {
            let f = i as f64 / 50.0;
            h.push(10e-9 + 190e-9 * f);
            p.push(1e-3 * f * f);
        }
        for i in 1..=100 {
            let pp = 1e-3 * (1.0 - i as f64 / 100.0);
            h.push(100e-9 + (pp / 1e11).sqrt());
            p.push(pp);
        }
        let r = analyse_indent(&h, &p, None, &OliverPharrSettings::default()).unwrap();
        assert_eq!(r.len(), 1);
        let c = &r[0];
        assert!(close(c.exponent, 2.0, 1e-6), "{}", c.exponent);
        assert!(close(c.coefficient, 1e11, 1e-5));
        assert!(close(c.final_depth, 100e-9, 1e-6));
        assert!(close(c.stiffness, 2e4, 1e-6));
        assert!(close(c.contact_depth, 162.5e-9, 1e-6));
        assert!(close(c.hardness, 1.546086e9, 1e-6));
        assert!(close(c.reduced_modulus, 21.31430e9, 1e-6));
        assert!(close(c.sample_modulus, 19.76340e9, 1e-6));
        // Loads 0.40 to 0.95 mN: 56 unloading points (1 % steps).
        assert_eq!(c.window_points, 56);
        assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    }

    #[test]
    fn berkovich_indent_recovered() {
        let tip = IndenterTip::Berkovich;
        let c = hard_cycle();
        // Noise ±0.3 nm in depth and ±0.05 % of Pmax in load; a 87.7 nm preload.
        let (h, p, t) = record(std::slice::from_ref(&c), &tip, 87.7e-9, 0.3e-9, 5e-4, 0.0);
        let (a, hc, s, hmax, hf, _) = truths(&c, &tip, 0.75, 1.034);
        for time in [None, Some(t.as_slice())] {
            let r = analyse_indent(&h, &p, time, &OliverPharrSettings::default()).unwrap();
            assert_eq!(r.len(), 1);
            let got = &r[0];
            assert!(close(got.hardness, c.hardness, 0.01), "H {}", got.hardness);
            assert!(
                close(got.reduced_modulus, c.reduced_modulus, 0.01),
                "Er {}",
                got.reduced_modulus
            );
            assert!(
                close(got.sample_modulus, 100e9, 0.015),
                "E {}",
                got.sample_modulus
            );
            assert!(
                close(got.contact_depth, hc, 0.01),
                "hc {}",
                got.contact_depth
            );
            assert!(close(got.contact_area, a, 0.02));
            assert!(close(got.stiffness, s, 0.01));
            assert!(close(got.max_depth, hmax, 0.005));
            // h_f and m trade off against each other under noise: 2 %.
            assert!(close(got.final_depth, hf, 0.02), "hf {}", got.final_depth);
            assert!((got.exponent - 1.5).abs() < 0.05, "m {}", got.exponent);
            assert!(got.r_squared > 0.999);
            assert!(got.warnings.is_empty(), "{:?}", got.warnings);
            assert_eq!(got.hold_creep_rate.is_some(), time.is_some());
        }
    }

    #[test]
    fn h_max_and_the_stiffness_are_taken_at_the_end_of_the_hold() {
        // The band of loads within the hold tolerance of P_max reaches into
        // the unloading (0.2 % of P_max noise-free, 2 % with ±0.5 % load
        // noise); h_max taken at the band's end sat on the unloading curve
        // while P_max stayed the peak, and H came out 0.2 % (noise-free) to
        // 3 % (noisy) high.
        let tip = IndenterTip::Berkovich;
        let c = hard_cycle();
        let (_, hc, s, hmax, ..) = truths(&c, &tip, 0.75, 1.034);
        let (h, p, _) = record(std::slice::from_ref(&c), &tip, 0.0, 0.0, 0.0, 0.0);
        let r = &analyse_indent(&h, &p, None, &OliverPharrSettings::default()).unwrap()[0];
        assert!(close(r.max_depth, hmax, 1e-9), "hmax {}", r.max_depth);
        assert!(close(r.stiffness, s, 1e-6), "S {}", r.stiffness);
        assert!(close(r.contact_depth, hc, 1e-6), "hc {}", r.contact_depth);
        assert!(close(r.hardness, c.hardness, 1e-5), "H {}", r.hardness);
        assert!(close(r.reduced_modulus, c.reduced_modulus, 1e-5));
        let (h, p, _) = record(std::slice::from_ref(&c), &tip, 0.0, 0.0, 0.005, 0.0);
        let r = &analyse_indent(&h, &p, None, &OliverPharrSettings::default()).unwrap()[0];
        assert!(close(r.max_depth, hmax, 1e-9), "hmax {}", r.max_depth);
        assert!(close(r.hardness, c.hardness, 0.01), "H {}", r.hardness);
        assert!(
            close(r.reduced_modulus, c.reduced_modulus, 0.01),
            "Er {}",
            r.reduced_modulus
        );
    }

    #[test]
    fn two_cycles_give_two_rows() {
        let tip = IndenterTip::Berkovich;
        let mut first = hard_cycle();
        first.pmax = 4e-3;
        first.unload_to = 0.1;
        let second = hard_cycle();
        let (h, p, t) = record(
            &[first.clone(), second.clone()],
            &tip,
            20e-9,
            0.2e-9,
            3e-4,
            0.0,
        );
        let r = analyse_indent(&h, &p, Some(&t), &OliverPharrSettings::default()).unwrap();
        assert_eq!(r.len(), 2);
        for (got, want) in r.iter().zip([&first, &second]) {
            let (_, hc, ..) = truths(want, &tip, 0.75, 1.034);
            assert!(close(got.max_load, want.pmax, 0.002));
            assert!(
                close(got.hardness, want.hardness, 0.01),
                "H {}",
                got.hardness
            );
            assert!(close(got.reduced_modulus, want.reduced_modulus, 0.01));
            assert!(close(got.contact_depth, hc, 0.01));
        }
        assert!(r[0].rows.end <= r[1].rows.start + 1);
    }

    #[test]
    fn too_few_window_points_is_an_error() {
        let (h, p, _) = record(&[hard_cycle()], &IndenterTip::Berkovich, 0.0, 0.0, 0.0, 0.0);
        // 400 unloading points in 0.25 % load steps: 0.90–0.91 Pmax holds 4 or 5.
        let settings = OliverPharrSettings {
            window: (0.900, 0.909),
            ..Default::default()
        };
        let err = analyse_indent(&h, &p, None, &settings)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("holds 3 points") || err.contains("holds 4 points"),
            "{err}"
        );
        assert!(err.contains("widen"), "{err}");
    }

    #[test]
    fn spherical_and_area_function_tips() {
        let sphere = IndenterTip::Spherical { radius: 5e-6 };
        let mut c = hard_cycle();
        c.pmax = 2e-3;
        c.hardness = 3e9;
        c.m = 1.4;
        let (h, p, _) = record(std::slice::from_ref(&c), &sphere, 5e-9, 0.1e-9, 3e-4, 0.0);
        let settings = OliverPharrSettings {
            tip: sphere.clone(),
            ..Default::default()
        };
        let got = &analyse_indent(&h, &p, None, &settings).unwrap()[0];
        let (_, hc, ..) = truths(&c, &sphere, 0.75, 1.034);
        assert!(close(got.hardness, c.hardness, 0.01), "H {}", got.hardness);
        assert!(close(got.reduced_modulus, c.reduced_modulus, 0.01));
        assert!(close(got.contact_depth, hc, 0.01));

        let blunt = IndenterTip::AreaFunction(vec![24.5, 1500.0, 2.0e4]);
        let c = hard_cycle();
        let (h, p, _) = record(std::slice::from_ref(&c), &blunt, 30e-9, 0.2e-9, 3e-4, 0.0);
        let settings = OliverPharrSettings {
            tip: blunt.clone(),
            ..Default::default()
        };
        let got = &analyse_indent(&h, &p, None, &settings).unwrap()[0];
        let (_, hc, ..) = truths(&c, &blunt, 0.75, 1.034);
        assert!(close(got.hardness, c.hardness, 0.01), "H {}", got.hardness);
        assert!(close(got.reduced_modulus, c.reduced_modulus, 0.01));
        assert!(close(got.contact_depth, hc, 0.01));
    }

    #[test]
    fn creep_warned_only_when_the_hold_creeps() {
        let tip = IndenterTip::Berkovich;
        let still = hard_cycle();
        let mut creeping = hard_cycle();
        creeping.creep = 6e-9;
        let creep_warning = |w: &[String]| w.iter().any(|s| s.contains("during the hold"));
        for time in [false, true] {
            let (h, p, t) = record(std::slice::from_ref(&still), &tip, 0.0, 0.3e-9, 5e-4, 0.0);
            let r = analyse_indent(
                &h,
                &p,
                time.then_some(t.as_slice()),
                &OliverPharrSettings::default(),
            )
            .unwrap();
            assert!(!creep_warning(&r[0].warnings), "{:?}", r[0].warnings);
            let (h, p, t) = record(
                std::slice::from_ref(&creeping),
                &tip,
                0.0,
                0.3e-9,
                5e-4,
                0.0,
            );
            let r = analyse_indent(
                &h,
                &p,
                time.then_some(t.as_slice()),
                &OliverPharrSettings::default(),
            )
            .unwrap();
            assert!(creep_warning(&r[0].warnings), "{:?}", r[0].warnings);
            let rise = r[0].hold_creep.unwrap();
            assert!((rise - 6e-9).abs() < 0.5e-9, "{rise}");
        }
    }

    #[test]
    fn feng_ngan_corrects_creep_into_unloading() {
        let tip = IndenterTip::Berkovich;
        let mut c = hard_cycle();
        c.creep = 15e-9;
        c.creep_in_unloading = true;
        let (h, p, t) = record(std::slice::from_ref(&c), &tip, 0.0, 0.1e-9, 2e-4, 0.0);
        let (_, _, s, ..) = truths(&c, &tip, 0.75, 1.034);
        let plain = &analyse_indent(&h, &p, Some(&t), &OliverPharrSettings::default()).unwrap()[0];
        let settings = OliverPharrSettings {
            creep_correction: true,
            ..Default::default()
        };
        let fixed = &analyse_indent(&h, &p, Some(&t), &settings).unwrap()[0];
        // The hold's end rate: a/(3T^⅔) + k with a = 7.5 nm/20^⅓, k = 7.5 nm/20 s
        // → 7.5/(3·20) + 7.5/20 = 0.125 + 0.375 = 0.5 nm/s.
        assert!(
            close(fixed.hold_creep_rate.unwrap(), 0.5e-9, 0.02),
            "{:?}",
            fixed.hold_creep_rate
        );
        // Unloading 10 mN in 10 s: 1 mN/s.
        assert!(close(fixed.unloading_rate.unwrap(), 1e-3, 0.01));
        // Uncorrected: 1/S_u ≈ 1/S − 0.5 nm/mN, several % too stiff.
        assert!(plain.stiffness > s * 1.03, "{} vs {s}", plain.stiffness);
        assert!(
            close(fixed.stiffness, s, 0.01),
            "{} vs {s}",
            fixed.stiffness
        );
        assert!(close(fixed.reduced_modulus, c.reduced_modulus, 0.015));
        let no_time = analyse_indent(&h, &p, None, &settings)
            .unwrap_err()
            .to_string();
        assert!(no_time.contains("time"), "{no_time}");
    }

    #[test]
    fn frame_compliance_removed() {
        let tip = IndenterTip::Berkovich;
        let c = hard_cycle();
        // Cf = 0.5 nm/mN, against 1/S ≈ 7.6 nm/mN.
        let cf = 0.5e-6;
        let (h, p, _) = record(std::slice::from_ref(&c), &tip, 50e-9, 0.2e-9, 3e-4, cf);
        let (_, hc, s, ..) = truths(&c, &tip, 0.75, 1.034);
        let settings = OliverPharrSettings {
            frame_compliance: cf,
            ..Default::default()
        };
        let got = &analyse_indent(&h, &p, None, &settings).unwrap()[0];
        assert!(close(got.stiffness, s, 0.01), "{} vs {s}", got.stiffness);
        assert!(close(got.contact_depth, hc, 0.01));
        assert!(close(got.hardness, c.hardness, 0.01));
        assert!(close(got.reduced_modulus, c.reduced_modulus, 0.01));
        // Without the correction the modulus comes out low.
        let raw = &analyse_indent(&h, &p, None, &OliverPharrSettings::default()).unwrap()[0];
        assert!(raw.reduced_modulus < 0.95 * c.reduced_modulus);
        // A compliance above 1/S is an error.
        let too_much = OliverPharrSettings {
            frame_compliance: 20e-6,
            ..Default::default()
        };
        assert!(analyse_indent(&h, &p, None, &too_much).is_err());
    }

    #[test]
    fn pile_up_and_bad_inputs() {
        let tip = IndenterTip::Berkovich;
        let mut soft = hard_cycle();
        soft.hardness = 1e9; // hf/hmax ≈ 0.9
        let (h, p, _) = record(&[soft], &tip, 0.0, 0.0, 0.0, 0.0);
        let r = analyse_indent(&h, &p, None, &OliverPharrSettings::default()).unwrap();
        assert!(
            r[0].warnings.iter().any(|w| w.contains("pile-up")),
            "{:?}",
            r[0].warnings
        );
        let s = OliverPharrSettings::default();
        assert!(analyse_indent(&h, &p[1..], None, &s).is_err());
        assert!(analyse_indent(&h, &p, Some(&h[1..]), &s).is_err());
        let mut nan = h.clone();
        nan[3] = f64::NAN;
        assert!(analyse_indent(&nan, &p, None, &s).is_err());
        // Loading only: no cycle.
        assert!(analyse_indent(&h[..500], &p[..500], None, &s).is_err());
        let bad_beta = OliverPharrSettings {
            beta: 1.2,
            ..Default::default()
        };
        assert!(analyse_indent(&h, &p, None, &bad_beta).is_err());
    }

    #[test]
    fn a_nose_at_the_start_of_unloading_is_warned() {
        let tip = IndenterTip::Berkovich;
        let mut c = hard_cycle();
        c.creep = 5e-9;
        let (mut h, p, t) = record(&[c], &tip, 0.0, 0.1e-9, 2e-4, 0.0);
        // Creep of 6 nm at 30 nm/s decaying over 0.2 s after unloading starts
        // (row 601, t = 30 s): faster than the elastic recovery,
        // 1/S·|Ṗ| ≈ 7.6 nm/mN · 1 mN/s = 7.6 nm/s, for the first 0.3 s.
        for (hh, &tt) in h.iter_mut().zip(&t).skip(601) {
            *hh += 6e-9 * (1.0 - (-(tt - 30.0) / 0.2).exp());
        }
        let r = analyse_indent(&h, &p, Some(&t), &OliverPharrSettings::default()).unwrap();
        assert!(
            r[0].warnings
                .iter()
                .any(|w| w.contains("still rises after unloading")),
            "{:?}",
            r[0].warnings
        );
    }

    #[test]
    #[ignore]
    fn speed_20000_points() {
        let tip = IndenterTip::Berkovich;
        let mut c = hard_cycle();
        c.creep = 5e-9;
        // One cycle of 1001 points, resampled to 20 000.
        let (h, p, t) = record(&[c], &tip, 0.0, 0.3e-9, 5e-4, 0.0);
        let n = 20_000;
        let pick = |v: &[f64], i: usize| {
            let x = i as f64 * (v.len() - 1) as f64 / (n - 1) as f64;
            let j = (x as usize).min(v.len() - 2);
            v[j] + (v[j + 1] - v[j]) * (x - j as f64)
        };
        let h: Vec<f64> = (0..n).map(|i| pick(&h, i)).collect();
        let p: Vec<f64> = (0..n).map(|i| pick(&p, i)).collect();
        let t: Vec<f64> = (0..n).map(|i| pick(&t, i)).collect();
        let settings = OliverPharrSettings {
            creep_correction: true,
            ..Default::default()
        };
        let start = std::time::Instant::now();
        let runs = 50;
        for _ in 0..runs {
            let r = analyse_indent(&h, &p, Some(&t), &settings).unwrap();
            assert_eq!(r.len(), 1);
        }
        let per = start.elapsed().as_secs_f64() / runs as f64;
        println!("20 000 points: {:.3} ms per analysis", per * 1e3);
        assert!(per < 10e-3);
    }
}
