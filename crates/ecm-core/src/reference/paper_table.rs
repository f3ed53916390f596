//! The paper's Table 1: strengths of Na and Na2CO3 nanostructures.
//!
//! Source: ACS Energy Lett. 2020, 5, 2546, Table 1, kept as CSV in
//! `crates/ecm-core/data/table1.csv` (diameters in nm, strengths in MPa, as
//! printed).

use crate::error::{Error, Result};
use crate::numbers::decimal_parser::parse_decimal;
use serde::Serialize;

/// The paper's title, as published.
pub const PAPER_TITLE: &str = "In Situ Observation of Sodium Dendrite Growth and Concurrent Mechanical Property Measurements Using an Environmental Transmission Electron Microscopy–Atomic Force Microscopy (ETEM-AFM) Platform";
/// Its authors, first and last.
pub const PAPER_AUTHORS: &str = "Q. Liu, L. Zhang, …, T. Zhu, J. Huang";
/// Journal, year, volume and pages.
pub const PAPER_JOURNAL: &str = "ACS Energy Letters 2020, 5, 2546–2559";
/// Its DOI.
pub const PAPER_DOI: &str = "10.1021/acsenergylett.0c01214";

/// The Table 1 CSV as shipped.
pub const TABLE1_CSV: &str = include_str!("../../data/table1.csv");

/// The kind of specimen and test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Category {
    /// Na nanorods in compression.
    NaNanorodCompression,
    /// Na nanoparticles in compression.
    NaNanoparticleCompression,
    /// Na nanorods in tension.
    NaNanorodTension,
    /// Na2CO3 nanospheres in compression.
    Na2CO3NanosphereCompression,
    /// Na2CO3 nanopillars in compression.
    Na2CO3NanopillarCompression,
}

impl Category {
    /// All categories, in the table's order.
    pub const ALL: [Category; 5] = [
        Category::NaNanorodCompression,
        Category::NaNanoparticleCompression,
        Category::NaNanorodTension,
        Category::Na2CO3NanosphereCompression,
        Category::Na2CO3NanopillarCompression,
    ];

    /// The CSV's name for the category.
    pub fn csv_name(self) -> &'static str {
        match self {
            Category::NaNanorodCompression => "Na_nanorod_compression",
            Category::NaNanoparticleCompression => "Na_nanoparticle_compression",
            Category::NaNanorodTension => "Na_nanorod_tensile",
            Category::Na2CO3NanosphereCompression => "Na2CO3_nanosphere_compression",
            Category::Na2CO3NanopillarCompression => "Na2CO3_nanopillar_compression",
        }
    }

    /// A label for people: "Na nanorod, compression".
    pub fn label(self) -> &'static str {
        match self {
            Category::NaNanorodCompression => "Na nanorod, compression",
            Category::NaNanoparticleCompression => "Na nanoparticle, compression",
            Category::NaNanorodTension => "Na nanorod, tension",
            Category::Na2CO3NanosphereCompression => "Na₂CO₃ nanosphere, compression",
            Category::Na2CO3NanopillarCompression => "Na₂CO₃ nanopillar, compression",
        }
    }
}

/// One row of Table 1.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table1Row {
    /// Specimen and test.
    pub category: Category,
    /// Specimen number within its category (1 to 5).
    pub index: u32,
    /// Diameter in m.
    pub diameter: f64,
    /// Growth direction (such as `[110]`), when reported.
    pub growth_direction: Option<String>,
    /// Strength σ in Pa.
    pub strength: f64,
}

/// Parses Table 1 from CSV text with the header
/// `category,index,diameter_nm,growth_direction,sigma_MPa`.
pub fn parse_table1(csv: &str) -> Result<Vec<Table1Row>> {
    let mut rows = Vec::new();
    for (i, line) in csv.lines().enumerate().skip(1) {
        let err = |column: usize, message: &str| Error::Parse {
            row: i + 1,
            column,
            message: message.to_string(),
        };
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split(',').map(str::trim).collect();
        if cells.len() != 5 {
            return Err(err(0, "expected 5 columns"));
        }
        let category = Category::ALL
            .into_iter()
            .find(|c| c.csv_name() == cells[0])
            .ok_or_else(|| err(1, "unknown category"))?;
        let index = cells[1].parse().map_err(|_| err(2, "not a whole number"))?;
        let number = |i: usize| parse_decimal(cells[i]).ok_or_else(|| err(i + 1, "not a number"));
        let d = number(2)?;
        let s = number(4)?;
        let growth_direction = match cells[3] {
            "" | "unknown" => None,
            g => Some(g.to_string()),
        };
        rows.push(Table1Row {
            category,
            index,
            diameter: d * 1e-9,
            growth_direction,
            strength: s * 1e6,
        });
    }
    Ok(rows)
}

/// Table 1 as shipped.
pub fn table1() -> Vec<Table1Row> {
    // The shipped CSV is checked by a test, so this cannot fail at run time.
    parse_table1(TABLE1_CSV).unwrap_or_default()
}

/// Smallest and largest strength (Pa) of a category.
pub fn strength_range(rows: &[Table1Row], category: Category) -> Option<(f64, f64)> {
    let s = rows
        .iter()
        .filter(|r| r.category == category)
        .map(|r| r.strength);
    let lo = s.clone().fold(f64::INFINITY, f64::min);
    let hi = s.fold(f64::NEG_INFINITY, f64::max);
    (lo <= hi).then_some((lo, hi))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table1_parses_with_25_rows_and_the_papers_ranges() {
        let rows = parse_table1(TABLE1_CSV).unwrap();
        assert_eq!(rows.len(), 25);
        // The text: nanoparticles 92–174 MPa; nanorods in Table 1 106–131 MPa.
        assert_eq!(
            strength_range(&rows, Category::NaNanoparticleCompression),
            Some((92e6, 174e6))
        );
        assert_eq!(
            strength_range(&rows, Category::NaNanorodCompression),
            Some((106e6, 131e6))
        );
        assert_eq!(
            strength_range(&rows, Category::NaNanorodTension),
            Some((95e6, 203e6))
        );
    }

    #[test]
    fn malformed_rows_name_row_and_column() {
        let e = parse_table1("h\nNa_nanorod_compression,1,abc,[110],113\n").unwrap_err();
        assert_eq!(e.to_string(), "row 2, column 3: not a number");
    }
}
