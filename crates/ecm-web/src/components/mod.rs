//! Shared components: number field with unit, result, drop-down, plot, an
//! exercise's answer box.
pub mod choice_field;
pub mod exercise;
pub mod number_field;
pub mod plot;
pub mod ranges_toggle;
pub mod result_value;
