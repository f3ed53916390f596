//! How fast a confined deposit loses its stress by creep.
//!
//! A deposit held at stress σ₀ by a rigid confinement relaxes as
//! `dσ/dt = −E · ε̇(σ)` (docs/science.md §8): the creep strain replaces elastic
//! strain. The time to fall from σ₀ to σ₁ is `t = ∫_{σ₁}^{σ₀} dσ / (E·ε̇(σ))`.
//!
//! For power-law creep alone it has a closed form,
//! `t = (σ₁^(1−n) − σ₀^(1−n)) / (E · A' · (n − 1))` with σ and E in MPa and
//! A' = A·exp[−(Q/R)(1/T − 1/T_ref)] (MPa⁻ⁿ s⁻¹); with every mechanism
//! together ([`crate::creep::laws`]) the integral is taken numerically.
//! Times are in seconds; stresses and E in Pa at the interface.
//!
//! Against it stands plating, which pushes metal into the confined deposit:
//! at current density i the deposit of size d gains strain at
//! `ε̇_plating = i·Vm/(F·d)` (one electron per Li⁺, Na⁺ or K⁺ ion), so it
//! builds σ₀ elastically in `σ₀/(E·ε̇_plating)`, and creep caps the stress
//! where `ε̇_creep(σ) = ε̇_plating` (docs/science.md §8: "compare it with the time to
//! build the stress").

use crate::constants::FARADAY;
use crate::creep::laws::{check_inputs, ln_linear_and_power, ln_total_rate, CreepModel};
use crate::error::{finite, Error, Result};
use crate::input_limits::{
    CREEP_STRESS, CURRENT_DENSITY, GRAIN_SIZE, MOLAR_VOLUME, YOUNGS_MODULUS,
};

/// Intervals of the Simpson rule over ln σ (even).
const INTERVALS: usize = 4000;

fn check_stresses(from: f64, to: f64) -> Result<(f64, f64)> {
    let s0 = CREEP_STRESS.check(from)?;
    let s1 = CREEP_STRESS.check(to)?;
    if s1 >= s0 {
        return Err(Error::Inconsistent {
            message:
                "the final stress σ₁ must be below the starting stress σ₀ for the deposit to relax"
                    .to_string(),
        });
    }
    Ok((s0, s1))
}

/// The time (s) for a deposit of modulus `modulus` (Pa) to relax from `from`
/// to `to` (Pa, σ₁ < σ₀) by all creep mechanisms together, at `temperature`
/// (K) and size `size` (m): `t = ∫ dσ / (E·ε̇(σ))`, by Simpson's rule in ln σ
/// (4 000 intervals; the integrand σ/(E·ε̇) is smooth in ln σ).
///
/// ```
/// use ecm_core::creep::laws::*;
/// use ecm_core::creep::relaxation::*;
/// let na = CreepModel {
///     power_law: Some(PowerLawCreep { n: 5.0, a: 0.53, q: 42e3, t_ref: 298.0 }),
///     diffusion: Diffusion { d0_lattice: 1.9e-5, q_lattice: 44e3,
///         delta_d0_boundary: 1.39e-14, q_boundary: 24.2e3, atomic_volume: 3.94e-29 },
///     melting_point: 370.95,
/// };
/// let t = relaxation_time(&na, 4.6e9, 100e6, 1e6, 298.0, 300e-9).unwrap();
/// assert!(t > 0.0);
/// ```
pub fn relaxation_time(
    model: &CreepModel,
    modulus: f64,
    from: f64,
    to: f64,
    temperature: f64,
    size: f64,
) -> Result<f64> {
    let (t, d) = check_inputs(model, temperature, size)?;
    let e = YOUNGS_MODULUS.check(modulus)?;
    let (s0, s1) = check_stresses(from, to)?;
    let (a, b) = (s1.ln(), s0.ln());
    let h = (b - a) / INTERVALS as f64;
    // The integrand in ln σ is σ / (E·ε̇), written through logarithms; it is
    // scaled by its value at σ₁ (its largest) so no term overflows.
    let ln_g = |u: f64| u - e.ln() - ln_total_rate(model, u, t, d);
    let scale = ln_g(a);
    let mut sum = 0.0;
    for i in 0..=INTERVALS {
        let w = if i == 0 || i == INTERVALS {
            1.0
        } else if i % 2 == 1 {
            4.0
        } else {
            2.0
        };
        sum += w * (ln_g(a + h * i as f64) - scale).exp();
    }
    let ln_t = (sum * h / 3.0).ln() + scale;
    finite("relaxation time", ln_t.exp())
}

/// The time (s) to relax from `from` to `to` (Pa) by power-law creep alone,
/// in closed form: `t = (σ₁^(1−n) − σ₀^(1−n)) / (E·A'·(n − 1))`, σ and E in
/// MPa, A' the prefactor at `temperature`. An error when the model has no
/// power-law fit.
///
/// ```
/// use ecm_core::creep::laws::*;
/// use ecm_core::creep::relaxation::*;
/// // n = 5, A = 0.53 MPa⁻⁵ s⁻¹ at T_ref, E = 4600 MPa, 1 → 0.5 MPa:
/// // (0.5⁻⁴ − 1) / (4600 · 0.53 · 4) = 15 / 9752 = 1.538 × 10⁻³ s.
/// let na = CreepModel {
///     power_law: Some(PowerLawCreep { n: 5.0, a: 0.53, q: 42e3, t_ref: 298.0 }),
///     diffusion: Diffusion { d0_lattice: 1.9e-5, q_lattice: 44e3,
///         delta_d0_boundary: 1.39e-14, q_boundary: 24.2e3, atomic_volume: 3.94e-29 },
///     melting_point: 370.95,
/// };
/// let t = power_law_relaxation_time(&na, 4.6e9, 1e6, 0.5e6, 298.0).unwrap();
/// assert!((t / (15.0 / 9752.0) - 1.0).abs() < 1e-12);
/// ```
pub fn power_law_relaxation_time(
    model: &CreepModel,
    modulus: f64,
    from: f64,
    to: f64,
    temperature: f64,
) -> Result<f64> {
    let (t, _) = check_inputs(model, temperature, 1.0)?;
    let e = YOUNGS_MODULUS.check(modulus)?;
    let (s0, s1) = check_stresses(from, to)?;
    let (_, ln_a) = ln_linear_and_power(model, t, 1.0);
    let Some(ln_a) = ln_a else {
        return Err(Error::Inconsistent {
            message: "no power-law creep fit is given for this metal: enter n, A and Q".to_string(),
        });
    };
    let n = model.power_law.map_or(2.0, |p| p.n);
    let (s0, s1, e) = (s0 / 1e6, s1 / 1e6, e / 1e6);
    // σ₁^(1−n) − σ₀^(1−n) = σ₁^(1−n)·(1 − r) with r = (σ₁/σ₀)^(n−1) < 1,
    // through logarithms; 1 − r = −expm1(ln r) keeps it accurate near r = 1.
    let ln_one_minus_r = (-((n - 1.0) * (s1 / s0).ln()).exp_m1()).ln();
    let ln_t = (1.0 - n) * s1.ln() + ln_one_minus_r - e.ln() - ln_a - (n - 1.0).ln();
    finite("relaxation time", ln_t.exp())
}

/// The strain rate (s⁻¹) at which plating at `current_density` (A/m²) feeds
/// metal of molar volume `molar_volume` (m³/mol) into a confined deposit of
/// size `size` (m): `ε̇ = i·Vm/(F·d)`, one electron per ion.
///
/// ```
/// // Na (23.7 cm³/mol) at 1 mA/cm² = 10 A/m² into 300 nm:
/// // 10 · 23.7e-6 / (96485.33 · 300e-9) = 8.19 × 10⁻³ s⁻¹.
/// let r = ecm_core::creep::relaxation::plating_strain_rate(10.0, 23.7e-6, 300e-9).unwrap();
/// assert!((r / 8.1877e-3 - 1.0).abs() < 1e-4);
/// ```
pub fn plating_strain_rate(current_density: f64, molar_volume: f64, size: f64) -> Result<f64> {
    let i = CURRENT_DENSITY.check(current_density)?;
    let vm = MOLAR_VOLUME.check(molar_volume)?;
    let d = GRAIN_SIZE.check(size)?;
    finite("plating strain rate", i * vm / (FARADAY * d))
}

/// The time (s) to build `stress` (Pa) elastically in a deposit of modulus
/// `modulus` (Pa) strained at `rate` (s⁻¹) with no creep: `σ₀/(E·ε̇)`.
///
/// ```
/// let t = ecm_core::creep::relaxation::build_up_time(100e6, 4.6e9, 8.1877e-3).unwrap();
/// assert!((t - 100e6 / (4.6e9 * 8.1877e-3)).abs() < 1e-12);
/// ```
pub fn build_up_time(stress: f64, modulus: f64, rate: f64) -> Result<f64> {
    let s = CREEP_STRESS.check(stress)?;
    let e = YOUNGS_MODULUS.check(modulus)?;
    let r = crate::input_limits::STRAIN_RATE.check(rate)?;
    finite("time to build the stress", s / (e * r))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::creep::laws::{total_rate, Diffusion};

    fn close(a: f64, b: f64, rel: f64) {
        assert!((a - b).abs() <= rel * b.abs(), "{a} vs {b}");
    }

    fn power_only() -> CreepModel {
        // Sodium with diffusion made negligible: Q far above R·T.
        CreepModel {
            diffusion: Diffusion {
                d0_lattice: 1e-20,
                q_lattice: 1e6,
                delta_d0_boundary: 1e-30,
                q_boundary: 1e6,
                atomic_volume: 3.94e-29,
            },
            ..crate::creep::laws::tests::sodium()
        }
    }

    /// Integrates dσ/dt = −E·ε̇(σ) in time with classical Runge–Kutta
    /// (steps that keep each change of σ under 0.1 %) until σ reaches σ₁.
    fn integrate_in_time(model: &CreepModel, e: f64, s0: f64, s1: f64, t: f64, d: f64) -> f64 {
        let f = |s: f64| -e * total_rate(model, s, t, d).unwrap();
        let (mut s, mut time) = (s0, 0.0);
        while s > s1 {
            let mut dt = 1e-3 * s / -f(s);
            let k1 = f(s);
            if s + dt * k1 < s1 {
                dt = (s1 - s) / k1; // the last step lands on σ₁ (first order)
            }
            let k2 = f(s + 0.5 * dt * k1);
            let k3 = f(s + 0.5 * dt * k2);
            let k4 = f(s + dt * k3);
            s += dt / 6.0 * (k1 + 2.0 * k2 + 2.0 * k3 + k4);
            time += dt;
        }
        time
    }

    #[test]
    fn closed_form_agrees_with_integrating_the_ode_in_time() {
        let m = power_only();
        let closed = power_law_relaxation_time(&m, 4.6e9, 1e6, 0.3e6, 298.0).unwrap();
        // By hand: (0.3⁻⁴ − 1) / (4600 · 0.53 · 4) = 122.457 / 9752 = 0.012557 s.
        close(closed, (0.3f64.powi(-4) - 1.0) / 9752.0, 1e-12);
        let ode = integrate_in_time(&m, 4.6e9, 1e6, 0.3e6, 298.0, 1.0);
        close(ode, closed, 2e-3);
        let quadrature = relaxation_time(&m, 4.6e9, 1e6, 0.3e6, 298.0, 1.0).unwrap();
        close(quadrature, closed, 1e-8);
    }

    #[test]
    fn linear_creep_relaxes_exponentially() {
        // Diffusional creep alone is linear, ε̇ = C·σ, so σ = σ₀·e^(−E·C·t)
        // and t = ln(σ₀/σ₁)/(E·C).
        let mut m = crate::creep::laws::tests::sodium();
        m.power_law = None;
        let (t, d, e) = (298.0, 300e-9, 4.6e9);
        let c = total_rate(&m, 1e6, t, d).unwrap() / 1e6;
        let expected = (100.0f64).ln() / (e * c);
        close(
            relaxation_time(&m, e, 100e6, 1e6, t, d).unwrap(),
            expected,
            1e-10,
        );
        close(integrate_in_time(&m, e, 100e6, 1e6, t, d), expected, 2e-3);
    }

    #[test]
    fn every_mechanism_together_agrees_with_the_ode() {
        let m = crate::creep::laws::tests::sodium();
        // 1 µm sodium from 1 MPa to 0.05 MPa: both power law and diffusion matter.
        let q = relaxation_time(&m, 4.6e9, 1e6, 0.05e6, 298.0, 1e-6).unwrap();
        let ode = integrate_in_time(&m, 4.6e9, 1e6, 0.05e6, 298.0, 1e-6);
        close(q, ode, 2e-3);
        // Faster than either mechanism alone.
        let pl = power_law_relaxation_time(&m, 4.6e9, 1e6, 0.05e6, 298.0).unwrap();
        assert!(q < pl);
    }

    #[test]
    fn plating_against_creep_by_hand() {
        // Li (13.0 cm³/mol) at 5 mA/cm² = 50 A/m² into 1 µm:
        // 50 · 13e-6 / (96485.33212 · 1e-6) = 6.7368e-3 s⁻¹.
        let r = plating_strain_rate(50.0, 13e-6, 1e-6).unwrap();
        close(r, 6.736_77e-3, 1e-5);
        // 0.7 MPa in E = 7.82 GPa at that rate: 0.7e6/(5.2681e7) = 0.013287 s.
        close(build_up_time(0.7e6, 7.82e9, r).unwrap(), 0.013_287, 1e-3);
        assert!(plating_strain_rate(0.0, 13e-6, 1e-6).is_err());
    }

    #[test]
    fn bad_orders_and_missing_fits_are_errors() {
        let m = crate::creep::laws::tests::sodium();
        assert!(relaxation_time(&m, 4.6e9, 1e6, 2e6, 298.0, 1e-6).is_err());
        let mut k = m;
        k.power_law = None;
        let e = power_law_relaxation_time(&k, 4.6e9, 2e6, 1e6, 298.0)
            .unwrap_err()
            .to_string();
        assert!(e.contains("enter n, A and Q"), "{e}");
    }
}
