//! The valid range of every input, defined once.
//!
//! The core checks its inputs against these limits, and the page uses the same
//! limits to tell the user, in the unit of the field, what range is valid. The
//! ranges are wide enough for any realistic battery or nanomechanics case and
//! narrow enough that every result stays finite.

use crate::error::{Error, Result};
use crate::number_format::format_clean;
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
        let lo = format_clean(self.lower.value() / to_si, 4);
        let hi = format_clean(self.upper.value() / to_si, 4);
        match (self.lower, self.upper) {
            (Bound::Inclusive(_), Bound::Inclusive(_)) => {
                format!("between {lo} and {hi} {unit}")
            }
            (Bound::Exclusive(_), Bound::Inclusive(_)) => {
                format!("greater than {lo} {unit} and at most {hi} {unit}")
            }
            (Bound::Inclusive(_), Bound::Exclusive(_)) => {
                format!("at least {lo} {unit} and less than {hi} {unit}")
            }
            (Bound::Exclusive(_), Bound::Exclusive(_)) => {
                format!("greater than {lo} {unit} and less than {hi} {unit}")
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
            format!("{} {unit}", format_clean(got_si / to_si, 6))
        };
        format!("{} must be {range}; got {got}", self.name)
    }
}

macro_rules! limit {
    ($(#[$doc:meta])* $id:ident, $name:expr, $unit:expr, $lo:expr, $hi:expr) => {
        $(#[$doc])*
        pub static $id: Limit = Limit { name: $name, unit: $unit, lower: $lo, upper: $hi };
    };
}

use Bound::{Exclusive as Gt, Inclusive as Ge};

limit!(
    /// Overpotential Δφ in V: 0 to 5 V (a few hundred mV is already extreme).
    OVERPOTENTIAL, "overpotential", "V", Ge(0.0), Ge(5.0)
);
limit!(
    /// Molar volume in m³/mol: above 0, up to 1000 cm³/mol.
    MOLAR_VOLUME, "molar volume", "m³/mol", Gt(0.0), Ge(1e-3)
);
limit!(
    /// Molar mass in kg/mol: above 0, up to 1 kg/mol.
    MOLAR_MASS, "molar mass", "kg/mol", Gt(0.0), Ge(1.0)
);
limit!(
    /// Density in kg/m³: above 0, up to 30 000 kg/m³ (osmium is 22 590).
    DENSITY, "density", "kg/m³", Gt(0.0), Ge(3e4)
);
limit!(
    /// A stress in Pa used as an input: 0 to 1 TPa.
    STRESS, "stress", "Pa", Ge(0.0), Ge(1e12)
);
