//! The rod page's number fields: link key, label, default, units and valid
//! range, one `FieldSpec` each.

use crate::components::number_field::FieldSpec;
use ecm_core::input_limits::{
    DEFLECTION, DIAMETER, LENGTH, OFFSET_STRAIN, SPRING_CONSTANT, STRAIN,
};
use ecm_core::units;

/// Spring constant k (link key `k`).
pub static FIELD_K: FieldSpec = FieldSpec {
    key: "k",
    label: "Spring constant k",
    default: "6",
    units: units::STIFFNESS,
    unit: 0,
    limit: &SPRING_CONSTANT,
};

/// Tip deflection ΔX (link key `dx`).
pub static FIELD_DX: FieldSpec = FieldSpec {
    key: "dx",
    label: "Tip deflection ΔX",
    default: "600",
    units: units::LENGTH,
    unit: 0,
    limit: &DEFLECTION,
};

/// Initial diameter d0 (link key `d0`).
pub static FIELD_D0: FieldSpec = FieldSpec {
    key: "d0",
    label: "Initial diameter d0",
    default: "355",
    units: units::LENGTH,
    unit: 0,
    limit: &DIAMETER,
};

/// Current diameter d (link key `d`).
pub static FIELD_D: FieldSpec = FieldSpec {
    key: "d",
    label: "Current diameter d",
    default: "385",
    units: units::LENGTH,
    unit: 0,
    limit: &DIAMETER,
};

/// Contact diameter (link key `dc`).
pub static FIELD_DC: FieldSpec = FieldSpec {
    key: "dc",
    label: "Contact diameter",
    default: "195",
    units: units::LENGTH,
    unit: 0,
    limit: &DIAMETER,
};

/// Initial length L0 (link key `l0`).
pub static FIELD_L0: FieldSpec = FieldSpec {
    key: "l0",
    label: "Initial length L0",
    default: "776",
    units: units::LENGTH,
    unit: 0,
    limit: &LENGTH,
};

/// Current length L (link key `l`).
pub static FIELD_L: FieldSpec = FieldSpec {
    key: "l",
    label: "Current length L",
    default: "678",
    units: units::LENGTH,
    unit: 0,
    limit: &LENGTH,
};

/// Fit window from (link key `wlo`).
pub static FIELD_WLO: FieldSpec = FieldSpec {
    key: "wlo",
    label: "Fit window from",
    default: "0",
    units: units::RATIO,
    unit: 0,
    limit: &STRAIN,
};

/// Fit window to (link key `whi`).
pub static FIELD_WHI: FieldSpec = FieldSpec {
    key: "whi",
    label: "Fit window to",
    default: "1",
    units: units::RATIO,
    unit: 0,
    limit: &STRAIN,
};

/// Offset for yield (link key `offset`).
pub static FIELD_OFFSET: FieldSpec = FieldSpec {
    key: "offset",
    label: "Offset for yield",
    default: "0.2",
    units: units::RATIO,
    unit: 0,
    limit: &OFFSET_STRAIN,
};

/// The page's number fields, for the exercise builder's defaults and valid ranges.
pub static FIELDS: &[&FieldSpec] = &[&FIELD_K, &FIELD_DX, &FIELD_D0];
