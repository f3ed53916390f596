//! Ranges: every calculator takes each input as a min–max interval and returns
//! the interval of each result.
//!
//! The formulas here are monotone in each input (tests in `tests/monotonicity.rs`
//! check it), so a result's extremes lie at the corners of the input box:
//! [`over_corners`] evaluates all 2ⁿ corners.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};

/// A closed interval `[min, max]` of finite numbers.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    /// Lower end.
    pub min: f64,
    /// Upper end.
    pub max: f64,
}

impl Interval {
    /// The interval between `a` and `b`, in either order; both must be finite.
    pub fn new(a: f64, b: f64) -> Result<Self> {
        if !a.is_finite() || !b.is_finite() {
            return Err(Error::Inconsistent {
                message: "a range's ends must be finite numbers".into(),
            });
        }
        Ok(Interval {
            min: a.min(b),
            max: a.max(b),
        })
    }

    /// A single value.
    pub fn point(x: f64) -> Result<Self> {
        Self::new(x, x)
    }

    /// Whether the interval is a single value.
    pub fn is_point(&self) -> bool {
        self.min == self.max
    }
}

/// Largest number of ranged inputs (2¹⁰ = 1024 corners).
pub const MAX_RANGED_INPUTS: usize = 10;

/// The indices of the inputs given as ranges; at most [`MAX_RANGED_INPUTS`].
fn ranged_inputs(inputs: &[Interval]) -> Result<Vec<usize>> {
    let ranged: Vec<usize> = (0..inputs.len())
        .filter(|&i| !inputs[i].is_point())
        .collect();
    if ranged.len() > MAX_RANGED_INPUTS {
        return Err(Error::Inconsistent {
            message: format!("at most {MAX_RANGED_INPUTS} inputs can be ranges at once"),
        });
    }
    Ok(ranged)
}

/// The interval of `f` over the box of `inputs`, from its values at every corner.
/// Exact when `f` is monotone in each input. An error at any corner is returned.
///
/// ```
/// use ecm_core::ranges::{over_corners, Interval};
/// use ecm_core::models::electrochemical_stress::stress_from_overpotential;
/// // Δφ from 50 to 100 mV, Vm from 13 to 23.7 cm³/mol.
/// let r = over_corners(&[Interval::new(0.05, 0.1).unwrap(), Interval::new(13e-6, 23.7e-6).unwrap()],
///     |x| stress_from_overpotential(x[0], x[1])).unwrap();
/// assert!((r.min / 1e6 - 203.6).abs() < 0.1 && (r.max / 1e6 - 742.2).abs() < 0.1);
/// ```
pub fn over_corners(inputs: &[Interval], f: impl Fn(&[f64]) -> Result<f64>) -> Result<Interval> {
    // Only inputs given as ranges have two ends; a single value is one corner.
    let ranged = ranged_inputs(inputs)?;
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    let mut x: Vec<f64> = inputs.iter().map(|iv| iv.min).collect();
    for corner in 0..(1usize << ranged.len()) {
        for (bit, &i) in ranged.iter().enumerate() {
            x[i] = if corner >> bit & 1 == 0 {
                inputs[i].min
            } else {
                inputs[i].max
            };
        }
        let y = f(&x)?;
        lo = lo.min(y);
        hi = hi.max(y);
    }
    Interval::new(lo, hi)
}

/// Samples per ranged input when a categorical result is surveyed over a box
/// ([`categories_over_box`]): at most this many (one more than a power of
/// two), fewer when several inputs are ranged (about 4 000 evaluations in all).
pub const CATEGORY_SAMPLES: usize = 33;

/// The points at which a categorical result is surveyed along one ranged
/// input: `n` points (n − 1 a power of two), evenly spaced, or evenly in
/// logarithm when the range spans more than a factor of 10 on positive
/// numbers (stresses and sizes over decades). Built by halving, with
/// geometric means `√(a·b)` in the logarithmic case: no `exp` or `ln`, whose
/// tables would add kilobytes to every page that surveys a range.
fn samples(iv: Interval, n: usize) -> Vec<f64> {
    if iv.is_point() || n < 2 {
        return vec![iv.min];
    }
    let log = iv.min > 0.0 && iv.max / iv.min > 10.0;
    let mut v = vec![iv.min; n];
    v[n - 1] = iv.max;
    let mut step = n - 1;
    while step > 1 {
        let half = step / 2;
        let mut i = half;
        while i + half < n {
            let (a, b) = (v[i - half], v[i + half]);
            v[i] = if log { (a * b).sqrt() } else { 0.5 * (a + b) };
            i += step;
        }
        step = half;
    }
    // Rounding must not step outside the range (min/max, not clamp, whose
    // assertion would bring float formatting into the page).
    v.into_iter().map(|x| x.max(iv.min).min(iv.max)).collect()
}

/// Samples per ranged input when `k` inputs are ranged: about 4 000
/// evaluations in all, each count one more than a power of two.
fn samples_per_axis(k: usize) -> usize {
    match k {
        0 => 1,
        1 | 2 => CATEGORY_SAMPLES,
        3 => 17,
        4 => 9,
        5 => 5,
        6 => 3,
        _ => 2,
    }
}

/// A category found over a box of inputs, with one input point where it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct CategoryAt<C> {
    /// The category (a mechanism, a model, a verdict).
    pub category: C,
    /// One point of the box (all inputs) where `f` gives it.
    pub at: Vec<f64>,
}

/// Every value a categorical result `f` takes over the box of `inputs`, in the
/// order first met, each with a point where it holds. A category is a choice
/// (the dominant mechanism, the model used), so it is not monotone: the box is
/// sampled on a grid ([`CATEGORY_SAMPLES`] per ranged input, fewer when several
/// are ranged), corners included. A region narrower than the grid's spacing
/// can be missed; [`segments_along`] finds the switches exactly along one input.
/// An error anywhere is returned.
pub fn categories_over_box<C: PartialEq + Clone>(
    inputs: &[Interval],
    f: impl Fn(&[f64]) -> Result<C>,
) -> Result<Vec<CategoryAt<C>>> {
    let ranged = ranged_inputs(inputs)?;
    let per_axis = samples_per_axis(ranged.len());
    let grids: Vec<Vec<f64>> = ranged
        .iter()
        .map(|&i| samples(inputs[i], per_axis))
        .collect();
    let mut x: Vec<f64> = inputs.iter().map(|iv| iv.min).collect();
    let mut found: Vec<CategoryAt<C>> = Vec::new();
    let mut index = vec![0usize; ranged.len()];
    loop {
        for (axis, &i) in ranged.iter().enumerate() {
            x[i] = grids[axis][index[axis]];
        }
        let c = f(&x)?;
        if !found.iter().any(|k| k.category == c) {
            found.push(CategoryAt {
                category: c,
                at: x.clone(),
            });
        }
        // The next grid point (an odometer over the ranged inputs).
        let mut axis = 0;
        loop {
            if axis == ranged.len() {
                return Ok(found);
            }
            index[axis] += 1;
            if index[axis] < grids[axis].len() {
                break;
            }
            index[axis] = 0;
            axis += 1;
        }
    }
}

/// One stretch of an input's range over which a categorical result stays the same.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment<C> {
    /// The category over this stretch.
    pub category: C,
    /// Where the stretch starts (the range's lower end, or a switch).
    pub from: f64,
    /// Where it ends (a switch, or the range's upper end).
    pub to: f64,
}

/// The stretches of input `axis`'s range (the other inputs at their values in
/// `x`) over which `f` keeps one category, in ascending order; each switch is
/// found by bisection to a relative 10⁻⁹ of the range. Stretches narrower than
/// 1/[`CATEGORY_SAMPLES`] of the range can be missed. An error anywhere is
/// returned.
pub fn segments_along<C: PartialEq + Clone>(
    x: &[f64],
    axis: usize,
    range: Interval,
    f: impl Fn(&[f64]) -> Result<C>,
) -> Result<Vec<Segment<C>>> {
    if axis >= x.len() {
        return Err(Error::Inconsistent {
            message: "no such input".into(),
        });
    }
    let mut point = x.to_vec();
    let mut at = |v: f64| -> Result<C> {
        point[axis] = v;
        f(&point)
    };
    let grid = samples(range, CATEGORY_SAMPLES);
    let mut segments: Vec<Segment<C>> = Vec::new();
    let mut prev_v = grid[0];
    let mut prev_c = at(prev_v)?;
    segments.push(Segment {
        category: prev_c.clone(),
        from: prev_v,
        to: prev_v,
    });
    for &v in &grid[1..] {
        let c = at(v)?;
        if c != prev_c {
            // Bisect between the last two samples for the switch.
            let (mut lo, mut hi) = (prev_v, v);
            let tol = 1e-9 * (range.max - range.min).abs().max(f64::MIN_POSITIVE);
            while hi - lo > tol {
                let mid = 0.5 * (lo + hi);
                if mid <= lo || mid >= hi {
                    break;
                }
                if at(mid)? == prev_c {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            let switch = 0.5 * (lo + hi);
            if let Some(last) = segments.last_mut() {
                last.to = switch;
            }
            segments.push(Segment {
                category: c.clone(),
                from: switch,
                to: v,
            });
        }
        if let Some(last) = segments.last_mut() {
            last.to = v;
        }
        prev_v = v;
        prev_c = c;
    }
    Ok(segments)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(x: &[f64]) -> Result<&'static str> {
        Ok(if x[0] < 0.3 { "low" } else { "high" })
    }

    #[test]
    fn a_switch_along_one_input_is_found_by_bisection() {
        let s = segments_along(&[0.0, 5.0], 0, Interval::new(0.1, 0.9).unwrap(), step).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!((s[0].category, s[0].from), ("low", 0.1));
        assert!((s[0].to - 0.3).abs() < 1e-8, "{s:?}");
        assert_eq!((s[1].category, s[1].to), ("high", 0.9));
        assert_eq!(s[0].to, s[1].from);
        // No switch: one segment over the whole range.
        let one = segments_along(&[0.0], 0, Interval::new(0.5, 0.9).unwrap(), step).unwrap();
        assert_eq!(one.len(), 1);
        assert_eq!((one[0].from, one[0].to), (0.5, 0.9));
    }

    #[test]
    fn every_category_of_a_box_is_found_with_a_point_where_it_holds() {
        // A quarter plane: "b" only where both inputs are above 0.8.
        let f = |x: &[f64]| -> Result<u8> { Ok(if x[0] > 0.8 && x[1] > 0.8 { 1 } else { 0 }) };
        let box2 = [
            Interval::new(0.0, 1.0).unwrap(),
            Interval::new(0.0, 1.0).unwrap(),
        ];
        let c = categories_over_box(&box2, f).unwrap();
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].category, 0);
        assert_eq!(c[1].category, 1);
        assert!(c[1].at[0] > 0.8 && c[1].at[1] > 0.8);
        // A single point: one category, at that point.
        let p = [Interval::point(0.9).unwrap(), Interval::point(0.9).unwrap()];
        let c = categories_over_box(&p, f).unwrap();
        assert_eq!(
            (c.len(), c[0].category, c[0].at.clone()),
            (1, 1, vec![0.9, 0.9])
        );
    }

    #[test]
    fn errors_are_returned_and_decades_are_sampled_in_logarithm() {
        let bad = |_: &[f64]| -> Result<u8> {
            Err(Error::Inconsistent {
                message: "no".into(),
            })
        };
        assert!(categories_over_box(&[Interval::new(1.0, 2.0).unwrap()], bad).is_err());
        assert!(segments_along(&[1.0], 0, Interval::new(1.0, 2.0).unwrap(), bad).is_err());
        assert!(segments_along(&[1.0], 3, Interval::new(1.0, 2.0).unwrap(), step).is_err());
        let s = samples(Interval::new(1e-3, 1e3).unwrap(), 9);
        assert!((s[4] - 1.0).abs() < 1e-12 && s[8] == 1e3, "{s:?}");
        assert!((s[2] - 0.0316227766).abs() < 1e-9, "{s:?}");
        let lin = samples(Interval::new(1.0, 2.0).unwrap(), 5);
        assert_eq!(lin, vec![1.0, 1.25, 1.5, 1.75, 2.0]);
        assert_eq!(samples(Interval::new(1.0, 2.0).unwrap(), 2), vec![1.0, 2.0]);
    }
}
