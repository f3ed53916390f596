//! The page's number fields, as data: link key, label, default, units and
//! valid range (`ecm_core::input_limits`).

use crate::components::number_field::FieldSpec;
use ecm_core::input_limits::{
    BASELINE_POINTS, CLOCK_SHIFT, DIAMETER, DRIFT_RATE, FORCE_FRACTION, FRAME_COMPLIANCE,
    FRAME_RATE, LENGTH, OFFSET_STRAIN, POISSON_RATIO, SENSITIVITY, SPRING_CONSTANT, STRAIN,
    YOUNGS_MODULUS,
};
use ecm_core::units;

/// Cantilever spring constant (from the header where it gives one).
pub static K: FieldSpec = FieldSpec {
    key: "k",
    label: "Spring constant k",
    default: "40",
    units: units::STIFFNESS,
    unit: 0,
    limit: &SPRING_CONSTANT,
};

/// Deflection sensitivity, for a deflection recorded as a signal (V or nA).
pub static SENS: FieldSpec = FieldSpec {
    key: "sens",
    label: "Deflection sensitivity",
    default: "50",
    units: units::SENSITIVITY,
    unit: 0,
    limit: &SENSITIVITY,
};

/// Points the baseline is fitted over.
pub static BASELINE: FieldSpec = FieldSpec {
    key: "bl",
    label: "Baseline: first points",
    default: "20",
    units: units::DIMENSIONLESS,
    unit: 0,
    limit: &BASELINE_POINTS,
};

/// Frame (machine) compliance.
pub static FRAME: FieldSpec = FieldSpec {
    key: "cf",
    label: "Frame compliance C",
    default: "0",
    units: units::COMPLIANCE,
    unit: 0,
    limit: &FRAME_COMPLIANCE,
};

/// Substrate modulus for the base (Sneddon) compliance.
pub static SUBSTRATE_E: FieldSpec = FieldSpec {
    key: "es",
    label: "Substrate modulus Es",
    default: "160",
    units: units::STRESS,
    unit: 2,
    limit: &YOUNGS_MODULUS,
};

/// Substrate Poisson ratio.
pub static SUBSTRATE_NU: FieldSpec = FieldSpec {
    key: "nus",
    label: "Substrate Poisson ratio νs",
    default: "0.22",
    units: units::DIMENSIONLESS,
    unit: 0,
    limit: &POISSON_RATIO,
};

/// Thermal drift rate.
pub static DRIFT: FieldSpec = FieldSpec {
    key: "drift",
    label: "Drift rate",
    default: "0",
    units: units::DRIFT_RATE,
    unit: 0,
    limit: &DRIFT_RATE,
};

/// Top diameter (no default: a guessed diameter would give a wrong stress).
pub static TOP: FieldSpec = FieldSpec {
    key: "dt",
    label: "Top diameter",
    default: "",
    units: units::LENGTH,
    unit: 0,
    limit: &DIAMETER,
};

/// Bottom diameter (empty: a straight rod).
pub static BOTTOM: FieldSpec = FieldSpec {
    key: "db",
    label: "Bottom diameter (empty: same as top)",
    default: "",
    units: units::LENGTH,
    unit: 0,
    limit: &DIAMETER,
};

/// Initial length.
pub static L0: FieldSpec = FieldSpec {
    key: "l0",
    label: "Initial length L0",
    default: "",
    units: units::LENGTH,
    unit: 0,
    limit: &LENGTH,
};

/// Loading modulus window, from.
pub static WIN_LO: FieldSpec = FieldSpec {
    key: "wlo",
    label: "Modulus window from",
    default: "0",
    units: units::RATIO,
    unit: 0,
    limit: &STRAIN,
};

/// Loading modulus window, to.
pub static WIN_HI: FieldSpec = FieldSpec {
    key: "whi",
    label: "Modulus window to",
    default: "1",
    units: units::RATIO,
    unit: 0,
    limit: &STRAIN,
};

/// Unloading window, lower fraction of the force.
pub static UNLOAD_LO: FieldSpec = FieldSpec {
    key: "ulo",
    label: "Unloading fit from",
    default: "50",
    units: units::RATIO,
    unit: 0,
    limit: &FORCE_FRACTION,
};

/// Unloading window, upper fraction of the force.
pub static UNLOAD_HI: FieldSpec = FieldSpec {
    key: "uhi",
    label: "Unloading fit to",
    default: "90",
    units: units::RATIO,
    unit: 0,
    limit: &FORCE_FRACTION,
};

/// Offset strain for the yield point.
pub static OFFSET: FieldSpec = FieldSpec {
    key: "offset",
    label: "Offset for yield",
    default: "0.2",
    units: units::RATIO,
    unit: 0,
    limit: &OFFSET_STRAIN,
};

/// The shift added to the video's clock (two clocks merged on time).
pub static TSHIFT: FieldSpec = FieldSpec {
    key: "tshift",
    label: "Video clock shift",
    default: "0",
    units: units::TIME,
    unit: 0,
    limit: &CLOCK_SHIFT,
};

/// The video's frame rate, for heights against frame numbers.
pub static FPS: FieldSpec = FieldSpec {
    key: "fps",
    label: "Video frame rate",
    default: "25",
    units: units::FRAME_RATE,
    unit: 0,
    limit: &FRAME_RATE,
};
