//! Creep of Li, Na and K: how fast a metal flows under a steady stress, by
//! power-law (dislocation) creep and by diffusional creep (Nabarro–Herring
//! through the grains, Coble along their boundaries).
//!
//! **Power-law creep**, as fitted to bulk tests (docs/science.md §8):
//! `ε̇ = A · σⁿ · exp[−(Q/R)(1/T − 1/T_ref)]`, σ in MPa, A in MPa⁻ⁿ s⁻¹ at the
//! reference temperature T_ref (K), Q in J/mol, R = 8.314 J/(mol·K).
//! Sources: Li, Masias et al., J. Mater. Sci. 54, 2585 (2019), doi
//! 10.1007/s10853-018-2971-3 and LePage et al., J. Electrochem. Soc. 166, A89
//! (2019), doi 10.1149/2.0221902jes; Na, Wang, Chang, Wolfenstine, Sakamoto,
//! Materialia 12, 100792 (2020), doi 10.1016/j.mtla.2020.100792.
//!
//! **Diffusional creep** (Frost & Ashby, *Deformation-Mechanism Maps*, 1982,
//! ch. 2): `ε̇ = 42 · Ω · σ · D_eff / (k · T · d²)` with
//! `D_eff = D_v · (1 + (π δ / d) · D_b / D_v)`. The first term is
//! Nabarro–Herring (∝ 1/d²), the second Coble (∝ 1/d³):
//! `ε̇_NH = 42 Ω σ D_v / (k T d²)`, `ε̇_C = 42 π Ω σ δD_b / (k T d³)`, with
//! `D_v = D₀v · exp(−Q_v/(R T))` and `δD_b = δD₀b · exp(−Q_b/(R T))`. σ in Pa,
//! Ω in m³, d in m (the grain size; for a single-crystal rod or particle its
//! diameter is an upper bound on the diffusion distance), k = 1.380 649 × 10⁻²³ J/K.
//!
//! Mechanisms act in parallel, so their rates add. Every rate is in s⁻¹.
//! Rates are computed through their logarithms, so a rate of 10⁻²⁰⁰ s⁻¹ is
//! still compared correctly; a total below the smallest `f64` is an error.

use crate::constants::{BOLTZMANN, GAS_CONSTANT};
use crate::error::{finite, Error, Result};
use crate::input_limits::{
    ACTIVATION_ENERGY, ATOMIC_VOLUME, BOUNDARY_DIFFUSIVITY, CREEP_EXPONENT, CREEP_PREFACTOR,
    CREEP_STRESS, CREEP_TEMPERATURE, DIFFUSIVITY, GRAIN_SIZE, STRAIN_RATE,
};
use crate::numbers::number_format::format_clean;

/// Frost & Ashby's constant of diffusional creep (42 for a polycrystal of
/// equiaxed grains in tension, *Deformation-Mechanism Maps*, 1982, eq. 2.29).
pub const DIFFUSIONAL_CONSTANT: f64 = 42.0;

/// A power-law creep fit `ε̇ = A·σⁿ·exp[−(Q/R)(1/T − 1/T_ref)]` (σ in MPa).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PowerLawCreep {
    /// Stress exponent n (> 1).
    pub n: f64,
    /// Prefactor A in MPa⁻ⁿ s⁻¹ at `t_ref`.
    pub a: f64,
    /// Activation energy Q in J/mol.
    pub q: f64,
    /// Reference temperature T_ref in K (the temperature A was fitted at).
    pub t_ref: f64,
}

/// Lattice and grain-boundary diffusion, and the atomic volume.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Diffusion {
    /// Lattice (volume) diffusivity prefactor D₀v in m²/s.
    pub d0_lattice: f64,
    /// Lattice diffusion activation energy Q_v in J/mol.
    pub q_lattice: f64,
    /// Boundary width times boundary diffusivity prefactor, δ·D₀b, in m³/s.
    pub delta_d0_boundary: f64,
    /// Boundary diffusion activation energy Q_b in J/mol.
    pub q_boundary: f64,
    /// Atomic volume Ω in m³.
    pub atomic_volume: f64,
}

/// Everything the creep laws need for one metal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CreepModel {
    /// The power-law fit, if one is known (none is measured for K).
    pub power_law: Option<PowerLawCreep>,
    /// Diffusion data for Nabarro–Herring and Coble creep.
    pub diffusion: Diffusion,
    /// Melting point Tm in K: the laws hold for the solid, below it.
    pub melting_point: f64,
}

/// A creep mechanism.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mechanism {
    /// Power-law (dislocation) creep.
    PowerLaw,
    /// Nabarro–Herring creep: diffusion through the grains.
    NabarroHerring,
    /// Coble creep: diffusion along grain boundaries.
    Coble,
}

impl Mechanism {
    /// All mechanisms, in the order the page lists them.
    pub const ALL: [Mechanism; 3] = [
        Mechanism::PowerLaw,
        Mechanism::NabarroHerring,
        Mechanism::Coble,
    ];

    /// Its name for people.
    pub fn label(self) -> &'static str {
        match self {
            Mechanism::PowerLaw => "power-law creep",
            Mechanism::NabarroHerring => "Nabarro–Herring creep",
            Mechanism::Coble => "Coble creep",
        }
    }
}

/// The strain rates of each mechanism at one stress, temperature and size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CreepRates {
    /// Power-law creep rate in s⁻¹ (`None` without a power-law fit).
    pub power_law: Option<f64>,
    /// Nabarro–Herring rate in s⁻¹.
    pub nabarro_herring: f64,
    /// Coble rate in s⁻¹.
    pub coble: f64,
    /// Their sum in s⁻¹ (> 0).
    pub total: f64,
    /// The fastest mechanism.
    pub dominant: Mechanism,
    /// Homologous temperature T/Tm.
    pub homologous_temperature: f64,
}

/// The checked inputs and the natural logarithms of each rate.
struct LnRates {
    power_law: Option<f64>,
    nabarro_herring: f64,
    coble: f64,
}

fn check_model(model: &CreepModel) -> Result<()> {
    if let Some(p) = &model.power_law {
        CREEP_EXPONENT.check(p.n)?;
        CREEP_PREFACTOR.check(p.a)?;
        ACTIVATION_ENERGY.check(p.q)?;
        CREEP_TEMPERATURE.check(p.t_ref)?;
    }
    let d = &model.diffusion;
    DIFFUSIVITY.check(d.d0_lattice)?;
    ACTIVATION_ENERGY.check(d.q_lattice)?;
    BOUNDARY_DIFFUSIVITY.check(d.delta_d0_boundary)?;
    ACTIVATION_ENERGY.check(d.q_boundary)?;
    ATOMIC_VOLUME.check(d.atomic_volume)?;
    CREEP_TEMPERATURE.check(model.melting_point)?;
    Ok(())
}

fn check_temperature(model: &CreepModel, temperature: f64) -> Result<f64> {
    let t = CREEP_TEMPERATURE.check(temperature)?;
    if t >= model.melting_point {
        return Err(Error::Inconsistent {
            message: format!(
                "at {} K the metal is liquid (it melts at {} K): creep laws hold below the melting point",
                format_clean(t, 5),
                format_clean(model.melting_point, 5)
            ),
        });
    }
    Ok(t)
}

/// ln of the lattice diffusivity D_v = D₀v·exp(−Q_v/(R T)) in m²/s.
fn ln_lattice(d: &Diffusion, t: f64) -> f64 {
    d.d0_lattice.ln() - d.q_lattice / (GAS_CONSTANT * t)
}

/// ln of δ·D_b = δD₀b·exp(−Q_b/(R T)) in m³/s.
fn ln_boundary(d: &Diffusion, t: f64) -> f64 {
    d.delta_d0_boundary.ln() - d.q_boundary / (GAS_CONSTANT * t)
}

/// ln of the power-law rate at stress σ (Pa) and temperature t (K).
fn ln_power_law(p: &PowerLawCreep, ln_stress_pa: f64, t: f64) -> f64 {
    p.a.ln() + p.n * (ln_stress_pa - 1e6f64.ln()) - p.q / GAS_CONSTANT * (1.0 / t - 1.0 / p.t_ref)
}

/// ln of the Nabarro–Herring rate divided by σ (s⁻¹ Pa⁻¹), and of Coble's.
fn ln_diffusional_per_pa(d: &Diffusion, t: f64, size: f64) -> (f64, f64) {
    let common = (DIFFUSIONAL_CONSTANT * d.atomic_volume / (BOLTZMANN * t)).ln();
    let nh = common + ln_lattice(d, t) - 2.0 * size.ln();
    let coble = common + std::f64::consts::PI.ln() + ln_boundary(d, t) - 3.0 * size.ln();
    (nh, coble)
}

fn ln_rates(model: &CreepModel, ln_stress: f64, t: f64, size: f64) -> LnRates {
    let (nh, coble) = ln_diffusional_per_pa(&model.diffusion, t, size);
    LnRates {
        power_law: model
            .power_law
            .as_ref()
            .map(|p| ln_power_law(p, ln_stress, t)),
        nabarro_herring: nh + ln_stress,
        coble: coble + ln_stress,
    }
}

/// ln of the total rate, computed without overflow or underflow.
fn ln_total(r: &LnRates) -> f64 {
    let terms = [r.power_law, Some(r.nabarro_herring), Some(r.coble)];
    let max = terms
        .iter()
        .flatten()
        .fold(f64::NEG_INFINITY, |a, &b| a.max(b));
    max + terms
        .iter()
        .flatten()
        .map(|&v| (v - max).exp())
        .sum::<f64>()
        .ln()
}

/// ln of the total rate (s⁻¹) at ln σ (σ in Pa), for checked inputs: the
/// integrand of [`crate::creep::relaxation`] and the contours of
/// [`crate::creep::mechanism_map`].
pub(crate) fn ln_total_rate(model: &CreepModel, ln_stress: f64, t: f64, size: f64) -> f64 {
    ln_total(&ln_rates(model, ln_stress, t, size))
}

/// ln of the faster diffusional rate per pascal (NH or Coble, s⁻¹ Pa⁻¹) and
/// ln of the power-law prefactor A' = A·exp[−(Q/R)(1/T − 1/T_ref)] (MPa⁻ⁿ s⁻¹).
pub(crate) fn ln_linear_and_power(model: &CreepModel, t: f64, size: f64) -> (f64, Option<f64>) {
    let (nh, coble) = ln_diffusional_per_pa(&model.diffusion, t, size);
    let linear = nh.max(coble);
    let power = model
        .power_law
        .as_ref()
        .map(|p| ln_power_law(p, 1e6f64.ln(), t));
    (linear, power)
}

/// Checks a model and a temperature (below the melting point) and a size:
/// the inputs of every creep calculation.
pub(crate) fn check_inputs(model: &CreepModel, temperature: f64, size: f64) -> Result<(f64, f64)> {
    check_model(model)?;
    let t = check_temperature(model, temperature)?;
    Ok((t, GRAIN_SIZE.check(size)?))
}

/// The strain rate of each mechanism, their sum and which dominates, for a
/// metal `model` at `stress` (Pa), `temperature` (K, below the melting
/// point) and grain or specimen size `size` (m).
///
/// ```
/// use ecm_core::creep::laws::*;
/// // Na at 0.26 MPa, 298 K, by Wang et al.'s fit: 0.53 × 0.26⁵ = 6.3 × 10⁻⁴ s⁻¹.
/// let na = CreepModel {
///     power_law: Some(PowerLawCreep { n: 5.0, a: 0.53, q: 42e3, t_ref: 298.0 }),
///     diffusion: Diffusion { d0_lattice: 1.9e-5, q_lattice: 44e3,
///         delta_d0_boundary: 1.39e-14, q_boundary: 24.2e3, atomic_volume: 3.94e-29 },
///     melting_point: 370.95,
/// };
/// let r = creep_rates(&na, 0.26e6, 298.0, 1e-3).unwrap();
/// assert!((r.power_law.unwrap() / 6.3e-4 - 1.0).abs() < 0.01);
/// assert_eq!(r.dominant, Mechanism::PowerLaw);
/// ```
pub fn creep_rates(
    model: &CreepModel,
    stress: f64,
    temperature: f64,
    size: f64,
) -> Result<CreepRates> {
    check_model(model)?;
    let s = CREEP_STRESS.check(stress)?;
    let t = check_temperature(model, temperature)?;
    let d = GRAIN_SIZE.check(size)?;
    let ln = ln_rates(model, s.ln(), t, d);
    let lt = ln_total(&ln);
    if lt < -700.0 {
        return Err(Error::Inconsistent {
            message: "the strain rate is below 10⁻³⁰⁰ s⁻¹ (no measurable creep): raise the temperature or the stress".to_string(),
        });
    }
    let mut dominant = (Mechanism::NabarroHerring, ln.nabarro_herring);
    if ln.coble > dominant.1 {
        dominant = (Mechanism::Coble, ln.coble);
    }
    if let Some(p) = ln.power_law {
        if p > dominant.1 {
            dominant = (Mechanism::PowerLaw, p);
        }
    }
    Ok(CreepRates {
        power_law: ln
            .power_law
            .map(|v| finite("power-law creep rate", v.exp()))
            .transpose()?,
        nabarro_herring: finite("Nabarro–Herring creep rate", ln.nabarro_herring.exp())?,
        coble: finite("Coble creep rate", ln.coble.exp())?,
        total: finite("total creep rate", lt.exp())?,
        dominant: dominant.0,
        homologous_temperature: t / model.melting_point,
    })
}

/// The power-law creep rate of [`creep_rates`] worked out, for an
/// exercise's solution: ε̇ = A·σⁿ·exp[−(Q/R)(1/T − 1/T_ref)] with σ in MPa,
/// Q in kJ/mol and T in K as the creep page shows them, numbers to `sig`
/// significant figures (σⁿ and the Arrhenius factor to one more). `size`
/// is the page's d, which the power law does not use (the rates are
/// computed together). The result is `creep_rates(…).power_law`, the
/// page's power-law rate; without a power-law fit there is none.
///
/// ```
/// use ecm_core::creep::laws::power_law_rate_worked;
/// let na = ecm_core::reference::materials::metal("Na").unwrap().creep_model();
/// let w = power_law_rate_worked(&na, 0.26e6, 298.0, 300e-9, 4).unwrap();
/// assert_eq!(w.steps.last().unwrap(), "ε̇ = 0.5300 × 0.0011881 × 1.0000 = 0.0006297 s⁻¹");
/// ```
pub fn power_law_rate_worked(
    model: &CreepModel,
    stress: f64,
    temperature: f64,
    size: f64,
    sig: usize,
) -> Result<crate::worked::Worked> {
    use crate::numbers::number_format::format_sig;
    use crate::worked::quantity;
    let rates = creep_rates(model, stress, temperature, size)?;
    let (Some(p), Some(rate)) = (model.power_law, rates.power_law) else {
        return Err(Error::Inconsistent {
            message: "no power-law creep fit is given: enter n, A and Q".into(),
        });
    };
    let s_mpa = stress / 1e6;
    let power = s_mpa.powf(p.n);
    // + 0.0: at T = T_ref the exponent is 0, not −0.
    let exponent = -p.q / GAS_CONSTANT * (1.0 / temperature - 1.0 / p.t_ref) + 0.0;
    let arrhenius = exponent.exp();
    let n = format_sig(p.n, sig);
    let r = quantity(GAS_CONSTANT, "J/(mol·K)", 7);
    Ok(crate::worked::Worked {
        formula: "ε̇ = A · σⁿ · exp[−(Q/R)(1/T − 1/T_ref)], σ in MPa (power-law creep as fitted \
                  to bulk tests)"
            .to_string(),
        steps: vec![
            format!(
                "A = {} MPa⁻ⁿ s⁻¹, n = {n}, Q = {} kJ/mol = {}, T_ref = {}, σ = {} MPa, T = {}, R = {r}",
                format_sig(p.a, sig),
                format_sig(p.q / 1e3, sig),
                quantity(p.q, "J/mol", sig),
                quantity(p.t_ref, "K", sig),
                format_sig(s_mpa, sig),
                quantity(temperature, "K", sig)
            ),
            format!(
                "σⁿ = {}^{n} = {}",
                format_sig(s_mpa, sig),
                format_sig(power, sig + 1)
            ),
            format!(
                "−(Q/R)(1/T − 1/T_ref) = −({} ÷ {r}) × (1/{} − 1/{}) = {}; exp({}) = {}",
                quantity(p.q, "J/mol", sig),
                quantity(temperature, "K", sig),
                quantity(p.t_ref, "K", sig),
                format_sig(exponent, sig + 1),
                format_sig(exponent, sig + 1),
                format_sig(arrhenius, sig + 1)
            ),
            format!(
                "ε̇ = {} × {} × {} = {}",
                format_sig(p.a, sig),
                format_sig(power, sig + 1),
                format_sig(arrhenius, sig + 1),
                quantity(rate, "s⁻¹", sig)
            ),
        ],
        result_si: rate,
    })
}

/// The total strain rate (s⁻¹) of `model` at `stress` (Pa): the sum of
/// [`creep_rates`].
pub fn total_rate(model: &CreepModel, stress: f64, temperature: f64, size: f64) -> Result<f64> {
    creep_rates(model, stress, temperature, size).map(|r| r.total)
}

/// The stress (Pa) at which the metal creeps at `rate` (s⁻¹) by all
/// mechanisms together: the inverse of [`total_rate`], found by bisection on
/// ln σ (the total rate rises strictly with stress). An error when the rate
/// needs a stress outside 10⁻¹² Pa to 1 TPa.
///
/// ```
/// use ecm_core::creep::laws::*;
/// let na = CreepModel {
///     power_law: Some(PowerLawCreep { n: 5.0, a: 0.53, q: 42e3, t_ref: 298.0 }),
///     diffusion: Diffusion { d0_lattice: 1.9e-5, q_lattice: 44e3,
///         delta_d0_boundary: 1.39e-14, q_boundary: 24.2e3, atomic_volume: 3.94e-29 },
///     melting_point: 370.95,
/// };
/// let s = stress_for_rate(&na, 1e-3, 298.0, 1e-3).unwrap();
/// assert!((total_rate(&na, s, 298.0, 1e-3).unwrap() / 1e-3 - 1.0).abs() < 1e-9);
/// ```
pub fn stress_for_rate(model: &CreepModel, rate: f64, temperature: f64, size: f64) -> Result<f64> {
    check_model(model)?;
    let target = STRAIN_RATE.check(rate)?.ln();
    let t = check_temperature(model, temperature)?;
    let d = GRAIN_SIZE.check(size)?;
    let f = |ln_s: f64| ln_total(&ln_rates(model, ln_s, t, d)) - target;
    let (mut lo, mut hi) = ((1e-12f64).ln(), CREEP_STRESS.upper_value().ln());
    if f(hi) < 0.0 {
        return Err(Error::Inconsistent {
            message: format!(
                "a strain rate of {} s⁻¹ needs more than 1 TPa at this temperature and size",
                format_clean(rate, 3)
            ),
        });
    }
    if f(lo) > 0.0 {
        return Err(Error::Inconsistent {
            message: format!(
                "even 10⁻¹² Pa gives more than {} s⁻¹ at this temperature and size",
                format_clean(rate, 3)
            ),
        });
    }
    for _ in 0..200 {
        let mid = 0.5 * (lo + hi);
        if f(mid) > 0.0 {
            hi = mid;
        } else {
            lo = mid;
        }
        if hi - lo < 1e-14 {
            break;
        }
    }
    finite("stress", (0.5 * (lo + hi)).exp())
}

/// The stress range (Pa) and temperatures (K) a power-law fit was measured over.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FitRange {
    /// Lowest and highest stress of the tests, in Pa.
    pub stress: (f64, f64),
    /// Lowest and highest temperature of the tests, in K.
    pub temperature: (f64, f64),
}

/// How far a calculation goes beyond the tests a fit came from, in words:
/// "400 MPa is 1 333× the highest stress of this fit (0.3 MPa)". Empty when
/// the stress and temperature are inside the fit's range.
///
/// ```
/// use ecm_core::creep::laws::{extrapolation, FitRange};
/// let na = FitRange { stress: (0.1e6, 0.3e6), temperature: (298.0, 298.0) };
/// let notes = extrapolation(&na, 400e6, 298.0);
/// assert_eq!(notes, vec!["400 MPa is 1333× the highest stress of this fit (0.3 MPa)".to_string()]);
/// assert!(extrapolation(&na, 0.2e6, 298.0).is_empty());
/// ```
pub fn extrapolation(range: &FitRange, stress: f64, temperature: f64) -> Vec<String> {
    let mpa = |s: f64| format!("{} MPa", format_clean(s / 1e6, 3));
    let k = |t: f64| format!("{} K", format_clean(t, 5));
    // "1.3×" near the edge of the fit, "1333×" far from it.
    let times = |f: f64| {
        if f < 10.0 {
            format_clean(f, 2)
        } else {
            format_clean(f.round(), 6)
        }
    };
    let mut notes = Vec::new();
    let (lo, hi) = range.stress;
    if stress.is_finite() && stress > hi && hi > 0.0 {
        notes.push(format!(
            "{} is {}× the highest stress of this fit ({})",
            mpa(stress),
            times(stress / hi),
            mpa(hi)
        ));
    } else if stress.is_finite() && stress > 0.0 && stress < lo {
        notes.push(format!(
            "{} is {}× below the lowest stress of this fit ({})",
            mpa(stress),
            times(lo / stress),
            mpa(lo)
        ));
    }
    let (tlo, thi) = range.temperature;
    let fitted = if tlo == thi {
        format!("it was measured at {}", k(tlo))
    } else {
        format!("it was measured over {}–{}", format_clean(tlo, 5), k(thi))
    };
    if temperature.is_finite() && temperature > thi + 0.5 {
        notes.push(format!(
            "{} is {} above the fit's temperatures ({fitted})",
            k(temperature),
            k(temperature - thi)
        ));
    } else if temperature.is_finite() && temperature < tlo - 0.5 {
        notes.push(format!(
            "{} is {} below the fit's temperatures ({fitted})",
            k(temperature),
            k(tlo - temperature)
        ));
    }
    notes
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Sodium as docs/science.md §8 gives it (δD₀b the labelled estimate 2b·D₀v).
    pub(crate) fn sodium() -> CreepModel {
        CreepModel {
            power_law: Some(PowerLawCreep {
                n: 5.0,
                a: 0.53,
                q: 42e3,
                t_ref: 298.0,
            }),
            diffusion: Diffusion {
                d0_lattice: 1.9e-5,
                q_lattice: 44e3,
                delta_d0_boundary: 2.0 * 0.366e-9 * 1.9e-5,
                q_boundary: 0.55 * 44e3,
                atomic_volume: 3.94e-29,
            },
            melting_point: 370.95,
        }
    }

    fn close(a: f64, b: f64, rel: f64) {
        assert!((a - b).abs() <= rel * b.abs(), "{a} vs {b}");
    }

    #[test]
    fn worked_power_law_rate_matches_a_hand_computation_and_the_page() {
        // Na (A = 0.53 MPa⁻ⁿ s⁻¹, n = 5, Q = 42 kJ/mol, T_ref = 298 K) at
        // 0.4 MPa and 310 K, by hand: 0.4⁵ = 0.01024; −(42000 / 8.314462618)
        // × (1/310 − 1/298) = 0.656173, exp = 1.927402; ε̇ = 0.53 × 0.01024
        // × 1.927402 = 0.0104604 s⁻¹.
        let w = power_law_rate_worked(&sodium(), 0.4e6, 310.0, 300e-9, 4).unwrap();
        close(w.result_si, 0.0104604, 1e-5);
        let page = creep_rates(&sodium(), 0.4e6, 310.0, 300e-9).unwrap();
        assert_eq!(Some(w.result_si), page.power_law);
        assert_eq!(w.steps[1], "σⁿ = 0.4000^5.000 = 0.010240");
        assert!(
            w.steps[2].ends_with("= 0.65617; exp(0.65617) = 1.9274"),
            "{}",
            w.steps[2]
        );
        assert_eq!(w.steps[3], "ε̇ = 0.5300 × 0.010240 × 1.9274 = 0.01046 s⁻¹");
        // At T = T_ref the Arrhenius factor is 1; without a power law, no solution.
        let w = power_law_rate_worked(&sodium(), 0.4e6, 298.0, 300e-9, 4).unwrap();
        assert!(
            w.steps[2].ends_with("= 0; exp(0) = 1.0000"),
            "{}",
            w.steps[2]
        );
        let k = CreepModel {
            power_law: None,
            ..sodium()
        };
        assert!(power_law_rate_worked(&k, 0.4e6, 298.0, 300e-9, 4).is_err());
    }

    #[test]
    fn science_md_checks_of_the_power_laws() {
        // Na at 0.26 MPa: 0.53 × 0.26⁵ = 6.3 × 10⁻⁴ s⁻¹.
        let r = creep_rates(&sodium(), 0.26e6, 298.0, 1.0).unwrap();
        close(r.power_law.unwrap(), 6.3e-4, 0.01);
        // Li at 0.75 MPa: 7.7 × 10⁻³ × 0.75^6.56 = 1.17 × 10⁻³ s⁻¹
        // (docs/science.md rounds it to 1.2 × 10⁻³).
        let li = CreepModel {
            power_law: Some(PowerLawCreep {
                n: 6.56,
                a: 7.7e-3,
                q: 37e3,
                t_ref: 298.0,
            }),
            melting_point: 453.65,
            ..sodium()
        };
        let r = creep_rates(&li, 0.75e6, 298.0, 1.0).unwrap();
        close(r.power_law.unwrap(), 1.1665e-3, 1e-3);
    }

    #[test]
    fn power_law_temperature_term_by_hand() {
        // At 320 K, Q = 42 kJ/mol: exp[−(42000/8.314462618)(1/320 − 1/298)]
        // = exp(1.16541…) = 3.2073…
        let r320 = creep_rates(&sodium(), 0.26e6, 320.0, 1.0).unwrap();
        let r298 = creep_rates(&sodium(), 0.26e6, 298.0, 1.0).unwrap();
        let factor = (42000.0f64 / 8.314_462_618 * (1.0 / 298.0 - 1.0 / 320.0)).exp();
        close(factor, 3.2073, 1e-4);
        close(
            r320.power_law.unwrap() / r298.power_law.unwrap(),
            factor,
            1e-12,
        );
    }

    #[test]
    fn nabarro_herring_and_coble_worked_by_hand() {
        // A made-up metal with round numbers: D_v = 1e-12 m²/s (Q_v = 0),
        // δD_b = 1e-20 m³/s (Q_b = 0), Ω = 2e-29 m³, T = 300 K, σ = 1 MPa,
        // d = 1 µm.
        // NH: 42 · 2e-29 · 1e6 · 1e-12 / (1.380649e-23 · 300 · 1e-12)
        //   = 8.4e-34 / 4.141947e-33 = 0.202803… s⁻¹.
        // Coble: 42 · π · 2e-29 · 1e6 · 1e-20 / (4.141947e-21 · 1e-18)
        //   = 2.638938e-41 / 4.141947e-39 = 6.37125e-3 s⁻¹.
        let m = CreepModel {
            power_law: None,
            diffusion: Diffusion {
                d0_lattice: 1e-12,
                q_lattice: 0.0,
                delta_d0_boundary: 1e-20,
                q_boundary: 0.0,
                atomic_volume: 2e-29,
            },
            melting_point: 1000.0,
        };
        let r = creep_rates(&m, 1e6, 300.0, 1e-6).unwrap();
        close(r.nabarro_herring, 0.202_803, 1e-5);
        close(r.coble, 6.371_25e-3, 1e-5);
        close(r.total, 0.202_803 + 6.371_25e-3, 1e-5);
        assert_eq!(r.dominant, Mechanism::NabarroHerring);
        assert_eq!(r.power_law, None);
        // At 10 nm Coble (∝ d⁻³) overtakes NH (∝ d⁻²): the ratio is
        // π δD_b / (d D_v) = π · 1e-20 / (1e-8 · 1e-12) = 3.14.
        let r = creep_rates(&m, 1e6, 300.0, 1e-8).unwrap();
        close(r.coble / r.nabarro_herring, std::f64::consts::PI, 1e-12);
        assert_eq!(r.dominant, Mechanism::Coble);
    }

    #[test]
    fn sodium_at_room_temperature_by_hand() {
        // D_v = 1.9e-5 · exp(−44000/(8.314462618 · 298)) = 3.67e-13 m²/s,
        // docs/science.md's "≈ 4 × 10⁻¹³".
        let dv = 1.9e-5 * (-44000.0f64 / (8.314_462_618 * 298.0)).exp();
        close(dv, 3.67e-13, 0.01);
        let r = creep_rates(&sodium(), 1e6, 298.0, 300e-9).unwrap();
        // NH = 42 Ω σ D_v / (k T d²).
        let nh = 42.0 * 3.94e-29 * 1e6 * dv / (1.380_649e-23 * 298.0 * 9e-14);
        close(r.nabarro_herring, nh, 1e-9);
        close(r.homologous_temperature, 298.0 / 370.95, 1e-12);
    }

    #[test]
    fn stress_for_rate_inverts_the_total() {
        let na = sodium();
        for &(rate, d) in &[(1e-20, 1e-3), (1e-3, 300e-9), (1e12, 1e-3), (1.0, 0.01)] {
            let s = stress_for_rate(&na, rate, 298.0, d).unwrap();
            close(total_rate(&na, s, 298.0, d).unwrap(), rate, 1e-9);
        }
        // Power law alone (huge grains): σ = (rate/A)^(1/n) MPa.
        let s = stress_for_rate(&na, 6.3e-4, 298.0, 1.0).unwrap();
        close(s, 0.26e6, 0.01);
    }

    #[test]
    fn melt_and_bad_inputs_are_errors() {
        let na = sodium();
        let e = creep_rates(&na, 1e6, 400.0, 1e-6).unwrap_err().to_string();
        assert!(e.contains("liquid") && e.contains("370.95"), "{e}");
        assert!(creep_rates(&na, -1.0, 298.0, 1e-6).is_err());
        assert!(creep_rates(&na, 1e6, 298.0, 0.0).is_err());
        assert!(creep_rates(&na, 1e6, 1.0, 1e-6).is_err(), "no creep at 1 K");
    }

    #[test]
    fn extrapolation_in_words() {
        let li = FitRange {
            stress: (0.2e6, 0.6e6),
            temperature: (248.15, 398.15),
        };
        assert!(extrapolation(&li, 0.4e6, 298.0).is_empty());
        assert_eq!(
            extrapolation(&li, 0.75e6, 298.0),
            vec!["0.75 MPa is 1.2× the highest stress of this fit (0.6 MPa)".to_string()]
        );
        assert_eq!(
            extrapolation(&li, 0.02e6, 200.0),
            vec![
                "0.02 MPa is 10× below the lowest stress of this fit (0.2 MPa)".to_string(),
                "200 K is 48.15 K below the fit's temperatures (it was measured over 248.15–398.15 K)"
                    .to_string()
            ]
        );
    }
}
