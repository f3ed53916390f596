//! A measured curve from its columns to its results: the mapping proposed from a file, the corrections, segments, geometry, the analysis, and a batch of tests.

pub mod afm_indentation;
pub mod batch;
pub mod clock_merge;
pub mod corrections;
pub mod curve_csv;
pub mod loading_analysis;
pub mod oliver_pharr;
pub mod pipeline;
pub mod proposal;
pub mod segments;
pub mod specimen;
pub mod sphere_compression;
pub mod taper;
pub mod two_clocks;
pub mod unloading;
