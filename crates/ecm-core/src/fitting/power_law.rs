//! Size effect: the power law σ = A·d^−m fitted to strengths σ at sizes d.
//!
//! Least squares on ln σ = ln A − m·ln d (the usual way size-effect exponents
//! are reported, e.g. m ≈ 0.68 for Li micropillars, Xu et al. 2017; docs/science.md
//! §9). Standard errors are those of ordinary least squares:
//! SE(m) = s/√Sxx and SE(ln A) = s·√(1/n + x̄²/Sxx), with
//! s² = Σ residuals² / (n − 2), x = ln d; SE(A) = A·SE(ln A) (first order).
//! R² is that of the fit in log space. Units: A carries the units of σ for d
//! in the units given (σ in MPa and d in nm give A in MPa·nm^m). Used by the
//! data-analysis batch table and by the paper page's size-effect fits.

use crate::error::{finite, Error, Result};
use crate::fitting::least_squares::fit_line;

/// A fitted power law σ = A·d^−m.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PowerLawFit {
    /// The prefactor A (units of σ for d in the units given).
    pub a: f64,
    /// The exponent m (σ falls as d^−m; m > 0 when smaller is stronger).
    pub m: f64,
    /// Standard error of A (first order), `None` with fewer than three points.
    pub a_standard_error: Option<f64>,
    /// Standard error of m, `None` with fewer than three points.
    pub m_standard_error: Option<f64>,
    /// R² of the fit of ln σ on ln d.
    pub r_squared: f64,
    /// Number of points fitted.
    pub points: usize,
    mean_ln_d: f64,
    sxx: f64,
    residual_sd: Option<f64>,
}

/// Fits σ = A·d^−m to the points (`sizes[i]`, `strengths[i]`), all finite and
/// greater than zero, at least two distinct sizes.
pub fn fit_power_law(sizes: &[f64], strengths: &[f64]) -> Result<PowerLawFit> {
    if sizes.len() != strengths.len() {
        return Err(Error::Inconsistent {
            message: format!(
                "{} sizes but {} strengths: give one strength per size",
                sizes.len(),
                strengths.len()
            ),
        });
    }
    for (i, (&d, &s)) in sizes.iter().zip(strengths).enumerate() {
        if !(d.is_finite() && d > 0.0 && s.is_finite() && s > 0.0) {
            return Err(Error::Inconsistent {
                message: format!(
                    "point {}: a power law needs sizes and strengths greater than 0",
                    i + 1
                ),
            });
        }
    }
    let n = sizes.len();
    if n < 2 {
        return Err(Error::Inconsistent {
            message: "a power law needs at least two points".to_string(),
        });
    }
    let x: Vec<f64> = sizes.iter().map(|d| d.ln()).collect();
    let y: Vec<f64> = strengths.iter().map(|s| s.ln()).collect();
    let Some(line) = fit_line(&x, &y) else {
        return Err(Error::Inconsistent {
            message: "a power law needs at least two different sizes".to_string(),
        });
    };
    let (nf, xm, sxx, slope, intercept) =
        (n as f64, line.mean_x, line.sxx, line.slope, line.intercept);
    let residual_sd = line.residual_sd();
    let r_squared = line.r_squared();
    let a = finite("prefactor A", intercept.exp())?;
    Ok(PowerLawFit {
        a,
        m: finite("exponent m", -slope)?,
        a_standard_error: residual_sd
            .map(|s| {
                finite(
                    "standard error of A",
                    a * s * (1.0 / nf + xm * xm / sxx).sqrt(),
                )
            })
            .transpose()?,
        m_standard_error: residual_sd
            .map(|s| finite("standard error of m", s / sxx.sqrt()))
            .transpose()?,
        r_squared: finite("R²", r_squared)?,
        points: n,
        mean_ln_d: xm,
        sxx,
        residual_sd,
    })
}

impl PowerLawFit {
    /// The fitted strength at size `d` (same units as the fit), with the band
    /// of ±1 standard error of the fitted mean, (value, low, high); the band
    /// is the value itself with fewer than three points.
    pub fn predict(&self, d: f64) -> Result<(f64, f64, f64)> {
        if !(d.is_finite() && d > 0.0) {
            return Err(Error::Inconsistent {
                message: "the size must be greater than 0".to_string(),
            });
        }
        let ln = self.a.ln() - self.m * d.ln();
        let value = finite("fitted strength", ln.exp())?;
        let se = self.residual_sd.map_or(0.0, |s| {
            s * (1.0 / self.points as f64 + (d.ln() - self.mean_ln_d).powi(2) / self.sxx).sqrt()
        });
        Ok((
            value,
            finite("lower band", (ln - se).exp())?,
            finite("upper band", (ln + se).exp())?,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, rel: f64) {
        assert!((a - b).abs() <= rel * b.abs(), "{a} vs {b}");
    }

    #[test]
    fn exact_power_law_is_recovered() {
        // σ = 8·d^−1: 8, 4, 2 at d = 1, 2, 4.
        let f = fit_power_law(&[1.0, 2.0, 4.0], &[8.0, 4.0, 2.0]).unwrap();
        close(f.m, 1.0, 1e-12);
        close(f.a, 8.0, 1e-12);
        assert!(f.m_standard_error.unwrap() < 1e-12);
        close(f.r_squared, 1.0, 1e-12);
        close(f.predict(8.0).unwrap().0, 1.0, 1e-12);
    }

    #[test]
    fn three_points_by_hand() {
        // d = 1, 10, 100 and σ = 100, 20, 5. With L = ln 10, x = ln d = 0, L,
        // 2L: x̄ = L, Sxx = 2L²; the slope is that of the end points, so
        // m = ln(100/5)/(2L); ln A = ȳ + m·x̄ with ȳ = ln(100·20·5)/3. The
        // residuals of three equally spaced points are c, −2c, c with
        // c = (y₁ − 2y₂ + y₃)/6 = ln(1.25)/6, so s² = 6c²/(n − 2) = 6c² and
        // SE(m) = s/√Sxx = ln 1.25/(√12·L); SE(ln A) = s·√(1/3 + L²/(2L²));
        // R² = 1 − 6c²/Syy.
        let l = 10.0f64.ln();
        let y = [100.0f64.ln(), 20.0f64.ln(), 5.0f64.ln()];
        let ybar = (y[0] + y[1] + y[2]) / 3.0;
        let m = 20.0f64.ln() / (2.0 * l);
        let a = (ybar + m * l).exp();
        let c = 1.25f64.ln() / 6.0;
        let s = (6.0 * c * c).sqrt();
        let syy: f64 = y.iter().map(|v| (v - ybar).powi(2)).sum();
        let f = fit_power_law(&[1.0, 10.0, 100.0], &[100.0, 20.0, 5.0]).unwrap();
        close(f.m, m, 1e-12);
        close(f.a, a, 1e-12);
        close(
            f.m_standard_error.unwrap(),
            1.25f64.ln() / (12.0f64.sqrt() * l),
            1e-12,
        );
        close(
            f.a_standard_error.unwrap(),
            a * s * (1.0 / 3.0 + 0.5f64).sqrt(),
            1e-12,
        );
        close(f.r_squared, 1.0 - 6.0 * c * c / syy, 1e-12);
        // Numbers: m = 0.6505, A = 96.35, SE(m) = 0.02798, SE(A) = 8.012, R² = 0.9982.
        close(f.m, 0.6505, 1e-4);
        close(f.a, 96.35, 1e-4);
        // At the mean size the band is ±s/√n in ln σ.
        let (v, lo, hi) = f.predict(10.0).unwrap();
        close(hi / v, (s / 3.0f64.sqrt()).exp(), 1e-12);
        close(v / lo, (s / 3.0f64.sqrt()).exp(), 1e-12);
    }

    #[test]
    fn bad_points_are_refused() {
        assert!(fit_power_law(&[1.0], &[1.0]).is_err());
        assert!(fit_power_law(&[1.0, 1.0], &[1.0, 2.0]).is_err());
        assert!(fit_power_law(&[1.0, -2.0], &[1.0, 2.0]).is_err());
        assert!(fit_power_law(&[1.0, 2.0], &[1.0]).is_err());
        let two = fit_power_law(&[1.0, 2.0], &[2.0, 1.0]).unwrap();
        assert_eq!(two.m_standard_error, None);
        close(two.m, 1.0, 1e-12);
    }
}
