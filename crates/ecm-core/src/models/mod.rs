//! The models of the calculators: one formula family per file, each function with its source and units.

pub mod cantilever;
pub mod criteria;
pub mod electrochemical_stress;
pub mod fracture;
pub mod sphere_contact;
pub mod uniaxial;
