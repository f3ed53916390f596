//! Creep of the alkali metals: the laws, a confined deposit relaxing, and the deformation-mechanism map.

pub mod laws;
pub mod mechanism_map;
pub mod relaxation;
