//! Physical constants (SI).

/// Faraday constant F in C/mol: exact in the 2019 SI (N_A · e =
/// 6.022 140 76e23 × 1.602 176 634e-19). SCIENCE.md and the browser tests use
/// 96 485.332 C/mol; the difference is 1e-9 relative.
pub const FARADAY: f64 = 96_485.332_12;
