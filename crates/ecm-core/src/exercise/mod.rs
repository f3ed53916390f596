//! Exercises for courses: a calculator link that asks for a result, checks a typed answer with its unit against a tolerance, draws randomized variants and exports them to learning-management systems (docs/exercises.md).

pub mod answer;
pub mod blackboard;
pub mod catalog;
pub mod creep_problem;
pub mod fracture_problem;
pub mod moodle_formula;
pub mod moodle_xml;
pub mod problem;
pub mod qti12;
pub mod qti21;
pub mod rod_problem;
pub mod sphere_problem;
pub mod stress_problem;
pub mod tolerance;
pub mod typed_number;
pub mod unit_registry;
pub mod variants;
pub mod verdict;
pub mod xml_text;
pub mod zip_store;
