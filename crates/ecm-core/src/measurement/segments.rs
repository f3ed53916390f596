//! Finding the parts of a test in its force record: loading to the maximum,
//! a hold near it, and unloading.
//!
//! Used when the file does not mark segments itself (no blank lines, JPK
//! segments or phase column). The hold is the run of points around the
//! maximum whose force stays within `hold_tolerance` (a fraction of the
//! maximum, e.g. 0.01) of it; loading is everything before, unloading
//! everything after.

use crate::error::{Error, Result};
use std::ops::Range;

/// The parts found, as row ranges (empty when absent).
#[derive(Debug, Clone, PartialEq)]
pub struct CurveSegments {
    /// From the first row to the start of the hold (or the maximum).
    pub loading: Range<usize>,
    /// Rows within the tolerance of the maximum force.
    pub hold: Range<usize>,
    /// From the end of the hold to the last row.
    pub unloading: Range<usize>,
}

/// The index of the largest value (the last of equal ones), `None` for an
/// empty slice; `NaN` is never the largest. A plain loop: on a million
/// points it is several times faster in WebAssembly than `max_by`.
pub fn last_max_index(values: &[f64]) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    for (i, &v) in values.iter().enumerate() {
        match best {
            Some((_, b)) if v < b || v.is_nan() => {}
            _ if v.is_nan() => {}
            _ => best = Some((i, v)),
        }
    }
    best.map(|(i, _)| i)
}

/// Splits a force record (loading positive) into loading, hold and
/// unloading around its maximum.
pub fn find_segments(force: &[f64], hold_tolerance: f64) -> Result<CurveSegments> {
    if force.len() < 2 || !force.iter().all(|f| f.is_finite()) {
        return Err(Error::Inconsistent {
            message: "the force record needs at least 2 finite values".to_string(),
        });
    }
    if !(hold_tolerance.is_finite() && (0.0..1.0).contains(&hold_tolerance)) {
        return Err(Error::Inconsistent {
            message: "the hold tolerance must be a fraction from 0 to below 1".to_string(),
        });
    }
    let peak = last_max_index(force).unwrap_or(0);
    let near = |i: usize| force[peak] - force[i] <= hold_tolerance * force[peak].abs();
    let mut start = peak;
    while start > 0 && near(start - 1) {
        start -= 1;
    }
    let mut end = peak + 1;
    while end < force.len() && near(end) {
        end += 1;
    }
    // A single point at the maximum is the turning point, not a hold.
    let (loading_end, unloading_start) = if end - start > 1 {
        (start, end)
    } else {
        (peak + 1, peak)
    };
    Ok(CurveSegments {
        loading: 0..loading_end,
        hold: if end - start > 1 {
            start..end
        } else {
            peak..peak
        },
        unloading: unloading_start..force.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_of_equal_maxima_as_max_by_gives() {
        let v = [1.0f64, 3.0, 2.0, 3.0, -1.0];
        let by = (0..v.len()).max_by(|&a, &b| v[a].total_cmp(&v[b]));
        assert_eq!(last_max_index(&v), by);
        assert_eq!(last_max_index(&v), Some(3));
        assert_eq!(last_max_index(&[]), None);
        assert_eq!(last_max_index(&[f64::NAN, 1.0, f64::NAN]), Some(1));
    }

    #[test]
    fn load_hold_unload() {
        // 0..4 µN up, held at 4 ± 0.01 for three points, down to 0.
        let f = [0.0, 1.0, 2.0, 3.0, 4.0, 3.99, 4.0, 2.0, 0.0];
        let s = find_segments(&f, 0.01).unwrap();
        assert_eq!(s.loading, 0..4);
        assert_eq!(s.hold, 4..7);
        assert_eq!(s.unloading, 7..9);
    }

    #[test]
    fn a_sharp_peak_has_no_hold() {
        let f = [0.0, 2.0, 5.0, 3.0, 1.0];
        let s = find_segments(&f, 0.01).unwrap();
        assert_eq!(s.loading, 0..3);
        assert!(s.hold.is_empty());
        assert_eq!(s.unloading, 2..5);
        assert!(find_segments(&[1.0], 0.01).is_err());
        assert!(find_segments(&f, 1.5).is_err());
    }
}
