//! Material values with their ranges and sources.
//!
//! Every value carries a nominal figure, the range where sources disagree, and
//! the study it comes from (with its DOI where it has been confirmed), as
//! gathered in docs/science.md §7–§8. A value read in the source itself is
//! [`Basis::Seen`]; one read in a review that quotes it is
//! [`Basis::Secondary`]; one with no source found is an [`Basis::Estimate`],
//! and the page labels both kinds so. All values are in SI units.
//!
//! One file per kind: `sources` (the citations), `metals`, `electrolytes`;
//! here, the value types and the user's library.

use serde::{Deserialize, Serialize};

#[macro_use]
mod sources;
mod electrolytes;
mod metals;

pub use electrolytes::{electrolyte, electrolytes, Electrolyte};
pub use metals::{metal, metals, Metal, MetalCreep};
pub use sources::*;

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
