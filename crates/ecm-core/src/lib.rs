//! # ecm-core
//!
//! The models behind ecm-calc, the web calculator for the electro-chemo-mechanics
//! of metal-anode batteries, after the in situ ETEM-AFM study of Na dendrites
//! (ACS Energy Lett. 2020, 5, 2546, doi 10.1021/acsenergylett.0c01214).
//!
//! Pure Rust with no web dependencies. Every function works in SI base units
//! (m, N, Pa, V, m³/mol, K), checks its inputs, and returns
//! [`error::Result`]: it never panics and an `Ok` never holds NaN or infinity.
//! The formula for anything on the page is in the doc comment of the
//! function that computes it, with its source and units.
//!
//! Every module, by folder:
//!
//! | module | what it holds |
//! |---|---|
//! | [`models::electrochemical_stress`] | σ = Δφ·F/Vm and back (the stress page) |
//! | [`models::fracture`] | electrolyte fracture, the failure map (the fracture page) |
//! | [`models::sphere_contact`] | Hertz and plastic sphere compression (the sphere page) |
//! | [`models::uniaxial`] | rod and pillar stress and strain at one point (the rod page) |
//! | [`models::cantilever`] | F = k·ΔX and back |
//! | [`models::criteria`] | Monroe–Newman, G from E and ν, T/Tm, size-effect ratio |
//! | [`creep::laws`] | power-law, Nabarro–Herring and Coble creep of Li, Na, K (the creep page) |
//! | [`creep::relaxation`] | a confined deposit relaxing, and plating against it |
//! | [`creep::mechanism_map`] | the deformation-mechanism map's fields and rate contours |
//! | [`fitting::least_squares`] | the straight-line fit and its statistics |
//! | [`fitting::power_law`] | σ = A·d^−m in log–log, with standard errors |
//! | [`fitting::hollomon`] | σ = K·εⁿ on the plastic part |
//! | [`reference::materials`] | Li, Na, K and eight electrolytes with sources (the materials page) |
//! | [`reference::paper_table`] | the paper's Table 1 and its citation (the paper page) |
//! | [`reference::worked_examples`] | the paper's worked numbers, printed and recomputed |
//! | [`reference::size_effect`] | σ = A·d^−m per Table 1 category and the Li references |
//! | [`import`] | instrument exports and plain tables → columns (`load_data`, one reader per format) |
//! | [`measurement::proposal`] | which column is what, proposed from a file's headers; the mapping checks |
//! | [`measurement::corrections`] | raw columns → the specimen's force and displacement, step by step |
//! | [`measurement::segments`] | loading, hold and unloading found from the force |
//! | [`measurement::specimen`] | what was tested (pillar, sphere, AFM, nanoindent), proposed from the file |
//! | [`measurement::two_clocks`] | a force log and video-frame heights opened together, merged to one curve |
//! | [`measurement::taper`] | a tapered pillar's section |
//! | [`measurement::unloading`] | the unloading stiffness |
//! | [`measurement::sphere_compression`] | a sphere's measured curve → stress–strain point by point, E from a Hertz fit |
//! | [`measurement::clock_merge`] | a force log and video-frame heights merged on time |
//! | [`measurement::loading_analysis`] | modulus, offset yield, maximum and work of a stress–strain curve |
//! | [`measurement::oliver_pharr`] | nanoindentation by Oliver–Pharr: hardness and modulus of each load–unload cycle |
//! | [`measurement::afm_indentation`] | an AFM approach curve fitted with Hertz, Sneddon or Bilodeau contact (E, contact point) |
//! | [`measurement::pipeline`] | an imported curve to a paper's Table 1 numbers (the data and rod pages) |
//! | [`measurement::batch`] | many curves → a summary table and the strength–size fit |
//! | [`exercise`] | exercises for courses: answers checked with a unit and a tolerance, variants, LMS exports |
//! | [`numbers::number_parser`] | what people type → numbers, with reasons |
//! | [`numbers::number_format`] | significant figures for display, shortest form for files |
//! | [`numbers::decimal_parser`] | decimal text → `f64`, correctly rounded, small in wasm |
//! | [`numbers::decimal_writer`] | `f64` → text as `format!` writes it, small in wasm |
//! | [`numbers::tangent`] | tan of an angle in degrees, small in wasm |
//! | [`ranges`] | intervals of inputs → ranges of results and of categories |
//! | [`input_limits`] | the valid range of every input |
//! | [`units`] | display units and their factors to SI |
//! | [`worked`] | worked solutions, written by the function that computes the result |
//! | [`csv_cell`] | one CSV cell, quoted as RFC 4180 says |
//! | [`constants`] | Faraday, gas, Boltzmann and Avogadro constants |
//! | [`error`] | the error type |
#![deny(missing_docs)]

pub mod constants;
pub mod creep;
pub mod csv_cell;
pub mod error;
pub mod exercise;
pub mod fitting;
pub mod import;
pub mod input_limits;
pub mod measurement;
pub mod models;
pub mod numbers;
pub mod ranges;
pub mod reference;
pub mod units;
pub mod worked;

pub use error::{Error, Result};
