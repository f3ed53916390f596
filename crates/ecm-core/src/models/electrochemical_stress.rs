//! Stress from an overpotential under confinement, and back.
//!
//! Source: the paper's eq. 3 (ACS Energy Lett. 2020, 5, 2546, doi
//! 10.1021/acsenergylett.0c01214): `σ = Δφ · F / Vm`. It is an upper bound: all
//! the electrochemical work of plating one mole of metal is taken to go into
//! mechanical work against a rigid confinement.
//!
//! Units: Δφ in V, F in C/mol, Vm in m³/mol, σ in Pa (V·C/m³ = J/m³ = Pa).

use crate::constants::FARADAY;
use crate::error::{finite, Result};
use crate::input_limits::{DENSITY, MOLAR_MASS, MOLAR_VOLUME, OVERPOTENTIAL, STRESS};
use crate::numbers::number_format::format_sig;
use crate::worked::{converted, quantity, Worked};

/// Stress σ (Pa) that an overpotential `overpotential_v` (V) can build up in a
/// metal of molar volume `molar_volume` (m³/mol): `σ = Δφ · F / Vm`.
///
/// ```
/// // 100 mV on Na (Vm = 23.7 cm³/mol) gives 407.1 MPa.
/// let sigma = ecm_core::models::electrochemical_stress::stress_from_overpotential(0.100, 23.7e-6).unwrap();
/// assert_eq!((sigma / 1e5).round() / 10.0, 407.1);
/// ```
pub fn stress_from_overpotential(overpotential_v: f64, molar_volume: f64) -> Result<f64> {
    let dphi = OVERPOTENTIAL.check(overpotential_v)?;
    let vm = MOLAR_VOLUME.check(molar_volume)?;
    finite("stress", dphi * FARADAY / vm)
}

/// Overpotential Δφ (V) needed to build up a stress `stress_pa` (Pa) in a metal
/// of molar volume `molar_volume` (m³/mol): `Δφ = σ · Vm / F`.
///
/// ```
/// // 357 MPa in Na (Vm = 23.7 cm³/mol) needs 87.7 mV.
/// let dphi = ecm_core::models::electrochemical_stress::overpotential_from_stress(357e6, 23.7e-6).unwrap();
/// assert!((dphi - 0.08769).abs() < 1e-5);
/// ```
pub fn overpotential_from_stress(stress_pa: f64, molar_volume: f64) -> Result<f64> {
    let sigma = STRESS.check(stress_pa)?;
    let vm = MOLAR_VOLUME.check(molar_volume)?;
    finite("overpotential", sigma * vm / FARADAY)
}

/// [`stress_from_overpotential`] worked out, for an exercise's solution:
/// Δφ in mV and Vm in cm³/mol as the page shows them, numbers to `sig`
/// significant figures (the intermediate product to one more, so the next
/// step can be redone from it). The result is the one
/// `stress_from_overpotential` returns.
///
/// ```
/// let w = ecm_core::models::electrochemical_stress::stress_worked(0.120, 23.7e-6, 4).unwrap();
/// assert_eq!(w.steps.last().unwrap(), "σ = 11578 J/mol ÷ 2.370 × 10⁻⁵ m³/mol = 4.885 × 10⁸ Pa = 488.5 MPa");
/// ```
pub fn stress_worked(overpotential_v: f64, molar_volume: f64, sig: usize) -> Result<Worked> {
    let sigma = stress_from_overpotential(overpotential_v, molar_volume)?;
    let work = overpotential_v * FARADAY;
    Ok(Worked {
        formula: "σ = Δφ · F / Vm (the paper's eq. 3)".to_string(),
        steps: vec![
            format!(
                "Δφ = {}, Vm = {}, F = {}",
                converted(overpotential_v * 1e3, "mV", 1e-3, "V", sig),
                converted(molar_volume * 1e6, "cm³/mol", 1e-6, "m³/mol", sig),
                quantity(FARADAY, "C/mol", 7)
            ),
            format!(
                "Δφ · F = {} × {} = {}",
                quantity(overpotential_v, "V", sig),
                quantity(FARADAY, "C/mol", 7),
                quantity(work, "J/mol", sig + 1)
            ),
            format!(
                "σ = {} ÷ {} = {} = {} MPa",
                quantity(work, "J/mol", sig + 1),
                quantity(molar_volume, "m³/mol", sig),
                quantity(sigma, "Pa", sig),
                format_sig(sigma / 1e6, sig)
            ),
        ],
        result_si: sigma,
    })
}

/// [`overpotential_from_stress`] worked out, for an exercise's solution:
/// σ in MPa and Vm in cm³/mol as the page shows them, numbers to `sig`
/// significant figures (the intermediate product to one more). The result
/// is the one `overpotential_from_stress` returns.
///
/// ```
/// let w = ecm_core::models::electrochemical_stress::overpotential_worked(357e6, 23.7e-6, 4).unwrap();
/// assert_eq!(w.steps.last().unwrap(), "Δφ = 8460.9 J/mol ÷ 96485.33 C/mol = 0.08769 V = 87.69 mV");
/// ```
pub fn overpotential_worked(stress_pa: f64, molar_volume: f64, sig: usize) -> Result<Worked> {
    let dphi = overpotential_from_stress(stress_pa, molar_volume)?;
    let work = stress_pa * molar_volume;
    Ok(Worked {
        formula: "Δφ = σ · Vm / F (the paper's eq. 3, solved for Δφ)".to_string(),
        steps: vec![
            format!(
                "σ = {}, Vm = {}, F = {}",
                converted(stress_pa / 1e6, "MPa", 1e6, "Pa", sig),
                converted(molar_volume * 1e6, "cm³/mol", 1e-6, "m³/mol", sig),
                quantity(FARADAY, "C/mol", 7)
            ),
            format!(
                "σ · Vm = {} × {} = {}",
                quantity(stress_pa, "Pa", sig),
                quantity(molar_volume, "m³/mol", sig),
                quantity(work, "J/mol", sig + 1)
            ),
            format!(
                "Δφ = {} ÷ {} = {} = {} mV",
                quantity(work, "J/mol", sig + 1),
                quantity(FARADAY, "C/mol", 7),
                quantity(dphi, "V", sig),
                format_sig(dphi * 1e3, sig)
            ),
        ],
        result_si: dphi,
    })
}

/// Molar volume Vm = M / ρ (m³/mol) from molar mass `molar_mass` (kg/mol) and
/// density `density` (kg/m³).
///
/// ```
/// // Na: 22.990 g/mol at 0.968 g/cm³ is 23.75 cm³/mol.
/// let vm = ecm_core::models::electrochemical_stress::molar_volume(22.990e-3, 968.0).unwrap();
/// assert!((vm * 1e6 - 23.750).abs() < 1e-3);
/// ```
pub fn molar_volume(molar_mass: f64, density: f64) -> Result<f64> {
    let m = MOLAR_MASS.check(molar_mass)?;
    let rho = DENSITY.check(density)?;
    finite("molar volume", m / rho)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mpa(x: f64) -> f64 {
        (x / 1e5).round() / 10.0
    }

    #[test]
    fn worked_values_from_science_md() {
        // docs/science.md §6: Li 13 cm³/mol → 742.2 MPa; Na 23.7 → 407.1 MPa at 100 mV.
        assert_eq!(mpa(stress_from_overpotential(0.1, 13e-6).unwrap()), 742.2);
        assert_eq!(mpa(stress_from_overpotential(0.1, 23.7e-6).unwrap()), 407.1);
        // Na at 357 MPa needs 87.6 mV (printed 86.7 uses F ≈ 9.75e4).
        let mv = overpotential_from_stress(356.8e6, 23.7e-6).unwrap() * 1e3;
        assert_eq!((mv * 10.0).round() / 10.0, 87.6);
    }

    #[test]
    fn round_trip_stress_overpotential_stress_is_exact_to_1e12() {
        for &sigma in &[1e3, 36.4e6, 407.1e6, 5e9, 3.3e11] {
            for &vm in &[13e-6, 23.7e-6, 45.4e-6, 1e-9, 9e-4] {
                let dphi = overpotential_from_stress(sigma, vm).unwrap();
                if dphi <= 5.0 {
                    let back = stress_from_overpotential(dphi, vm).unwrap();
                    assert!((back / sigma - 1.0).abs() < 1e-12, "{sigma} {vm}");
                }
            }
        }
    }

    #[test]
    fn bad_inputs_are_errors_that_name_the_input() {
        let e = stress_from_overpotential(-0.1, 23.7e-6)
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("overpotential must be between 0 and 5 V; got −0.1 V"),
            "{e}"
        );
        let e = stress_from_overpotential(0.1, 0.0).unwrap_err().to_string();
        assert!(e.starts_with("molar volume must be greater than 0"), "{e}");
        assert!(stress_from_overpotential(f64::NAN, 23.7e-6).is_err());
        assert!(stress_from_overpotential(0.1, f64::INFINITY).is_err());
    }
}
