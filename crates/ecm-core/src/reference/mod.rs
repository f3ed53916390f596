//! Reference data: the materials with their sources, the paper's Table 1 and worked numbers, and the size effect.

pub mod materials;
pub mod paper_table;
pub mod size_effect;
pub mod worked_examples;
