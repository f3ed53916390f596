//! The stress page's exercise as every export writes it: σ = Δφ·F/Vm for a
//! Na deposit (the paper's eq. 3, ACS Energy Lett. 2020, 5, 2546), Δφ in mV
//! and Vm in cm³/mol as the page's link has them, σ in MPa. The answer of
//! each variant is `models::electrochemical_stress::stress_from_overpotential`'s.

use super::problem::{Problem, Quantity};
use super::tolerance::Tolerance;
use super::variants::InputRange;
use crate::models::electrochemical_stress::{overpotential_from_stress, stress_from_overpotential};
use crate::units::{MOLAR_VOLUME, STRESS, VOLTAGE};

/// The exercise with tolerance `tolerance`.
pub fn stress_problem(tolerance: Tolerance) -> Problem {
    Problem {
        title: "Stress from an overpotential".into(),
        question: "A Na deposit grows under an overpotential of {dphi} mV in a confined pore \
                   (Vm = {vm} cm³/mol). What stress can it build?"
            .into(),
        inputs: vec![
            Quantity {
                key: "dphi",
                label: "Overpotential Δφ",
                unit: &VOLTAGE[0],
            },
            Quantity {
                key: "vm",
                label: "Molar volume Vm",
                unit: &MOLAR_VOLUME[0],
            },
        ],
        answer: Quantity {
            key: "sigma",
            label: "Stress σ",
            unit: &STRESS[1],
        },
        moodle_formula: "{dphi}*1e-3*96485.33212/({vm}*1e-6)/1e6".into(),
        tolerance,
        solution: "σ = Δφ·F/Vm = {dphi} mV × 96485.33212 C/mol / {vm} cm³/mol = {answer} MPa"
            .into(),
    }
}

/// Δφ from 50 to 200 mV in whole millivolts, Vm from 13.0 to 23.7 cm³/mol
/// (K to Na) to 0.1: ranges a course might draw from.
pub fn stress_ranges() -> [InputRange; 2] {
    [
        InputRange {
            key: "dphi",
            lo: 50.0,
            hi: 200.0,
            decimals: 0,
        },
        InputRange {
            key: "vm",
            lo: 13.0,
            hi: 23.7,
            decimals: 1,
        },
    ]
}

/// The answer (Pa) of the inputs `[Δφ in mV, Vm in cm³/mol]`, as
/// `variants::draw` takes it.
pub fn stress_answer(inputs: &[f64]) -> Option<f64> {
    match inputs {
        [dphi_mv, vm_cm3] => stress_from_overpotential(dphi_mv * 1e-3, vm_cm3 * 1e-6).ok(),
        _ => None,
    }
}

/// The overpotential page's reverse exercise (`ask=overpotential`):
/// Δφ = σ·Vm/F, σ in MPa and Vm in cm³/mol as the link has them, Δφ in mV.
pub fn overpotential_problem(tolerance: Tolerance) -> Problem {
    Problem {
        title: "Overpotential for a stress".into(),
        question: "A Na deposit in a confined pore (Vm = {vm} cm³/mol) must reach a stress of \
                   {sigma} MPa to break its confinement. What overpotential does plating need?"
            .into(),
        inputs: vec![
            Quantity {
                key: "sigma",
                label: "Stress σ",
                unit: &STRESS[1],
            },
            Quantity {
                key: "vm",
                label: "Molar volume Vm",
                unit: &MOLAR_VOLUME[0],
            },
        ],
        answer: Quantity {
            key: "dphi",
            label: "Overpotential Δφ",
            unit: &VOLTAGE[0],
        },
        moodle_formula: "{sigma}*1e6*{vm}*1e-6/96485.33212*1e3".into(),
        tolerance,
        solution: "Δφ = σ·Vm/F = {sigma} MPa × {vm} cm³/mol / 96485.33212 C/mol = {answer} mV"
            .into(),
    }
}

/// σ from 100 to 900 MPa in whole megapascals, Vm from 13.0 to 23.7
/// cm³/mol to 0.1.
pub fn overpotential_ranges() -> [InputRange; 2] {
    [
        InputRange {
            key: "sigma",
            lo: 100.0,
            hi: 900.0,
            decimals: 0,
        },
        InputRange {
            key: "vm",
            lo: 13.0,
            hi: 23.7,
            decimals: 1,
        },
    ]
}

/// The answer (V) of the inputs `[σ in MPa, Vm in cm³/mol]`.
pub fn overpotential_answer(inputs: &[f64]) -> Option<f64> {
    match inputs {
        [sigma_mpa, vm_cm3] => overpotential_from_stress(sigma_mpa * 1e6, vm_cm3 * 1e-6).ok(),
        _ => None,
    }
}
