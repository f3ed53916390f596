//! Material values with their ranges and sources.
//!
//! Every value carries a nominal figure, the range where sources disagree, and
//! the study it comes from (with its DOI where it has been confirmed), as
//! gathered in docs/science.md §7–§8. A value read in the source itself is
//! [`Basis::Seen`]; one read in a review that quotes it is
//! [`Basis::Secondary`]; one with no source found is an [`Basis::Estimate`],
//! and the page labels both kinds so. All values are in SI units.

use serde::{Deserialize, Serialize};

/// Each source's citation as a literal, so that combined sources are joined
/// at compile time (`concat!`) rather than formatted in the page's code.
macro_rules! source {
    (PAPER) => {
        "ACS Energy Lett. 2020, 5, 2546 (doi 10.1021/acsenergylett.0c01214)"
    };
    (CRC) => {
        "CRC Handbook of Chemistry and Physics"
    };
    (MASIAS_2019) => {
        "Masias et al., J. Mater. Sci. 54, 2585 (2019), doi 10.1007/s10853-018-2971-3"
    };
    (HERBERT_2018) => {
        "Herbert et al., J. Mater. Res. 33 (2018), doi 10.1557/jmr.2018.83"
    };
    (LEPAGE_2019) => {
        "LePage et al., J. Electrochem. Soc. 166, A89 (2019), doi 10.1149/2.0221902jes"
    };
    (WANG_2020) => {
        "Wang, Chang, Wolfenstine, Sakamoto, Materialia 12, 100792 (2020), doi 10.1016/j.mtla.2020.100792"
    };
    (FINCHER_2020) => {
        "Fincher et al., ACS Appl. Energy Mater. 3, 1759 (2020)"
    };
    (SARGENT_ASHBY_1984) => {
        "Sargent & Ashby, Scr. Metall. 18, 145 (1984), doi 10.1016/0036-9748(84)90494-0"
    };
    (NACHTRIEB_1952) => {
        "Nachtrieb et al., J. Chem. Phys. (1952), doi 10.1063/1.1700709"
    };
    (LODDING_1970) => {
        "Lodding et al., phys. stat. sol. (b) 38 (1970), doi 10.1002/pssb.19700380206"
    };
    (ROY_2021) => {
        "Roy, Fleck, Deshpande, Extreme Mech. Lett. (2021), doi 10.1016/j.eml.2021.101307"
    };
    (FROST_ASHBY_1982) => {
        "Frost & Ashby, Deformation-Mechanism Maps (Pergamon, 1982), ch. 2"
    };
    (NI_2012) => {
        "Ni et al., J. Mater. Sci. 47, 7978 (2012)"
    };
    (HU_LLZTO) => {
        "Hu et al., Chin. Phys. Lett. (LLZTO)"
    };
    (WOLFENSTINE_2013) => {
        "Wolfenstine et al., Mater. Lett. (2013)"
    };
    (CRYSTALS_2025) => {
        "Crystals 15, 707 (2025), doi 10.3390/cryst15080707"
    };
    (JACKMAN_CUTLER) => {
        "Jackman & Cutler, J. Power Sources 218, 65 (2012)"
    };
    (SAKUDA_2013) => {
        "Sakuda et al., Sci. Rep. 3, 2261 (2013), doi 10.1038/srep02261"
    };
    (MCGROGAN_2017) => {
        "McGrogan et al., Adv. Energy Mater. 7, 1602011 (2017), doi 10.1002/aenm.201602011"
    };
    (HERBERT_2011) => {
        "Herbert et al., Thin Solid Films 520, 413 (2011), doi 10.1016/j.tsf.2011.07.068"
    };
    (WOLFENSTINE_2022) => {
        "Wolfenstine, Go, Kim, Sakamoto, Ionics (2022), doi 10.1007/s11581-022-04820-z (review)"
    };
    (NONEMACHER_2019) => {
        "Nonemacher et al., Ceram. Int. 45, 21308 (2019), doi 10.1016/j.ceramint.2019.07.114"
    };
}

/// The paper the calculators are built on.
pub const PAPER: &str = source!(PAPER);
/// CRC Handbook of Chemistry and Physics (molar masses, densities, melting
/// points, lattice parameters).
pub const CRC: &str = source!(CRC);
/// Lithium's elastic, plastic and creep properties, reviewed.
pub const MASIAS_2019: &str = source!(MASIAS_2019);
/// Lithium nanoindentation: elastic modulus and yield.
pub const HERBERT_2018: &str = source!(HERBERT_2018);
/// Lithium creep in tension and compression.
pub const LEPAGE_2019: &str = source!(LEPAGE_2019);
/// Sodium's elastic constants (acoustic), yield and power-law creep.
pub const WANG_2020: &str = source!(WANG_2020);
/// Sodium's elastic and plastic characteristics (the paper's ref. 21; DOI not yet confirmed).
pub const FINCHER_2020: &str = source!(FINCHER_2020);
/// Shear moduli and creep exponents of the alkali metals.
pub const SARGENT_ASHBY_1984: &str = source!(SARGENT_ASHBY_1984);
/// Self-diffusion in sodium.
pub const NACHTRIEB_1952: &str = source!(NACHTRIEB_1952);
/// Self-diffusion in lithium.
pub const LODDING_1970: &str = source!(LODDING_1970);
/// Lithium's lattice diffusivity at room temperature, as used in a creep model.
pub const ROY_2021: &str = source!(ROY_2021);
/// Diffusional creep and the estimates of boundary diffusion.
pub const FROST_ASHBY_1982: &str = source!(FROST_ASHBY_1982);

/// How a value was obtained, shown beside it on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Basis {
    /// Read in the cited source itself.
    #[default]
    Seen,
    /// Read in a review or thesis that quotes the primary source.
    Secondary,
    /// No source found: an estimate, labelled so.
    Estimate,
}

impl Basis {
    /// The label the page puts after the value ("" for a value seen in its source).
    pub fn label(self) -> &'static str {
        match self {
            Basis::Seen => "",
            Basis::Secondary => "secondary",
            Basis::Estimate => "estimate",
        }
    }
}

/// One material property: nominal value, range and source, in SI units.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Property {
    /// The value the calculators use by default.
    pub nominal: f64,
    /// Lowest value reported.
    pub min: f64,
    /// Highest value reported.
    pub max: f64,
    /// Where the value comes from: a study (with DOI where confirmed) or a handbook.
    pub source: String,
    /// How it was obtained: seen in the source, secondary, or an estimate.
    #[serde(default)]
    pub basis: Basis,
}

impl Property {
    /// A single value from one source.
    pub fn exact(value: f64, source: &str) -> Self {
        Self::range(value, value, value, source)
    }

    /// A nominal value with the range where sources disagree.
    pub fn range(nominal: f64, min: f64, max: f64, source: &str) -> Self {
        Property {
            nominal,
            min,
            max,
            source: source.to_string(),
            basis: Basis::Seen,
        }
    }

    /// The same value, read in a review that quotes the primary source.
    pub fn secondary(self) -> Self {
        Property {
            basis: Basis::Secondary,
            ..self
        }
    }

    /// The same value, an estimate with no source found.
    pub fn estimate(self) -> Self {
        Property {
            basis: Basis::Estimate,
            ..self
        }
    }
}

/// What the creep laws need for one metal (docs/science.md §8), each value with
/// its source: the power-law fit (none is measured for K), lattice and
/// grain-boundary diffusion, the atomic volume and the Burgers vector.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MetalCreep {
    /// Stress exponent n of power-law creep.
    pub exponent: Option<Property>,
    /// Prefactor A in MPa⁻ⁿ s⁻¹ at the reference temperature.
    pub prefactor: Option<Property>,
    /// Activation energy Q of power-law creep in J/mol.
    pub activation_energy: Option<Property>,
    /// Reference temperature T_ref of the fit in K.
    pub reference_temperature: Property,
    /// The stresses (Pa) the fit was measured over.
    pub fitted_stress: Option<Property>,
    /// The temperatures (K) the fit was measured over.
    pub fitted_temperature: Option<Property>,
    /// Lattice diffusivity prefactor D₀v in m²/s.
    pub lattice_d0: Property,
    /// Lattice diffusion activation energy Q_v in J/mol.
    pub lattice_q: Property,
    /// Boundary width times boundary diffusivity prefactor, δ·D₀b, in m³/s.
    pub boundary_delta_d0: Property,
    /// Boundary diffusion activation energy Q_b in J/mol.
    pub boundary_q: Property,
    /// Atomic volume Ω = Vm/N_A in m³.
    pub atomic_volume: Property,
    /// Burgers vector b = a√3/2 (bcc) in m.
    pub burgers_vector: Property,
}

/// A metal anode.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Metal {
    /// Chemical symbol, e.g. "Na"; also the key used in links.
    pub symbol: String,
    /// Name, e.g. "sodium".
    pub name: String,
    /// Molar mass M in kg/mol.
    pub molar_mass: Property,
    /// Density ρ in kg/m³.
    pub density: Property,
    /// Molar volume Vm in m³/mol (the value the paper uses).
    pub molar_volume: Property,
    /// Melting point Tm in K.
    pub melting_point: Property,
    /// Young's modulus E in Pa.
    pub youngs_modulus: Property,
    /// Shear modulus G in Pa.
    pub shear_modulus: Property,
    /// Poisson's ratio ν.
    pub poisson_ratio: Property,
    /// Bulk yield (flow) stress in Pa, where known.
    pub bulk_yield: Option<Property>,
    /// Creep and diffusion data.
    pub creep: MetalCreep,
}

/// The estimate of grain-boundary diffusion docs/science.md §8 prescribes where
/// none is measured: δ = 2b and D₀b = D₀v, so δ·D₀b = 2b·D₀v (m³/s), with
/// Q_b = 0.55·Q_v (0.5–0.6), after Frost & Ashby 1982.
fn boundary_estimate(b: f64, d0v: f64, qv: f64) -> (Property, Property) {
    let delta_d0 = 2.0 * b * d0v;
    (
        Property::range(delta_d0, delta_d0 / 10.0, delta_d0 * 10.0, FROST_ASHBY_1982).estimate(),
        Property::range(0.55 * qv, 0.5 * qv, 0.6 * qv, FROST_ASHBY_1982).estimate(),
    )
}

/// Ω = Vm / N_A from the paper's molar volume (m³/mol → m³).
fn atomic_volume(vm: f64) -> Property {
    Property::exact(
        vm / crate::constants::AVOGADRO,
        "Vm / N_A, Vm as the paper uses it",
    )
}

/// Li, Na and K: the paper's molar volumes, elastic constants from measured,
/// self-consistent sets (E ≈ 2G(1 + ν)), and creep data (docs/science.md §7, §8).
pub fn metals() -> Vec<Metal> {
    use Property as P;
    const KJ: f64 = 1e3;
    let room = |source: &str| P::exact(298.0, source);
    let (li_db, li_qb) = boundary_estimate(0.302e-9, 3.1e-5, 55.0 * KJ);
    let (na_db, na_qb) = boundary_estimate(0.366e-9, 1.9e-5, 44.0 * KJ);
    let (k_db, k_qb) = boundary_estimate(0.453e-9, 3.1e-5, 40.0 * KJ);
    vec![
        Metal {
            symbol: "Li".into(),
            name: "lithium".into(),
            molar_mass: P::exact(6.941e-3, CRC),
            density: P::exact(534.0, CRC),
            molar_volume: P::exact(13.0e-6, PAPER),
            melting_point: P::exact(453.65, CRC),
            youngs_modulus: P::range(
                7.82e9,
                3.1e9,
                21.4e9,
                concat!(
                    source!(MASIAS_2019),
                    " (polycrystal 7.82; single-crystal range 3.1–21.4); ",
                    source!(HERBERT_2018),
                    " (films 8.2–9.8)"
                ),
            )
            .secondary(),
            shear_modulus: P::exact(2.83e9, MASIAS_2019).secondary(),
            poisson_ratio: P::exact(0.38, MASIAS_2019).secondary(),
            bulk_yield: Some(P::range(
                0.77e6,
                0.73e6,
                0.81e6,
                concat!(source!(MASIAS_2019), "; ", source!(LEPAGE_2019)),
            )),
            creep: MetalCreep {
                exponent: Some(P::range(
                    6.56,
                    6.56,
                    6.6,
                    concat!(source!(MASIAS_2019), "; ", source!(LEPAGE_2019)),
                )),
                prefactor: Some(
                    P::exact(
                        7.7e-3,
                        concat!("a refit of the data of ", source!(MASIAS_2019)),
                    )
                    .estimate(),
                ),
                activation_energy: Some(P::exact(37.0 * KJ, MASIAS_2019)),
                reference_temperature: room(MASIAS_2019),
                fitted_stress: Some(P::range(0.4e6, 0.2e6, 0.6e6, MASIAS_2019)),
                fitted_temperature: Some(P::range(298.15, 248.15, 398.15, MASIAS_2019)),
                lattice_d0: P::exact(
                    3.1e-5,
                    concat!(
                        source!(LODDING_1970),
                        "; D_v ≈ 8 × 10⁻¹⁵ m²/s at 300 K as used by ",
                        source!(ROY_2021)
                    ),
                ),
                lattice_q: P::exact(55.0 * KJ, LODDING_1970),
                boundary_delta_d0: li_db,
                boundary_q: li_qb,
                atomic_volume: atomic_volume(13.0e-6),
                burgers_vector: P::exact(
                    0.302e-9,
                    "a√3/2, lattice parameter a from the CRC Handbook",
                ),
            },
        },
        Metal {
            symbol: "Na".into(),
            name: "sodium".into(),
            molar_mass: P::exact(22.990e-3, CRC),
            density: P::exact(968.0, CRC),
            molar_volume: P::exact(23.7e-6, PAPER),
            melting_point: P::exact(370.95, CRC),
            youngs_modulus: P::range(
                4.6e9,
                3.9e9,
                4.6e9,
                concat!(
                    source!(WANG_2020),
                    " (acoustic, 4.6); ",
                    source!(FINCHER_2020),
                    " (3.9, the paper's ref. 21)"
                ),
            ),
            shear_modulus: P::range(
                1.7e9,
                1.53e9,
                1.7e9,
                concat!(
                    source!(WANG_2020),
                    " (1.7); ",
                    source!(SARGENT_ASHBY_1984),
                    " (1.53)"
                ),
            ),
            poisson_ratio: P::exact(0.41, WANG_2020),
            bulk_yield: Some(P::range(
                0.2e6,
                0.1e6,
                0.28e6,
                concat!(
                    source!(WANG_2020),
                    " (0.19–0.28 tension, 0.16–0.24 compression); ",
                    source!(FINCHER_2020),
                    " as the paper cites it (flow stress 0.1–0.25 at 8 %)"
                ),
            )),
            creep: MetalCreep {
                exponent: Some(P::range(5.0, 5.0, 6.1, WANG_2020)),
                prefactor: Some(P::exact(0.53, WANG_2020)),
                activation_energy: Some(P::range(
                    42.0 * KJ,
                    42.0 * KJ,
                    44.0 * KJ,
                    concat!(source!(PAPER), " (42); ", source!(NACHTRIEB_1952), " (44)"),
                )),
                reference_temperature: room(WANG_2020),
                fitted_stress: Some(P::range(0.2e6, 0.1e6, 0.3e6, WANG_2020)),
                fitted_temperature: Some(P::exact(298.0, WANG_2020)),
                lattice_d0: P::exact(1.9e-5, NACHTRIEB_1952).secondary(),
                lattice_q: P::range(
                    44.0 * KJ,
                    42.0 * KJ,
                    44.0 * KJ,
                    concat!(source!(NACHTRIEB_1952), " (44); ", source!(PAPER), " (42)"),
                ),
                boundary_delta_d0: na_db,
                boundary_q: na_qb,
                atomic_volume: atomic_volume(23.7e-6),
                burgers_vector: P::exact(
                    0.366e-9,
                    "a√3/2, lattice parameter a from the CRC Handbook",
                ),
            },
        },
        Metal {
            symbol: "K".into(),
            name: "potassium".into(),
            molar_mass: P::exact(39.098e-3, CRC),
            density: P::range(862.0, 862.0, 890.0, CRC),
            molar_volume: P::exact(45.4e-6, PAPER),
            melting_point: P::exact(336.7, CRC),
            youngs_modulus: P::exact(3.53e9, CRC),
            shear_modulus: P::range(
                1.3e9,
                0.661e9,
                1.3e9,
                concat!(
                    source!(CRC),
                    " (1.3); ",
                    source!(SARGENT_ASHBY_1984),
                    " (0.661)"
                ),
            ),
            poisson_ratio: P::exact(0.35, CRC),
            bulk_yield: None,
            creep: MetalCreep {
                exponent: Some(P::exact(6.4, SARGENT_ASHBY_1984)),
                prefactor: None,
                activation_energy: None,
                reference_temperature: room("the other metals' fits"),
                fitted_stress: None,
                fitted_temperature: None,
                lattice_d0: P::exact(3.1e-5, "as tabulated for K; primary source not seen")
                    .estimate(),
                lattice_q: P::range(
                    40.0 * KJ,
                    39.0 * KJ,
                    41.0 * KJ,
                    "as tabulated for K; not verified",
                )
                .estimate(),
                boundary_delta_d0: k_db,
                boundary_q: k_qb,
                atomic_volume: atomic_volume(45.4e-6),
                burgers_vector: P::exact(
                    0.453e-9,
                    "a√3/2, lattice parameter a from the CRC Handbook",
                ),
            },
        },
    ]
}

impl Metal {
    /// The creep laws' inputs at this metal's nominal values: its power-law
    /// fit when n, A and Q are all known, its diffusion data, Ω and Tm.
    pub fn creep_model(&self) -> crate::creep::laws::CreepModel {
        use crate::creep::laws::{CreepModel, Diffusion, PowerLawCreep};
        let c = &self.creep;
        let power_law = match (&c.exponent, &c.prefactor, &c.activation_energy) {
            (Some(n), Some(a), Some(q)) => Some(PowerLawCreep {
                n: n.nominal,
                a: a.nominal,
                q: q.nominal,
                t_ref: c.reference_temperature.nominal,
            }),
            _ => None,
        };
        CreepModel {
            power_law,
            diffusion: Diffusion {
                d0_lattice: c.lattice_d0.nominal,
                q_lattice: c.lattice_q.nominal,
                delta_d0_boundary: c.boundary_delta_d0.nominal,
                q_boundary: c.boundary_q.nominal,
                atomic_volume: c.atomic_volume.nominal,
            },
            melting_point: self.melting_point.nominal,
        }
    }

    /// The range of stresses and temperatures its power-law fit was measured over.
    pub fn creep_fit_range(&self) -> Option<crate::creep::laws::FitRange> {
        let (s, t) = (
            self.creep.fitted_stress.as_ref()?,
            self.creep.fitted_temperature.as_ref()?,
        );
        Some(crate::creep::laws::FitRange {
            stress: (s.min, s.max),
            temperature: (t.min, t.max),
        })
    }

    /// Every property with a short label, for listing and checking.
    pub fn properties(&self) -> Vec<(&'static str, &Property)> {
        let c = &self.creep;
        let mut v = vec![
            ("M", &self.molar_mass),
            ("ρ", &self.density),
            ("Vm", &self.molar_volume),
            ("Tm", &self.melting_point),
            ("E", &self.youngs_modulus),
            ("G", &self.shear_modulus),
            ("ν", &self.poisson_ratio),
            ("T_ref", &c.reference_temperature),
            ("D₀v", &c.lattice_d0),
            ("Q_v", &c.lattice_q),
            ("δD₀b", &c.boundary_delta_d0),
            ("Q_b", &c.boundary_q),
            ("Ω", &c.atomic_volume),
            ("b", &c.burgers_vector),
        ];
        let optional = [
            ("yield", &self.bulk_yield),
            ("n", &c.exponent),
            ("A", &c.prefactor),
            ("Q", &c.activation_energy),
            ("fitted σ", &c.fitted_stress),
            ("fitted T", &c.fitted_temperature),
        ];
        v.extend(
            optional
                .into_iter()
                .filter_map(|(l, p)| p.as_ref().map(|p| (l, p))),
        );
        v
    }
}

/// The metal with symbol `symbol` (case-sensitive: "Na"), if the library has it.
pub fn metal(symbol: &str) -> Option<Metal> {
    metals().into_iter().find(|m| m.symbol == symbol)
}

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

/// The built-in materials plus any the user adds; serializable for export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Library {
    /// Metals.
    pub metals: Vec<Metal>,
    /// Electrolytes.
    pub electrolytes: Vec<Electrolyte>,
}

impl Default for Library {
    fn default() -> Self {
        Library {
            metals: metals(),
            electrolytes: electrolytes(),
        }
    }
}

impl Library {
    /// Adds a user's electrolyte after checking its values (E and KIC in range,
    /// min ≤ nominal ≤ max, a key not already used).
    pub fn add_electrolyte(&mut self, e: Electrolyte) -> crate::Result<()> {
        use crate::input_limits::{FLAW_SIZE, FRACTURE_TOUGHNESS, YOUNGS_MODULUS};
        check_property(&e.youngs_modulus, &YOUNGS_MODULUS)?;
        if let Some(k) = &e.fracture_toughness {
            check_property(k, &FRACTURE_TOUGHNESS)?;
        }
        if let Some(f) = &e.typical_flaw {
            check_property(f, &FLAW_SIZE)?;
        }
        self.check_new_key(&e.key)?;
        self.electrolytes.push(e);
        Ok(())
    }

    /// Adds a user's metal after checking its values.
    pub fn add_metal(&mut self, m: Metal) -> crate::Result<()> {
        use crate::input_limits::{
            DENSITY, MOLAR_MASS, MOLAR_VOLUME, POISSON_RATIO, SHEAR_MODULUS, TEMPERATURE,
            YOUNGS_MODULUS,
        };
        check_property(&m.molar_mass, &MOLAR_MASS)?;
        check_property(&m.density, &DENSITY)?;
        check_property(&m.molar_volume, &MOLAR_VOLUME)?;
        check_property(&m.melting_point, &TEMPERATURE)?;
        check_property(&m.youngs_modulus, &YOUNGS_MODULUS)?;
        check_property(&m.shear_modulus, &SHEAR_MODULUS)?;
        check_property(&m.poisson_ratio, &POISSON_RATIO)?;
        self.check_new_key(&m.symbol)?;
        self.metals.push(m);
        Ok(())
    }

    fn check_new_key(&self, key: &str) -> crate::Result<()> {
        let taken = self.metals.iter().any(|m| m.symbol == key)
            || self.electrolytes.iter().any(|e| e.key == key);
        if key.trim().is_empty() || taken {
            return Err(crate::Error::Inconsistent {
                message: format!("the name {key:?} is empty or already used"),
            });
        }
        Ok(())
    }
}

fn check_property(p: &Property, limit: &'static crate::input_limits::Limit) -> crate::Result<()> {
    limit.check(p.min)?;
    limit.check(p.nominal)?;
    limit.check(p.max)?;
    if !(p.min <= p.nominal && p.nominal <= p.max) {
        return Err(crate::Error::Inconsistent {
            message: format!(
                "{}: the range must hold the nominal value (min ≤ nominal ≤ max)",
                limit.name
            ),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn molar_volumes_agree_with_m_over_rho() {
        // The paper's rounded Vm should be within 2 % of M/ρ for every metal.
        for m in metals() {
            let from_m_rho = m.molar_mass.nominal / m.density.nominal;
            let rel = (from_m_rho / m.molar_volume.nominal - 1.0).abs();
            assert!(rel < 0.02, "{}: {rel}", m.symbol);
        }
    }

    #[test]
    fn electrolytes_have_ordered_sourced_values() {
        let lib = Library::default();
        assert!(lib.electrolytes.len() >= 8);
        for e in &lib.electrolytes {
            let mut props = vec![&e.youngs_modulus];
            props.extend(e.fracture_toughness.iter());
            props.extend(e.typical_flaw.iter());
            for p in props {
                assert!(p.min <= p.nominal && p.nominal <= p.max, "{}", e.key);
                assert!(p.source.len() > 10, "{}: {}", e.key, p.source);
                assert!(!p.source.is_empty(), "{}", e.key);
            }
        }
        // The paper's presets.
        assert_eq!(
            electrolyte("LLZO")
                .unwrap()
                .fracture_toughness
                .unwrap()
                .nominal,
            1e6
        );
        assert_eq!(
            electrolyte("beta-alumina")
                .unwrap()
                .fracture_toughness
                .unwrap()
                .nominal,
            2e6
        );
    }

    #[test]
    fn users_can_add_checked_materials() {
        let mut lib = Library::default();
        let mut mine = electrolyte("LLZO").unwrap();
        assert!(lib.add_electrolyte(mine.clone()).is_err(), "duplicate key");
        mine.key = "my-LLZO".into();
        mine.youngs_modulus.nominal = 1e20;
        assert!(lib.add_electrolyte(mine.clone()).is_err(), "out of range");
        mine.youngs_modulus = Property::exact(150e9, "my measurement");
        lib.add_electrolyte(mine).unwrap();
        assert_eq!(lib.electrolytes.len(), electrolytes().len() + 1);
    }

    #[test]
    fn every_property_is_ordered_and_sourced() {
        for m in metals() {
            for (label, p) in m.properties() {
                assert!(
                    p.min <= p.nominal && p.nominal <= p.max,
                    "{} {label}",
                    m.symbol
                );
                assert!(!p.source.is_empty(), "{} {label}", m.symbol);
            }
        }
    }

    #[test]
    fn no_value_cites_the_projects_own_notes() {
        let lib = Library::default();
        let mut sources: Vec<String> = lib
            .metals
            .iter()
            .flat_map(|m| m.properties().into_iter().map(|(_, p)| p.source.clone()))
            .collect();
        for e in &lib.electrolytes {
            sources.push(e.youngs_modulus.source.clone());
            sources.extend(e.fracture_toughness.iter().map(|p| p.source.clone()));
            sources.extend(e.typical_flaw.iter().map(|p| p.source.clone()));
        }
        for s in &sources {
            assert!(!s.contains("science.md") && !s.contains("ecm-calc"), "{s}");
            // The lithium paper must not be cited for sodium.
            assert!(
                !s.contains("actamat.2019.12.036") && !s.contains("Acta Materialia"),
                "{s}"
            );
        }
    }

    #[test]
    fn elastic_constants_are_self_consistent() {
        // Isotropic: ν = E/(2G) − 1. The old handbook pairs failed this
        // (Li 4.9 and 3.4 GPa gave ν = −0.28 against 0.36 shown).
        for m in metals() {
            let implied = m.youngs_modulus.nominal / (2.0 * m.shear_modulus.nominal) - 1.0;
            assert!(
                (implied - m.poisson_ratio.nominal).abs() < 0.06,
                "{}: E/2G − 1 = {implied}, ν = {}",
                m.symbol,
                m.poisson_ratio.nominal
            );
        }
    }

    #[test]
    fn atomic_volumes_and_creep_checks_follow_from_the_library() {
        // Ω = Vm/N_A: Li 2.16, Na 3.94, K 7.54 × 10⁻²⁹ m³ (docs/science.md §8).
        for (sym, omega) in [("Li", 2.16e-29), ("Na", 3.94e-29), ("K", 7.54e-29)] {
            let m = metal(sym).unwrap();
            let got = m.creep.atomic_volume.nominal;
            assert!((got / omega - 1.0).abs() < 0.003, "{sym}: {got}");
        }
        // Na at 0.26 MPa and Li at 0.75 MPa from the library's own values.
        let na = metal("Na").unwrap().creep_model();
        let r = crate::creep::laws::creep_rates(&na, 0.26e6, 298.0, 1.0).unwrap();
        assert!((r.power_law.unwrap() / 6.3e-4 - 1.0).abs() < 0.01);
        let li = metal("Li").unwrap().creep_model();
        let r = crate::creep::laws::creep_rates(&li, 0.75e6, 298.0, 1.0).unwrap();
        assert!((r.power_law.unwrap() / 1.17e-3 - 1.0).abs() < 0.01);
        // D_v of Li at 300 K ≈ 8 × 10⁻¹⁵ m²/s (Roy et al. 2021) from D₀ and Q.
        let c = &metal("Li").unwrap().creep;
        let dv = c.lattice_d0.nominal
            * (-c.lattice_q.nominal / (crate::constants::GAS_CONSTANT * 300.0)).exp();
        assert!(dv > 6e-15 && dv < 1.1e-14, "{dv}");
        // K has no measured power law: its model has diffusion only.
        assert!(metal("K").unwrap().creep_model().power_law.is_none());
    }
}
