//! The tangent of an angle in degrees, for the tip and indenter angles
//! (0° to 90°), without the general `tan`: its reduction of any argument to
//! [−π/4, π/4] costs about 6 KB of WebAssembly, and these angles need none.
//!
//! Method: above 45° the complement is taken in degrees, exactly
//! (tan α = 1/tan(90° − α)); the angle, at most π/4, is halved five times
//! (to at most 0.025 rad), its tangent taken from the Taylor series to the
//! 11th power (the next term is below 10⁻²⁰ relative), then doubled back
//! five times with tan 2y = 2t/(1 − t²), which on [0, π/4] amplifies a
//! relative error by at most 1.42 per step. The result agrees with the
//! correctly rounded tangent to a few units in the last place.

/// tan α for α in degrees, 0 ≤ α < 90; NaN outside that range.
///
/// ```
/// use ecm_core::numbers::tangent::tan_degrees;
/// assert!((tan_degrees(45.0) - 1.0).abs() < 1e-15);
/// assert!((tan_degrees(60.0) - 3f64.sqrt()).abs() < 1e-14);
/// ```
pub fn tan_degrees(degrees: f64) -> f64 {
    if !(0.0..90.0).contains(&degrees) {
        return f64::NAN;
    }
    if degrees > 45.0 {
        return 1.0 / small(90.0 - degrees);
    }
    small(degrees)
}

/// tan α for 0 ≤ α ≤ 45°.
fn small(degrees: f64) -> f64 {
    const HALVINGS: i32 = 5;
    let y = degrees * (std::f64::consts::PI / 180.0) / f64::from(1 << HALVINGS);
    let y2 = y * y;
    // tan y = y + y³/3 + 2y⁵/15 + 17y⁷/315 + 62y⁹/2835 + 1382y¹¹/155925.
    let mut t = y
        * (1.0
            + y2 * (1.0 / 3.0
                + y2 * (2.0 / 15.0
                    + y2 * (17.0 / 315.0 + y2 * (62.0 / 2835.0 + y2 * (1382.0 / 155925.0))))));
    for _ in 0..HALVINGS {
        t = 2.0 * t / (1.0 - t * t);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_library_tangent_over_the_whole_range() {
        // Allowed: a few ulps, plus what the angle's own rounding makes of
        // tan near 90°, where tan α changes by a relative α/(sin α·cos α)
        // per relative change of α.
        for i in 1..8990 {
            let d = i as f64 * 0.01;
            let x = d.to_radians();
            let exact = x.tan();
            let condition = x / (x.sin() * x.cos());
            let tolerance = 4e-16 * (4.0 + condition);
            let err = (tan_degrees(d) / exact - 1.0).abs();
            assert!(
                err < tolerance,
                "{d}°: relative error {err}, allowed {tolerance}"
            );
        }
        // The tips' own angles: Berkovich-equivalent cone 70.3°, 35°, 65.3°.
        for d in [70.3, 35.0, 65.3] {
            assert!(
                (tan_degrees(d) / d.to_radians().tan() - 1.0).abs() < 4e-15,
                "{d}"
            );
        }
        assert_eq!(tan_degrees(0.0), 0.0);
        assert!(tan_degrees(90.0).is_nan() && tan_degrees(-1.0).is_nan());
        assert!(tan_degrees(f64::NAN).is_nan());
    }
}
