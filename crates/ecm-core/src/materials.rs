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

/// The electrolytes of SCIENCE.md §7. The paper's values (LLZO KIC ≈ 1 MPa·√m
/// with ≈5 µm pores; Na-β-alumina KIC ≈ 2 MPa·√m with ≈10 µm cracks) are the
/// nominal ones where it gives them; the rest are typical review values.
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
    vec![
        e(
            "LLZO",
            "Li7La3Zr2O12 garnet (LLZO)",
            "Li",
            P::range(145e9, 130e9, 160e9, TYPICAL),
            Some(P {
                source: format!("{PAPER} (≈1); range: {TYPICAL}"),
                ..P::range(1e6, 0.4e6, 1.5e6, PAPER)
            }),
            Some(P::range(5e-6, 5e-6, 13e-6, PAPER)),
            "pores ≈5 µm (paper); grains up to ≈13 µm",
        ),
        e(
            "LLTO",
            "Li0.33La0.56TiO3 perovskite (LLTO)",
            "Li",
            P::exact(190e9, TYPICAL),
            Some(P::exact(1e6, TYPICAL)),
            Some(P::range(1.75e-6, 1e-6, 2.5e-6, TYPICAL)),
            "grains 1–2.5 µm",
        ),
        e(
            "LATP",
            "Li1.3Al0.3Ti1.7(PO4)3 NASICON-type (LATP)",
            "Li",
            P::range(97.5e9, 80e9, 115e9, TYPICAL),
            Some(P::exact(1.1e6, TYPICAL)),
            Some(P::range(3.5e-6, 2e-6, 5e-6, TYPICAL)),
            "grains 2–5 µm, microcracks",
        ),
        e(
            "sulfide",
            "Li3PS4 glass / LGPS / Li6PS5Cl (sulfides)",
            "Li",
            P::range(25e9, 20e9, 30e9, TYPICAL),
            Some(P::range(0.3e6, 0.2e6, 0.4e6, TYPICAL)),
            None,
            "values span the family",
        ),
        e(
            "LiPON",
            "LiPON (thin film)",
            "Li",
            P::exact(77e9, TYPICAL),
            None,
            None,
            "thin film; fracture toughness not established",
        ),
        e(
            "beta-alumina",
            "Na-β/β''-alumina",
            "Na",
            P::exact(200e9, TYPICAL),
            Some(P {
                source: format!("{PAPER} (≈2); range: {TYPICAL}"),
                ..P::range(2e6, 2e6, 3e6, PAPER)
            }),
            Some(P::exact(10e-6, PAPER)),
            "cracks ≈10 µm observed (paper)",
        ),
        e(
            "NASICON",
            "Na3Zr2Si2PO12 (NASICON)",
            "Na",
            P::range(76.5e9, 56e9, 97e9, TYPICAL),
            Some(P::range(1.3e6, 1.0e6, 1.6e6, TYPICAL)),
            None,
            "",
        ),
        e(
            "Na3PS4",
            "Na3PS4 (sulfide)",
            "Na",
            P::exact(20e9, TYPICAL),
            Some(P::range(0.25e6, 0.2e6, 0.3e6, TYPICAL)),
            None,
            "",
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
