//! One module per page of the site.
pub mod creep;
pub mod data;
pub mod fracture;
pub mod home;
pub mod materials;
pub mod paper;
pub mod rod;
pub mod sphere;
pub mod stress;
