//! Li, Na and K: the paper's values, the elastic constants, and what the
//! creep laws need, each with its source.

use super::sources::*;
use super::Property;
use serde::{Deserialize, Serialize};

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
