//! # ecm-core
//!
//! The models behind ecm-calc, the web calculator for the electro-chemo-mechanics
//! of metal-anode batteries, after the in situ ETEM-AFM study of Na dendrites
//! (ACS Energy Lett. 2020, 5, 2546, doi 10.1021/acsenergylett.0c01214).
//!
//! Pure Rust with no web dependencies. Every function works in SI base units
//! (m, N, Pa, V, m³/mol, K), checks its inputs, and returns
//! [`error::Result`]: it never panics and an `Ok` never holds NaN or infinity.
//!
//! One module per model family; the formula for anything on the page is in the
//! doc comment of the function that computes it:
//!
//! | page | module |
//! |---|---|
//! | overpotential → stress | [`electrochemical_stress`] |
//! | electrolyte fracture, failure map | [`fracture`] |
//! | sphere compression (Hertz, plastic) | [`sphere_contact`] |
//! | rod / pillar test, single point | [`uniaxial_test`], [`cantilever`] |
//! | measured series | [`series_parser`], [`series_analysis`] |
//! | materials | [`materials`] |
//! | the paper's data and worked numbers | [`paper_data`], [`paper_checks`] |
//! | criteria (Monroe–Newman, T/Tm, size effect) | [`criteria`] |
//! | ranges of inputs → ranges of results | [`ranges`] |
//! | CSV exports' text cells (RFC 4180 quoting) | [`csv_cell`] |
#![deny(missing_docs)]

pub mod batch_table;
mod big_integer;
pub mod cantilever;
pub mod constants;
pub mod creep_laws;
pub mod criteria;
pub mod csv_cell;
pub mod curve_segments;
pub mod decimal_parser;
pub mod decimal_writer;
pub mod electrochemical_stress;
pub mod error;
pub mod fracture;
pub mod hardening_fit;
pub mod import;
pub mod input_limits;
pub mod least_squares;
pub mod mapping_proposal;
pub mod materials;
pub mod measurement_corrections;
pub mod mechanism_map;
pub mod number_format;
pub mod number_parser;
pub mod paper_checks;
pub mod paper_data;
pub mod power_law_fit;
pub mod ranges;
pub mod series_analysis;
pub mod series_parser;
pub mod size_effect;
pub mod sphere_contact;
pub mod stress_relaxation;
pub mod taper_geometry;
pub mod test_pipeline;
pub mod uniaxial_test;
pub mod units;
pub mod unloading_stiffness;

pub use error::{Error, Result};
