//! Every result a calculator page can set as an exercise, with what the
//! exercise builder and the exports need of it: the page and the result's
//! test id (the link's `page` and `ask`), the problem as the exports write
//! it, the input ranges a course might draw from, and the answer of one set
//! of inputs, computed by the same core function as the page's result.
//!
//! A page's exercise inputs are keys of its own link, in the unit the
//! problem gives each (`Quantity::unit`), so a builder can take their
//! values and ranges from the page's link (`key`, `key_max`, `key_unit`).

use super::creep_problem::{
    rate_power_law_answer, rate_power_law_caution, rate_power_law_problem, rate_power_law_ranges,
};
use super::fracture_problem::{
    critical_overpotential_answer, critical_overpotential_problem, critical_overpotential_ranges,
    fracture_stress_answer, fracture_stress_problem, fracture_stress_ranges,
};
use super::problem::Problem;
use super::rod_problem::{
    rod_force_answer, rod_force_problem, rod_force_ranges, rod_stress_answer, rod_stress_problem,
    rod_stress_ranges,
};
use super::sphere_problem::{sphere_stress_answer, sphere_stress_problem, sphere_stress_ranges};
use super::stress_problem::{
    overpotential_answer, overpotential_problem, overpotential_ranges, stress_answer,
    stress_problem, stress_ranges,
};
use super::tolerance::Tolerance;
use super::variants::InputRange;

/// One result a page can ask for.
#[derive(Clone, Copy)]
pub struct Exercisable {
    /// The page's link key, e.g. "stress".
    pub page: &'static str,
    /// The result's test id, the link's `ask`, e.g. "stress".
    pub ask: &'static str,
    /// The problem with a tolerance; its inputs are keys of the page's link.
    pub problem: fn(Tolerance) -> Problem,
    /// Ranges a course might draw each input from, in the problem's order.
    pub ranges: fn() -> Vec<InputRange>,
    /// The answer in SI units of the inputs in their problem units, in the
    /// problem's order; `None` where the page shows no result.
    pub answer: fn(&[f64]) -> Option<f64>,
    /// Why one set of inputs (problem units, problem order) gives an answer
    /// the model cannot vouch for, such as a fit used beyond the
    /// measurements behind it; `None` where nothing needs saying.
    pub caution: fn(&[f64]) -> Option<String>,
}

/// No caution for any inputs.
fn no_caution(_: &[f64]) -> Option<String> {
    None
}

/// Every exercise, page by page.
pub static CATALOG: &[Exercisable] = &[
    Exercisable {
        page: "stress",
        ask: "stress",
        problem: stress_problem,
        ranges: || stress_ranges().to_vec(),
        answer: stress_answer,
        caution: no_caution,
    },
    Exercisable {
        page: "stress",
        ask: "overpotential",
        problem: overpotential_problem,
        ranges: || overpotential_ranges().to_vec(),
        answer: overpotential_answer,
        caution: no_caution,
    },
    Exercisable {
        page: "fracture",
        ask: "fracture-stress",
        problem: fracture_stress_problem,
        ranges: || fracture_stress_ranges().to_vec(),
        answer: fracture_stress_answer,
        caution: no_caution,
    },
    Exercisable {
        page: "fracture",
        ask: "critical-overpotential",
        problem: critical_overpotential_problem,
        ranges: || critical_overpotential_ranges().to_vec(),
        answer: critical_overpotential_answer,
        caution: no_caution,
    },
    Exercisable {
        page: "sphere",
        ask: "sphere-stress",
        problem: sphere_stress_problem,
        ranges: || sphere_stress_ranges().to_vec(),
        answer: sphere_stress_answer,
        caution: no_caution,
    },
    Exercisable {
        page: "rod",
        ask: "rod-stress",
        problem: rod_stress_problem,
        ranges: || rod_stress_ranges().to_vec(),
        answer: rod_stress_answer,
        caution: no_caution,
    },
    Exercisable {
        page: "rod",
        ask: "rod-force",
        problem: rod_force_problem,
        ranges: || rod_force_ranges().to_vec(),
        answer: rod_force_answer,
        caution: no_caution,
    },
    Exercisable {
        page: "creep",
        ask: "rate-power-law",
        problem: rate_power_law_problem,
        ranges: || rate_power_law_ranges().to_vec(),
        answer: rate_power_law_answer,
        caution: rate_power_law_caution,
    },
];

/// The exercises of page `page`, in the catalog's order.
pub fn on_page(page: &str) -> impl Iterator<Item = &'static Exercisable> + '_ {
    CATALOG.iter().filter(move |e| e.page == page)
}

/// The exercise asking for `ask` on page `page`.
pub fn find(page: &str, ask: &str) -> Option<&'static Exercisable> {
    on_page(page).find(|e| e.ask == ask)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::moodle_formula::check_formula;
    use crate::exercise::tolerance::DEFAULT;
    use crate::exercise::variants::draw;

    #[test]
    fn every_entry_is_consistent() {
        for e in CATALOG {
            let p = (e.problem)(DEFAULT);
            let ranges = (e.ranges)();
            let keys: Vec<&str> = p.inputs.iter().map(|q| q.key).collect();
            let range_keys: Vec<&str> = ranges.iter().map(|r| r.key).collect();
            assert_eq!(
                keys, range_keys,
                "{}/{}: ranges follow the inputs",
                e.page, e.ask
            );
            check_formula(&p.moodle_formula, &keys).unwrap();
            let drawn = draw(50, 1, &ranges, &e.answer).unwrap();
            assert_eq!(drawn.variants.len(), 50, "{}/{}", e.page, e.ask);
            p.check_variants(&drawn.variants).unwrap();
        }
    }

    #[test]
    fn pages_and_asks_are_unique() {
        for (i, a) in CATALOG.iter().enumerate() {
            for b in &CATALOG[i + 1..] {
                assert!(a.page != b.page || a.ask != b.ask, "{}/{}", a.page, a.ask);
            }
        }
        assert_eq!(
            find("stress", "overpotential").map(|e| e.ask),
            Some("overpotential")
        );
        assert!(find("stress", "fracture-stress").is_none());
    }

    #[test]
    fn stress_answers_follow_the_paper() {
        // Δφ = 120 mV, Vm = 23.7 cm³/mol: σ = 0.120 × 96485.33212 / 23.7e-6
        // = 488.53 MPa (the paper's Na figure, by hand).
        let s = (find("stress", "stress").unwrap().answer)(&[120.0, 23.7]).unwrap();
        assert!((s / 1e6 - 488.53).abs() < 0.01, "{s}");
        let d = (find("stress", "overpotential").unwrap().answer)(&[488.53, 23.7]).unwrap();
        assert!((d * 1e3 - 120.0).abs() < 0.01, "{d}");
    }
}
