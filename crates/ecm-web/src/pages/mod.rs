//! One module per page of the site.
pub mod creep;
pub mod fracture;
pub mod home;
pub mod materials;
pub mod overpotential_stress;
pub mod paper;
pub mod rod_test;
pub mod sphere;
pub mod test_data;
