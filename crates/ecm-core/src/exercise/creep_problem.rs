//! The creep page's exercise as every export writes it: the power-law
//! creep rate ε̇ = A·σⁿ·exp[−(Q/R)(1/T − 1/T_ref)] of Na (`ask=rate-power-law`
//! with the page's default `metal=Na`), with Na's fit from the library
//! (Wang et al., Materialia 12, 100792, 2020: n = 5, A = 0.53 MPa⁻ⁿ s⁻¹ at
//! T_ref = 298 K; Q = 42 kJ/mol, the paper's value), fixed in the question.
//! σ in MPa and T in K as the page's link has them (`sigma`, `t`); ε̇ in
//! 1/s. The answer is `creep::laws::creep_rates`'s power-law rate for the
//! library's Na at the page's default size d = 300 nm (which the power law
//! does not use).

use super::problem::{Problem, Quantity};
use super::tolerance::Tolerance;
use super::variants::InputRange;
use crate::creep::laws::{creep_rates, extrapolation};
use crate::reference::materials::metal;
use crate::units::{STRAIN_RATE, STRESS, TEMPERATURE};

/// The power-law rate exercise (`ask=rate-power-law`) with tolerance
/// `tolerance`.
pub fn rate_power_law_problem(tolerance: Tolerance) -> Problem {
    Problem {
        title: "Power-law creep rate of sodium".into(),
        question: "Sodium creeps by the power law ε̇ = A·σⁿ·exp[−(Q/R)(1/T − 1/T_ref)] with \
                   n = 5, A = 0.53 MPa⁻ⁿ s⁻¹ at T_ref = 298 K and Q = 42 kJ/mol (σ in MPa). \
                   What is its strain rate under a stress of {sigma} MPa at {t} K?"
            .into(),
        inputs: vec![
            Quantity {
                key: "sigma",
                label: "Stress σ",
                unit: &STRESS[1],
            },
            Quantity {
                key: "t",
                label: "Temperature T",
                unit: &TEMPERATURE[0],
            },
        ],
        answer: Quantity {
            key: "rate",
            label: "Power-law creep ε̇",
            unit: &STRAIN_RATE[0],
        },
        moodle_formula: "0.53*pow({sigma},5)*exp(-42000/8.314462618*(1/{t}-1/298))".into(),
        tolerance,
        solution: "ε̇ = A·σⁿ·exp[−(Q/R)(1/T − 1/T_ref)] = 0.53 × {sigma}⁵ × \
                   exp[−(42000/8.314462618)(1/{t} − 1/298)] = {answer} 1/s"
            .into(),
    }
}

/// σ from 0.10 to 0.30 MPa to 0.01 (Na's fitted range), T from 260 to 340
/// K in whole kelvin (below Na's melting point, 370.95 K).
pub fn rate_power_law_ranges() -> [InputRange; 2] {
    [
        InputRange {
            key: "sigma",
            lo: 0.1,
            hi: 0.3,
            decimals: 2,
        },
        InputRange {
            key: "t",
            lo: 260.0,
            hi: 340.0,
            decimals: 0,
        },
    ]
}

/// The answer (1/s) of the inputs `[σ in MPa, T in K]`, as `variants::draw`
/// takes it.
pub fn rate_power_law_answer(inputs: &[f64]) -> Option<f64> {
    match inputs {
        [sigma_mpa, t] => {
            let na = metal("Na")?.creep_model();
            creep_rates(&na, sigma_mpa * 1e6, *t, 300e-9)
                .ok()?
                .power_law
        }
        _ => None,
    }
}

/// What a variant's inputs `[σ in MPa, T in K]` take beyond the tests Na's
/// fit came from (`creep::laws::extrapolation`, the creep page's own
/// warning), in words; `None` inside them.
pub fn rate_power_law_caution(inputs: &[f64]) -> Option<String> {
    let [sigma_mpa, t] = inputs else {
        return None;
    };
    let range = metal("Na")?.creep_fit_range()?;
    let notes = extrapolation(&range, sigma_mpa * 1e6, *t);
    (!notes.is_empty()).then(|| notes.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_beyond_the_fit_are_cautioned() {
        // Na's fit: 0.1 to 0.3 MPa, at 298 K (Wang et al. 2020).
        assert_eq!(rate_power_law_caution(&[0.2, 298.0]), None);
        let high = rate_power_law_caution(&[100.0, 298.0]).unwrap();
        assert!(
            high.contains("100 MPa") && high.contains("0.3 MPa"),
            "{high}"
        );
        let warm = rate_power_law_caution(&[0.2, 340.0]).unwrap();
        assert!(warm.contains("340 K") && warm.contains("298 K"), "{warm}");
        assert_eq!(rate_power_law_caution(&[0.2]), None);
    }

    #[test]
    fn answer_follows_a_hand_computation() {
        // 0.2 MPa at 320 K, by hand: 0.2⁵ = 3.2e-4; −(42000 / 8.314462618)
        // × (1/320 − 1/298) = 1.165391, exp = 3.207176; ε̇ = 0.53 × 3.2e-4
        // × 3.207176 = 5.43937e-4 s⁻¹.
        let r = rate_power_law_answer(&[0.2, 320.0]).unwrap();
        assert!((r / 5.43937e-4 - 1.0).abs() < 1e-5, "{r}");
        assert!(rate_power_law_answer(&[0.2]).is_none());
    }
}
