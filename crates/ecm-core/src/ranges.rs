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

/// The interval of `f` over the box of `inputs`, from its values at every corner.
/// Exact when `f` is monotone in each input. An error at any corner is returned.
///
/// ```
/// use ecm_core::ranges::{over_corners, Interval};
/// use ecm_core::electrochemical_stress::stress_from_overpotential;
/// // Δφ from 50 to 100 mV, Vm from 13 to 23.7 cm³/mol.
/// let r = over_corners(&[Interval::new(0.05, 0.1).unwrap(), Interval::new(13e-6, 23.7e-6).unwrap()],
///     |x| stress_from_overpotential(x[0], x[1])).unwrap();
/// assert!((r.min / 1e6 - 203.6).abs() < 0.1 && (r.max / 1e6 - 742.2).abs() < 0.1);
/// ```
pub fn over_corners(inputs: &[Interval], f: impl Fn(&[f64]) -> Result<f64>) -> Result<Interval> {
    // Only inputs given as ranges have two ends; a single value is one corner.
    let ranged: Vec<usize> = (0..inputs.len())
        .filter(|&i| !inputs[i].is_point())
        .collect();
    if ranged.len() > MAX_RANGED_INPUTS {
        return Err(Error::Inconsistent {
            message: format!("at most {MAX_RANGED_INPUTS} inputs can be ranges at once"),
        });
    }
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
