//! An AFM force curve's approach fitted with a contact model, the contact
//! point a free parameter (the fit nanite, JPK's and Bruker's software do).
//!
//! # Axis and model
//!
//! δ is the tip position (m): piezo travel minus cantilever deflection,
//! oriented so that it INCREASES as the tip pushes into the sample (nanite
//! and JPK use the opposite sign: their "tip position" falls into the
//! sample). F is the cantilever's force (N). The approach is modelled as
//!
//! F(δ) = a + b·δ + E·g(δ − δc) for δ > δc, and a + b·δ for δ ≤ δc,
//!
//! with δc the contact point (m), a (N) and b (N/m) the baseline's offset
//! and tilt (interference, drift), E the sample's Young's modulus (Pa) and
//! g(d) (m², N/Pa) the tip's shape function, including the sample's
//! 1/(1 − ν²) (rigid tip, ν the sample's Poisson's ratio, 0.5 by default):
//!
//! | tip | g(d) | source |
//! |---|---|---|
//! | paraboloid, radius R | (4/3)·√R·d^(3/2) / (1 − ν²) | Hertz, J. reine angew. Math. 92, 156 (1882); Sneddon (1965) eq. 6.9 |
//! | cone, half-opening angle α | (2/π)·tan α·d² / (1 − ν²) | Sneddon, Int. J. Eng. Sci. 3, 47 (1965) eq. 6.4 |
//! | four-sided pyramid, face angle α | 0.7453·tan α·d² / (1 − ν²) | Bilodeau, J. Appl. Mech. 59, 519 (1992) |
//! | three-sided pyramid, face angle α | 0.8887·tan α·d² / (1 − ν²) | Bilodeau (1992), as nanite's `hertz_pyr3s` codes it |
//! | sphere, radius R | R²·[(1 + x²)·t − x] / (1 − ν²), x = a/R, t = atanh x, d = R·t·x | Sneddon (1965) eqs. 6.13, 6.15 |
//!
//! The sphere (Sneddon's exact solution) is given through the contact
//! radius a: d = (a/2)·ln((R + a)/(R − a)) and
//! F = E/(1 − ν²)·[(R² + a²)/2·ln((R + a)/(R − a)) − a·R]. With
//! x = a/R = tanh t, ln((R + a)/(R − a)) = 2t, so d/R = t·tanh t, which
//! grows without bound as a → R: every d has its a, found by a safeguarded
//! Newton iteration on t. For small d it tends to the paraboloid
//! (F ≈ Hertz·(1 − d/(10R))), and its slope is dF/dd = 2·E·a/(1 − ν²).
//!
//! The pyramids' constants are nanite's (nanite 4.2.3,
//! `model_hertz_three_sided_pyramid.py`: 0.8887, although its docstring
//! prints 0.887; nanite has no four-sided pyramid, and 0.7453 is Bilodeau's
//! 1.4906/2 as JPK's application note and AtomicJ quote it). α is in
//! degrees, as the instruments' software and nanite take it.
//!
//! # The fit
//!
//! For a fixed δc the model is linear in (E, a, b): they come from linear
//! least squares (the normal equations solved in closed form, the baseline
//! projected out first, Frisch–Waugh–Lovell), with E held ≥ 0 (if the free
//! E is negative, E = 0 and the baseline alone is the optimum). δc then
//! minimises the residual sum of squares: a grid of 48 points over the
//! data's δ range (from the smallest δ to the third-largest), evaluated on
//! a subsample of about 500 points, then 25 golden-section steps on all
//! points within two grid steps of the best (to 5e-7 of the range). The
//! sphere's g is read from a cubic Hermite table in √(d/R) (160 nodes,
//! error below 1e-7 of G where G > 1e-3) during the search, and computed exactly
//! (warm-started Newton, 1 to 3 steps a point) for the reported numbers.
//! A 2 000-point curve takes 0.1 ms (d² tips), 0.15 ms (paraboloid) and
//! 0.35 ms (sphere; 0.8 ms with 95 % of it in contact) natively.
//!
//! The standard errors of E and δc come from the full Jacobian of the four
//! parameters (E, a, b, δc; ∂F/∂δc = −E·g′(δ − δc)), cov = s²·(JᵀJ)⁻¹ with
//! s² = Σr²/(n − 4): they include the correlation between E and δc (a
//! standard error conditional on δc would be smaller). The residual RMS is
//! √(Σr²/n).
//!
//! Warnings (in [`AfmFit::warnings`]): fewer than 10 points in contact
//! (no contact found), fewer than 10 before it or a non-contact part
//! shorter than 10 % of the fitted δ range (too little free baseline: for
//! the d² tips a contact point before the data is indistinguishable from a
//! tilted baseline), a sphere pressed deeper than its radius (beyond its
//! equator), a paraboloid pressed deeper than R/10 (where it overestimates
//! a sphere's force by more than 1 %), and a standard error of E above 20 %
//! of E.

use crate::error::{finite, Error, Result};
use crate::input_limits::{POISSON_RATIO, YOUNGS_MODULUS};
use crate::numbers::number_format::format_clean;

/// The indenter's shape.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TipShape {
    /// A paraboloid of tip radius R (m): Hertz.
    Paraboloid {
        /// Tip radius R (m).
        radius: f64,
    },
    /// A cone of half-opening angle α (degrees): Sneddon.
    Cone {
        /// Half-opening angle α (degrees, between 0 and 90).
        half_angle_deg: f64,
    },
    /// A four-sided pyramid of face angle α (degrees): Bilodeau.
    Pyramid4 {
        /// Angle α between a face and the axis (degrees, between 0 and 90).
        face_angle_deg: f64,
    },
    /// A three-sided pyramid of face angle α (degrees): Bilodeau, as nanite.
    Pyramid3 {
        /// Angle α between a face and the axis (degrees, between 0 and 90).
        face_angle_deg: f64,
    },
    /// A sphere of radius R (m): Sneddon's exact solution.
    Sphere {
        /// Sphere radius R (m).
        radius: f64,
    },
}

impl TipShape {
    /// The tip and its contact model in words, with its size: “paraboloid,
    /// R = 20 nm (Hertz)”, “cone, half-opening 20° (Sneddon)”.
    pub fn describe(&self) -> String {
        let nm = |r: f64| {
            if r >= 1e-6 {
                format!("{} µm", format_clean(r * 1e6, 4))
            } else {
                format!("{} nm", format_clean(r * 1e9, 4))
            }
        };
        let deg = |a: f64| format_clean(a, 4);
        match *self {
            TipShape::Paraboloid { radius } => format!("paraboloid, R = {} (Hertz)", nm(radius)),
            TipShape::Cone { half_angle_deg } => {
                format!("cone, half-opening {}° (Sneddon)", deg(half_angle_deg))
            }
            TipShape::Pyramid4 { face_angle_deg } => {
                format!(
                    "four-sided pyramid, face angle {}° (Bilodeau)",
                    deg(face_angle_deg)
                )
            }
            TipShape::Pyramid3 { face_angle_deg } => {
                format!(
                    "three-sided pyramid, face angle {}° (Bilodeau)",
                    deg(face_angle_deg)
                )
            }
            TipShape::Sphere { radius } => {
                format!("sphere, R = {} (Sneddon's exact solution)", nm(radius))
            }
        }
    }
}

/// What the fit is told.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AfmFitSettings {
    /// The indenter.
    pub tip: TipShape,
    /// The sample's Poisson's ratio ν (above −1, at most 0.5; 0.5 usual).
    pub poisson: f64,
    /// Fit only the points with δ in this range (m, on the data's axis,
    /// ends included); `None` fits all.
    pub range: Option<(f64, f64)>,
}

/// The fitted contact model.
#[derive(Debug, Clone, PartialEq)]
pub struct AfmFit {
    /// Young's modulus E (Pa).
    pub modulus: f64,
    /// Standard error of E (Pa), from the four-parameter Jacobian.
    pub modulus_se: f64,
    /// Contact point δc (m, on the data's axis).
    pub contact_point: f64,
    /// Standard error of δc (m).
    pub contact_point_se: f64,
    /// Baseline force at δ = 0 (N): the a of a + b·δ.
    pub offset: f64,
    /// Baseline tilt b (N/m).
    pub slope: f64,
    /// √(Σr²/n) of the fit (N).
    pub residual_rms: f64,
    /// Points fitted (those in the range).
    pub points: usize,
    /// Points beyond the contact point (in contact).
    pub contact_points: usize,
    /// Largest δ fitted minus δc (m).
    pub max_indentation: f64,
    /// What to be careful about, in words.
    pub warnings: Vec<String>,
    /// The tip and the sample's ν the fit used.
    pub tip: TipShape,
    /// The sample's Poisson's ratio ν used.
    pub poisson: f64,
}

/// Bilodeau's four-sided pyramid constant (1.4906/2).
const PYRAMID4: f64 = 0.7453;
/// nanite's three-sided pyramid constant (`hertz_pyr3s`).
const PYRAMID3: f64 = 0.8887;
/// Fewer points than this in contact or before it gives a warning.
const FEW_POINTS: usize = 10;
/// Nodes of the coarse search for δc.
const GRID: usize = 48;
/// Golden-section steps after the grid: the bracket (four grid steps, 9 % of
/// the data's span) shrinks by 0.618^25 ≈ 6e-6, to 5e-7 of the span.
const GOLDEN_STEPS: usize = 25;
/// Points of the subsample the coarse grid searches on.
const COARSE_POINTS: usize = 500;
/// Nodes of the sphere's Hermite table.
const TABLE: usize = 160;

fn bad(message: String) -> Error {
    Error::Inconsistent { message }
}

/// The shape function g(d) = F/E, including 1/(1 − ν²).
#[derive(Debug, Clone, Copy)]
enum Shape {
    /// g = coef·d^exponent (exponent 1.5 or 2).
    Power { coef: f64, exponent: f64 },
    /// Sneddon's sphere: g = R²·G(d/R)/(1 − ν²).
    Sphere { radius: f64, reduced: f64 },
}

impl Shape {
    fn new(tip: &TipShape, poisson: f64) -> Result<Shape> {
        POISSON_RATIO.check(poisson)?;
        let reduced = 1.0 / (1.0 - poisson * poisson);
        let radius_ok = |r: f64, what: &str| {
            if r.is_finite() && r > 0.0 && r <= 1.0 {
                Ok(r)
            } else {
                Err(bad(format!(
                    "the {what} radius must be greater than 0 and at most 1 m; got {} m",
                    format_clean(r, 4)
                )))
            }
        };
        let tan = |deg: f64, what: &str| {
            if deg.is_finite() && deg > 0.0 && deg < 90.0 {
                Ok(crate::numbers::tangent::tan_degrees(deg))
            } else {
                Err(bad(format!(
                    "the {what} angle must be between 0 and 90°; got {}°",
                    format_clean(deg, 4)
                )))
            }
        };
        Ok(match *tip {
            TipShape::Paraboloid { radius } => Shape::Power {
                coef: 4.0 / 3.0 * radius_ok(radius, "paraboloid's")?.sqrt() * reduced,
                exponent: 1.5,
            },
            TipShape::Cone { half_angle_deg } => Shape::Power {
                coef: 2.0 / std::f64::consts::PI
                    * tan(half_angle_deg, "cone's half-opening")?
                    * reduced,
                exponent: 2.0,
            },
            TipShape::Pyramid4 { face_angle_deg } => Shape::Power {
                coef: PYRAMID4 * tan(face_angle_deg, "pyramid's face")? * reduced,
                exponent: 2.0,
            },
            TipShape::Pyramid3 { face_angle_deg } => Shape::Power {
                coef: PYRAMID3 * tan(face_angle_deg, "pyramid's face")? * reduced,
                exponent: 2.0,
            },
            TipShape::Sphere { radius } => Shape::Sphere {
                radius: radius_ok(radius, "sphere's")?,
                reduced,
            },
        })
    }

    /// g(d) and g′(d) (exact; 0 for d ≤ 0).
    fn eval(&self, d: f64) -> (f64, f64) {
        self.eval_warm(d, &mut Warm::default())
    }

    /// As [`Shape::eval`]; for the sphere `warm` holds the last solution, a
    /// start for the next, nearby d.
    fn eval_warm(&self, d: f64, warm: &mut Warm) -> (f64, f64) {
        if d <= 0.0 {
            return (0.0, 0.0);
        }
        match *self {
            Shape::Power { coef, exponent } => {
                if exponent == 2.0 {
                    (coef * d * d, 2.0 * coef * d)
                } else {
                    let root = d.sqrt();
                    (coef * d * root, 1.5 * coef * root)
                }
            }
            Shape::Sphere { radius, reduced } => {
                let (g, x) = sphere(d / radius, warm);
                (radius * radius * g * reduced, 2.0 * radius * x * reduced)
            }
        }
    }
}

/// The last solution of t·tanh t = u, to start the next one from.
#[derive(Default, Clone, Copy)]
struct Warm {
    /// u solved (0: none).
    u: f64,
    /// Its t.
    t: f64,
    /// d(t·tanh t)/dt there.
    slope: f64,
}

/// Sneddon's sphere in units of R: for u = d/R, solves t·tanh t = u and
/// returns G = (1 + x²)·t − x (= F·(1 − ν²)/(E·R²)) and x = tanh t = a/R.
/// `warm` holds the previous solution (a nearby u starts from its tangent)
/// and receives this one.
fn sphere(u: f64, warm: &mut Warm) -> (f64, f64) {
    if u.is_nan() || u <= 0.0 {
        return (0.0, 0.0);
    }
    // Bracket: t ≥ √u (tanh t ≤ t) and t ≥ u (tanh t ≤ 1); tanh t ≥ t/(1 + t)
    // gives u ≥ t²/(1 + t), so t ≤ (u + √(u² + 4u))/2.
    let mut lo = u.max(u.sqrt());
    let mut hi = 0.5 * (u + (u * u + 4.0 * u).sqrt());
    if !hi.is_finite() || hi < lo {
        hi = lo;
    }
    // Start: the previous solution's tangent; else t ≈ √u·(1 + u/6) for small
    // u (t·tanh t = t² − t⁴/3 + …) and t ≈ u/tanh u for large u. Newton's
    // convergence is quadratic, so a step below 1e-8·t leaves an error of
    // order 1e-16·t: 1 to 3 steps from a neighbour, at most 5 from cold.
    let start = if warm.u > 0.0 && warm.slope > 0.0 {
        warm.t + (u - warm.u) / warm.slope
    } else if u < 1.0 {
        u.sqrt() * (1.0 + u / 6.0)
    } else {
        u / u.tanh()
    };
    // max/min, not clamp: clamp's check of lo ≤ hi carries float formatting.
    let mut t = start.max(lo).min(hi);
    let mut x = t.tanh();
    let mut slope = 1.0;
    for _ in 0..60 {
        let f = t * x - u;
        if f > 0.0 {
            hi = t;
        } else {
            lo = t;
        }
        slope = x + t * (1.0 - x * x);
        let mut next = t - f / slope;
        let newton = next >= lo && next <= hi;
        if !newton {
            next = 0.5 * (lo + hi);
        }
        let step = (next - t).abs();
        t = next;
        x = t.tanh();
        if (newton && step <= 1e-8 * t) || step <= 1e-15 * t {
            break;
        }
    }
    *warm = Warm { u, t, slope };
    let g = if t < 0.01 {
        // (1 + x²)t − x = 4t³/3 − 4t⁵/5 + 136t⁷/315 − …, free of the
        // cancellation of the closed form at small t.
        let t2 = t * t;
        t * t2 * (4.0 / 3.0 - t2 * (0.8 - t2 * (136.0 / 315.0)))
    } else {
        (1.0 + x * x) * t - x
    };
    (g, x)
}

/// F = E·g(d) for an indentation d (m) ≥ 0; 0 for d ≤ 0 (no contact).
///
/// g is the tip's shape function with the sample's 1/(1 − ν²) (see the
/// module's table): paraboloid (4/3)·√R·d^(3/2) (Hertz 1882), cone
/// (2/π)·tan α·d² (Sneddon 1965), pyramids 0.7453 and 0.8887·tan α·d²
/// (Bilodeau 1992; nanite's constant for three sides), sphere through the
/// contact radius (Sneddon 1965). E in Pa, d in m, F in N.
pub fn model_force(tip: &TipShape, modulus: f64, poisson: f64, indentation: f64) -> Result<f64> {
    let shape = Shape::new(tip, poisson)?;
    YOUNGS_MODULUS.check(modulus)?;
    if !indentation.is_finite() {
        return Err(bad(format!(
            "the indentation must be a number; got {}",
            format_clean(indentation, 4)
        )));
    }
    finite("force", modulus * shape.eval(indentation).0)
}

/// Sorted, scaled data and the baseline's sums, which every δc reuses.
struct Prepared {
    /// δ, sorted ascending (m).
    d: Vec<f64>,
    /// (δ − δ̄)/δs.
    x: Vec<f64>,
    /// (F − F̄)/Fs.
    y: Vec<f64>,
    n: f64,
    /// Σ(x − x̄)², Σ(x − x̄)(y − ȳ), Σ(y − ȳ)² and the means' sums.
    sx: f64,
    sy: f64,
    sxx: f64,
    sxy: f64,
    syy: f64,
}

/// The contact term's sums for one δc.
#[derive(Default, Clone, Copy)]
struct Sums {
    sg: f64,
    sgg: f64,
    sxg: f64,
    sgy: f64,
}

impl Prepared {
    fn new(d: Vec<f64>, x: Vec<f64>, y: Vec<f64>) -> Prepared {
        let n = d.len() as f64;
        let sx = x.iter().sum::<f64>();
        let sy = y.iter().sum::<f64>();
        let sxx = x.iter().map(|v| v * v).sum::<f64>() - sx * sx / n;
        let sxy = x.iter().zip(&y).map(|(a, b)| a * b).sum::<f64>() - sx * sy / n;
        let syy = y.iter().map(|v| v * v).sum::<f64>() - sy * sy / n;
        Prepared {
            d,
            x,
            y,
            n,
            sx,
            sy,
            sxx,
            sxy,
            syy,
        }
    }

    /// Every `stride`-th point, for the coarse search.
    fn every(&self, stride: usize) -> Prepared {
        let pick = |v: &[f64]| v.iter().step_by(stride.max(1)).copied().collect();
        Prepared::new(pick(&self.d), pick(&self.x), pick(&self.y))
    }

    /// Σ over the points with δ > δc of g̃ = `g(δ − δc)`; and where they start.
    #[inline]
    fn sums(&self, dc: f64, g: impl Fn(f64) -> f64) -> (Sums, usize) {
        let start = self.d.partition_point(|&v| v <= dc);
        let mut s = Sums::default();
        let d = self.d.get(start..).unwrap_or(&[]);
        let x = self.x.get(start..).unwrap_or(&[]);
        let y = self.y.get(start..).unwrap_or(&[]);
        for ((&di, &xi), &yi) in d.iter().zip(x).zip(y) {
            let gi = g(di - dc);
            s.sg += gi;
            s.sgg += gi * gi;
            s.sxg += xi * gi;
            s.sgy += gi * yi;
        }
        (s, start)
    }

    /// The contact term's coefficient (scaled, ≥ 0), the baseline's slope
    /// and intercept (scaled) and the fit's Σr², by projecting g̃ and ỹ on
    /// the baseline [1, x] (Frisch–Waugh–Lovell).
    fn solve(&self, s: &Sums) -> (f64, f64, f64, f64) {
        let n = self.n;
        let base = (self.syy - self.sxy * self.sxy / self.sxx).max(0.0);
        let sxg = s.sxg - self.sx * s.sg / n;
        let sgy = s.sgy - s.sg * self.sy / n;
        let sgg = s.sgg - s.sg * s.sg / n;
        let gg = sgg - sxg * sxg / self.sxx;
        let gy = sgy - sxg * self.sxy / self.sxx;
        let e = if gg > 1e-12 * s.sgg && gy > 0.0 {
            gy / gg
        } else {
            0.0
        };
        let b = (self.sxy - e * sxg) / self.sxx;
        let a = (self.sy - e * s.sg - b * self.sx) / n;
        (e, b, a, (base - gy * e).max(0.0))
    }

    fn rss(&self, dc: f64, g: impl Fn(f64) -> f64) -> f64 {
        let (s, _) = self.sums(dc, g);
        self.solve(&s).3
    }
}

/// Cubic Hermite table of Sneddon's G against s = √(d/R), 0 ≤ s ≤ s_max,
/// stored per interval as the cubic's coefficients in τ ∈ [0, 1].
struct SphereTable {
    inv_h: f64,
    cubics: Vec<[f64; 4]>,
}

impl SphereTable {
    fn new(u_max: f64) -> SphereTable {
        let s_max = u_max.max(0.0).sqrt() * (1.0 + 1e-9) + f64::MIN_POSITIVE;
        let h = s_max / (TABLE - 1) as f64;
        let mut warm = Warm::default();
        let nodes: Vec<(f64, f64)> = (0..TABLE)
            .map(|k| {
                let s = k as f64 * h;
                let (g, x) = sphere(s * s, &mut warm);
                // dG/du = 2x, du/ds = 2s; times h for the derivative in τ.
                (g, 4.0 * x * s * h)
            })
            .collect();
        let cubics = nodes
            .windows(2)
            .map(|w| {
                let ((g0, m0), (g1, m1)) = (w[0], w[1]);
                [
                    g0,
                    m0,
                    3.0 * (g1 - g0) - 2.0 * m0 - m1,
                    2.0 * (g0 - g1) + m0 + m1,
                ]
            })
            .collect();
        SphereTable {
            inv_h: 1.0 / h,
            cubics,
        }
    }

    #[inline]
    fn eval(&self, u: f64) -> f64 {
        if u.is_nan() || u <= 0.0 {
            return 0.0;
        }
        let p = u.sqrt() * self.inv_h;
        let k = (p as usize).min(TABLE - 2);
        let tau = p - k as f64;
        match self.cubics.get(k) {
            Some(c) => c[0] + tau * (c[1] + tau * (c[2] + tau * c[3])),
            None => 0.0,
        }
    }
}

/// Minimises the residual over δc in [lo, hi]: `coarse` (on a subsample) on
/// a grid of [`GRID`] points, then `fine` (on all points) by golden-section
/// search within two grid steps of the best.
fn search(lo: f64, hi: f64, coarse: impl Fn(f64) -> f64, fine: impl Fn(f64) -> f64) -> f64 {
    let step = (hi - lo) / (GRID - 1) as f64;
    let mut best = (0usize, f64::INFINITY);
    for k in 0..GRID {
        let r = coarse(lo + step * k as f64);
        if r < best.1 {
            best = (k, r);
        }
    }
    let at = |k: usize| (lo + step * k as f64).min(hi);
    let mut a = at(best.0.saturating_sub(2));
    let mut b = at((best.0 + 2).min(GRID - 1));
    let inv_phi = 0.618_033_988_749_894_9;
    let mut c = b - inv_phi * (b - a);
    let mut d = a + inv_phi * (b - a);
    let (mut fc, mut fd) = (fine(c), fine(d));
    for _ in 0..GOLDEN_STEPS {
        if fc <= fd {
            b = d;
            d = c;
            fd = fc;
            c = b - inv_phi * (b - a);
            fc = fine(c);
        } else {
            a = c;
            c = d;
            fc = fd;
            d = a + inv_phi * (b - a);
            fd = fine(d);
        }
    }
    let (x, fx) = if fc <= fd { (c, fc) } else { (d, fd) };
    // The grid's best point, if the refinement did not beat it.
    let g = at(best.0);
    if fx <= fine(g) {
        x
    } else {
        g
    }
}

/// Solves the symmetric positive-definite 4×4 system m·v = e_k by
/// Cholesky; `None` when m is not positive definite.
fn inverse_column(m: &[[f64; 4]; 4], k: usize) -> Option<[f64; 4]> {
    let dot = |a: &[f64], b: &[f64]| a.iter().zip(b).map(|(p, q)| p * q).sum::<f64>();
    let mut l = [[0.0f64; 4]; 4];
    for i in 0..4 {
        for j in 0..=i {
            let s = m[i][j] - dot(&l[i][..j], &l[j][..j]);
            if i == j {
                if s.is_nan() || s <= 1e-14 * m[i][i].abs() {
                    return None;
                }
                l[i][i] = s.sqrt();
            } else {
                l[i][j] = s / l[j][j];
            }
        }
    }
    // L·z = e_k, then Lᵀ·v = z.
    let mut z = [0.0f64; 4];
    for i in 0..4 {
        let e = if i == k { 1.0 } else { 0.0 };
        z[i] = (e - dot(&l[i][..i], &z[..i])) / l[i][i];
    }
    let mut v = [0.0f64; 4];
    for i in (0..4).rev() {
        let later: f64 = (i + 1..4).map(|p| l[p][i] * v[p]).sum();
        v[i] = (z[i] - later) / l[i][i];
    }
    v.iter().all(|x| x.is_finite()).then_some(v)
}

/// Fits F(δ) = a + b·δ + E·g(δ − δc) (module doc) to an approach curve.
///
/// `tip_position` δ (m, increasing into the sample) and `force` F (N) are
/// the approach segment, of equal length, in any order; every value must be
/// finite. Returns E (Pa), δc (m), a (N), b (N/m), their fit statistics and
/// warnings. Errors: NaN or infinite rows, unequal lengths, fewer than 10
/// points in the range, a δ or F that does not vary, no rise of the force
/// above the baseline (no contact), a tip or ν out of range.
pub fn fit_indentation(
    tip_position: &[f64],
    force: &[f64],
    settings: &AfmFitSettings,
) -> Result<AfmFit> {
    let shape = Shape::new(&settings.tip, settings.poisson)?;
    if tip_position.len() != force.len() {
        return Err(bad(format!(
            "the tip position and force columns must have equal length; got {} and {} rows",
            tip_position.len(),
            force.len()
        )));
    }
    if let Some(row) = tip_position
        .iter()
        .zip(force)
        .position(|(d, f)| !d.is_finite() || !f.is_finite())
    {
        return Err(bad(format!(
            "row {} of the approach has a tip position or force that is not a number; remove it",
            row + 1
        )));
    }
    let (lo, hi) = settings.range.unwrap_or((f64::NEG_INFINITY, f64::INFINITY));
    if lo.is_nan() || hi.is_nan() || lo >= hi {
        return Err(bad(format!(
            "the fit range must go from a smaller to a larger tip position; got {} to {} nm",
            format_clean(lo * 1e9, 4),
            format_clean(hi * 1e9, 4)
        )));
    }
    let mut pairs: Vec<(f64, f64)> = tip_position
        .iter()
        .zip(force)
        .filter(|(&d, _)| d >= lo && d <= hi)
        .map(|(&d, &f)| (d, f))
        .collect();
    if pairs.len() < FEW_POINTS {
        return Err(bad(format!(
            "only {} points lie in the fit range; at least {FEW_POINTS} are needed",
            pairs.len()
        )));
    }
    crate::fitting::sort_points(&mut pairs);
    let n = pairs.len();
    let nf = n as f64;
    let mean_d = pairs.iter().map(|p| p.0).sum::<f64>() / nf;
    let mean_f = pairs.iter().map(|p| p.1).sum::<f64>() / nf;
    let scale_d = pairs
        .iter()
        .map(|p| (p.0 - mean_d).abs())
        .fold(0.0, f64::max);
    let scale_f = pairs
        .iter()
        .map(|p| (p.1 - mean_f).abs())
        .fold(0.0, f64::max);
    if !(scale_d > 0.0 && scale_d.is_finite() && mean_d.is_finite()) {
        return Err(bad(
            "the tip position does not vary (or is too large): nothing to fit".to_string(),
        ));
    }
    if !(scale_f > 0.0 && scale_f.is_finite() && mean_f.is_finite()) {
        return Err(bad(
            "the force does not vary (or is too large): no contact found".to_string(),
        ));
    }
    let d: Vec<f64> = pairs.iter().map(|p| p.0).collect();
    let x: Vec<f64> = d.iter().map(|v| (v - mean_d) / scale_d).collect();
    let y: Vec<f64> = pairs.iter().map(|p| (p.1 - mean_f) / scale_f).collect();
    let (first, last) = (d[0], d[n - 1]);
    let span = last - first;
    let data = Prepared::new(d, x, y);
    if !(data.sxx > 0.0 && span > 0.0 && span.is_finite()) {
        return Err(bad(
            "the tip position does not vary: nothing to fit".to_string()
        ));
    }
    // Search from the first point to the third-largest (two points in contact).
    let search_hi = data.d[n - 3];
    if search_hi <= first {
        return Err(bad(
            "the tip position takes too few distinct values to find a contact point".to_string(),
        ));
    }
    let sub = data.every(n / COARSE_POINTS + 1);
    let inv = 1.0 / span;
    let contact = match shape {
        Shape::Power { exponent: 2.0, .. } => {
            let g = |v: f64| (v * inv) * (v * inv);
            search(first, search_hi, |c| sub.rss(c, g), |c| data.rss(c, g))
        }
        Shape::Power { .. } => {
            let g = |v: f64| (v * inv) * (v * inv).sqrt();
            search(first, search_hi, |c| sub.rss(c, g), |c| data.rss(c, g))
        }
        Shape::Sphere { radius, .. } => {
            let table = SphereTable::new(span / radius);
            let inv_r = 1.0 / radius;
            let norm = 1.0 / table.eval(span * inv_r).max(f64::MIN_POSITIVE);
            let g = |v: f64| table.eval(v * inv_r) * norm;
            search(first, search_hi, |c| sub.rss(c, g), |c| data.rss(c, g))
        }
    };
    let scales = Scales {
        mean_d,
        scale_d,
        mean_f,
        scale_f,
    };
    finish(&data, &scales, &shape, contact, settings)
}

/// What the scaled data were scaled by: x = (δ − mean_d)/scale_d,
/// y = (F − mean_f)/scale_f.
struct Scales {
    mean_d: f64,
    scale_d: f64,
    mean_f: f64,
    scale_f: f64,
}

/// The exact fit at the contact point found, its errors and its warnings.
fn finish(
    data: &Prepared,
    scales: &Scales,
    shape: &Shape,
    dc: f64,
    settings: &AfmFitSettings,
) -> Result<AfmFit> {
    let n = data.d.len();
    let nf = n as f64;
    let span = data.d[n - 1] - data.d[0];
    // g̃ = g/g_ref, so that the scaled coefficient is of order 1.
    let g_ref = shape.eval(span).0;
    if !(g_ref > 0.0 && g_ref.is_finite()) {
        return Err(bad(
            "the contact model cannot be evaluated over this range".to_string()
        ));
    }
    // g̃ and g̃′ exactly, once, at the points in contact.
    let start = data.d.partition_point(|&v| v <= dc);
    let mut warm = Warm::default();
    let contact: Vec<(f64, f64)> = data
        .d
        .get(start..)
        .unwrap_or(&[])
        .iter()
        .map(|&v| {
            let (g, dg) = shape.eval_warm(v - dc, &mut warm);
            (g / g_ref, dg / g_ref)
        })
        .collect();
    let mut s = Sums::default();
    let x = data.x.get(start..).unwrap_or(&[]);
    let y = data.y.get(start..).unwrap_or(&[]);
    for ((&(g, _), &xi), &yi) in contact.iter().zip(x).zip(y) {
        s.sg += g;
        s.sgg += g * g;
        s.sxg += xi * g;
        s.sgy += g * yi;
    }
    let (e_s, b_s, a_s, _) = data.solve(&s);
    if e_s.is_nan() || e_s <= 0.0 {
        return Err(bad(
            "no contact found: the force does not rise above the baseline as the tip pushes in; a sample far stiffer than the cantilever (a pillar, a hard substrate) is barely indented by it: if that was the test, choose the pillar or the nanoindent model"
                .to_string(),
        ));
    }
    // Residuals and the Jacobian (columns 1, x, g̃, ∂/∂(δc/δs)).
    let mut rss = 0.0;
    let mut m = [[0.0f64; 4]; 4];
    let zeros = std::iter::repeat_n(&(0.0, 0.0), start);
    for ((&xi, &yi), &(g, dg)) in data.x.iter().zip(&data.y).zip(zeros.chain(&contact)) {
        let r = yi - a_s - b_s * xi - e_s * g;
        rss += r * r;
        let j = [1.0, xi, g, -e_s * dg * scales.scale_d];
        for (row, &jr) in m.iter_mut().zip(&j) {
            for (cell, &jc) in row.iter_mut().zip(&j) {
                *cell += jr * jc;
            }
        }
    }
    let dof = (nf - 4.0).max(1.0);
    let s2 = rss / dof;
    let (var_e, var_c) = match (inverse_column(&m, 2), inverse_column(&m, 3)) {
        (Some(ve), Some(vc)) => (s2 * ve[2], s2 * vc[3]),
        // δc not determined (flat contact term at δc): E's error conditional on δc.
        _ => {
            let sxg = s.sxg - data.sx * s.sg / nf;
            let gg = s.sgg - s.sg * s.sg / nf - sxg * sxg / data.sxx;
            (s2 / gg, 0.0)
        }
    };
    let to_e = scales.scale_f / g_ref;
    let modulus = finite("Young's modulus", e_s * to_e)?;
    let modulus_se = finite("standard error of E", var_e.max(0.0).sqrt() * to_e)?;
    let contact_point = finite("contact point", dc)?;
    let contact_point_se = finite(
        "standard error of the contact point",
        var_c.max(0.0).sqrt() * scales.scale_d,
    )?;
    let slope = finite("baseline slope", b_s * scales.scale_f / scales.scale_d)?;
    let offset = finite(
        "baseline offset",
        scales.mean_f + a_s * scales.scale_f - slope * scales.mean_d,
    )?;
    let residual_rms = finite("residual RMS", (rss / nf).sqrt() * scales.scale_f)?;
    let max_indentation = finite("maximum indentation", (data.d[n - 1] - dc).max(0.0))?;
    let contact_points = n - start;
    let mut warnings = Vec::new();
    if contact_points < FEW_POINTS {
        warnings.push(format!(
            "only {contact_points} points lie beyond the contact point: no clear contact was \
             found; check the segment and the fit range"
        ));
    }
    let before = (dc - data.d[0]) / span;
    if start < FEW_POINTS || before < 0.1 {
        warnings.push(format!(
            "only {start} points ({} % of the fitted range) lie before the contact point: \
             the curve has too little free (non-contact) baseline, so the offset, tilt and \
             contact point are uncertain",
            format_clean(100.0 * before.max(0.0), 2)
        ));
    }
    match settings.tip {
        TipShape::Sphere { radius } if max_indentation > radius => warnings.push(format!(
            "the indentation ({} nm) exceeds the sphere's radius ({} nm): the sphere is pressed \
             in beyond its equator, where Sneddon's solution no longer describes it",
            format_clean(max_indentation * 1e9, 3),
            format_clean(radius * 1e9, 3)
        )),
        TipShape::Paraboloid { radius } if max_indentation > 0.1 * radius => {
            warnings.push(format!(
                "the indentation ({} nm) exceeds a tenth of the tip radius ({} nm): Hertz's \
                 paraboloid then overestimates a sphere's force by more than 1 %; consider \
                 the sphere model",
                format_clean(max_indentation * 1e9, 3),
                format_clean(radius * 1e9, 3)
            ))
        }
        _ => {}
    }
    if modulus_se > 0.2 * modulus {
        warnings.push(format!(
            "the modulus is poorly determined: its standard error is {} % of it",
            format_clean(100.0 * modulus_se / modulus, 2)
        ));
    }
    Ok(AfmFit {
        modulus,
        modulus_se,
        contact_point,
        contact_point_se,
        offset,
        slope,
        residual_rms,
        points: n,
        contact_points,
        max_indentation,
        warnings,
        tip: settings.tip,
        poisson: settings.poisson,
    })
}

/// The fitted model F(δ) = a + b·δ + E·g(δ − δc) at each given δ (m), as
/// (δ, F) pairs in N for drawing; δ that are not finite, or where the model
/// cannot be evaluated, are left out. Never fails.
pub fn fitted_curve(
    fit: &AfmFit,
    settings: &AfmFitSettings,
    tip_position: &[f64],
) -> Vec<(f64, f64)> {
    let Ok(shape) = Shape::new(&settings.tip, settings.poisson) else {
        return Vec::new();
    };
    tip_position
        .iter()
        .filter(|d| d.is_finite())
        .map(|&d| {
            let contact = if d > fit.contact_point {
                fit.modulus * shape.eval(d - fit.contact_point).0
            } else {
                0.0
            };
            (d, fit.offset + fit.slope * d + contact)
        })
        .filter(|p| p.1.is_finite())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// xorshift64 and a Gaussian-ish deviate (sum of four uniforms, unit variance).
    struct Noise(u64);
    impl Noise {
        fn uniform(&mut self) -> f64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 >> 11) as f64 / (1u64 << 53) as f64 - 0.5
        }
        fn gauss(&mut self) -> f64 {
            (self.uniform() + self.uniform() + self.uniform() + self.uniform()) * 3f64.sqrt()
        }
    }

    const E0: f64 = 50e3;
    const DC0: f64 = 0.13e-6;
    const OFFSET0: f64 = -7e-9;
    /// Baseline tilt: 2 nN per µm.
    const SLOPE0: f64 = 2e-3;

    /// 2000 points of δ from −2 to +1 µm, contact at 0.13 µm (0.87 µm deep),
    /// E = 50 kPa, ν = 0.5, offset −7 nN, tilt 2 nN/µm, noise of standard
    /// deviation `noise` × the largest contact force.
    fn synthetic(tip: TipShape, noise: f64, seed: u64) -> (Vec<f64>, Vec<f64>) {
        synthetic_at(tip, DC0, noise, seed)
    }

    /// As [`synthetic`], the contact at `dc`.
    fn synthetic_at(tip: TipShape, dc: f64, noise: f64, seed: u64) -> (Vec<f64>, Vec<f64>) {
        let n = 2000;
        let d: Vec<f64> = (0..n)
            .map(|i| -2e-6 + 3e-6 * i as f64 / (n - 1) as f64)
            .collect();
        let fmax = model_force(&tip, E0, 0.5, 1e-6 - dc).unwrap();
        let mut rng = Noise(seed);
        let f = d
            .iter()
            .map(|&x| {
                OFFSET0
                    + SLOPE0 * x
                    + model_force(&tip, E0, 0.5, x - dc).unwrap()
                    + noise * fmax * rng.gauss()
            })
            .collect();
        (d, f)
    }

    fn settings(tip: TipShape) -> AfmFitSettings {
        AfmFitSettings {
            tip,
            poisson: 0.5,
            range: None,
        }
    }

    const TIPS: [TipShape; 5] = [
        TipShape::Paraboloid { radius: 5e-6 },
        TipShape::Cone {
            half_angle_deg: 25.0,
        },
        TipShape::Pyramid4 {
            face_angle_deg: 35.0,
        },
        TipShape::Pyramid3 {
            face_angle_deg: 20.0,
        },
        TipShape::Sphere { radius: 5e-6 },
    ];

    #[test]
    fn each_tip_is_described_with_its_size_and_model() {
        let mut said: Vec<String> = TIPS.iter().map(TipShape::describe).collect();
        said.push(TipShape::Paraboloid { radius: 20e-9 }.describe());
        assert_eq!(
            said,
            [
                "paraboloid, R = 5 µm (Hertz)",
                "cone, half-opening 25° (Sneddon)",
                "four-sided pyramid, face angle 35° (Bilodeau)",
                "three-sided pyramid, face angle 20° (Bilodeau)",
                "sphere, R = 5 µm (Sneddon's exact solution)",
                "paraboloid, R = 20 nm (Hertz)",
            ]
        );
    }

    #[test]
    fn forward_model_by_hand() {
        // Paraboloid: E = 1 kPa, ν = 0.5 (1/(1 − ν²) = 4/3), R = 4 µm (√R =
        // 2e-3 √m), d = 1 µm (d^1.5 = 1e-9): F = 4/3·1000·4/3·2e-3·1e-9 = 32/9 nN.
        let p = TipShape::Paraboloid { radius: 4e-6 };
        let f = model_force(&p, 1e3, 0.5, 1e-6).unwrap();
        assert!((f / (32.0 / 9.0 * 1e-9) - 1.0).abs() < 1e-12, "{f}");
        // Cone, α = 45° (tan 1), ν = 0, E = 1 kPa, d = 1 µm:
        // F = (2/π)·1000·1e-12 = 6.366197724e-10 N.
        let c = TipShape::Cone {
            half_angle_deg: 45.0,
        };
        let f = model_force(&c, 1e3, 0.0, 1e-6).unwrap();
        assert!((f / 6.366197724e-10 - 1.0).abs() < 1e-9, "{f}");
        // Pyramids, α = 45°, ν = 0, E = 1 kPa, d = 1 µm: 0.7453e-9 and 0.8887e-9 N.
        let f4 = model_force(
            &TipShape::Pyramid4 {
                face_angle_deg: 45.0,
            },
            1e3,
            0.0,
            1e-6,
        );
        assert!((f4.unwrap() / 0.7453e-9 - 1.0).abs() < 1e-12);
        let f3 = model_force(
            &TipShape::Pyramid3 {
                face_angle_deg: 45.0,
            },
            1e3,
            0.0,
            1e-6,
        );
        assert!((f3.unwrap() / 0.8887e-9 - 1.0).abs() < 1e-12);
        // Sphere, R = 10 µm, contact radius a = R/2: ln((R + a)/(R − a)) = ln 3
        // = 1.0986122887; d = (a/2)·ln 3 = 2.5 µm·1.0986122887 = 2.746530722 µm;
        // F = E·R²·[(1 + 1/4)/2·ln 3 − 1/2] = 1000·1e-10·(0.6866326804 − 0.5)
        // = 1.866326804e-8 N (ν = 0).
        let s = TipShape::Sphere { radius: 10e-6 };
        let f = model_force(&s, 1e3, 0.0, 2.746530722e-6).unwrap();
        assert!((f / 1.866326804e-8 - 1.0).abs() < 1e-8, "{f}");
        // Not in contact: no force.
        assert_eq!(model_force(&s, 1e3, 0.0, -1e-6).unwrap(), 0.0);
        assert!(model_force(&s, 1e3, 0.0, f64::NAN).is_err());
        assert!(model_force(&c, -1.0, 0.0, 1e-6).is_err());
        assert!(model_force(
            &TipShape::Cone {
                half_angle_deg: 90.0
            },
            1e3,
            0.0,
            1e-6
        )
        .is_err());
    }

    #[test]
    fn sneddon_sphere_inverted() {
        // x = a/R = 0.999: t = atanh x = ½·ln(1999) = 3.800201; d/R = t·x = 3.796401;
        // G = (1 + x²)·t − x = 1.998001·3.800201 − 0.999 = 6.593803.
        let t = 0.5 * 1999f64.ln();
        let (g, x) = sphere(t * 0.999, &mut Warm::default());
        assert!((x - 0.999).abs() < 1e-12, "{x}");
        assert!((g - (1.998001 * t - 0.999)).abs() < 1e-12, "{g}");
        // Small d: Sneddon tends to Hertz·(1 − u/10 − u²/840): at u = 1e-3 the
        // series gives G = 4/3·u^1.5·(1 − 1e-4 − 1.2e-9).
        let (g, _) = sphere(1e-3, &mut Warm::default());
        let series = 4.0 / 3.0 * 1e-3f64.powf(1.5) * (1.0 - 1e-4 - 1e-6 / 840.0);
        assert!((g / series - 1.0).abs() < 1e-12, "{g} {series}");
        // Warm starts from the previous point give the cold result, over
        // u = 1e-9 to 1e3: the closed form (1 + x²)t − x loses ε/t² ≤ 2e-12
        // to cancellation just above the series' t = 0.01.
        let mut warm = Warm::default();
        for k in 0..3000 {
            let u = 10f64.powf(-9.0 + 12.0 * k as f64 / 2999.0);
            let (a, b) = (sphere(u, &mut warm).0, sphere(u, &mut Warm::default()).0);
            assert!((a / b - 1.0).abs() < 5e-12, "{u}");
            // and solve t·tanh t = u: G ≈ 4/3·u^1.5 (small u), 2u − 1 (large).
            let t = u.sqrt();
            assert!(k > 300 || (b / (4.0 / 3.0 * u * t) - 1.0).abs() < u, "{u}");
            assert!(u < 40.0 || (b / (2.0 * u - 1.0) - 1.0).abs() < 1e-12, "{u}");
        }
        // The search's Hermite table against the exact inversion over its range.
        let table = SphereTable::new(4.0);
        for k in 1..400 {
            let u = 4.0 * k as f64 / 400.0;
            let exact = sphere(u, &mut Warm::default()).0;
            // Cubic Hermite error h^4/384 * |G(4)| = 1e-10 here; 1e-7 relative.
            assert!(
                (table.eval(u) - exact).abs() < 1e-7 * exact.max(1e-3),
                "{u}"
            );
        }
        // The slope dF/dd = 2E·a/(1 − ν²) against a finite difference.
        let shape = Shape::new(&TipShape::Sphere { radius: 5e-6 }, 0.3).unwrap();
        let (_, dg) = shape.eval(1e-6);
        let fd = (shape.eval(1e-6 + 1e-12).0 - shape.eval(1e-6 - 1e-12).0) / 2e-12;
        assert!((dg / fd - 1.0).abs() < 1e-6, "{dg} {fd}");
    }

    /// E within 2 %, δc within 2 % of the 0.87 µm indentation (17.4 nm), the
    /// baseline's offset within 1 nN and tilt within 10 %, every tip, noise
    /// 1.5 % of the largest contact force; the error within 5 standard errors.
    #[test]
    fn recovers_every_tip() {
        for (k, tip) in TIPS.iter().enumerate() {
            let (d, f) = synthetic(*tip, 0.015, 0x9E37_79B9_7F4A_7C15 + k as u64);
            let fit = fit_indentation(&d, &f, &settings(*tip)).unwrap();
            let msg = format!("{tip:?}: {fit:?}");
            assert!((fit.modulus / E0 - 1.0).abs() < 0.02, "{msg}");
            assert!((fit.contact_point - DC0).abs() < 0.02 * 0.87e-6, "{msg}");
            assert!((fit.offset - OFFSET0).abs() < 1e-9, "{msg}");
            assert!((fit.slope / SLOPE0 - 1.0).abs() < 0.1, "{msg}");
            assert!((fit.modulus - E0).abs() < 5.0 * fit.modulus_se, "{msg}");
            assert!(
                (fit.contact_point - DC0).abs() < 5.0 * fit.contact_point_se,
                "{msg}"
            );
            assert_eq!(fit.points, 2000);
            assert!((fit.max_indentation - (1e-6 - fit.contact_point)).abs() < 1e-15);
            // The paraboloid is pressed 0.87 µm > R/10 = 0.5 µm deep: warned.
            let para = matches!(tip, TipShape::Paraboloid { .. });
            assert_eq!(fit.warnings.len(), usize::from(para), "{msg}");
            // The residual RMS is the noise: 1.5 % of the largest force, ±10 %.
            let fmax = model_force(tip, E0, 0.5, 1e-6 - DC0).unwrap();
            assert!(
                (fit.residual_rms / (0.015 * fmax) - 1.0).abs() < 0.1,
                "{msg}"
            );
            let curve = fitted_curve(&fit, &settings(*tip), &d);
            assert_eq!(curve.len(), d.len());
        }
    }

    #[test]
    fn noiseless_is_exact() {
        for tip in TIPS {
            let (d, f) = synthetic(tip, 0.0, 1);
            let fit = fit_indentation(&d, &f, &settings(tip)).unwrap();
            assert!((fit.modulus / E0 - 1.0).abs() < 1e-6, "{tip:?} {fit:?}");
            assert!((fit.contact_point - DC0).abs() < 1e-12, "{tip:?} {fit:?}");
            assert!((fit.offset - OFFSET0).abs() < 1e-14, "{tip:?} {fit:?}");
        }
    }

    #[test]
    fn order_and_range() {
        let tip = TipShape::Sphere { radius: 5e-6 };
        let (d, f) = synthetic(tip, 0.01, 7);
        // Shuffled: 2000 and 7·k mod 2000 visit every row once (7 is prime to 2000).
        let order: Vec<usize> = (0..2000).map(|k| 7 * k % 2000).collect();
        let ds: Vec<f64> = order.iter().map(|&i| d[i]).collect();
        let fs: Vec<f64> = order.iter().map(|&i| f[i]).collect();
        let a = fit_indentation(&d, &f, &settings(tip)).unwrap();
        let b = fit_indentation(&ds, &fs, &settings(tip)).unwrap();
        assert!((a.modulus / b.modulus - 1.0).abs() < 1e-9);
        // Range −1 to +0.8 µm: 1200 points (δ steps of 3 µm/1999).
        let s = AfmFitSettings {
            range: Some((-1e-6, 0.8e-6)),
            ..settings(tip)
        };
        let c = fit_indentation(&d, &f, &s).unwrap();
        assert!((c.points as i64 - 1200).abs() <= 1, "{}", c.points);
        assert!((c.modulus / E0 - 1.0).abs() < 0.03, "{c:?}");
        assert!((c.max_indentation - (0.8e-6 - c.contact_point)).abs() < 3e-9);
        let bad_range = AfmFitSettings {
            range: Some((1e-6, -1e-6)),
            ..settings(tip)
        };
        assert!(fit_indentation(&d, &f, &bad_range).is_err());
    }

    #[test]
    fn warnings_and_errors() {
        // No contact: baseline and noise only → an error or a warning.
        let d: Vec<f64> = (0..500).map(|i| i as f64 * 1e-9).collect();
        let mut rng = Noise(3);
        let f: Vec<f64> = d
            .iter()
            .map(|x| 1e-9 + 1e-3 * x + 1e-10 * rng.gauss())
            .collect();
        let tip = TipShape::Cone {
            half_angle_deg: 20.0,
        };
        match fit_indentation(&d, &f, &settings(tip)) {
            Ok(fit) => assert!(!fit.warnings.is_empty(), "{fit:?}"),
            Err(e) => assert!(e.to_string().contains("no contact"), "{e}"),
        }
        // A force that falls into the sample: no contact.
        let g: Vec<f64> = d.iter().map(|x| -(x * 1e3).powi(2)).collect();
        let e = fit_indentation(&d, &g, &settings(tip)).unwrap_err();
        assert!(e.to_string().contains("no contact"), "{e}");
        // NaN rows are named.
        let mut h = f.clone();
        h[2] = f64::NAN;
        let e = fit_indentation(&d, &h, &settings(tip)).unwrap_err();
        assert!(e.to_string().contains("row 3"), "{e}");
        assert!(fit_indentation(&d[..5], &f[..5], &settings(tip)).is_err());
        assert!(fit_indentation(&d, &f[..10], &settings(tip)).is_err());
        // A sphere of 0.5 µm pressed 0.87 µm: beyond its radius.
        let small = TipShape::Sphere { radius: 0.5e-6 };
        let (d, f) = synthetic(small, 0.01, 5);
        let fit = fit_indentation(&d, &f, &settings(small)).unwrap();
        assert!((fit.modulus / E0 - 1.0).abs() < 0.02, "{fit:?}");
        assert!(fit.warnings.iter().any(|w| w.contains("radius")), "{fit:?}");
        // All in contact (range starts after the contact point): no baseline.
        let tip = TipShape::Pyramid4 {
            face_angle_deg: 35.0,
        };
        let (d, f) = synthetic(tip, 0.01, 9);
        let s = AfmFitSettings {
            range: Some((0.2e-6, 1e-6)),
            ..settings(tip)
        };
        let fit = fit_indentation(&d, &f, &s).unwrap();
        assert!(
            fit.warnings.iter().any(|w| w.contains("baseline")),
            "{fit:?}"
        );
    }

    /// Release-mode timing (`cargo test --release -p ecm-core --lib
    /// afm_indentation -- --ignored --nocapture`); with AFM_SYNTHETIC_OUT set
    /// to a folder, also writes the curves as text (δ m, F N) for nanite.
    #[test]
    #[ignore]
    fn timing() {
        let names = ["paraboloid", "cone", "pyramid4", "pyramid3", "sphere"];
        for (k, (tip, name)) in TIPS.iter().zip(names).enumerate() {
            let (d, f) = synthetic(*tip, 0.015, 0x9E37_79B9_7F4A_7C15 + k as u64);
            if let Ok(dir) = std::env::var("AFM_SYNTHETIC_OUT") {
                let text: String = d
                    .iter()
                    .zip(&f)
                    .map(|(a, b)| format!("{a:e}\t{b:e}\n"))
                    .collect();
                std::fs::write(format!("{dir}/afm-synthetic-{name}.txt"), text).unwrap();
            }
            let runs = 300;
            let start = std::time::Instant::now();
            let mut fit = None;
            for _ in 0..runs {
                fit = Some(fit_indentation(&d, &f, &settings(*tip)).unwrap());
            }
            let per = start.elapsed().as_secs_f64() / runs as f64;
            let fit = fit.unwrap();
            println!(
                "{name}: {:.1} µs per fit; E = {:.2} ± {:.2} Pa, δc = {:.2} ± {:.2} nm",
                per * 1e6,
                fit.modulus,
                fit.modulus_se,
                fit.contact_point * 1e9,
                fit.contact_point_se * 1e9
            );
        }
        // The slowest case: a sphere in contact over 95 % of the curve.
        let tip = TipShape::Sphere { radius: 5e-6 };
        let (d, f) = synthetic_at(tip, -1.85e-6, 0.015, 11);
        let start = std::time::Instant::now();
        for _ in 0..100 {
            let fit = fit_indentation(&d, &f, &settings(tip)).unwrap();
            assert!((fit.modulus / E0 - 1.0).abs() < 0.02, "{fit:?}");
        }
        let per = start.elapsed().as_secs_f64() / 100.0;
        println!("sphere, 95 % in contact: {:.1} µs per fit", per * 1e6);
    }
}
