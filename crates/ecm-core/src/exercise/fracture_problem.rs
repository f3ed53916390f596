//! The fracture page's exercises as every export writes them, for an
//! internal through crack (Y = 1) whose stated size is a, as the paper
//! takes it (the page's defaults `geometry=through`, `size_is=a`): the
//! fracture stress σf = KIC/(Y·√(π a)) (`ask=fracture-stress`, the paper's
//! eq. 4) and the critical overpotential Δφc = σf·Vm/F
//! (`ask=critical-overpotential`, eq. 4 chained with eq. 3), ACS Energy
//! Lett. 2020, 5, 2546. KIC in MPa·√m, the flaw in µm and Vm in cm³/mol as
//! the page's link has them; σf in MPa, Δφc in mV. The answers are
//! `models::fracture::fracture_stress`'s and `critical_overpotential`'s.

use super::problem::{Problem, Quantity};
use super::tolerance::Tolerance;
use super::variants::InputRange;
use crate::models::fracture::{critical_overpotential, fracture_stress, Flaw};
use crate::units::{LENGTH, MOLAR_VOLUME, STRESS, TOUGHNESS, VOLTAGE};

const KIC: Quantity = Quantity {
    key: "kic",
    label: "Fracture toughness KIC",
    unit: &TOUGHNESS[0],
};

const FLAW: Quantity = Quantity {
    key: "flaw",
    label: "Flaw size a",
    unit: &LENGTH[1],
};

const VM: Quantity = Quantity {
    key: "vm",
    label: "Molar volume Vm",
    unit: &MOLAR_VOLUME[0],
};

/// KIC from 0.5 to 3.0 MPa·√m to 0.1, the flaw from 1.0 to 20.0 µm to 0.1:
/// ranges a course might draw from (LLZO's 1 MPa·√m and β-alumina's 2.5
/// within).
const KIC_FLAW: [InputRange; 2] = [
    InputRange {
        key: "kic",
        lo: 0.5,
        hi: 3.0,
        decimals: 1,
    },
    InputRange {
        key: "flaw",
        lo: 1.0,
        hi: 20.0,
        decimals: 1,
    },
];

/// The fracture stress exercise (`ask=fracture-stress`) with tolerance
/// `tolerance`.
pub fn fracture_stress_problem(tolerance: Tolerance) -> Problem {
    Problem {
        title: "Fracture stress at a flaw".into(),
        question: "A solid electrolyte of fracture toughness KIC = {kic} MPa·√m has an internal \
                   through crack of half-length a = {flaw} µm (Y = 1). At what stress does it \
                   fracture?"
            .into(),
        inputs: vec![KIC, FLAW],
        answer: Quantity {
            key: "sigma_f",
            label: "Fracture stress σf",
            unit: &STRESS[1],
        },
        moodle_formula: "{kic}*1e6/sqrt(pi()*{flaw}*1e-6)/1e6".into(),
        tolerance,
        solution: "σf = KIC/(Y·√(π a)) = {kic} MPa·√m / (1 × √(π × {flaw} µm)) = {answer} MPa"
            .into(),
    }
}

/// KIC from 0.5 to 3.0 MPa·√m and the flaw from 1.0 to 20.0 µm, each to
/// 0.1.
pub fn fracture_stress_ranges() -> [InputRange; 2] {
    KIC_FLAW
}

/// The answer (Pa) of the inputs `[KIC in MPa·√m, a in µm]`, as
/// `variants::draw` takes it.
pub fn fracture_stress_answer(inputs: &[f64]) -> Option<f64> {
    match inputs {
        [kic, flaw_um] => fracture_stress(kic * 1e6, Flaw::paper(flaw_um * 1e-6)).ok(),
        _ => None,
    }
}

/// The critical overpotential exercise (`ask=critical-overpotential`) with
/// tolerance `tolerance`.
pub fn critical_overpotential_problem(tolerance: Tolerance) -> Problem {
    Problem {
        title: "Critical overpotential for a flaw".into(),
        question: "A metal of molar volume Vm = {vm} cm³/mol is plated into an internal through \
                   crack of half-length a = {flaw} µm (Y = 1) in a solid electrolyte of fracture \
                   toughness KIC = {kic} MPa·√m. Above what overpotential does the confined \
                   deposit fracture the electrolyte?"
            .into(),
        inputs: vec![KIC, FLAW, VM],
        answer: Quantity {
            key: "dphi_c",
            label: "Critical overpotential Δφc",
            unit: &VOLTAGE[0],
        },
        moodle_formula: "{kic}*1e6/sqrt(pi()*{flaw}*1e-6)*{vm}*1e-6/96485.33212*1e3".into(),
        tolerance,
        solution: "σf = KIC/(Y·√(π a)) with KIC = {kic} MPa·√m, Y = 1 and a = {flaw} µm; \
                   Δφc = σf·Vm/F with Vm = {vm} cm³/mol and F = 96485.33212 C/mol: \
                   Δφc = {answer} mV"
            .into(),
    }
}

/// KIC and the flaw as for σf, and Vm from 13.0 to 45.4 cm³/mol (Li to K)
/// to 0.1.
pub fn critical_overpotential_ranges() -> [InputRange; 3] {
    [
        KIC_FLAW[0],
        KIC_FLAW[1],
        InputRange {
            key: "vm",
            lo: 13.0,
            hi: 45.4,
            decimals: 1,
        },
    ]
}

/// The answer (V) of the inputs `[KIC in MPa·√m, a in µm, Vm in cm³/mol]`.
pub fn critical_overpotential_answer(inputs: &[f64]) -> Option<f64> {
    match inputs {
        [kic, flaw_um, vm_cm3] => {
            critical_overpotential(kic * 1e6, Flaw::paper(flaw_um * 1e-6), vm_cm3 * 1e-6).ok()
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_follow_a_hand_computation() {
        // LLZO (KIC = 1 MPa·√m) with a = 5 µm, by hand: √(π × 5e-6) =
        // 3.963327e-3 √m, σf = 1e6 / 3.963327e-3 = 252.313 MPa; with Li
        // (13 cm³/mol): 252.313e6 × 13e-6 / 96485.33212 = 0.0339955 V.
        let s = fracture_stress_answer(&[1.0, 5.0]).unwrap();
        assert!((s / 1e6 - 252.313).abs() < 1e-3, "{s}");
        let d = critical_overpotential_answer(&[1.0, 5.0, 13.0]).unwrap();
        assert!((d * 1e3 - 33.9955).abs() < 1e-3, "{d}");
        assert!(fracture_stress_answer(&[1.0]).is_none());
    }
}
