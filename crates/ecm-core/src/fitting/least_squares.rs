//! The straight line y = intercept + slope·x by ordinary least squares, with
//! the sums the fits built on it need (standard errors, R²). Shared by the
//! power-law fit (in log space), the unloading stiffness and the baseline.

/// A least-squares line and its sums.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Line {
    /// Slope.
    pub slope: f64,
    /// Intercept (y at x = 0).
    pub intercept: f64,
    /// Number of points.
    pub n: usize,
    /// Mean of x.
    pub mean_x: f64,
    /// Σ(x − x̄)².
    pub sxx: f64,
    /// Σ(y − ȳ)².
    pub syy: f64,
    /// Σ residuals².
    pub residual: f64,
}

impl Line {
    /// R² (1 when y does not vary).
    pub fn r_squared(&self) -> f64 {
        if self.syy > 0.0 {
            1.0 - self.residual / self.syy
        } else {
            1.0
        }
    }

    /// The residuals' standard deviation, √(Σr²/(n − 2)); `None` below 3 points.
    pub fn residual_sd(&self) -> Option<f64> {
        (self.n > 2).then(|| (self.residual / (self.n as f64 - 2.0)).sqrt())
    }
}

/// Fits a line to (x, y); `None` when the lengths differ, there are fewer
/// than two points, or x does not vary.
pub fn fit_line(x: &[f64], y: &[f64]) -> Option<Line> {
    if x.len() != y.len() || x.len() < 2 {
        return None;
    }
    let n = x.len() as f64;
    let mean_x = x.iter().sum::<f64>() / n;
    let mean_y = y.iter().sum::<f64>() / n;
    let sxx: f64 = x.iter().map(|a| (a - mean_x).powi(2)).sum();
    let sxy: f64 = x
        .iter()
        .zip(y)
        .map(|(a, b)| (a - mean_x) * (b - mean_y))
        .sum();
    let syy: f64 = y.iter().map(|b| (b - mean_y).powi(2)).sum();
    if !(sxx > 0.0 && sxx.is_finite()) {
        return None;
    }
    let slope = sxy / sxx;
    let intercept = mean_y - slope * mean_x;
    let residual = x
        .iter()
        .zip(y)
        .map(|(a, b)| (b - intercept - slope * a).powi(2))
        .sum();
    Some(Line {
        slope,
        intercept,
        n: x.len(),
        mean_x,
        sxx,
        syy,
        residual,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_points_by_hand() {
        // (0, 1), (1, 2), (2, 4): x̄ = 1, ȳ = 7/3, Sxx = 2, Sxy = 3 → slope 1.5,
        // intercept 7/3 − 1.5 = 5/6; residuals 1/6, −1/3, 1/6 → Σr² = 1/6.
        let l = fit_line(&[0.0, 1.0, 2.0], &[1.0, 2.0, 4.0]).unwrap();
        assert!((l.slope - 1.5).abs() < 1e-15);
        assert!((l.intercept - 5.0 / 6.0).abs() < 1e-15);
        assert!((l.residual - 1.0 / 6.0).abs() < 1e-15);
        // Syy = (4/3)² + (1/3)² + (5/3)² = 42/9.
        assert!((l.r_squared() - (1.0 - (1.0 / 6.0) / (42.0 / 9.0))).abs() < 1e-15);
        assert!(fit_line(&[1.0, 1.0], &[1.0, 2.0]).is_none());
        assert!(fit_line(&[1.0], &[1.0]).is_none());
    }
}
