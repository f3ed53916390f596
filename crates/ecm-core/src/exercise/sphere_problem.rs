//! The sphere page's exercise as every export writes it: the stress
//! σ = F/A in a sphere flattened between two plates, with the
//! small-deformation contact area to first order, A = π r δt (the paper's
//! eq. 1 as docs/science.md §2 reconstructs it after Mook et al., Phys. Rev.
//! B 75, 214112, 2007; the page's `model=first`, and what `model=auto`
//! uses below δt/2r = 10 %). F in µN and the diameter 2r and δt in nm as
//! the page's link has them (`force`, `d`, `dt`); σ in MPa. The answer is
//! `models::sphere_contact::sphere_stress`'s.

use super::problem::{Problem, Quantity};
use super::tolerance::Tolerance;
use super::variants::InputRange;
use crate::models::sphere_contact::{sphere_stress, ModelChoice, PlasticModel};
use crate::units::{FORCE, LENGTH, STRESS};

/// The sphere stress exercise (`ask=sphere-stress`) with tolerance
/// `tolerance`.
pub fn sphere_stress_problem(tolerance: Tolerance) -> Problem {
    Problem {
        title: "Stress in a compressed sphere".into(),
        question: "A metal sphere of diameter 2r = {d} nm is compressed between two flat plates \
                   by a force of {force} µN, which flattens it by δt = {dt} nm. Taking the \
                   contact area to first order for small deformation, A = π r δt, what is the \
                   stress σ = F/A?"
            .into(),
        inputs: vec![
            Quantity {
                key: "force",
                label: "Force F",
                unit: &FORCE[1],
            },
            Quantity {
                key: "d",
                label: "Sphere diameter 2r",
                unit: &LENGTH[0],
            },
            Quantity {
                key: "dt",
                label: "Height change δt",
                unit: &LENGTH[0],
            },
        ],
        answer: Quantity {
            key: "sigma",
            label: "Stress σ",
            unit: &STRESS[1],
        },
        moodle_formula: "{force}*1e-6/(pi()*{d}*1e-9/2*{dt}*1e-9)/1e6".into(),
        tolerance,
        solution: "σ = F/(π r δt) = {force} µN / (π × {d} nm / 2 × {dt} nm) = {answer} MPa".into(),
    }
}

/// F from 1.0 to 50.0 µN to 0.1, 2r from 400 to 1000 nm and δt from 5 to
/// 39 nm in whole nanometres: δt/2r stays below 10 %, where the page's
/// automatic model is this one.
pub fn sphere_stress_ranges() -> [InputRange; 3] {
    [
        InputRange {
            key: "force",
            lo: 1.0,
            hi: 50.0,
            decimals: 1,
        },
        InputRange {
            key: "d",
            lo: 400.0,
            hi: 1000.0,
            decimals: 0,
        },
        InputRange {
            key: "dt",
            lo: 5.0,
            hi: 39.0,
            decimals: 0,
        },
    ]
}

/// The answer (Pa) of the inputs `[F in µN, 2r in nm, δt in nm]`, as
/// `variants::draw` takes it.
pub fn sphere_stress_answer(inputs: &[f64]) -> Option<f64> {
    match inputs {
        // The first-order area holds below δt/2r = 10 %: a variant beyond it
        // has no answer (the builder skips and counts it).
        [_, d_nm, dt_nm] if (dt_nm / d_nm).is_nan() || dt_nm / d_nm >= 0.1 => None,
        [force_un, d_nm, dt_nm] => sphere_stress(
            force_un * 1e-6,
            d_nm * 1e-9 / 2.0,
            dt_nm * 1e-9,
            ModelChoice::Fixed(PlasticModel::FirstOrder),
        )
        .map(|s| s.stress)
        .ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn beyond_ten_percent_there_is_no_answer() {
        // δt/2r = 21/200 = 10.5 %: outside the first-order area's range.
        assert_eq!(sphere_stress_answer(&[10.0, 200.0, 21.0]), None);
        // 19/200 = 9.5 %: σ = F/(π r δt) = 10e-6/(π·100e-9·19e-9) = 1675.3 MPa.
        let s = sphere_stress_answer(&[10.0, 200.0, 19.0]).unwrap();
        assert!((s / 1e6 - 10e-6 / (std::f64::consts::PI * 100e-9 * 19e-9) / 1e6).abs() < 1e-6);
    }

    #[test]
    fn answer_follows_a_hand_computation() {
        // F = 10 µN, 2r = 600 nm, δt = 30 nm, by hand: A = π × 300e-9 ×
        // 30e-9 = 2.82743e-14 m², σ = 1e-5 / 2.82743e-14 = 353.678 MPa.
        let s = sphere_stress_answer(&[10.0, 600.0, 30.0]).unwrap();
        assert!((s / 1e6 - 353.678).abs() < 1e-3, "{s}");
        assert!(sphere_stress_answer(&[10.0, 600.0]).is_none());
    }
}
