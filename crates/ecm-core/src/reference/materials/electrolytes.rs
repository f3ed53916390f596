//! The solid electrolytes: Young's modulus, fracture toughness and typical
//! flaw size, each with its source.

use super::sources::*;
use super::Property;
use serde::{Deserialize, Serialize};

/// A solid electrolyte.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Electrolyte {
    /// Short key used in links, e.g. "LLZO".
    pub key: String,
    /// Name, e.g. "Li7La3Zr2O12 garnet (LLZO)".
    pub name: String,
    /// The ion it conducts: "Li" or "Na".
    pub ion: String,
    /// Young's modulus E in Pa.
    pub youngs_modulus: Property,
    /// Fracture toughness KIC in Pa·√m, where established.
    pub fracture_toughness: Option<Property>,
    /// Typical flaw (pore, crack) or grain size in m, where reported.
    pub typical_flaw: Option<Property>,
    /// What the flaw figure refers to, or other remarks.
    pub note: String,
}

/// The electrolytes of docs/science.md §7, each value from a named study. The
/// paper's values (LLZO KIC ≈ 1 MPa·√m with ≈5 µm pores; Na-β-alumina KIC
/// ≈ 2 MPa·√m with ≈10 µm cracks) are the nominal ones where it gives them.
/// A ceramic's toughness depends on its density and grain size: the notes
/// say which.
pub fn electrolytes() -> Vec<Electrolyte> {
    use Property as P;
    let e = |key: &str,
             name: &str,
             ion: &str,
             youngs: P,
             kic: Option<P>,
             flaw: Option<P>,
             note: &str| Electrolyte {
        key: key.into(),
        name: name.into(),
        ion: ion.into(),
        youngs_modulus: youngs,
        fracture_toughness: kic,
        typical_flaw: flaw,
        note: note.into(),
    };
    const JACKMAN_CUTLER: &str = source!(JACKMAN_CUTLER);
    const SAKUDA_2013: &str = source!(SAKUDA_2013);
    const MCGROGAN_2017: &str = source!(MCGROGAN_2017);
    const HERBERT_2011: &str = source!(HERBERT_2011);
    vec![
        e(
            "LLZO",
            "Li7La3Zr2O12 garnet (LLZO)",
            "Li",
            P::range(
                149.8e9,
                132.6e9,
                158.5e9,
                concat!(source!(NI_2012), " (Al-doped: 149.8 at 3 % porosity, 132.6 at 6 %); ", source!(HU_LLZTO), " (Ta-doped: 158.5 at 98 % density)"),
            ),
            Some(P::range(
                1e6,
                0.44e6,
                1.51e6,
                concat!(source!(PAPER), " (≈1); ", source!(WOLFENSTINE_2013), " (≈1.25); ", source!(HU_LLZTO), " (0.44 at 83 % density to 1.51 at 98 %)"),
            )),
            Some(P::range(
                5e-6,
                5e-6,
                13.2e-6,
                concat!(source!(PAPER), " (pores ≈5 µm); ", source!(HU_LLZTO), " (largest grains 13.2 ± 5.2 µm)"),
            )),
            "KIC rises with density: 0.44 MPa·√m at 83 % to 1.51 at 98 % (LLZTO); pores ≈5 µm (paper)",
        ),
        e(
            "LLTO",
            "Li0.33La0.56TiO3 perovskite (LLTO)",
            "Li",
            P::range(
                200e9,
                200e9,
                240e9,
                concat!("no measured value found for sintered LLTO; 240 for rapidly solidified LLTO: ", source!(CRYSTALS_2025)),
            )
            .estimate(),
            Some(P::exact(1e6, "no measured value found").estimate()),
            Some(P::exact(1e-6, "grains ≈1 µm, as usually reported; no single source").estimate()),
            "E and KIC are estimates: no measured values found",
        ),
        e(
            "LATP",
            "Li1.3Al0.3Ti1.7(PO4)3 NASICON-type (LATP)",
            "Li",
            P::range(98e9, 81e9, 115e9, JACKMAN_CUTLER),
            Some(P::exact(1.1e6, JACKMAN_CUTLER)),
            Some(P::range(3e-6, 1.7e-6, 4.8e-6, JACKMAN_CUTLER)),
            "grains 1.7–4.8 µm",
        ),
        e(
            "sulfide",
            "Li2S–P2S5 glass / Li3PS4 (sulfide)",
            "Li",
            P::range(22e9, 18e9, 25e9, SAKUDA_2013),
            Some(P::exact(0.23e6, MCGROGAN_2017)),
            None,
            "crystalline sulfides (Li6PS5Cl, LGPS) 22–37 GPa, largely computed (Koerver et al., Energy Environ. Sci. 2018, doi 10.1039/c8ee00907d)",
        ),
        e(
            "LiPON",
            "LiPON (thin film)",
            "Li",
            P::exact(77e9, HERBERT_2011),
            None,
            None,
            "thin film (ν 0.25); fracture toughness not established",
        ),
        e(
            "beta-alumina",
            "Na-β/β''-alumina",
            "Na",
            P::exact(200e9, "no measured value found").estimate(),
            Some(P::range(2e6, 2e6, 3e6, PAPER)),
            Some(P::exact(10e-6, PAPER)),
            "cracks ≈10 µm observed (paper); E is an estimate",
        ),
        e(
            "NASICON",
            "Na3Zr2Si2PO12 (NASICON)",
            "Na",
            P::range(
                76.5e9,
                56e9,
                97e9,
                concat!(source!(WOLFENSTINE_2022), " (56–97); ", source!(NONEMACHER_2019), " (Al/Y-doped 72–88)"),
            ),
            Some(P::range(
                1.3e6,
                1.0e6,
                1.58e6,
                concat!(source!(WOLFENSTINE_2022), " (1.0–1.5); ", source!(NONEMACHER_2019), " (doped 1.30–1.58)"),
            )),
            None,
            "KIC depends on density and doping",
        ),
        e(
            "Na3PS4",
            "Na3PS4 (75Na2S·25P2S5 glass)",
            "Na",
            P::exact(18e9, SAKUDA_2013).secondary(),
            None,
            None,
            "fracture toughness not found",
        ),
    ]
}

/// The electrolyte with key `key` ("LLZO", "beta-alumina", …), if the library has it.
pub fn electrolyte(key: &str) -> Option<Electrolyte> {
    electrolytes().into_iter().find(|e| e.key == key)
}
