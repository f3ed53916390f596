//! The valid range of every input, defined once.
//!
//! The core checks its inputs against these limits, and the page uses the same
//! limits to tell the user, in the unit of the field, what range is valid. The
//! ranges are wide enough for any realistic battery or nanomechanics case and
//! narrow enough that every result stays finite.

use crate::error::{Error, Result};
use crate::numbers::number_format::format_clean;
use serde::Serialize;

/// One end of a valid range.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub enum Bound {
    /// The value itself is allowed.
    Inclusive(f64),
    /// Only values strictly beyond it are allowed.
    Exclusive(f64),
}

impl Bound {
    fn value(self) -> f64 {
        match self {
            Bound::Inclusive(v) | Bound::Exclusive(v) => v,
        }
    }
}

/// The definition of one input quantity: its name, SI unit and valid range.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Limit {
    /// Name used in messages, e.g. "flaw size".
    pub name: &'static str,
    /// SI unit symbol, e.g. "m".
    pub unit: &'static str,
    /// Lower end of the valid range.
    pub lower: Bound,
    /// Upper end of the valid range.
    pub upper: Bound,
}

impl Limit {
    /// Checks `value` (in SI units): `Ok(value)` when it is finite and in range.
    pub fn check(&'static self, value: f64) -> Result<f64> {
        if self.contains(value) {
            Ok(value)
        } else {
            Err(Error::OutOfRange {
                limit: self,
                got: value,
            })
        }
    }

    /// The upper end of the range, in SI units.
    pub fn upper_value(&self) -> f64 {
        self.upper.value()
    }

    /// Whether `value` (in SI units) is finite and inside the range.
    pub fn contains(&self, value: f64) -> bool {
        let above = match self.lower {
            Bound::Inclusive(lo) => value >= lo,
            Bound::Exclusive(lo) => value > lo,
        };
        let below = match self.upper {
            Bound::Inclusive(hi) => value <= hi,
            Bound::Exclusive(hi) => value < hi,
        };
        value.is_finite() && above && below
    }

    /// The valid range in words, in a display unit `unit` that is `to_si` SI
    /// units: e.g. "between 0 and 5000 mV".
    pub fn range_in(&self, unit: &str, to_si: f64) -> String {
        self.range_shown(unit, |v| v / to_si)
    }

    /// The valid range in words in a display unit `unit` that may carry an
    /// offset (°C): e.g. "greater than -273.15 °C and at most 9727 °C".
    pub fn range_in_unit(&self, unit: &crate::units::Unit) -> String {
        self.range_shown(unit.symbol, |v| unit.shown(v))
    }

    fn range_shown(&self, unit: &str, shown: impl Fn(f64) -> f64) -> String {
        let lo = with_unit(&format_clean(shown(self.lower.value()), 4), unit);
        let hi = with_unit(&format_clean(shown(self.upper.value()), 4), unit);
        let lo_bare = format_clean(shown(self.lower.value()), 4);
        match (self.lower, self.upper) {
            (Bound::Inclusive(_), Bound::Inclusive(_)) => format!("between {lo_bare} and {hi}"),
            (Bound::Exclusive(_), Bound::Inclusive(_)) => {
                format!("greater than {lo} and at most {hi}")
            }
            (Bound::Inclusive(_), Bound::Exclusive(_)) => {
                format!("at least {lo} and less than {hi}")
            }
            (Bound::Exclusive(_), Bound::Exclusive(_)) => {
                format!("greater than {lo} and less than {hi}")
            }
        }
    }

    /// The full message for a bad value `got_si` (SI units), worded in a display
    /// unit: "flaw size must be greater than 0 µm and at most 1e+04 µm; got -5 µm".
    pub fn describe_in(&self, got_si: f64, unit: &str, to_si: f64) -> String {
        let range = self.range_in(unit, to_si);
        let got = if got_si.is_nan() {
            "not a number".to_string()
        } else if got_si.is_infinite() {
            "a value too large to use".to_string()
        } else {
            with_unit(&format_clean(got_si / to_si, 6), unit)
        };
        format!("{} must be {range}; got {got}", self.name)
    }
}

/// A number followed by its unit, with no stray space when the unit is empty
/// (a plain number) or "1".
pub fn with_unit(number: &str, unit: &str) -> String {
    if unit.is_empty() || unit == "1" {
        number.to_string()
    } else {
        format!("{number} {unit}")
    }
}

macro_rules! limit {
    ($(#[$doc:meta])* $id:ident, $name:expr, $unit:expr, $lo:expr, $hi:expr) => {
        $(#[$doc])*
        pub static $id: Limit = Limit { name: $name, unit: $unit, lower: $lo, upper: $hi };
    };
}

// Each end named as it reads: a lower end is `AtLeast` or `Above`, an
// upper end `AtMost` (every upper end here is allowed itself).
use Bound::{Exclusive as Above, Inclusive as AtLeast, Inclusive as AtMost};

limit!(
    /// Overpotential Δφ in V: 0 to 5 V (a few hundred mV is already extreme).
    OVERPOTENTIAL, "overpotential", "V", AtLeast(0.0), AtMost(5.0)
);
limit!(
    /// Molar volume in m³/mol: above 0, up to 1000 cm³/mol.
    MOLAR_VOLUME, "molar volume", "m³/mol", Above(0.0), AtMost(1e-3)
);
limit!(
    /// Molar mass in kg/mol: above 0, up to 1 kg/mol.
    MOLAR_MASS, "molar mass", "kg/mol", Above(0.0), AtMost(1.0)
);
limit!(
    /// Density in kg/m³: above 0, up to 30 000 kg/m³ (osmium is 22 590).
    DENSITY, "density", "kg/m³", Above(0.0), AtMost(3e4)
);
limit!(
    /// A stress in Pa used as an input: 0 to 1 TPa.
    STRESS, "stress", "Pa", AtLeast(0.0), AtMost(1e12)
);
limit!(
    /// Cantilever spring constant k in N/m: above 0, up to 10⁶ N/m.
    SPRING_CONSTANT, "spring constant", "N/m", Above(0.0), AtMost(1e6)
);
limit!(
    /// Cantilever tip deflection ΔX in m: 0 to 1 mm.
    DEFLECTION, "tip deflection", "m", AtLeast(0.0), AtMost(1e-3)
);
limit!(
    /// Force F in N: 0 to 1 kN.
    FORCE, "force", "N", AtLeast(0.0), AtMost(1e3)
);
limit!(
    /// Diameter of a rod, pillar or contact in m: above 0, up to 1 m.
    DIAMETER, "diameter", "m", Above(0.0), AtMost(1.0)
);
limit!(
    /// Cross-section or contact area in m²: above 0, up to 1 m².
    AREA, "area", "m²", Above(0.0), AtMost(1.0)
);
limit!(
    /// Specimen length in m: above 0, up to 1 m.
    LENGTH, "length", "m", Above(0.0), AtMost(1.0)
);
limit!(
    /// Sphere radius r in m: above 0, up to 1 m.
    RADIUS, "sphere radius", "m", Above(0.0), AtMost(1.0)
);
limit!(
    /// Total height change δt of a compressed sphere in m: 0 to 1 m (and less
    /// than its diameter, checked by the model).
    HEIGHT_CHANGE, "height change", "m", AtLeast(0.0), AtMost(1.0)
);
limit!(
    /// Young's modulus E in Pa: above 0, up to 10 TPa.
    YOUNGS_MODULUS, "Young's modulus", "Pa", Above(0.0), AtMost(1e13)
);
limit!(
    /// Shear modulus G in Pa: above 0, up to 10 TPa.
    SHEAR_MODULUS, "shear modulus", "Pa", Above(0.0), AtMost(1e13)
);
limit!(
    /// Poisson's ratio ν: −1 to 0.5 (the bounds of an isotropic solid; 0.5 is
    /// incompressible, allowed for the Hertz E*).
    POISSON_RATIO, "Poisson's ratio", "", Above(-1.0), AtMost(0.5)
);
limit!(
    /// Yield strength in Pa: above 0, up to 1 TPa.
    YIELD_STRENGTH, "yield strength", "Pa", Above(0.0), AtMost(1e12)
);
limit!(
    /// Fracture toughness K_IC in Pa·√m: above 0, up to 100 MPa·√m.
    FRACTURE_TOUGHNESS, "fracture toughness", "Pa·√m", Above(0.0), AtMost(1e8)
);
limit!(
    /// Flaw (pore or crack) size in m: above 0, up to 10 mm.
    FLAW_SIZE, "flaw size", "m", Above(0.0), AtMost(1e-2)
);
limit!(
    /// Crack geometry factor Y: 0.1 to 10.
    GEOMETRY_FACTOR, "geometry factor Y", "", AtLeast(0.1), AtMost(10.0)
);
limit!(
    /// A positive overpotential in V (for a critical flaw size): above 0, up to 5 V.
    POSITIVE_OVERPOTENTIAL, "overpotential", "V", Above(0.0), AtMost(5.0)
);
limit!(
    /// Absolute temperature T in K: above 0, up to 10 000 K.
    TEMPERATURE, "temperature", "K", Above(0.0), AtMost(1e4)
);
limit!(
    /// A strength used in a ratio, in Pa: above 0, up to 1 TPa.
    STRENGTH, "strength", "Pa", Above(0.0), AtMost(1e12)
);
limit!(
    /// A strain bound of an analysis window (engineering strain, 1 = 100 %): −10 to 10.
    STRAIN, "strain", "", AtLeast(-10.0), AtMost(10.0)
);
limit!(
    /// Offset strain for an offset yield point: above 0, up to 0.1 (0.2 % is
    /// 0.002); at 0 the line meets the curve wherever noise takes it.
    OFFSET_STRAIN, "offset strain", "", Above(0.0), AtMost(0.1)
);
limit!(
    /// Frame (machine) compliance in m/N: 0 to 1 m/N (TriboScan's are about 10⁻⁶ to 10⁻⁵).
    FRAME_COMPLIANCE, "frame compliance", "m/N", AtLeast(0.0), AtMost(1.0)
);
limit!(
    /// Deflection sensitivity in metres per SI unit of signal: m/V for a
    /// voltage (tens to hundreds of nm/V, ~1e-7), m/A for a photodiode
    /// current (tens of nm/nA, ~10): above 0, up to 1000 (1000 nm/nA).
    SENSITIVITY, "deflection sensitivity", "m per unit of signal", Above(0.0), AtMost(1e3)
);
limit!(
    /// Thermal drift rate in m/s: −1 to 1 µm/s (a few nm/s or less is usual).
    DRIFT_RATE, "drift rate", "m/s", AtLeast(-1e-6), AtMost(1e-6)
);
limit!(
    /// Points before contact that the baseline is fitted over: 3 to 10 million.
    BASELINE_POINTS, "baseline points", "", AtLeast(3.0), AtMost(1e7)
);
limit!(
    /// A fraction of the force, for an unloading window: 0 to 1.
    FORCE_FRACTION, "fraction of the force", "", AtLeast(0.0), AtMost(1.0)
);
limit!(
    /// The stress exponent n of power-law creep: above 1 (n = 1 is diffusional
    /// creep, entered separately) up to 20.
    CREEP_EXPONENT, "stress exponent n", "", Above(1.0), AtMost(20.0)
);
limit!(
    /// The prefactor A of power-law creep (MPa⁻ⁿ s⁻¹): above 0, up to 10³⁰.
    CREEP_PREFACTOR, "creep prefactor A", "MPa⁻ⁿ s⁻¹", Above(0.0), AtMost(1e30)
);
limit!(
    /// A molar activation energy Q in J/mol: 0 to 1 MJ/mol.
    ACTIVATION_ENERGY, "activation energy", "J/mol", AtLeast(0.0), AtMost(1e6)
);
limit!(
    /// A diffusivity prefactor D₀ in m²/s: above 0, up to 1 m²/s.
    DIFFUSIVITY, "diffusivity prefactor D₀", "m²/s", Above(0.0), AtMost(1.0)
);
limit!(
    /// Grain-boundary width times the boundary diffusivity prefactor, δ·D₀b,
    /// in m³/s: above 0, up to 10⁻⁶ m³/s.
    BOUNDARY_DIFFUSIVITY, "boundary diffusivity δ·D₀b", "m³/s", Above(0.0), AtMost(1e-6)
);
limit!(
    /// The atomic volume Ω in m³: above 0, up to 10⁻²⁶ m³ (10 000 Å³).
    ATOMIC_VOLUME, "atomic volume Ω", "m³", Above(0.0), AtMost(1e-26)
);
limit!(
    /// A grain size or specimen diameter for creep, in m: above 0, up to 1 m.
    GRAIN_SIZE, "size d", "m", Above(0.0), AtMost(1.0)
);
limit!(
    /// A creep temperature in K: above 0, up to 3000 K (and below the
    /// metal's melting point, checked by the creep laws).
    CREEP_TEMPERATURE, "temperature", "K", Above(0.0), AtMost(3000.0)
);
limit!(
    /// A strain rate in 1/s: above 0, up to 10³⁰ s⁻¹.
    STRAIN_RATE, "strain rate", "1/s", Above(0.0), AtMost(1e30)
);
limit!(
    /// A plating current density in A/m²: above 0, up to 10⁵ A/m² (10 A/cm²).
    CURRENT_DENSITY, "current density", "A/m²", Above(0.0), AtMost(1e5)
);
limit!(
    /// A creep stress in Pa: above 0, up to 1 TPa.
    CREEP_STRESS, "stress", "Pa", Above(0.0), AtMost(1e12)
);

limit!(
    /// An indenter's or AFM tip's radius in m: above 0, up to 1 mm.
    TIP_RADIUS, "tip radius", "m", Above(0.0), AtMost(1e-3)
);
limit!(
    /// A cone's half-opening or a pyramid's face angle in degrees: above 0,
    /// below 90 (tan α is finite).
    TIP_ANGLE, "tip angle", "°", Above(0.0), AtMost(89.9)
);
limit!(
    /// Oliver–Pharr's geometry factor ε of h꜀ = h − ε·P/S (flat punch
    /// 1, cone 0.72, paraboloid 0.75): 0.5 to 1.
    INDENT_EPSILON, "ε", "", AtLeast(0.5), AtMost(1.0)
);
limit!(
    /// The correction factor β of Er = (√π/2β)·S/√A: 1 to 1.1 (1.034 for a
    /// Berkovich, King 1987; 1.05 is also used).
    INDENT_BETA, "β", "", AtLeast(1.0), AtMost(1.1)
);
limit!(
    /// A position on a curve's displacement axis in m (a fit window's end):
    /// −1 m to 1 m, either sign (a tip position before contact is negative).
    CURVE_POSITION, "position", "m", AtLeast(-1.0), AtMost(1.0)
);

limit!(
    /// The shift added to a video's clock to put it on a force log's, in s:
    /// −10⁶ to 10⁶ s, either sign.
    CLOCK_SHIFT, "clock shift", "s", AtLeast(-1e6), AtMost(1e6)
);
limit!(
    /// A video's frame rate in frames per second: above 0, up to 10⁷.
    FRAME_RATE, "frame rate", "1/s", Above(0.0), AtMost(1e7)
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_number_has_no_stray_space_before_its_missing_unit() {
        assert_eq!(
            GEOMETRY_FACTOR.describe_in(0.0, "", 1.0),
            "geometry factor Y must be between 0.1 and 10; got 0"
        );
        let range = GEOMETRY_FACTOR.range_in("", 1.0);
        assert!(!range.contains("  ") && !range.ends_with(' '), "{range:?}");
        assert_eq!(OVERPOTENTIAL.range_in("mV", 1e-3), "between 0 and 5000 mV");
        assert_eq!(with_unit("3", ""), "3");
        assert_eq!(with_unit("3", "MPa"), "3 MPa");
    }
}
