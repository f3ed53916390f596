//! The creep page's number fields as data, and which library value each
//! creep parameter starts from.

use crate::components::number_field::FieldSpec;
use ecm_core::input_limits::{
    ACTIVATION_ENERGY, ATOMIC_VOLUME, BOUNDARY_DIFFUSIVITY, CREEP_EXPONENT, CREEP_PREFACTOR,
    CREEP_STRESS, CREEP_TEMPERATURE, CURRENT_DENSITY, DIFFUSIVITY, GRAIN_SIZE, STRAIN_RATE,
    YOUNGS_MODULUS,
};
use ecm_core::reference::materials::{Metal, Property};
use ecm_core::units;

/// Temperature, in K or °C.
pub static FIELD_T: FieldSpec = FieldSpec {
    key: "t",
    label: "Temperature T",
    default: "298",
    units: units::TEMPERATURE,
    unit: 0,
    limit: &CREEP_TEMPERATURE,
};

/// The stress the metal is held at.
pub static FIELD_SIGMA: FieldSpec = FieldSpec {
    key: "sigma",
    label: "Stress σ",
    default: "100",
    units: units::STRESS,
    unit: 1,
    limit: &CREEP_STRESS,
};

/// Grain size, or a single-crystal specimen's diameter.
pub static FIELD_SIZE: FieldSpec = FieldSpec {
    key: "d",
    label: "Size d (grain size or diameter)",
    default: "300",
    units: units::LENGTH,
    unit: 0,
    limit: &GRAIN_SIZE,
};

/// The strain rate to find the stress for.
pub static FIELD_RATE: FieldSpec = FieldSpec {
    key: "rate",
    label: "Strain rate ε̇",
    default: "0.001",
    units: units::STRAIN_RATE,
    unit: 0,
    limit: &STRAIN_RATE,
};

/// The stress a confined deposit starts at.
pub static FIELD_FROM: FieldSpec = FieldSpec {
    key: "s0",
    label: "Starting stress σ₀",
    default: "100",
    units: units::STRESS,
    unit: 1,
    limit: &CREEP_STRESS,
};

/// The stress it relaxes to.
pub static FIELD_TO: FieldSpec = FieldSpec {
    key: "s1",
    label: "Final stress σ₁",
    default: "1",
    units: units::STRESS,
    unit: 1,
    limit: &CREEP_STRESS,
};

/// The plating current density.
pub static FIELD_CURRENT: FieldSpec = FieldSpec {
    key: "i",
    label: "Current density i",
    default: "1",
    units: units::CURRENT_DENSITY,
    unit: 0,
    limit: &CURRENT_DENSITY,
};

/// The deposit's Young's modulus.
pub static FIELD_E: FieldSpec = FieldSpec {
    key: "e",
    label: "Young's modulus E",
    default: "4.6",
    units: units::STRESS,
    unit: 2,
    limit: &YOUNGS_MODULUS,
};

static FIELD_N: FieldSpec = FieldSpec {
    key: "n",
    label: "Stress exponent n",
    default: "5",
    units: units::DIMENSIONLESS,
    unit: 0,
    limit: &CREEP_EXPONENT,
};

static FIELD_A: FieldSpec = FieldSpec {
    key: "a",
    label: "Prefactor A (σ in MPa)",
    default: "0.53",
    units: units::CREEP_PREFACTOR,
    unit: 0,
    limit: &CREEP_PREFACTOR,
};

static FIELD_Q: FieldSpec = FieldSpec {
    key: "q",
    label: "Activation energy Q (power law)",
    default: "42",
    units: units::ACTIVATION_ENERGY,
    unit: 0,
    limit: &ACTIVATION_ENERGY,
};

static FIELD_TREF: FieldSpec = FieldSpec {
    key: "tref",
    label: "Reference temperature T_ref",
    default: "298",
    units: units::TEMPERATURE,
    unit: 0,
    limit: &CREEP_TEMPERATURE,
};

static FIELD_D0V: FieldSpec = FieldSpec {
    key: "d0v",
    label: "Lattice diffusivity D₀v",
    default: "1.9e-5",
    units: units::DIFFUSIVITY,
    unit: 0,
    limit: &DIFFUSIVITY,
};

static FIELD_QV: FieldSpec = FieldSpec {
    key: "qv",
    label: "Lattice activation energy Q_v",
    default: "44",
    units: units::ACTIVATION_ENERGY,
    unit: 0,
    limit: &ACTIVATION_ENERGY,
};

static FIELD_DB: FieldSpec = FieldSpec {
    key: "db",
    label: "Boundary diffusion δ·D₀b",
    default: "1.3908e-14",
    units: units::BOUNDARY_DIFFUSIVITY,
    unit: 0,
    limit: &BOUNDARY_DIFFUSIVITY,
};

static FIELD_QB: FieldSpec = FieldSpec {
    key: "qb",
    label: "Boundary activation energy Q_b",
    default: "24.2",
    units: units::ACTIVATION_ENERGY,
    unit: 0,
    limit: &ACTIVATION_ENERGY,
};

static FIELD_OMEGA: FieldSpec = FieldSpec {
    key: "omega",
    label: "Atomic volume Ω",
    default: "39.35",
    units: units::ATOMIC_VOLUME,
    unit: 0,
    limit: &ATOMIC_VOLUME,
};

static FIELD_TM: FieldSpec = FieldSpec {
    key: "tm",
    label: "Melting point Tm",
    default: "370.95",
    units: units::TEMPERATURE,
    unit: 0,
    limit: &CREEP_TEMPERATURE,
};

/// The page's number fields, for the exercise builder's defaults and valid ranges.
pub static FIELDS: &[&FieldSpec] = &[&FIELD_T, &FIELD_SIGMA];

/// A creep parameter: its field, its element id, and the library value it
/// starts from for a metal (`None` where the library has none).
pub struct Parameter {
    /// The field.
    pub spec: &'static FieldSpec,
    /// Element id and test id.
    pub id: &'static str,
    /// The metal's value.
    pub value: fn(&Metal) -> Option<&Property>,
}

/// Indices into [`PARAMETERS`] (the order the creep laws take them in).
pub const N: usize = 0;
/// Prefactor A.
pub const A: usize = 1;
/// Activation energy Q.
pub const Q: usize = 2;
/// Reference temperature.
pub const TREF: usize = 3;
/// Lattice D₀.
pub const D0V: usize = 4;
/// Lattice Q.
pub const QV: usize = 5;
/// Boundary δD₀b.
pub const DB: usize = 6;
/// Boundary Q.
pub const QB: usize = 7;
/// Atomic volume.
pub const OMEGA: usize = 8;
/// Melting point.
pub const TM: usize = 9;

/// Every creep parameter, in the order of the indices above.
pub static PARAMETERS: [Parameter; 10] = [
    Parameter {
        spec: &FIELD_N,
        id: "creep-n",
        value: |m| m.creep.exponent.as_ref(),
    },
    Parameter {
        spec: &FIELD_A,
        id: "creep-a",
        value: |m| m.creep.prefactor.as_ref(),
    },
    Parameter {
        spec: &FIELD_Q,
        id: "creep-q",
        value: |m| m.creep.activation_energy.as_ref(),
    },
    Parameter {
        spec: &FIELD_TREF,
        id: "creep-tref",
        value: |m| Some(&m.creep.reference_temperature),
    },
    Parameter {
        spec: &FIELD_D0V,
        id: "creep-d0v",
        value: |m| Some(&m.creep.lattice_d0),
    },
    Parameter {
        spec: &FIELD_QV,
        id: "creep-qv",
        value: |m| Some(&m.creep.lattice_q),
    },
    Parameter {
        spec: &FIELD_DB,
        id: "creep-db",
        value: |m| Some(&m.creep.boundary_delta_d0),
    },
    Parameter {
        spec: &FIELD_QB,
        id: "creep-qb",
        value: |m| Some(&m.creep.boundary_q),
    },
    Parameter {
        spec: &FIELD_OMEGA,
        id: "creep-omega",
        value: |m| Some(&m.creep.atomic_volume),
    },
    Parameter {
        spec: &FIELD_TM,
        id: "creep-tm",
        value: |m| Some(&m.melting_point),
    },
];

/// Where a value comes from, with "secondary" or "estimate" when it is one.
pub fn source_line(p: &Property) -> String {
    match p.basis.label() {
        "" => format!("Source: {}", p.source),
        b => format!("{}: {}", capitalised(b), p.source),
    }
}

/// `s` with its first letter a capital (the basis labels are ASCII words;
/// Unicode case mapping would add its tables to the page).
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| std::iter::once(f.to_ascii_uppercase()).chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::field_value::{read_field, typed_number};
    use ecm_core::reference::materials::metal;

    #[test]
    fn the_specs_defaults_are_sodiums_library_values() {
        // The page opens on sodium: each field's own default must be the
        // library's value, so a link without values means the library's.
        let na = metal("Na").unwrap();
        for p in &PARAMETERS {
            let unit = &p.spec.units[p.spec.unit];
            let want = (p.value)(&na).unwrap().nominal;
            let got = read_field(p.spec.label, p.spec.default, unit, p.spec.limit).unwrap();
            assert!((got / want - 1.0).abs() < 1e-3, "{}: {got} vs {want}", p.id);
            // And the text a preset writes reads back to the value.
            let text = typed_number(unit.shown(want));
            let back = read_field(p.spec.label, &text, unit, p.spec.limit).unwrap();
            assert!((back / want - 1.0).abs() < 1e-9, "{}: {text}", p.id);
        }
    }

    #[test]
    fn estimates_and_secondary_values_say_so() {
        let li = metal("Li").unwrap();
        let a = source_line(li.creep.prefactor.as_ref().unwrap());
        assert!(a.starts_with("Estimate: a refit"), "{a}");
        let na = metal("Na").unwrap();
        assert!(source_line(&na.creep.lattice_d0).starts_with("Secondary: "));
        assert!(source_line(&na.creep.prefactor.clone().unwrap()).starts_with("Source: Wang"));
    }
}
