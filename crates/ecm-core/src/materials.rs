//! Material values with their ranges and sources.
//!
//! Every value carries a nominal figure, the range where sources disagree, and
//! where it comes from. Values that SCIENCE.md could only give as typical review
//! figures are marked `typical`: the page shows them as such and lets the user
//! edit them. All values are in SI units.

use serde::{Deserialize, Serialize};

/// Where a value comes from.
pub const PAPER: &str = "ACS Energy Lett. 2020, 5, 2546 (doi 10.1021/acsenergylett.0c01214)";
/// CRC Handbook of Chemistry and Physics (molar masses, densities, melting points).
pub const CRC: &str = "CRC Handbook of Chemistry and Physics";
/// Fincher et al., mechanical properties of metallic sodium (Acta Materialia, 2020).
pub const FINCHER: &str = "Fincher et al., Acta Materialia 2020 (metallic sodium)";
/// Typical review values collected in the project's SCIENCE.md §7.
pub const TYPICAL: &str = "typical review value (ecm-calc SCIENCE.md §7)";

/// One material property: nominal value, range and source, in SI units.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Property {
    /// The value the calculators use by default.
    pub nominal: f64,
    /// Lowest value reported.
    pub min: f64,
    /// Highest value reported.
    pub max: f64,
    /// Where the value comes from.
    pub source: String,
    /// True when the value is a typical figure without a single traceable source.
    pub typical: bool,
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
            typical: source == TYPICAL,
        }
    }
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
}

/// Li, Na and K, with the molar volumes the paper uses (SCIENCE.md §3, §7).
pub fn metals() -> Vec<Metal> {
    use Property as P;
    vec![
        Metal {
            symbol: "Li".into(),
            name: "lithium".into(),
            molar_mass: P::exact(6.941e-3, CRC),
            density: P::exact(534.0, CRC),
            molar_volume: P::exact(13.0e-6, PAPER),
            melting_point: P::exact(453.65, CRC),
            youngs_modulus: P::range(4.9e9, 3e9, 21e9, TYPICAL),
            shear_modulus: P::range(3.4e9, 2.8e9, 4.2e9, TYPICAL),
            poisson_ratio: P::exact(0.36, TYPICAL),
            bulk_yield: Some(P::range(0.6e6, 0.4e6, 0.9e6, TYPICAL)),
        },
        Metal {
            symbol: "Na".into(),
            name: "sodium".into(),
            molar_mass: P::exact(22.990e-3, CRC),
            density: P::exact(968.0, CRC),
            molar_volume: P::exact(23.7e-6, PAPER),
            melting_point: P::exact(370.95, CRC),
            youngs_modulus: P::range(3.9e9, 3.9e9, 10e9, FINCHER),
            shear_modulus: P::range(1.53e9, 1.53e9, 3.3e9, PAPER),
            poisson_ratio: P::exact(0.34, TYPICAL),
            bulk_yield: Some(P::range(0.25e6, 0.1e6, 0.25e6, FINCHER)),
        },
        Metal {
            symbol: "K".into(),
            name: "potassium".into(),
            molar_mass: P::exact(39.098e-3, CRC),
            density: P::range(862.0, 862.0, 890.0, CRC),
            molar_volume: P::exact(45.4e-6, PAPER),
            melting_point: P::exact(336.7, CRC),
            youngs_modulus: P::range(3.35e9, 3.2e9, 3.5e9, TYPICAL),
            shear_modulus: P::exact(1.3e9, TYPICAL),
            poisson_ratio: P::exact(0.35, TYPICAL),
            bulk_yield: None,
        },
    ]
}

/// The metal with symbol `symbol` (case-sensitive: "Na"), if the library has it.
pub fn metal(symbol: &str) -> Option<Metal> {
    metals().into_iter().find(|m| m.symbol == symbol)
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
    fn every_property_is_ordered_and_sourced() {
        for m in metals() {
            for p in [
                &m.molar_mass,
                &m.density,
                &m.molar_volume,
                &m.youngs_modulus,
                &m.shear_modulus,
            ] {
                assert!(p.min <= p.nominal && p.nominal <= p.max, "{}", m.symbol);
                assert!(!p.source.is_empty());
            }
        }
    }
}
