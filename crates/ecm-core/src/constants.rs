//! Physical constants (SI).

/// Faraday constant F in C/mol: exact in the 2019 SI (N_A · e =
/// 6.022 140 76e23 × 1.602 176 634e-19). docs/science.md and the browser tests use
/// 96 485.332 C/mol; the difference is 1e-9 relative.
pub const FARADAY: f64 = 96_485.332_12;

/// Molar gas constant R in J/(mol·K) (exact in the 2019 SI: N_A · k).
pub const GAS_CONSTANT: f64 = 8.314_462_618;

/// Boltzmann constant k in J/K (exact in the 2019 SI).
pub const BOLTZMANN: f64 = 1.380_649e-23;

/// Avogadro constant N_A in 1/mol (exact in the 2019 SI).
pub const AVOGADRO: f64 = 6.022_140_76e23;
