//! A measured curve from its columns to its results: the mapping proposed from a file, the corrections, segments, geometry, the analysis, and a batch of tests.

pub mod batch;
pub mod corrections;
pub mod curve_csv;
pub mod loading_analysis;
pub mod pipeline;
pub mod proposal;
pub mod segments;
pub mod taper;
pub mod unloading;
