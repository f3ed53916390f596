//! Many tests at once: a summary table like the paper's Table 1 (file,
//! diameter, modulus, yield, maximum stress, the corrections used), its CSV,
//! and the strength–size power law fitted to the tests that succeeded. A file
//! that fails keeps its row, with its reason, and the rest go on.

use crate::csv_cell::csv_cell;
use crate::error::Result;
use crate::number_format::format_data;
use crate::power_law_fit::{fit_power_law, PowerLawFit};
use crate::test_pipeline::TestResults;

/// One file's row.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchRow {
    /// The file's name.
    pub file: String,
    /// The specimen's diameter (m) used for the stress.
    pub diameter: f64,
    /// The results, or why the file could not be analysed.
    pub outcome: std::result::Result<BatchValues, String>,
}

/// The numbers a row reports (SI: Pa).
#[derive(Debug, Clone, PartialEq)]
pub struct BatchValues {
    /// Young's modulus from loading.
    pub modulus: f64,
    /// Modulus from unloading, when the curve unloads.
    pub unloading_modulus: Option<f64>,
    /// 0.2 % offset yield stress, when found.
    pub yield_stress: Option<f64>,
    /// Maximum stress.
    pub max_stress: f64,
    /// The corrections applied, in words.
    pub corrections: Vec<String>,
}

impl BatchValues {
    /// The row's numbers from a test's results and the steps of its curve.
    pub fn from_results(r: &TestResults, steps: &[String]) -> Self {
        Self {
            modulus: r.loading.fit.slope,
            unloading_modulus: r.unloading.map(|(_, e)| e),
            yield_stress: r.loading.offset_yield.map(|(_, s)| s),
            max_stress: r.loading.max_stress,
            corrections: steps.to_vec(),
        }
    }
}

/// The table as CSV: diameter in nm, moduli in GPa, stresses in MPa; a
/// failed file has its reason in the last column and empty numbers.
pub fn batch_csv(rows: &[BatchRow]) -> String {
    let mut out = String::from(
        "file,diameter (nm),modulus from loading (GPa),modulus from unloading (GPa),0.2 % yield (MPa),maximum stress (MPa),corrections,problem\n",
    );
    let opt = |v: Option<f64>, scale: f64| v.map(|v| format_data(v / scale)).unwrap_or_default();
    for r in rows {
        let d = format_data(r.diameter * 1e9);
        let line = match &r.outcome {
            Ok(v) => [
                csv_cell(&r.file),
                d,
                format_data(v.modulus / 1e9),
                opt(v.unloading_modulus, 1e9),
                opt(v.yield_stress, 1e6),
                format_data(v.max_stress / 1e6),
                csv_cell(&v.corrections.join("; ")),
                String::new(),
            ],
            Err(reason) => [
                csv_cell(&r.file),
                d,
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                csv_cell(reason),
            ],
        };
        out += &line.join(",");
        out.push('\n');
    }
    out
}

/// The power law σ_max = A·d^−m over the rows that succeeded, with d in nm
/// and σ in MPa (so A is in MPa·nm^m), as the paper's Table 1 is read.
pub fn strength_size_fit(rows: &[BatchRow]) -> Result<PowerLawFit> {
    let (d, s): (Vec<f64>, Vec<f64>) = rows
        .iter()
        .filter_map(|r| {
            r.outcome
                .as_ref()
                .ok()
                .map(|v| (r.diameter * 1e9, v.max_stress / 1e6))
        })
        .unzip();
    fit_power_law(&d, &s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(file: &str, d_nm: f64, max_mpa: f64) -> BatchRow {
        BatchRow {
            file: file.to_string(),
            diameter: d_nm * 1e-9,
            outcome: Ok(BatchValues {
                modulus: 5e9,
                unloading_modulus: Some(5.1e9),
                yield_stress: Some(60.4e6),
                max_stress: max_mpa * 1e6,
                corrections: vec![
                    "baseline removed".to_string(),
                    "frame compliance removed (δ − F·C)".to_string(),
                ],
            }),
        }
    }

    #[test]
    fn table_with_a_failed_file() {
        let rows = vec![
            ok("a.txt", 200.0, 100.0),
            BatchRow {
                file: "b, broken.txt".to_string(),
                diameter: 300e-9,
                outcome: Err("b, broken.txt, line 7, column 2: “x” is not a number.".to_string()),
            },
        ];
        let csv = batch_csv(&rows);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(
            lines[1],
            "a.txt,200,5,5.1,60.4,100,baseline removed; frame compliance removed (δ − F·C),"
        );
        assert_eq!(
            lines[2],
            "\"b, broken.txt\",300,,,,,,\"b, broken.txt, line 7, column 2: “x” is not a number.\""
        );
    }

    #[test]
    fn strength_against_size() {
        // σ = 2000·d^−0.5 MPa (d in nm): 200, 100, 50 MPa at 100, 400, 1600 nm.
        let rows = vec![
            ok("1", 100.0, 200.0),
            ok("2", 400.0, 100.0),
            BatchRow {
                file: "bad".to_string(),
                diameter: 50e-9,
                outcome: Err("no".to_string()),
            },
            ok("3", 1600.0, 50.0),
        ];
        let f = strength_size_fit(&rows).unwrap();
        assert!((f.m - 0.5).abs() < 1e-12);
        assert!((f.a / 2000.0 - 1.0).abs() < 1e-12);
        assert_eq!(f.points, 3);
    }
}
