//! The paper's worked numbers, recomputed (docs/science.md §6).
//!
//! Each example keeps the number the paper prints, the inputs printed next to
//! it, our value from those inputs (F = 96 485.332 C/mol), and the inputs that
//! would reproduce the printed number. Everything is computed by this crate's
//! own functions when [`worked_examples`] is called; nothing is typed in.

use crate::constants::FARADAY;
use crate::error::Result;
use crate::models::cantilever::force_from_deflection;
use crate::models::criteria::strength_ratio;
use crate::models::electrochemical_stress::{overpotential_from_stress, stress_from_overpotential};
use crate::models::fracture::{fracture_stress, Flaw, FlawGeometry, SizeConvention};
use crate::models::uniaxial::{circle_area, engineering_stress, CrossSection};
use serde::Serialize;

/// The Faraday constant that reproduces the paper's overpotential arithmetic
/// (it prints 9.65 × 10⁴ C/mol).
pub const PAPER_FARADAY: f64 = 9.75e4;

/// A way of reproducing a printed number.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reproduction {
    /// The changed input, e.g. "F = 9.75 × 10⁴ C/mol".
    pub inputs: String,
    /// The value those inputs give, in the example's unit.
    pub value: f64,
}

/// One worked example from the paper.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WorkedExample {
    /// Stable id, used as a test id on the page.
    pub id: &'static str,
    /// Where the paper says it.
    pub location: &'static str,
    /// What the paper claims.
    pub claim: &'static str,
    /// The inputs printed next to it.
    pub inputs: &'static str,
    /// Display unit of the values below.
    pub unit: &'static str,
    /// The number printed.
    pub printed: f64,
    /// Decimals printed (0 for "412").
    pub printed_decimals: u32,
    /// True when the paper states a lower bound ("more than 100 mV").
    pub lower_bound: bool,
    /// Our value from the printed inputs.
    pub recomputed: f64,
    /// Inputs that reproduce the printed number (empty when it already agrees).
    pub reproductions: Vec<Reproduction>,
}

impl WorkedExample {
    /// Whether our value rounds to the printed number (or, for a lower bound,
    /// exceeds it).
    pub fn agrees(&self) -> bool {
        if self.lower_bound {
            return self.recomputed > self.printed;
        }
        let half_ulp = 0.5 * 10f64.powi(-(self.printed_decimals as i32));
        (self.recomputed - self.printed).abs() <= half_ulp + 1e-9
    }

    /// (recomputed − printed) / printed, in per cent.
    pub fn difference_percent(&self) -> f64 {
        (self.recomputed - self.printed) / self.printed * 100.0
    }
}

const LI_VM: f64 = 13e-6;
const NA_VM: f64 = 23.7e-6;

fn mpa(x: f64) -> f64 {
    x / 1e6
}

fn with_faraday(value_with_f: f64, f: f64) -> f64 {
    value_with_f * f / FARADAY
}

fn repro(inputs: &str, value: f64) -> Reproduction {
    Reproduction {
        inputs: inputs.to_string(),
        value,
    }
}

/// All worked examples of docs/science.md §6 and the paper's figures, recomputed.
pub fn worked_examples() -> Result<Vec<WorkedExample>> {
    let paper = Flaw::paper;
    let llzo_5um = fracture_stress(1e6, paper(5e-6))?;
    let ba_10um = fracture_stress(2e6, paper(10e-6))?;
    let s_500nm = fracture_stress(2e6, paper(500e-9))?;
    let na_100 = stress_from_overpotential(0.1, NA_VM)?;
    let li_100 = stress_from_overpotential(0.1, LI_VM)?;
    // 95 MPa over a 196 nm rod needs this force; at 3 N/m, this deflection.
    let f95 = 95e6 * circle_area(196e-9)?;
    let f313 = force_from_deflection(3.0, 313e-9)?;
    Ok(vec![
        WorkedExample {
            id: "li-750",
            location: "text, confinement stress",
            claim: "Li builds 750 MPa at 100 mV",
            inputs: "Δφ = 100 mV, Vm = 13 cm³/mol",
            unit: "MPa",
            printed: 750.0,
            printed_decimals: 0,
            lower_bound: false,
            recomputed: mpa(li_100),
            reproductions: vec![repro(
                "F = 9.75 × 10⁴ C/mol",
                mpa(with_faraday(li_100, PAPER_FARADAY)),
            )],
        },
        WorkedExample {
            id: "na-412",
            location: "text, confinement stress",
            claim: "Na builds 412 MPa at 100 mV",
            inputs: "Δφ = 100 mV, Vm = 23.7 cm³/mol",
            unit: "MPa",
            printed: 412.0,
            printed_decimals: 0,
            lower_bound: false,
            recomputed: mpa(na_100),
            reproductions: vec![
                repro(
                    "F = 9.75 × 10⁴ C/mol",
                    mpa(with_faraday(na_100, PAPER_FARADAY)),
                ),
                repro(
                    "Vm = 23.42 cm³/mol",
                    mpa(stress_from_overpotential(0.1, 23.42e-6)?),
                ),
            ],
        },
        WorkedExample {
            id: "llzo-150",
            location: "text, LLZO fracture",
            claim: "LLZO with 5 µm pores fractures at ≈150 MPa",
            inputs: "KIC = 1 MPa·√m, a = 5 µm, Y = 1",
            unit: "MPa",
            printed: 150.0,
            printed_decimals: 0,
            lower_bound: false,
            recomputed: mpa(llzo_5um),
            reproductions: vec![
                repro("a = 14.1 µm", mpa(fracture_stress(1e6, paper(14.1e-6))?)),
                repro(
                    "Y = 1.68",
                    mpa(fracture_stress(
                        1e6,
                        Flaw {
                            size: 5e-6,
                            geometry: FlawGeometry::Custom(1.68),
                            convention: SizeConvention::SizeIsA,
                        },
                    )?),
                ),
            ],
        },
        WorkedExample {
            id: "llzo-33mv",
            location: "text, LLZO critical overpotential",
            claim: "33 mV is enough to fracture LLZO (Li)",
            inputs: "σf of LLZO at 5 µm, Vm = 13 cm³/mol",
            unit: "mV",
            printed: 33.0,
            printed_decimals: 0,
            lower_bound: false,
            recomputed: overpotential_from_stress(llzo_5um, LI_VM)? * 1e3,
            reproductions: vec![
                repro(
                    "F = 9.75 × 10⁴ C/mol",
                    overpotential_from_stress(llzo_5um, LI_VM)? * FARADAY / PAPER_FARADAY * 1e3,
                ),
                repro(
                    "σf = 150 MPa (the paper's own figure)",
                    overpotential_from_stress(150e6, LI_VM)? * 1e3,
                ),
            ],
        },
        WorkedExample {
            id: "ba-357",
            location: "text, Na-β-alumina fracture",
            claim: "Na-β-alumina with 10 µm cracks fractures at 357 MPa",
            inputs: "KIC = 2 MPa·√m, a = 10 µm, Y = 1",
            unit: "MPa",
            printed: 357.0,
            printed_decimals: 0,
            lower_bound: false,
            recomputed: mpa(ba_10um),
            reproductions: vec![],
        },
        WorkedExample {
            id: "ba-86.7mv",
            location: "text, Na-β-alumina critical overpotential",
            claim: "86.7 mV fractures Na-β-alumina (Na)",
            inputs: "σf = 357 MPa, Vm = 23.7 cm³/mol",
            unit: "mV",
            printed: 86.7,
            printed_decimals: 1,
            lower_bound: false,
            recomputed: overpotential_from_stress(ba_10um, NA_VM)? * 1e3,
            reproductions: vec![repro(
                "F = 9.75 × 10⁴ C/mol",
                overpotential_from_stress(ba_10um, NA_VM)? * FARADAY / PAPER_FARADAY * 1e3,
            )],
        },
        WorkedExample {
            id: "s-798",
            location: "text, 500 nm flaw",
            claim: "a 500 nm flaw fractures at 798 MPa",
            inputs: "KIC = 2 MPa·√m (β-alumina), a = 500 nm",
            unit: "MPa",
            printed: 798.0,
            printed_decimals: 0,
            lower_bound: false,
            recomputed: mpa(s_500nm),
            reproductions: vec![
                repro(
                    "KIC = 1 MPa·√m (LLZO's)",
                    mpa(fracture_stress(1e6, paper(500e-9))?),
                ),
                repro("a = 2 µm", mpa(fracture_stress(2e6, paper(2e-6))?)),
            ],
        },
        WorkedExample {
            id: "s-798-mv",
            location: "text, 500 nm flaw",
            claim: "more than 100 mV is needed for 798 MPa",
            inputs: "σ = 798 MPa, Na (Vm = 23.7 cm³/mol)",
            unit: "mV",
            printed: 100.0,
            printed_decimals: 0,
            lower_bound: true,
            recomputed: overpotential_from_stress(797.9e6, NA_VM)? * 1e3,
            reproductions: vec![repro(
                "Li (Vm = 13 cm³/mol)",
                overpotential_from_stress(797.9e6, LI_VM)? * 1e3,
            )],
        },
        WorkedExample {
            id: "fig4-36",
            location: "Figure 4, nanorod compression",
            claim: "compressive stress 36 MPa",
            inputs: "F = 3.6 µN, d = 355 nm",
            unit: "MPa",
            printed: 36.0,
            printed_decimals: 0,
            lower_bound: false,
            recomputed: mpa(engineering_stress(
                3.6e-6,
                CrossSection::InitialDiameter(355e-9),
            )?),
            reproductions: vec![],
        },
        WorkedExample {
            id: "fig7-261",
            location: "Figure 7, Na₂CO₃ pillar",
            claim: "pillar strength 261 MPa",
            inputs: "F = 4.02 µN, d = 140 nm",
            unit: "MPa",
            printed: 261.0,
            printed_decimals: 0,
            lower_bound: false,
            recomputed: mpa(engineering_stress(
                4.02e-6,
                CrossSection::InitialDiameter(140e-9),
            )?),
            reproductions: vec![],
        },
        WorkedExample {
            id: "fig7-336",
            location: "Figure 7, Na₂CO₃ pillar",
            claim: "pillar strength 336 MPa",
            inputs: "F = 0.42 µN, d = 40 nm",
            unit: "MPa",
            printed: 336.0,
            printed_decimals: 0,
            lower_bound: false,
            recomputed: mpa(engineering_stress(
                0.42e-6,
                CrossSection::InitialDiameter(40e-9),
            )?),
            reproductions: vec![repro(
                "d = 39.9 nm (rounding of d)",
                mpa(engineering_stress(
                    0.42e-6,
                    CrossSection::InitialDiameter(39.9e-9),
                )?),
            )],
        },
        WorkedExample {
            id: "fig6-95",
            location: "Figure 6 and Table 1, tensile rod",
            claim: "tensile strength 95 MPa (196 nm rod)",
            inputs: "ΔX = 313 nm, k = 3 N/m, d = 196 nm",
            unit: "MPa",
            printed: 95.0,
            printed_decimals: 0,
            lower_bound: false,
            recomputed: mpa(engineering_stress(
                f313,
                CrossSection::InitialDiameter(196e-9),
            )?),
            reproductions: vec![repro(
                &format!(
                    "ΔX = {} nm (313 nm is probably piezo travel)",
                    crate::numbers::decimal_writer::fixed(f95 / 3.0 * 1e9, 0)
                ),
                mpa(engineering_stress(
                    f95,
                    CrossSection::InitialDiameter(196e-9),
                )?),
            )],
        },
        WorkedExample {
            id: "size-300",
            location: "text, size effect",
            claim: "nanoscale Na is more than 300 times stronger than bulk",
            inputs: "203 MPa (Table 1) over bulk 0.25 MPa",
            unit: "×",
            printed: 300.0,
            printed_decimals: 0,
            lower_bound: true,
            recomputed: strength_ratio(203e6, 0.25e6)?,
            reproductions: vec![],
        },
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(id: &str) -> WorkedExample {
        worked_examples()
            .unwrap()
            .into_iter()
            .find(|e| e.id == id)
            .unwrap()
    }

    fn r1(x: f64) -> f64 {
        (x * 10.0).round() / 10.0
    }

    #[test]
    fn recomputed_values_match_science_md() {
        // docs/science.md §6, "recomputed" column.
        for (id, want) in [
            ("li-750", 742.2),
            ("na-412", 407.1),
            ("llzo-150", 252.3),
            ("llzo-33mv", 34.0),
            ("ba-357", 356.8),
            ("ba-86.7mv", 87.6),
            ("s-798", 1595.8),
            ("fig4-36", 36.4),
            ("fig7-261", 261.1),
            ("fig7-336", 334.2),
            ("fig6-95", 31.1),
        ] {
            assert_eq!(r1(get(id).recomputed), want, "{id}");
        }
        assert_eq!(get("s-798-mv").recomputed.round(), 196.0);
        assert_eq!(get("size-300").recomputed, 812.0);
    }

    #[test]
    fn reproductions_give_the_printed_numbers() {
        // docs/science.md §6, "what reproduces the printed number".
        let values = |id| {
            get(id)
                .reproductions
                .iter()
                .map(|r| r1(r.value))
                .collect::<Vec<_>>()
        };
        assert_eq!(values("li-750"), vec![750.0]);
        assert_eq!(values("na-412")[0], 411.4);
        assert_eq!(values("na-412")[1].round(), 412.0);
        assert_eq!(values("llzo-33mv"), vec![33.6, 20.2]);
        assert_eq!(values("ba-86.7mv"), vec![86.7]);
        assert_eq!(values("s-798"), vec![797.9, 797.9]);
        assert_eq!(r1(get("s-798-mv").reproductions[0].value), 107.5);
        assert_eq!(values("fig6-95"), vec![95.0]);
    }

    #[test]
    fn agreement_follows_the_printed_digits() {
        assert!(get("ba-357").agrees());
        assert!(get("fig4-36").agrees());
        assert!(get("fig7-261").agrees());
        assert!(!get("li-750").agrees());
        assert!(!get("llzo-150").agrees());
        assert!(!get("fig7-336").agrees());
        assert!(get("size-300").agrees(), "812 is more than 300");
        assert!(get("s-798-mv").agrees(), "196 mV is more than 100 mV");
    }
}
