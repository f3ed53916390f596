//! Analysis of the loading part of a stress–strain curve (the pipeline,
//! `measurement::pipeline`, gives it the curve).
//!
//! Source: docs/science.md §1. Young's modulus is the least-squares slope of σ(ε)
//! over the linear part of the curve, reported with its window and R²; the
//! 0.2 % offset yield is where the curve crosses the fitted line shifted by
//! 0.2 % strain; the ultimate stress is the maximum. The paper found
//! 1.3–3.5 GPa for Na dendrites (Figure 6f).
//!
//! Units: strain dimensionless (0.01 = 1 %), stress in Pa, work in J/m³.

use crate::error::{finite, Error, Result};
use crate::fitting::least_squares::fit_line;
use crate::input_limits::{OFFSET_STRAIN, STRAIN};
use crate::numbers::number_format::format_sig;
use serde::Serialize;

/// A straight line fitted by least squares to part of a series.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LinearFit {
    /// Slope dσ/dε in Pa: Young's modulus.
    pub slope: f64,
    /// Intercept (stress at zero strain) in Pa.
    pub intercept: f64,
    /// Coefficient of determination R².
    pub r_squared: f64,
    /// Number of points fitted.
    pub points: usize,
    /// Smallest strain in the window.
    pub strain_min: f64,
    /// Largest strain in the window.
    pub strain_max: f64,
}

/// Everything the analysis of a series gives.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// The modulus fit, with its window and R².
    pub fit: LinearFit,
    /// Whether the window was chosen automatically.
    pub automatic_window: bool,
    /// Offset-yield point (strain, stress in Pa), if the curve crosses the offset line.
    pub offset_yield: Option<(f64, f64)>,
    /// The offset strain used (0.002 for 0.2 %).
    pub offset: f64,
    /// Maximum stress in Pa.
    pub max_stress: f64,
    /// Strain at the maximum stress.
    pub strain_at_max: f64,
    /// Work of deformation ∫σ dε in J/m³ (trapezoid rule).
    pub work: f64,
    /// Number of points in the series.
    pub points: usize,
}

fn same_length(a: &[f64], b: &[f64]) -> Result<()> {
    if a.len() != b.len() {
        return Err(Error::Inconsistent {
            message: "the two columns have different lengths".into(),
        });
    }
    if a.len() < 3 {
        return Err(Error::Inconsistent {
            message: format!("a series needs at least 3 points; got {}", a.len()),
        });
    }
    if a.iter().chain(b).any(|v| !v.is_finite()) {
        return Err(Error::Inconsistent {
            message: "the series holds a value that is not a finite number".into(),
        });
    }
    Ok(())
}

/// Largest stress magnitude accepted in a series: 1 TPa.
pub const MAX_SERIES_STRESS: f64 = 1e12;

/// Checks a stress–strain series: equal lengths, at least 3 points, every
/// strain within ±10 (±1000 %) and every stress within ±1 TPa, naming the
/// first point that is not (its number in the series analysed, which the
/// pipeline computes from the file's columns, so the message points at the
/// quantities and units that made it, not at a file's line).
fn check_stress_strain(strain: &[f64], stress: &[f64]) -> Result<()> {
    same_length(strain, stress)?;
    for (i, (&e, &s)) in strain.iter().zip(stress).enumerate() {
        if !STRAIN.contains(e) {
            return Err(Error::Inconsistent {
                message: format!(
                    "point {} has a strain of {} %, beyond ±1000 %: check the strain or displacement column's unit and the initial length",
                    i + 1,
                    format_sig(e * 100.0, 4)
                ),
            });
        }
        if s.abs() > MAX_SERIES_STRESS {
            return Err(Error::Inconsistent {
                message: format!(
                    "point {} has a stress of {} MPa, beyond ±1 TPa: check the stress or force column's unit and the diameter",
                    i + 1,
                    format_sig(s / 1e6, 4)
                ),
            });
        }
    }
    Ok(())
}

/// Least-squares line through the points `idx` of the series
/// (`fitting::least_squares`), with its window and R² = Sxy²/(Sxx·Syy).
fn fit_points(
    strain: &[f64],
    stress: &[f64],
    idx: impl Iterator<Item = usize> + Clone,
) -> Result<LinearFit> {
    let n = idx.clone().count();
    if n < 3 {
        return Err(Error::Inconsistent {
            message: format!("the fit window holds {n} points; it needs at least 3"),
        });
    }
    let x: Vec<f64> = idx.clone().map(|i| strain[i]).collect();
    let y: Vec<f64> = idx.map(|i| stress[i]).collect();
    let line = fit_line(&x, &y).ok_or_else(|| Error::Inconsistent {
        message: "all strains in the fit window are equal; widen the window".into(),
    })?;
    let slope = finite("Young's modulus", line.slope)?;
    let intercept = finite("intercept", line.intercept)?;
    let r_squared = finite(
        "R²",
        if line.syy > 0.0 {
            (slope * slope * line.sxx / line.syy).clamp(0.0, 1.0)
        } else {
            1.0
        },
    )?;
    let (lo, hi) = x
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &e| {
            (lo.min(e), hi.max(e))
        });
    Ok(LinearFit {
        slope,
        intercept,
        r_squared,
        points: n,
        strain_min: lo,
        strain_max: hi,
    })
}

/// Least-squares fit of σ(ε) over the points with `lo ≤ ε ≤ hi`.
///
/// ```
/// use ecm_core::measurement::loading_analysis::fit_window;
/// let e: Vec<f64> = (0..10).map(|i| i as f64 * 1e-3).collect();
/// let s: Vec<f64> = e.iter().map(|x| 2e9 * x).collect();
/// let f = fit_window(&e, &s, (0.0, 0.005)).unwrap();
/// assert!((f.slope - 2e9).abs() < 1e-3 && f.points == 6 && f.r_squared == 1.0);
/// ```
pub fn fit_window(strain: &[f64], stress: &[f64], (lo, hi): (f64, f64)) -> Result<LinearFit> {
    check_stress_strain(strain, stress)?;
    let lo = STRAIN.check(lo)?;
    let hi = STRAIN.check(hi)?;
    if lo >= hi {
        return Err(Error::Inconsistent {
            message: "the fit window's start must be below its end".into(),
        });
    }
    fit_points(
        strain,
        stress,
        (0..strain.len()).filter(|&i| strain[i] >= lo && strain[i] <= hi),
    )
}

/// Smallest R² a window may have to count as linear.
pub const LINEAR_R_SQUARED: f64 = 0.99;
/// Windows whose slope is within this fraction of the steepest, or within two
/// standard errors of it, compete on length. On noisy data a short window can
/// be a few per cent steeper than the whole elastic part only by chance; its
/// standard error says so, and the longer window wins.
pub const SLOPE_TOLERANCE: f64 = 0.01;

/// Chooses the linear (elastic) window automatically: among contiguous windows
/// before the maximum stress, holding at least 5 % of those points (and 3),
/// with R² ≥ 0.99, the steepest; among windows within 1 % or two standard
/// errors of that slope ([`SLOPE_TOLERANCE`]), the one with the most points. Falls back to the best R² if none is that linear.
/// Cost: one pass plus at most 64 × 64 candidate windows, whatever the length.
pub fn auto_linear_window(strain: &[f64], stress: &[f64]) -> Result<LinearFit> {
    check_stress_strain(strain, stress)?;
    auto_window_of_checked(strain, stress)
}

/// [`auto_linear_window`] on values already checked.
fn auto_window_of_checked(strain: &[f64], stress: &[f64]) -> Result<LinearFit> {
    let imax = argmax(stress);
    let m = if imax + 1 >= 3 {
        imax + 1
    } else {
        strain.len()
    };
    let min_len = (m / 20).max(3).min(m);
    let step = m.div_ceil(64).max(1);
    // Windows start at multiples of `step` and end `min_len` after one, or
    // at `m`: prefix sums of centred values are kept at those indices only
    // (a few hundred, whatever the length), for O(1) fits of any window.
    let cx = strain[..m].iter().sum::<f64>() / m as f64;
    let cy = stress[..m].iter().sum::<f64>() / m as f64;
    let mut needed: Vec<usize> = (0..=m / step)
        .flat_map(|j| [j * step, j * step + min_len])
        .chain([m])
        .filter(|&i| i <= m)
        .collect();
    needed.sort_unstable();
    needed.dedup();
    let mut kept: Vec<[f64; 5]> = Vec::with_capacity(needed.len());
    let mut sums = [0.0f64; 5];
    let mut next = needed.iter().peekable();
    for i in 0..=m {
        while next.peek() == Some(&&i) {
            kept.push(sums);
            next.next();
        }
        if i < m {
            let (x, y) = (strain[i] - cx, stress[i] - cy);
            sums[0] += x;
            sums[1] += y;
            sums[2] += x * x;
            sums[3] += x * y;
            sums[4] += y * y;
        }
    }
    let prefix = |i: usize| -> [f64; 5] {
        needed
            .binary_search(&i)
            .ok()
            .and_then(|k| kept.get(k).copied())
            .unwrap_or([0.0; 5])
    };
    let window = |a: usize, b: usize| -> Option<(f64, f64, f64)> {
        let n = (b - a) as f64;
        let (pa, pb) = (prefix(a), prefix(b));
        let s: [f64; 5] = std::array::from_fn(|k| pb[k] - pa[k]);
        let sxx = s[2] - s[0] * s[0] / n;
        let sxy = s[3] - s[0] * s[1] / n;
        let syy = s[4] - s[1] * s[1] / n;
        if sxx <= 0.0 {
            return None;
        }
        let r2 = if syy > 0.0 {
            (sxy * sxy / (sxx * syy)).clamp(0.0, 1.0)
        } else {
            1.0
        };
        // Standard error of the slope: residual variance over Sxx.
        let slope = sxy / sxx;
        let se = if n > 2.0 {
            ((syy - slope * sxy).max(0.0) / (n - 2.0) / sxx).sqrt()
        } else {
            f64::INFINITY
        };
        Some((slope, r2, se))
    };
    let mut candidates = Vec::new();
    for a in (0..=m - min_len).step_by(step) {
        let mut b = a + min_len;
        while b <= m {
            if let Some((slope, r2, se)) = window(a, b) {
                candidates.push((a, b, slope, r2, se));
            }
            if b == m {
                break;
            }
            b = (b + step).min(m);
        }
    }
    let linear: Vec<_> = candidates
        .iter()
        .filter(|c| c.3 >= LINEAR_R_SQUARED && c.2 > 0.0)
        .collect();
    let chosen = if linear.is_empty() {
        candidates.iter().max_by(|p, q| p.3.total_cmp(&q.3))
    } else {
        let top = linear
            .iter()
            .max_by(|p, q| p.2.total_cmp(&q.2))
            .map(|c| (c.2, c.4))
            .unwrap_or((0.0, 0.0));
        linear
            .into_iter()
            .filter(|c| {
                let noise = 2.0 * (c.4 * c.4 + top.1 * top.1).sqrt();
                c.2 >= top.0 - (SLOPE_TOLERANCE * top.0).max(noise)
            })
            .max_by_key(|c| c.1 - c.0)
    };
    let (a, b, _, _, _) = *chosen.ok_or_else(|| Error::Inconsistent {
        message: "no window with distinct strains; check the strain column".into(),
    })?;
    let end = refined_end(strain, stress, a, b, step, m);
    fit_points(strain, stress, a..end)
}

/// Where the straight part that the window `a..b` found really ends. The
/// window's ends lie on a grid, and a window a little past the straight part
/// still has a slope within [`SLOPE_TOLERANCE`]: on a dense record (a
/// million points) that costs up to 1 % of the modulus. So the line is
/// fitted on the window less its last grid step, and followed point by point
/// (up to the maximum, `m`) until three points in a row fall below it by more
/// than four residual standard deviations: the first of them is the end.
fn refined_end(strain: &[f64], stress: &[f64], a: usize, b: usize, step: usize, m: usize) -> usize {
    let inner = b.saturating_sub(step).max(a + 3);
    if inner >= b {
        return b;
    }
    let Some(line) = crate::fitting::least_squares::fit_line(&strain[a..inner], &stress[a..inner])
    else {
        return b;
    };
    let scale = stress[a..inner].iter().fold(0.0f64, |t, s| t.max(s.abs()));
    let tol = 4.0 * line.residual_sd().unwrap_or(0.0).max(1e-9 * scale);
    let below = |i: usize| stress[i] < line.slope * strain[i] + line.intercept - tol;
    let mut end = inner;
    while end < m {
        if below(end) && (end + 1 >= m || below(end + 1)) && (end + 2 >= m || below(end + 2)) {
            break;
        }
        end += 1;
    }
    end
}

/// The index of the first largest value (0 for an empty slice).
fn argmax(v: &[f64]) -> usize {
    let mut best = 0;
    for (i, &x) in v.iter().enumerate() {
        if x > v[best] {
            best = i;
        }
    }
    best
}

/// Offset yield: where the curve first falls below the fitted line shifted by
/// `offset` strain, `σ = E (ε − offset) + b`, searched from the fit window's
/// start and interpolated linearly between the two points around the crossing.
pub fn offset_yield(
    strain: &[f64],
    stress: &[f64],
    fit: &LinearFit,
    offset: f64,
) -> Result<Option<(f64, f64)>> {
    check_stress_strain(strain, stress)?;
    let offset = OFFSET_STRAIN.check(offset)?;
    let gap = |i: usize| stress[i] - (fit.slope * (strain[i] - offset) + fit.intercept);
    let start = strain
        .iter()
        .position(|&e| e >= fit.strain_min)
        .unwrap_or(0);
    for i in start + 1..strain.len() {
        let (g0, g1) = (gap(i - 1), gap(i));
        if g0 > 0.0 && g1 <= 0.0 {
            let t = g0 / (g0 - g1);
            let e = strain[i - 1] + t * (strain[i] - strain[i - 1]);
            let s = stress[i - 1] + t * (stress[i] - stress[i - 1]);
            return Ok(Some((e, s)));
        }
    }
    Ok(None)
}

/// Full analysis: the modulus over `window` (strain bounds) or an automatic
/// window, the offset yield at `offset` strain (0.002 for 0.2 %), the maximum
/// stress and the strain at it, and the work ∫σ dε.
///
/// ```
/// use ecm_core::measurement::loading_analysis::analyse;
/// // Elastic to 1 % at 2 GPa (20 MPa), then hardening at 100 MPa per unit strain.
/// let e: Vec<f64> = (0..=100).map(|i| i as f64 * 1e-3).collect();
/// let s: Vec<f64> = e.iter().map(|&x| if x <= 0.01 { 2e9 * x } else { 20e6 + 1e8 * (x - 0.01) }).collect();
/// let a = analyse(&e, &s, None, 0.002).unwrap();
/// assert!((a.fit.slope / 2e9 - 1.0).abs() < 1e-9);
/// assert!((a.max_stress - 29e6).abs() < 1.0);
/// ```
pub fn analyse(
    strain: &[f64],
    stress: &[f64],
    window: Option<(f64, f64)>,
    offset: f64,
) -> Result<Analysis> {
    check_stress_strain(strain, stress)?;
    let fit = match window {
        Some(w) => fit_window(strain, stress, w)?,
        None => auto_window_of_checked(strain, stress)?,
    };
    let imax = argmax(stress);
    let work = strain
        .windows(2)
        .zip(stress.windows(2))
        .map(|(e, s)| (e[1] - e[0]) * (s[0] + s[1]) / 2.0)
        .sum::<f64>();
    Ok(Analysis {
        offset_yield: offset_yield(strain, stress, &fit, offset)?,
        automatic_window: window.is_none(),
        fit,
        offset,
        max_stress: stress[imax],
        strain_at_max: strain[imax],
        work: finite("work of deformation", work)?,
        points: strain.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_automatic_window_ends_where_the_straight_part_does_however_dense() {
        // E = 5 GPa to 60 MPa (1.2 %), then 200 MPa per unit strain, to 5 %.
        for n in [500, 4_001, 100_000, 800_000] {
            let (e, s) = bilinear(5e9, 60e6, 200e6, n, 0.05);
            let fit = auto_linear_window(&e, &s).unwrap();
            assert!(
                (fit.slope / 5e9 - 1.0).abs() < 1e-6,
                "{n} points: E = {}",
                fit.slope
            );
            assert!(
                fit.strain_max <= 0.012 + 1e-12,
                "{n} points: window to {}",
                fit.strain_max
            );
        }
    }

    /// Elastic at E to yield stress sy, then linear hardening at h (Pa per unit strain).
    fn bilinear(e_mod: f64, sy: f64, h: f64, n: usize, max_strain: f64) -> (Vec<f64>, Vec<f64>) {
        let ey = sy / e_mod;
        let e: Vec<f64> = (0..=n).map(|i| i as f64 * max_strain / n as f64).collect();
        let s = e
            .iter()
            .map(|&x| {
                if x <= ey {
                    e_mod * x
                } else {
                    sy + h * (x - ey)
                }
            })
            .collect();
        (e, s)
    }

    #[test]
    fn auto_window_finds_the_elastic_modulus() {
        let (e, s) = bilinear(2.5e9, 50e6, 2e8, 400, 0.2);
        let f = auto_linear_window(&e, &s).unwrap();
        assert!((f.slope / 2.5e9 - 1.0).abs() < 1e-9, "{}", f.slope);
        assert!(f.strain_max <= 0.02 + 1e-12 && f.r_squared > 0.999_999);
    }

    #[test]
    fn offset_yield_of_a_bilinear_curve_by_hand() {
        // E = 2 GPa, σy = 20 MPa at ε = 1 %, hardening 100 MPa per unit strain.
        // Offset line σ = 2e9 (ε − 0.002) meets σ = 20e6 + 1e8 (ε − 0.01) at
        // ε = (20e6 − 1e6 + 4e6) / (2e9 − 1e8) = 23e6 / 1.9e9 = 0.0121053, σ = 20.2105 MPa.
        let (e, s) = bilinear(2e9, 20e6, 1e8, 2000, 0.1);
        let a = analyse(&e, &s, Some((0.0, 0.008)), 0.002).unwrap();
        let (ey, sy) = a.offset_yield.unwrap();
        assert!((ey - 23e6 / 1.9e9).abs() < 1e-9, "{ey}");
        assert!(
            (sy - (20e6 + 1e8 * (23e6 / 1.9e9 - 0.01))).abs() < 1.0,
            "{sy}"
        );
        // Work: triangle to 1 % plus trapezoid to 10 %: 0.5·0.01·20e6 + 0.09·(20e6 + 29e6)/2 = 2.305e6 J/m³.
        assert!((a.work - 2.305e6).abs() < 1.0);
    }

    #[test]
    fn noisy_data_gives_a_fit_with_its_r_squared() {
        // Deterministic "noise": ±0.5 MPa alternating, on a 3 GPa line to 1 %.
        let (e, mut s) = bilinear(3e9, 30e6, 0.0, 200, 0.05);
        for (i, v) in s.iter_mut().enumerate() {
            *v += if i % 2 == 0 { 0.5e6 } else { -0.5e6 };
        }
        let f = auto_linear_window(&e, &s).unwrap();
        assert!((f.slope / 3e9 - 1.0).abs() < 0.05, "{}", f.slope);
        assert!(f.r_squared > 0.99 && f.r_squared < 1.0);
    }

    #[test]
    fn bad_windows_are_errors() {
        let (e, s) = bilinear(2e9, 20e6, 1e8, 100, 0.1);
        assert!(fit_window(&e, &s, (0.05, 0.01)).is_err());
        assert!(fit_window(&e, &s, (0.2, 0.3)).is_err());
        assert!(analyse(&e[..2], &s[..2], None, 0.002).is_err());
    }

    #[test]
    fn noise_does_not_shrink_the_automatic_window_to_a_few_points() {
        // 2 GPa to 1.5 % strain, then 0.2 GPa; ±0.15 MPa of deterministic noise.
        let (mut e, mut s) = (Vec::new(), Vec::new());
        for i in 0..=120 {
            let x = i as f64 * 0.001;
            let y = if x <= 0.015 {
                2e9 * x
            } else {
                30e6 + 2e8 * (x - 0.015)
            };
            // Pseudo-random, not linear in i (a linear run would be a real slope).
            let noise = ((i * i * 7919 + 17) % 97) as f64 / 97.0 - 0.5;
            e.push(x);
            s.push(y + noise * 0.3e6);
        }
        let fit = auto_linear_window(&e, &s).unwrap();
        assert!(fit.points >= 10, "{} points", fit.points);
        assert!((fit.slope / 2e9 - 1.0).abs() < 0.02, "{}", fit.slope);
    }

    #[test]
    fn a_long_series_is_analysed() {
        let (e, s) = bilinear(2e9, 20e6, 1e8, 100_000, 0.1);
        let a = analyse(&e, &s, None, 0.002).unwrap();
        assert!((a.fit.slope / 2e9 - 1.0).abs() < 1e-6);
        assert_eq!(a.points, 100_001);
    }
}
