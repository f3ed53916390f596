//! Shared components: number field with unit, result, drop-down, plot.
pub mod choice_field;
pub mod number_field;
pub mod plot;
pub mod ranges_toggle;
pub mod result_value;
