//! Least-squares fits: the straight line and the power laws built on it.

pub mod hollomon;
pub mod least_squares;
pub mod power_law;
