//! Shared components: a number field with its unit, a result with its unit.
pub mod number_field;
pub mod result_value;
