//! The charts' two kinds of axis, linear and logarithmic: plotters' own,
//! labelled by `axis_labels` instead of plotters' float printer (whose
//! `format!` of floats would bring std's float formatting back into every
//! page module).

use super::axis_labels;
use plotters::coord::ranged1d::{KeyPointHint, NoDefaultFormatting, Ranged, ValueFormatter};
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::{IntoLogRange, LogCoord};
use std::ops::Range;

/// A linear axis over `range`.
pub struct Linear(RangedCoordf64);

/// A logarithmic axis over `range` (positive).
pub struct Log(LogCoord<f64>);

/// A linear axis.
pub fn linear(range: Range<f64>) -> Linear {
    Linear(range.into())
}

/// A logarithmic axis.
pub fn log(range: Range<f64>) -> Log {
    Log(range.log_scale().into())
}

macro_rules! delegate {
    ($t:ty, $label:path) => {
        impl Ranged for $t {
            type FormatOption = NoDefaultFormatting;
            type ValueType = f64;
            fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
                self.0.map(value, limit)
            }
            fn key_points<H: KeyPointHint>(&self, hint: H) -> Vec<f64> {
                // plotters' log axis can give one tick twice (10·100 and
                // 1000, a rounding apart): keep the first.
                let mut points = self.0.key_points(hint);
                points.dedup_by(|b, a| (*b - *a).abs() <= 1e-9 * a.abs().max(b.abs()));
                points
            }
            fn range(&self) -> Range<f64> {
                self.0.range()
            }
        }
        impl ValueFormatter<f64> for $t {
            fn format(value: &f64) -> String {
                $label(value)
            }
        }
    };
}

delegate!(Linear, axis_labels::tick);
delegate!(Log, axis_labels::log_tick);
