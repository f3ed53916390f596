//! The cross-section of a tapered pillar or rod, for stress: a frustum with
//! top and bottom diameters. Which area the stress uses is a choice the
//! results state: the top (smallest for a pillar narrowing upwards, so the
//! highest stress, where compressed pillars usually yield), the mid-height,
//! or the mean area (volume / height, which gives the average strain energy
//! density: A = π/12·(d_top² + d_top·d_bottom + d_bottom²)).

use crate::error::{finite, Error, Result};
use std::f64::consts::PI;

/// Which area of a tapered specimen the stress is computed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaperArea {
    /// The top face: π·d_top²/4.
    Top,
    /// The section at mid-height: π·((d_top + d_bottom)/2)²/4.
    MidHeight,
    /// The mean area over the height: π/12·(d_top² + d_top·d_bottom + d_bottom²).
    Mean,
}

/// The area (m²) of a frustum with diameters `top` and `bottom` (m) on the
/// section chosen.
pub fn taper_area(top: f64, bottom: f64, which: TaperArea) -> Result<f64> {
    if !(top.is_finite() && top > 0.0 && bottom.is_finite() && bottom > 0.0) {
        return Err(Error::Inconsistent {
            message: "the top and bottom diameters must be greater than 0".to_string(),
        });
    }
    let a = match which {
        TaperArea::Top => PI * top * top / 4.0,
        TaperArea::MidHeight => PI * (top + bottom).powi(2) / 16.0,
        TaperArea::Mean => PI / 12.0 * (top * top + top * bottom + bottom * bottom),
    };
    finite("cross-section area", a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_of_a_frustum() {
        // Top 200 nm, bottom 300 nm.
        let (t, b) = (200e-9, 300e-9);
        let top = taper_area(t, b, TaperArea::Top).unwrap();
        let mid = taper_area(t, b, TaperArea::MidHeight).unwrap();
        let mean = taper_area(t, b, TaperArea::Mean).unwrap();
        assert!((top - PI * 1e-14).abs() < 1e-27); // π·(100 nm)²
        assert!((mid - PI * 1.5625e-14).abs() < 1e-27); // π·(125 nm)²
                                                        // Frustum volume / height: π/3·(r₁² + r₁r₂ + r₂²) with r = 100, 150 nm.
        assert!((mean - PI / 3.0 * (1e-14 + 1.5e-14 + 2.25e-14)).abs() < 1e-27);
        // A straight rod: all three agree.
        let same = taper_area(t, t, TaperArea::Mean).unwrap();
        assert!((same - top).abs() < 1e-27);
        assert!(taper_area(0.0, b, TaperArea::Top).is_err());
    }
}
