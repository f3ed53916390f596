//! The exercise functions, given arbitrary text and numbers, return a value
//! or an error and never panic: answers, tolerances, seeds, variant draws,
//! checks and all four exports.

use ecm_core::exercise::answer::parse_answer;
use ecm_core::exercise::blackboard::blackboard_tsv;
use ecm_core::exercise::moodle_xml::moodle_xml;
use ecm_core::exercise::problem::{Problem, Quantity};
use ecm_core::exercise::qti12::qti12;
use ecm_core::exercise::qti21::qti21_package;
use ecm_core::exercise::tolerance::{parse_tolerance, Tolerance};
use ecm_core::exercise::variants::{draw, parse_seed, InputRange, Variant};
use ecm_core::exercise::verdict::check;
use ecm_core::units::{STRESS, TEMPERATURE, VOLTAGE};
use proptest::prelude::*;

fn num() -> impl Strategy<Value = f64> {
    prop_oneof![
        proptest::num::f64::ANY,
        -1e3..1e3f64,
        1e-12..1e-6f64,
        Just(0.0),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::MAX),
    ]
}

/// Text near what people type: digits, separators, signs, units, noise.
fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        ".*",
        "[-−+]?[0-9]{0,6}[.,]?[0-9]{0,6}([eE][-+]?[0-9]{0,4})? ?(MPa|GPa|kPa|Pa|mV|um|%|sf|x10\\^8|×10⁸|·10⁻³)?",
        "[0-9., eE×x^⁰-⁹⁻-]{0,30}",
    ]
}

fn tolerance() -> impl Strategy<Value = Tolerance> {
    prop_oneof![
        num().prop_map(Tolerance::Relative),
        num().prop_map(Tolerance::Absolute),
        any::<u32>().prop_map(Tolerance::SigFigs),
    ]
}

fn problem(tolerance: Tolerance, formula: String, question: String) -> Problem {
    Problem {
        title: question.clone(),
        question: question.clone(),
        inputs: vec![
            Quantity {
                key: "a",
                label: "A",
                unit: &VOLTAGE[0],
            },
            Quantity {
                key: "b",
                label: "B",
                unit: &TEMPERATURE[1],
            },
        ],
        answer: Quantity {
            key: "s",
            label: "S",
            unit: &STRESS[1],
        },
        moodle_formula: formula,
        tolerance,
        solution: format!("{question} = {{answer}}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn reading_never_panics(text in typed(), shown in 0usize..6) {
        let _ = parse_answer(&text, STRESS, shown).map_err(|e| e.message(STRESS));
        let _ = parse_tolerance(&text, STRESS);
        let _ = parse_seed(&text);
    }

    #[test]
    fn checking_never_panics(text in typed(), correct in num(), tol in tolerance()) {
        let v = check(&text, STRESS, 1, correct, &tol);
        let _ = v.message();
        let _ = tol.bounds(correct);
        let _ = tol.link_text(&STRESS[1]);
        let _ = tol.describe(&STRESS[1]);
    }

    #[test]
    fn drawing_never_panics(
        n in 0usize..1200,
        seed in any::<u64>(),
        ends in proptest::collection::vec((num(), num(), 0u32..12), 0..4),
    ) {
        let ranges: Vec<InputRange> = ends
            .iter()
            .map(|&(lo, hi, decimals)| InputRange { key: "x", lo, hi, decimals })
            .collect();
        let sum = |v: &[f64]| Some(v.iter().sum::<f64>());
        if let Ok(drawn) = draw(n.min(50), seed, &ranges, &sum) {
            prop_assert!(!drawn.variants.is_empty());
        }
        let _ = draw(n, seed, &ranges, &|_: &[f64]| None);
    }

    #[test]
    fn exports_never_panic(
        tol in tolerance(),
        formula in prop_oneof![Just("{a}*2+{b}".to_string()), ".*".prop_map(|s: String| s)],
        question in ".*",
        variants in proptest::collection::vec(
            (proptest::collection::vec(num(), 0..3), num()),
            0..4,
        ),
    ) {
        let p = problem(tol, formula, question);
        let vs: Vec<Variant> = variants
            .into_iter()
            .map(|(inputs, answer_si)| Variant { inputs, answer_si })
            .collect();
        let _ = moodle_xml(&p, &vs);
        let _ = qti21_package(&p, &vs);
        let _ = qti12(&p, &vs);
        let _ = blackboard_tsv(&p, &vs);
        for v in &vs {
            let _ = p.fill(&p.solution, v);
        }
    }
}
