//! Least-squares fits: the straight line and the power laws built on it.

pub mod hollomon;
pub mod least_squares;
pub mod power_law;

/// Sorts points by their first value (NaN last), in place. Every fit that
/// needs its points in order uses this one function, so the page's
/// WebAssembly carries one sort of points rather than one per fit (about
/// 2 KB each).
pub fn sort_points(points: &mut [(f64, f64)]) {
    points.sort_unstable_by(|p, q| p.0.total_cmp(&q.0));
}
