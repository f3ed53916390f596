//! The rod page's exercises as every export writes them: the force
//! F = k·ΔX of the cantilever (`ask=rod-force`) and the engineering stress
//! σ = F/A on the initial diameter, A = π d0²/4 (`ask=rod-stress`, the
//! page's default `section=initial`; docs/science.md §1 and the paper's
//! Figure 4, ACS Energy Lett. 2020, 5, 2546). k in N/m, ΔX and d0 in nm as
//! the page's link has them; F in µN, σ in MPa. The answers are
//! `models::cantilever::force_from_deflection`'s and, from it,
//! `models::uniaxial::engineering_stress`'s.

use super::problem::{Problem, Quantity};
use super::tolerance::Tolerance;
use super::variants::InputRange;
use crate::models::cantilever::force_from_deflection;
use crate::models::uniaxial::{engineering_stress, CrossSection};
use crate::units::{FORCE, LENGTH, STIFFNESS, STRESS};

const K: Quantity = Quantity {
    key: "k",
    label: "Spring constant k",
    unit: &STIFFNESS[0],
};

const DX: Quantity = Quantity {
    key: "dx",
    label: "Tip deflection ΔX",
    unit: &LENGTH[0],
};

/// k from 1.0 to 10.0 N/m to 0.1 (the paper's 3 and 6 within), ΔX from 100
/// to 1000 nm in whole nanometres.
const K_DX: [InputRange; 2] = [
    InputRange {
        key: "k",
        lo: 1.0,
        hi: 10.0,
        decimals: 1,
    },
    InputRange {
        key: "dx",
        lo: 100.0,
        hi: 1000.0,
        decimals: 0,
    },
];

/// The force exercise (`ask=rod-force`) with tolerance `tolerance`.
pub fn rod_force_problem(tolerance: Tolerance) -> Problem {
    Problem {
        title: "Force from a cantilever's deflection".into(),
        question: "An AFM cantilever of spring constant k = {k} N/m pushes a nanorod; its tip \
                   deflects by ΔX = {dx} nm. What force does it apply?"
            .into(),
        inputs: vec![K, DX],
        answer: Quantity {
            key: "force",
            label: "Force F",
            unit: &FORCE[1],
        },
        moodle_formula: "{k}*{dx}*1e-9*1e6".into(),
        tolerance,
        solution: "F = k·ΔX = {k} N/m × {dx} nm = {answer} µN".into(),
    }
}

/// k from 1.0 to 10.0 N/m to 0.1, ΔX from 100 to 1000 nm in whole
/// nanometres.
pub fn rod_force_ranges() -> [InputRange; 2] {
    K_DX
}

/// The answer (N) of the inputs `[k in N/m, ΔX in nm]`, as `variants::draw`
/// takes it.
pub fn rod_force_answer(inputs: &[f64]) -> Option<f64> {
    match inputs {
        [k, dx_nm] => force_from_deflection(*k, dx_nm * 1e-9).ok(),
        _ => None,
    }
}

/// The stress exercise (`ask=rod-stress`) with tolerance `tolerance`.
pub fn rod_stress_problem(tolerance: Tolerance) -> Problem {
    Problem {
        title: "Stress in a compressed nanorod".into(),
        question: "An AFM cantilever of spring constant k = {k} N/m compresses a nanorod of \
                   initial diameter d0 = {d0} nm; its tip deflects by ΔX = {dx} nm. What is the \
                   engineering stress on the rod's initial cross-section?"
            .into(),
        inputs: vec![
            K,
            DX,
            Quantity {
                key: "d0",
                label: "Initial diameter d0",
                unit: &LENGTH[0],
            },
        ],
        answer: Quantity {
            key: "sigma",
            label: "Stress σ",
            unit: &STRESS[1],
        },
        moodle_formula: "{k}*{dx}*1e-9/(pi()*pow({d0}*1e-9,2)/4)/1e6".into(),
        tolerance,
        solution: "F = k·ΔX = {k} N/m × {dx} nm; σ = F/(π d0²/4) with d0 = {d0} nm: \
                   σ = {answer} MPa"
            .into(),
    }
}

/// k and ΔX as for the force, and d0 from 100 to 1000 nm in whole
/// nanometres.
pub fn rod_stress_ranges() -> [InputRange; 3] {
    [
        K_DX[0],
        K_DX[1],
        InputRange {
            key: "d0",
            lo: 100.0,
            hi: 1000.0,
            decimals: 0,
        },
    ]
}

/// The answer (Pa) of the inputs `[k in N/m, ΔX in nm, d0 in nm]`.
pub fn rod_stress_answer(inputs: &[f64]) -> Option<f64> {
    match inputs {
        [k, dx_nm, d0_nm] => {
            let f = force_from_deflection(*k, dx_nm * 1e-9).ok()?;
            engineering_stress(f, CrossSection::InitialDiameter(d0_nm * 1e-9)).ok()
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_follow_the_papers_figure_4_by_hand() {
        // k = 6 N/m, ΔX = 600 nm: F = 3.6 µN; on d0 = 355 nm, A = π ×
        // (355e-9)² / 4 = 9.89798e-14 m², σ = 3.6e-6 / 9.89798e-14 =
        // 36.3711 MPa (the paper's 36 MPa).
        let f = rod_force_answer(&[6.0, 600.0]).unwrap();
        assert!((f - 3.6e-6).abs() < 1e-15, "{f}");
        let s = rod_stress_answer(&[6.0, 600.0, 355.0]).unwrap();
        assert!((s / 1e6 - 36.3711).abs() < 1e-4, "{s}");
        assert!(rod_stress_answer(&[6.0, 600.0]).is_none());
    }
}
